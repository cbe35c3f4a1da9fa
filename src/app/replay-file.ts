import { parseClock } from '../domain/calendar/calendar.ts';
import { LIMITS, formatBytes, formatCount, utf8Length } from '../domain/limits/index.ts';
import { findMarkup } from '../domain/limits/markup.ts';
import { WEEKDAYS } from '../domain/scenario/constants.ts';
import { parseLog, type ParsedLog } from '../domain/session/log.ts';
import { kindOf } from '../domain/limits/describe.ts';

/**
 * Reading a replay file a student or instructor imports: untrusted. It is refused, with one reason
 * in plain words, when it is too large, not JSON, nested deeper than any Rapport file, carries keys
 * that could reach an object's prototype, is not a v1 Rapport log within the limits of
 * docs/formats.md ("Limits"), or carries script markup in a text. The scenario's content hash and
 * the actions themselves are checked when the log is replayed against the scenario.
 *
 * Every check is linear in the file's size, and they run cheapest first: the size before reading,
 * the structure (JSON, prototype keys, the log's fields, the number and length of its texts)
 * before any text is scanned, and then each string is scanned once for markup. The same checks
 * run on a history file's attempts and on what the browser's store hands back.
 */

export const MAX_REPLAY_BYTES = LIMITS.logBytes;
export const MAX_REPLAY_ACTIONS = LIMITS.sessionActions;

/** Deeper than any Rapport file nests (a history's prepared question is 7 levels down). */
export const MAX_DEPTH = LIMITS.nestingDepth;

const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

let scanned = 0;
/**
 * Characters handed to the markup scan so far, over all calls: with `markupSteps` of the domain,
 * it lets a test prove by counting that a hostile file costs work in proportion to its size.
 */
export function markupCharsScanned(): number {
  return scanned;
}

export { isRecord, kindOf, type Checked } from '../domain/limits/describe.ts';
import { isRecord, type Checked } from '../domain/limits/describe.ts';

/**
 * The UTF-8 size of a text, or, when it has more UTF-16 units than `limit` (each is at least one
 * byte), that count, without looking at the text.
 */
export function utf8Bytes(text: string, limit = Infinity): number {
  return text.length > limit ? text.length : utf8Length(text);
}

/**
 * Parses untrusted JSON text that may be at most `limit` bytes: refused when larger (before it is
 * parsed), not JSON, nested deeper than MAX_DEPTH, or carrying a prototype key anywhere.
 */
export function parseUntrustedJson(text: string, limit: number, what: string): Checked<unknown> {
  const bytes = utf8Bytes(text, limit);
  if (bytes > limit) {
    return {
      ok: false,
      reason: `the file is too large for ${what} (${formatBytes(bytes)} or more; the limit is ${formatBytes(limit)})`,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: `the file is not valid JSON, so it cannot be ${what}` };
  }
  const problem = checkTree(raw);
  return problem ? { ok: false, reason: problem } : { ok: true, value: raw };
}

/**
 * Walks a parsed value once, without recursion (a hostile nesting cannot overflow the stack):
 * refuses a prototype key anywhere and nesting deeper than any Rapport file.
 */
export function checkTree(root: unknown): string | null {
  // Two stacks side by side, not an object per value: a result file holds thousands of values.
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() as number;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) {
      return `the file nests its data more than ${MAX_DEPTH} levels deep, which no Rapport file does`;
    }
    if (Array.isArray(value)) {
      for (const item of value) {
        values.push(item);
        depths.push(depth + 1);
      }
      continue;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (HOSTILE_KEYS.has(key)) {
        return `the file contains a "${key}" key, which no Rapport file has (it could tamper with the page)`;
      }
      values.push((value as Record<string, unknown>)[key]);
      depths.push(depth + 1);
    }
  }
  return null;
}

/** Where a string sits, in words: "action 6's text", "the student's name", or its path. */
export type Describe = (path: readonly (string | number)[]) => string;

function describeLogPath(path: readonly (string | number)[]): string {
  const [first, second, third, fourth] = path;
  if (first === 'student') return 'the student’s name';
  if (first === 'scenario') return 'the scenario’s name';
  if (first === 'actions' && typeof second === 'number') {
    const action = `action ${formatCount(second + 1)}`;
    if (third === 'questions' && typeof fourth === 'number') {
      return `question ${formatCount(fourth + 1)} of ${action}`;
    }
    return third === undefined ? action : `the ${String(third)} of ${action}`;
  }
  return `"${path.map(String).join('.').slice(0, 60)}"`;
}

/**
 * Scans every string in a value once for script markup, after its structure has been checked (so
 * every text is within its length limit). Linear: each character is handed to `findMarkup` once.
 */
export function scanMarkup(root: unknown, describe: Describe = describeLogPath): string | null {
  // Each value on the stack knows where it sits by the place it came from (`from`, an index into
  // `places`) and its key there: a path is spelled out only for the string that is refused.
  const places: { from: number; key: string | number }[] = [];
  const values: unknown[] = [root];
  const at: number[] = [-1];
  const pathOf = (place: number) => {
    const path: (string | number)[] = [];
    for (let p = place; p >= 0; p = (places[p] as { from: number }).from)
      path.push((places[p] as { key: string | number }).key);
    return path.reverse();
  };
  while (values.length > 0) {
    const value = values.pop();
    const place = at.pop() as number;
    if (typeof value === 'string') {
      scanned += value.length;
      const found = findMarkup(value);
      if (found !== null) {
        return `${describe(pathOf(place))} contains script markup ("${found}"), which Rapport never writes`;
      }
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        const item: unknown = value[i];
        if (typeof item === 'number' || typeof item === 'boolean' || item === null) continue;
        places.push({ from: place, key: i });
        values.push(item);
        at.push(places.length - 1);
      }
    } else if (isRecord(value)) {
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        const item = value[key];
        if (typeof item === 'number' || typeof item === 'boolean' || item === null) continue;
        places.push({ from: place, key });
        values.push(item);
        at.push(places.length - 1);
      }
    }
  }
  return null;
}

type FieldKind =
  | { kind: 'text'; max: number }
  | { kind: 'number' }
  | { kind: 'yes-no' }
  | { kind: 'texts'; items: number; max: number };

/** The fields a logged action may carry besides `type`, `at` and `index` (docs/formats.md's actions). */
const FIELDS: Record<string, FieldKind> = {
  subject: { kind: 'text', max: LIMITS.subjectChars },
  body: { kind: 'text', max: LIMITS.textChars },
  text: { kind: 'text', max: LIMITS.textChars },
  until: { kind: 'text', max: 40 },
  minutes: { kind: 'number' },
  hours: { kind: 'number' },
  days: { kind: 'number' },
  questions: { kind: 'texts', items: 100, max: LIMITS.textChars },
  bring_resume: { kind: 'yes-no' },
};

const LOG_KEYS = new Set(['type', 'at', 'index']);
const DAYS_MAX = 1_000_000;

function textProblem(what: string, value: unknown, max: number): string | null {
  if (typeof value !== 'string') return `${what} should be text, but it is ${kindOf(value)}`;
  if (value.length > max) {
    return `${what} is ${formatCount(value.length)} characters long; the limit is ${formatCount(max)}`;
  }
  return null;
}

function stampProblem(what: string, at: unknown): string | null {
  if (!isRecord(at)) return `${what} has a time that is ${kindOf(at)}, not a calendar time`;
  const { day, weekday, time } = at;
  if (typeof day !== 'number' || !Number.isInteger(day) || day < 0 || day > DAYS_MAX) {
    return `${what} happens on a day that is not a day of a session (${kindOf(day)})`;
  }
  if (typeof weekday !== 'string' || !(WEEKDAYS as readonly string[]).includes(weekday)) {
    return `${what} happens on a weekday that is not one (it should be Mon to Sun)`;
  }
  if (typeof time !== 'string' || parseClock(time) === null) {
    return `${what} happens at a time of day that is not one (it should be like 09:30)`;
  }
  return null;
}

interface ActionCheck {
  problem: string | null;
  textChars: number;
}

function checkAction(
  raw: unknown,
  position: number,
  total: number,
  previous: number,
): ActionCheck & { index: number } {
  const what = `action ${formatCount(position + 1)} of ${formatCount(total)}`;
  const fail = (problem: string) => ({ problem, textChars: 0, index: previous });
  if (!isRecord(raw)) return fail(`${what} is ${kindOf(raw)}, not an action`);
  if (typeof raw.type !== 'string' || raw.type === '') return fail(`${what} has no "type"`);
  if (raw.type.length > 40) return fail(`${what} has a "type" that no Rapport action has`);
  let index = previous + 1;
  if (raw.index !== undefined) {
    if (typeof raw.index !== 'number' || !Number.isInteger(raw.index) || raw.index < 0) {
      return fail(
        `${what} has a position ("index") that is ${kindOf(raw.index)}, not a whole number`,
      );
    }
    if (raw.index <= previous)
      return fail(`${what} is out of order (it comes before the one ahead of it)`);
    index = raw.index;
  }
  if (raw.at !== undefined) {
    const problem = stampProblem(what, raw.at);
    if (problem) return fail(problem);
  }
  let textChars = 0;
  for (const [key, value] of Object.entries(raw)) {
    if (LOG_KEYS.has(key)) continue;
    const field = Object.hasOwn(FIELDS, key) ? FIELDS[key] : undefined;
    if (!field)
      return fail(
        `${what} (${raw.type.slice(0, 20)}) has a field "${key.slice(0, 40)}", which no Rapport action has`,
      );
    const named =
      key === 'bring_resume' ? `the resume decision of ${what}` : `the ${key} of ${what}`;
    if (field.kind === 'text') {
      const problem = textProblem(named, value, field.max);
      if (problem) return fail(problem);
      if (key !== 'until') textChars += (value as string).length;
    } else if (field.kind === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return fail(`${named} should be a number, but it is ${kindOf(value)}`);
      }
    } else if (field.kind === 'yes-no') {
      if (typeof value !== 'boolean')
        return fail(`${named} should be true or false, but it is ${kindOf(value)}`);
    } else {
      if (!Array.isArray(value))
        return fail(
          `the prepared questions of ${what} should be a list, but they are ${kindOf(value)}`,
        );
      if (value.length > field.items) {
        return fail(
          `${what} prepares ${formatCount(value.length)} questions; a list holds at most ${formatCount(field.items)}`,
        );
      }
      for (const [i, question] of value.entries()) {
        const problem = textProblem(
          `question ${formatCount(i + 1)} of ${what}`,
          question,
          field.max,
        );
        if (problem) return fail(problem);
        textChars += (question as string).length;
      }
    }
  }
  return { problem: null, textChars, index };
}

function headerProblem(raw: Record<string, unknown>): string | null {
  if (raw.format === 'rapport-session') {
    return 'it is a session file (a session in progress): open it on its scenario’s page, under “Continue from a session file”';
  }
  if (raw.format !== 'rapport-log') {
    return raw.format === undefined
      ? 'it is not a Rapport log: it has no "format" (a log says "format": "rapport-log")'
      : `it is not a Rapport log: its "format" is ${typeof raw.format === 'string' ? `"${raw.format.slice(0, 40)}"` : kindOf(raw.format)}, not "rapport-log"`;
  }
  if (raw.version !== 1) {
    if (typeof raw.version === 'number') {
      return `it is a version ${String(raw.version).slice(0, 12)} log; this Rapport reads version 1 (a newer Rapport may open it)`;
    }
    return raw.version === undefined
      ? 'it has no "version" (a Rapport log says "version": 1)'
      : `its "version" is ${kindOf(raw.version)}${typeof raw.version === 'string' ? ` ("${raw.version.slice(0, 12)}")` : ''}, but it should be the number 1`;
  }
  if (raw.app !== undefined) {
    const problem = textProblem('the Rapport version it names ("app")', raw.app, 100);
    if (problem) return problem;
  }
  const scenario = raw.scenario;
  if (!isRecord(scenario) || typeof scenario.id !== 'string' || typeof scenario.hash !== 'string') {
    return 'it does not say which scenario it was played in ("scenario" needs an "id" and a "hash", both text)';
  }
  if (scenario.id === '' || scenario.id.length > 200 || scenario.hash.length > 200) {
    return 'the scenario it names is not a scenario’s id and content hash (they are at most 200 characters)';
  }
  if (typeof raw.seed !== 'number' || !Number.isSafeInteger(raw.seed)) {
    return `its "seed" should be a whole number, but it is ${kindOf(raw.seed)}`;
  }
  if (raw.student !== undefined) {
    const problem = textProblem('the student’s name', raw.student, 200);
    if (problem) return problem;
  }
  if (!Array.isArray(raw.actions)) {
    return raw.actions === undefined
      ? 'it has no "actions" (a log lists the student’s actions)'
      : `its "actions" should be a list, but they are ${kindOf(raw.actions)}`;
  }
  if (raw.actions.length > LIMITS.sessionActions) {
    return `it has ${formatCount(raw.actions.length)} actions; a session holds at most ${formatCount(LIMITS.sessionActions)}`;
  }
  return null;
}

/**
 * Checks a parsed value that claims to be a log, with the limits of docs/formats.md, and returns
 * it as a log or one reason in plain words. Structure first (prototype keys, nesting, the header,
 * each action's fields and the length of every text), then every string once for markup.
 */
export function checkLog(raw: unknown): ParsedLog {
  const tree = checkTree(raw);
  if (tree) return { ok: false, reason: tree };
  if (!isRecord(raw)) {
    return {
      ok: false,
      reason: `it is ${kindOf(raw)}, not a Rapport log (a log is a JSON object with "format": "rapport-log")`,
    };
  }
  const header = headerProblem(raw);
  if (header) return { ok: false, reason: header };
  const actions = raw.actions as unknown[];
  let previous = -1;
  let textChars = 0;
  for (const [position, action] of actions.entries()) {
    const checked = checkAction(action, position, actions.length, previous);
    if (checked.problem) return { ok: false, reason: checked.problem };
    previous = checked.index;
    textChars += checked.textChars;
  }
  if (textChars > LIMITS.sessionTextChars) {
    return {
      ok: false,
      reason: `its texts come to ${formatCount(textChars)} characters; a session holds at most ${formatCount(LIMITS.sessionTextChars)}`,
    };
  }
  const markup = scanMarkup(raw);
  if (markup) return { ok: false, reason: markup };
  // The domain's own schema has the last word on what a log is.
  return parseLog(raw);
}

export function readReplayText(text: string): ParsedLog {
  const parsed = parseUntrustedJson(text, MAX_REPLAY_BYTES, 'a Rapport replay');
  return parsed.ok ? checkLog(parsed.value) : parsed;
}
