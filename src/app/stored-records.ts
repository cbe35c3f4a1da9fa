import type { Stamp } from '../domain/calendar/calendar.ts';
import { formatCount } from '../domain/limits/index.ts';
import type { SessionLog } from '../domain/session/log.ts';
import { checkLog, checkTree, isRecord, kindOf, scanMarkup, type Describe } from './replay-file.ts';
import { NOTES_MAX, type ContactEntry, type SavedAttempt } from './store.ts';

/**
 * What the browser's store hands back is checked like an imported file before anything is shown:
 * IndexedDB can be edited by hand, by an extension or by an older Rapport. An attempt's log is the
 * source of truth and goes through the same checks as a replay file; a record whose log fails
 * them is set aside (left out and counted, never deleted). What is derived from the log (the
 * score, whether it passed, the pitfalls, the title) is never trusted: `rescoreAttempts`
 * recomputes it by re-running the log, so a forged or impossible score is never shown.
 */

/** When, on a session's simulated calendar, the student first and last dealt with a contact. */
export interface ContactMoments {
  first: Stamp | null;
  last: Stamp | null;
  thanked: Stamp | null;
}

/**
 * A contact as Rapport writes it: the real dates of `ContactEntry` (for sorting and as secondary
 * information) and, since the contact log shows the session's calendar, the simulated moments.
 * Entries written before `simulated` existed have only the real dates.
 */
export type ContactRecord = ContactEntry & { simulated?: ContactMoments };

/** A record left out, or repaired, and why, in words. */
export interface StoredProblem {
  kind: 'attempt' | 'contact';
  key: string;
  reason: string;
}

const setAside = new Map<string, StoredProblem>();
const repaired = new Map<string, StoredProblem>();

/**
 * The records the store's last reads left out or repaired (the page says so, and how many). A
 * full listing replaces what an earlier one found; a single read updates its own record.
 */
export function storedProblems(): { setAside: StoredProblem[]; repaired: StoredProblem[] } {
  return { setAside: [...setAside.values()], repaired: [...repaired.values()] };
}

function note(kind: StoredProblem['kind'], key: string, left: string | null, fixed: string | null) {
  const id = `${kind}:${key}`;
  if (left) setAside.set(id, { kind, key, reason: left });
  else setAside.delete(id);
  if (fixed) repaired.set(id, { kind, key, reason: fixed });
  else repaired.delete(id);
}

function forget(kind: StoredProblem['kind']) {
  for (const map of [setAside, repaired]) {
    for (const [id, problem] of map) if (problem.kind === kind) map.delete(id);
  }
}

const ISO_MAX = 40;
function isDate(value: unknown): value is string {
  return typeof value === 'string' && value.length <= ISO_MAX && Number.isFinite(Date.parse(value));
}

function isShortText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
}

const PITFALLS_MAX = 500;

export type CheckedAttempt =
  { ok: true; attempt: SavedAttempt; repaired: string | null } | { ok: false; reason: string };

/**
 * Checks one stored attempt. Its log must pass the replay file's checks; what was derived from it
 * and is impossible (a score of 1000, NaN, a pitfall that is not text) is replaced by neutral
 * values and reported as repaired, since `rescoreAttempts` recomputes it from the log anyway.
 */
export function checkStoredAttempt(raw: unknown): CheckedAttempt {
  const tree = checkTree(raw);
  if (tree) return { ok: false, reason: tree };
  if (!isRecord(raw)) return { ok: false, reason: `it is ${kindOf(raw)}, not an attempt` };
  if (typeof raw.id !== 'number' || !Number.isSafeInteger(raw.id) || raw.id < 1) {
    return { ok: false, reason: 'it has no number' };
  }
  if (!isRecord(raw.log)) return { ok: false, reason: 'it has no log to replay' };
  const log = checkLog(raw.log);
  if (!log.ok) return { ok: false, reason: `its log cannot be used: ${log.reason}` };
  const fixes: string[] = [];
  const derived = {
    score: raw.score,
    passed: raw.passed,
    pitfalls: raw.pitfalls,
  };
  const pitfallsOk =
    Array.isArray(derived.pitfalls) &&
    derived.pitfalls.length <= PITFALLS_MAX &&
    derived.pitfalls.every((p) => isShortText(p, 60));
  if (!isScore(derived.score)) {
    fixes.push(
      typeof derived.score === 'number'
        ? `an impossible score (${String(derived.score).slice(0, 12)})`
        : `a score that is ${kindOf(derived.score)}`,
    );
  }
  if (typeof derived.passed !== 'boolean') fixes.push('no pass or fail');
  if (!pitfallsOk) fixes.push('unreadable pitfalls');
  const scoreOk = fixes.length === 0;
  const title = isShortText(raw.title, 300) && raw.title !== '' ? raw.title : null;
  if (title === null) fixes.push('no title');
  const finishedAt = isDate(raw.finishedAt) ? raw.finishedAt : '';
  if (finishedAt === '') fixes.push('no finishing date');
  const scenario = log.log.scenario.id;
  if (raw.scenario !== scenario) fixes.push('the wrong scenario');
  const attempt: SavedAttempt = {
    // Anything else the record carries is kept as it was: this check repairs, it does not strip.
    ...(raw as unknown as SavedAttempt),
    id: raw.id,
    scenario,
    title: title ?? scenario,
    finishedAt,
    log: log.log,
    score: scoreOk ? (derived.score as number) : 0,
    passed: scoreOk ? (derived.passed as boolean) : false,
    pitfalls: scoreOk ? (derived.pitfalls as string[]) : [],
  };
  if (fixes.length === 0) {
    // Unchanged: hand back the record exactly as stored.
    return { ok: true, attempt: raw as unknown as SavedAttempt, repaired: null };
  }
  return { ok: true, attempt, repaired: `it had ${fixes.join(', ')}` };
}

/** Checks what `listAttempts` read: the sound ones, oldest first; the rest noted and left out. */
export function keepStoredAttempts(found: readonly unknown[], whole: boolean): SavedAttempt[] {
  if (whole) forget('attempt');
  const kept: SavedAttempt[] = [];
  found.forEach((raw, position) => {
    const checked = checkStoredAttempt(raw);
    const key =
      isRecord(raw) && typeof raw.id === 'number' ? String(raw.id) : `unnumbered-${position}`;
    note('attempt', key, checked.ok ? null : checked.reason, checked.ok ? checked.repaired : null);
    if (checked.ok) kept.push(checked.attempt);
  });
  return kept;
}

/** Checks what `getAttempt` read: undefined when there is none or it is damaged (and noted). */
export function keepStoredAttempt(found: unknown, id: number): SavedAttempt | undefined {
  if (found === undefined) {
    note('attempt', String(id), null, null);
    return undefined;
  }
  const checked = checkStoredAttempt(found);
  note(
    'attempt',
    String(id),
    checked.ok ? null : checked.reason,
    checked.ok ? checked.repaired : null,
  );
  return checked.ok ? checked.attempt : undefined;
}

/** Why a stored attempt was left out by the last read, or null when it was not. */
export function setAsideReason(id: number): string | null {
  return setAside.get(`attempt:${id}`)?.reason ?? null;
}

function stampOrNull(value: unknown): Stamp | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const { day, weekday, time } = value;
  if (
    typeof day === 'number' &&
    Number.isSafeInteger(day) &&
    day >= 0 &&
    typeof weekday === 'string' &&
    /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/.test(weekday) &&
    typeof time === 'string' &&
    /^([01]\d|2[0-3]):[0-5]\d$/.test(time)
  ) {
    return { day, weekday: weekday as Stamp['weekday'], time };
  }
  return undefined;
}

function momentsOf(value: unknown): ContactMoments | undefined {
  if (!isRecord(value)) return undefined;
  const first = stampOrNull(value.first);
  const last = stampOrNull(value.last);
  const thanked = stampOrNull(value.thanked);
  if (first === undefined || last === undefined || thanked === undefined) return undefined;
  return { first, last, thanked };
}

const describeContactPath: Describe = (path) => {
  const [first] = path;
  if (first === 'notes') return 'the notes';
  if (first === 'referrals') return 'a suggested name';
  return `the ${String(first ?? 'entry')}`;
};

export type CheckedContact =
  { ok: true; contact: ContactRecord; repaired: string | null } | { ok: false; reason: string };

/**
 * Checks one contact entry, from the store or a history file: its fields and limits, dates that
 * are dates, and no script markup in any text (the notes box refuses it when typed). Notes longer
 * than NOTES_MAX are cut, and simulated moments that cannot be read are dropped (the real dates
 * remain); both are reported as repaired.
 */
export function checkContact(raw: unknown): CheckedContact {
  const tree = checkTree(raw);
  if (tree) return { ok: false, reason: tree };
  if (!isRecord(raw)) return { ok: false, reason: `it is ${kindOf(raw)}, not a contact` };
  const { id, name, role, organization, firstContact, lastContact, conversations, thankedAt } = raw;
  if (!isShortText(id, 200) || id === '') return { ok: false, reason: 'it has no id' };
  if (!isShortText(name, 300) || !isShortText(role, 300) || !isShortText(organization, 300)) {
    return {
      ok: false,
      reason: 'its name, role or organization is not text of at most 300 characters',
    };
  }
  if (!isDate(firstContact) || !isDate(lastContact)) {
    return { ok: false, reason: 'its first or last contact is not a date' };
  }
  if (thankedAt !== null && !isDate(thankedAt)) {
    return { ok: false, reason: 'its thank-you date is not a date' };
  }
  if (
    typeof conversations !== 'number' ||
    !Number.isSafeInteger(conversations) ||
    conversations < 0
  ) {
    return {
      ok: false,
      reason: `its number of conversations is ${kindOf(conversations)}, not a count`,
    };
  }
  const referrals = raw.referrals;
  if (
    !Array.isArray(referrals) ||
    referrals.length > 100 ||
    !referrals.every((r) => isShortText(r, 200))
  ) {
    return {
      ok: false,
      reason: 'the people it suggested are not a list of at most 100 names',
    };
  }
  if (typeof raw.notes !== 'string') {
    return { ok: false, reason: `its notes are ${kindOf(raw.notes)}, not text` };
  }
  const fixes: string[] = [];
  let notes = raw.notes;
  if (notes.length > NOTES_MAX) {
    notes = notes.slice(0, NOTES_MAX);
    const last = notes.charCodeAt(notes.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) notes = notes.slice(0, -1);
    fixes.push(`notes longer than ${formatCount(NOTES_MAX)} characters (cut)`);
  }
  const contact: ContactRecord = {
    id,
    name,
    role,
    organization,
    firstContact,
    lastContact,
    conversations,
    thankedAt: thankedAt as string | null,
    referrals: referrals as string[],
    notes,
  };
  if (raw.simulated !== undefined) {
    const moments = momentsOf(raw.simulated);
    if (moments) contact.simulated = moments;
    else fixes.push('calendar times that could not be read (dropped)');
  }
  const markup = scanMarkup(contact, describeContactPath);
  if (markup) return { ok: false, reason: markup };
  return { ok: true, contact, repaired: fixes.length > 0 ? `it had ${fixes.join(', ')}` : null };
}

/** Checks what `listContacts` read: the sound ones, in the order given; the rest noted. */
export function keepStoredContacts(found: readonly unknown[]): ContactRecord[] {
  forget('contact');
  const kept: ContactRecord[] = [];
  found.forEach((raw, position) => {
    const checked = checkContact(raw);
    const key = isRecord(raw) && typeof raw.id === 'string' ? raw.id.slice(0, 200) : `#${position}`;
    note('contact', key, checked.ok ? null : checked.reason, checked.ok ? checked.repaired : null);
    if (checked.ok) kept.push(checked.contact);
  });
  return kept;
}

/** A simulated moment as the contact log shows it: "day 2, Wed 10:15". */
export function momentText(at: Stamp): string {
  return `day ${at.day}, ${at.weekday} ${at.time}`;
}

/** What re-running a log gives: the score and what goes with it, or why it cannot be re-run. */
export type Rescore =
  | { ok: true; score: number; passed: boolean; pitfalls: string[]; title: string }
  | { ok: false; reason: string };

/** Re-runs are kept by log, so a page that lists the attempts again does not re-run them. */
const rescores = new Map<string, Rescore>();
const RESCORES_KEPT = 2000;
let reruns = 0;
/** Logs re-run so far (a cached one is not re-run): lets a test count the work. */
export function rescoreRuns(): number {
  return reruns;
}

/** Lets the page breathe between re-runs, so a long history does not freeze it. */
function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Re-runs one log against today's scenario (loading the engine on first use). */
export async function rescoreLog(log: SessionLog): Promise<Rescore> {
  const key = JSON.stringify(log);
  const known = rescores.get(key);
  if (known) return known;
  const { rescore } = await import('./attempts.ts');
  reruns += 1;
  const result = await rescore(log);
  if (rescores.size >= RESCORES_KEPT) rescores.delete(rescores.keys().next().value as string);
  rescores.set(key, result);
  return result;
}

/**
 * Every attempt with its score, pass and pitfalls recomputed by re-running its log, and the title
 * its scenario has today; an attempt whose log no longer replays (its scenario changed or is gone)
 * is set aside with the reason. `onProgress` hears how many are done.
 */
export async function rescoreAttempts(
  attempts: readonly SavedAttempt[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ attempts: SavedAttempt[]; setAside: StoredProblem[] }> {
  const kept: SavedAttempt[] = [];
  const left: StoredProblem[] = [];
  let since = Date.now();
  for (const [done, attempt] of attempts.entries()) {
    const result = await rescoreLog(attempt.log);
    if (result.ok) {
      const { ok: _ok, ...derived } = result;
      kept.push({ ...attempt, ...derived });
    } else {
      left.push({ kind: 'attempt', key: String(attempt.id), reason: result.reason });
    }
    if (Date.now() - since > 40) {
      onProgress?.(done + 1, attempts.length);
      await breathe();
      since = Date.now();
    }
  }
  return { attempts: kept, setAside: left };
}
