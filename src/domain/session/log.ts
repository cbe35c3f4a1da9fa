import * as z from 'zod/mini';
import type { Stamp } from '../calendar/calendar.ts';
import { APP_VERSION, LOG_VERSION } from '../version.ts';
import type { Session } from './engine.ts';

/**
 * The event log of DESIGN.md (v1): a header and the accepted actions with the simulated time each
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
    .check(z.maxLength(5000)),
});

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
    return {
      ok: false,
      reason: `this log is version ${String(candidate.version).slice(0, 20)}; this Rapport reads version ${LOG_VERSION}`,
    };
  }
  const result = LogSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') : '';
    return { ok: false, reason: `the log is malformed${where ? ` at "${where}"` : ''}` };
  }
  return { ok: true, log: result.data as SessionLog };
}

/** The action itself, without the log's bookkeeping fields. */
export function actionOf(entry: LogAction): Record<string, unknown> {
  const { at: _at, index: _index, ...action } = entry;
  return action;
}
