import * as z from 'zod/mini';
import { LIMITS, formatCount } from '../domain/limits/index.ts';
import { findMarkup } from '../domain/limits/markup.ts';
import { parseUntrustedJson } from './replay-file.ts';
import type { Drafts, InProgress } from './store.ts';

/**
 * A session in progress, as the store keeps it and as a session file carries it. Both are read
 * with the same checks: what the browser hands back is as untrusted as a file a student opens.
 * A session file is what the page offers when it cannot save: opened later, it continues the
 * session where it was, drafts and mode included.
 */

export const SESSION_FILE_FORMAT = 'rapport-session';
export const SESSION_FILE_VERSION = 1;

/**
 * The key a session in progress is kept under. A student's own practice of a scenario is keyed
 * by the scenario alone; a link with a fixed seed (or, later, an assignment) gets a key of its
 * own, so opening such a link never replaces the student's own practice session.
 */
export function sessionKey(
  scenario: string,
  opened: { seed?: number | null; assignment?: string | null } = {},
): string {
  if (opened.assignment) return `${scenario}|assignment:${opened.assignment}`;
  if (opened.seed !== undefined && opened.seed !== null) return `${scenario}|seed:${opened.seed}`;
  return scenario;
}

/** The fixed seed a page's address asks for (`?seed=123`), or null. */
export function seedFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('seed');
  return value !== null && /^\d{1,9}$/.test(value) ? Number(value) : null;
}

const text = (max: number) => z.string().check(z.maxLength(max));

const DraftsSchema = z.object({
  said: text(LIMITS.textChars),
  subject: text(LIMITS.subjectChars),
  body: text(LIMITS.textChars),
  medium: z.optional(z.enum(['email', 'note'])),
  questions: z.optional(z.array(text(LIMITS.textChars)).check(z.maxLength(100))),
  bringResume: z.optional(z.boolean()),
});

const SavedSchema = z.object({
  key: text(400),
  scenario: text(200),
  hash: text(200),
  seed: z.number().check(z.int()),
  mode: z.enum(['practice', 'assessed']),
  actions: z.array(z.unknown()).check(z.maxLength(LIMITS.sessionActions)),
  savedAt: text(100),
  owner: z.optional(text(100)),
  drafts: z.optional(DraftsSchema),
  startedAt: z.optional(text(100)),
});

export type ReadSession = { ok: true; session: InProgress } | { ok: false; reason: string };

const FIELD_NAMES: Record<string, string> = {
  actions: 'its list of actions',
  drafts: 'its drafts',
  seed: 'its seed',
  mode: 'its mode',
  hash: 'its scenario version',
  scenario: 'its scenario',
  key: 'its key',
};

/** Checks something that claims to be a saved session; never throws. */
export function parseSavedSession(raw: unknown): ReadSession {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'it is not a saved session' };
  }
  const record = raw as Record<string, unknown>;
  // Records saved before sessions had keys were keyed by their scenario.
  const candidate =
    record.key === undefined && typeof record.scenario === 'string'
      ? { ...record, key: record.scenario }
      : record;
  if (Array.isArray(candidate.actions) && candidate.actions.length > LIMITS.sessionActions) {
    return {
      ok: false,
      reason: `it holds ${formatCount(candidate.actions.length)} actions, and a session holds at most ${formatCount(LIMITS.sessionActions)}`,
    };
  }
  const result = SavedSchema.safeParse(candidate);
  if (!result.success) {
    const top = String(result.error.issues[0]?.path[0] ?? '');
    return { ok: false, reason: `${FIELD_NAMES[top] ?? 'part of it'} is damaged` };
  }
  const session = result.data as InProgress;
  const drafts = session.drafts;
  if (drafts) {
    const found =
      findMarkup(drafts.said) ??
      findMarkup(drafts.subject) ??
      findMarkup(drafts.body) ??
      (drafts.questions ?? []).map(findMarkup).find((m) => m !== null) ??
      null;
    if (found !== null) {
      return { ok: false, reason: `its drafts hold script markup ("${found}")` };
    }
  }
  return { ok: true, session };
}

/** What "Download this session" writes: the session, without the page that held it. */
export function sessionFileOf(session: InProgress): Record<string, unknown> {
  const { owner: _owner, ...rest } = session;
  return { format: SESSION_FILE_FORMAT, version: SESSION_FILE_VERSION, ...rest };
}

/**
 * Reads a session file's text: refused with one reason when it is too large, not JSON, nests too
 * deeply, carries keys that could reach an object's prototype (the checks every imported file
 * gets), is not a Rapport session file, or is damaged. Its actions are checked when they are
 * replayed against the scenario. Linear in the text's length.
 */
export function readSessionFileText(content: string): ReadSession {
  const json = parseUntrustedJson(content, LIMITS.logBytes, 'a Rapport session file');
  if (!json.ok) return json;
  const raw = json.value;
  const file = raw as Record<string, unknown> | null;
  if (typeof file !== 'object' || file === null || file.format !== SESSION_FILE_FORMAT) {
    return {
      ok: false,
      reason:
        typeof file === 'object' && file !== null && file.format === 'rapport-log'
          ? 'this is a replay file (a finished attempt): open it on the Progress page'
          : typeof file === 'object' && file !== null && file.format === 'rapport-history'
            ? 'this is a history file: import it on the Progress page'
            : 'this is not a Rapport session file',
    };
  }
  if (file.version !== SESSION_FILE_VERSION) {
    return {
      ok: false,
      reason: `this session file is of version ${JSON.stringify(file.version)?.slice(0, 20)}; this Rapport reads version ${SESSION_FILE_VERSION}`,
    };
  }
  const { format: _format, version: _version, ...rest } = file;
  const parsed = parseSavedSession(rest);
  return parsed.ok
    ? parsed
    : { ok: false, reason: `the session file is damaged: ${parsed.reason}` };
}

export type { Drafts };
