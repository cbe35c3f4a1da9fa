import * as z from 'zod/mini';
import type { Stamp } from '../calendar/calendar.ts';
import { LIMITS, formatCount } from '../limits/index.ts';
import { findMarkup } from '../limits/markup.ts';
import { APP_VERSION, LOG_VERSION } from '../version.ts';
import type { Session } from './engine.ts';
import { EXPECTED_KIND, kindOf, valueAt } from '../limits/describe.ts';

/**
 * The event log of docs/formats.md (v1): a header and the accepted actions with the simulated time each
 * happened. It is the source of truth; everything else is recomputed from it. Each logged action
 * also records `index`, its position in the inputs, so a report recomputed from the log quotes
 * the same action numbers as the live session's (an extension; a log without it uses positions).
 */

export interface LogAction {
  type: string;
  at: Stamp;
  index?: number;
  [field: string]: unknown;
}

export interface SessionLog {
  format: 'rapport-log';
  version: 1;
  app: string;
  scenario: { id: string; hash: string };
  seed: number;
  student?: string;
  actions: LogAction[];
}

export function buildLog(session: Session, hash: string, student?: string): SessionLog {
  return {
    format: 'rapport-log',
    version: LOG_VERSION,
    app: APP_VERSION,
    scenario: { id: session.scenario.id, hash },
    seed: session.seed,
    ...(student ? { student } : {}),
    actions: session.accepted.map(({ action, at, index }) => ({ ...action, at, index })),
  };
}

const StampSchema = z.object({
  day: z.number(),
  weekday: z.string(),
  time: z.string(),
});

const LogSchema = z.object({
  format: z.literal('rapport-log'),
  version: z.number(),
  app: z.optional(z.string()),
  scenario: z.object({
    id: z.string().check(z.maxLength(200)),
    hash: z.string().check(z.maxLength(200)),
  }),
  seed: z.number().check(z.int()),
  student: z.optional(z.string().check(z.maxLength(200))),
  actions: z
    .array(
      z.looseObject({
        type: z.string(),
        at: z.optional(StampSchema),
        index: z.optional(z.number().check(z.int(), z.gte(0))),
      }),
    )
    .check(z.maxLength(LIMITS.sessionActions)),
});

/** A place in a log, in words: `action 3's "at.day"`, `"scenario.id"`. */
function placeOf(path: readonly PropertyKey[]): string {
  const [first, position, ...rest] = path;
  if (first === 'actions' && typeof position === 'number') {
    return rest.length > 0
      ? `action ${position}'s "${rest.map(String).join('.')}"`
      : `action ${position}`;
  }
  return `"${path.map(String).join('.')}"`;
}

function describeLogIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const place = placeOf(issue.path);
  const value = valueAt(raw, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `the log has no ${place}`
        : `the log's ${place} should be ${EXPECTED_KIND[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
    case 'too_big':
      return `the log's ${place} is too long: at most ${formatCount(Number(issue.maximum))} characters`;
    case 'too_small':
      return `the log's ${place} should not be negative`;
    default:
      return `the log's ${place} is not valid`;
  }
}

export type ParsedLog = { ok: true; log: SessionLog } | { ok: false; reason: string };

/** Validates something that claims to be a log. Never throws. */
export function parseLog(raw: unknown): ParsedLog {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'a log is a JSON object with "format": "rapport-log"' };
  }
  const candidate = raw as Record<string, unknown>;
  if (candidate.format !== 'rapport-log') {
    return { ok: false, reason: 'this is not a Rapport log ("format" should be "rapport-log")' };
  }
  if (candidate.version !== LOG_VERSION) {
    const version = candidate.version;
    const reason =
      version === undefined
        ? `this log has no "version"; a Rapport log says "version": ${LOG_VERSION}`
        : typeof version === 'string'
          ? `this log's "version" is the text "${version.slice(0, 20)}", not the number ${LOG_VERSION}; a Rapport log says "version": ${LOG_VERSION}`
          : typeof version === 'number'
            ? `this log is version ${String(version).slice(0, 20)}, and this Rapport reads version ${LOG_VERSION} only`
            : `this log's "version" is ${kindOf(version)}, not the number ${LOG_VERSION}`;
    return { ok: false, reason };
  }
  const actions = candidate.actions;
  if (Array.isArray(actions) && actions.length > LIMITS.sessionActions) {
    return {
      ok: false,
      reason: `this log has ${formatCount(actions.length)} actions; a session holds at most ${formatCount(LIMITS.sessionActions)}`,
    };
  }
  const result = LogSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, reason: issue ? describeLogIssue(issue, raw) : 'the log is malformed' };
  }
  const student = result.data.student;
  const markup = student === undefined ? null : findMarkup(student);
  if (markup !== null) {
    return {
      ok: false,
      reason: `the log's student name contains script markup ("${markup}"), which Rapport does not take`,
    };
  }
  return { ok: true, log: result.data as SessionLog };
}

/** The action itself, without the log's bookkeeping fields. */
export function actionOf(entry: LogAction): Record<string, unknown> {
  const { at: _at, index: _index, ...action } = entry;
  return action;
}
