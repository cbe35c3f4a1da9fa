import { Inflate, deflateSync, strToU8 } from 'fflate';
import { fromBase64Url, toBase64Url } from '../../domain/instructor/assignment.ts';
import { isRecord } from '../../domain/limits/describe.ts';
import { LIMITS } from '../../domain/limits/index.ts';

/**
 * Where a course package's learner is, kept by the LMS in `cmi.suspend_data` so a learner who
 * leaves resumes at the same step, on any machine: the scenario being played, the results of the
 * scenarios finished, and the accepted actions of the attempt under way. The actions are the
 * log's without their times (the replay works them out again), as JSON, compressed (DEFLATE) and
 * written in base64url after a version mark: `R1` and the text.
 *
 * SCORM 1.2 keeps at most 4,096 characters. A session too long for that keeps only how many
 * actions it has (`actions: null`): it resumes from the browser's own store, on the machine where
 * it was played, and the learner is told so.
 */
export interface SuspendState {
  /** The scenario played now, its place in the package (the number of scenarios when all are done). */
  at: number;
  /** Each finished scenario's score and whether it passed, in order. */
  results: { score: number; passed: boolean }[];
  /** The attempt under way's actions, or null when only this browser keeps them. */
  actions: unknown[] | null;
  /** How many actions the attempt under way has. */
  count: number;
}

/** SCORM 1.2's `cmi.suspend_data` holds at most this many characters (CMIString4096). */
export const SCORM12_SUSPEND_CHARS = 4096;
const MARK = 'R1';
/** The most bytes a suspend text inflates to: a log's limit. */
const MAX_INFLATED = LIMITS.logBytes;
/** Input is inflated this many bytes at a time, so no one step can make much more than the limit. */
const SLICE = 256;

function encodeJson(value: unknown): string {
  return MARK + toBase64Url(deflateSync(strToU8(JSON.stringify(value)), { level: 9 }));
}

/** The actions as the suspend text keeps them: without their simulated times. */
function withoutTimes(actions: readonly unknown[]): unknown[] {
  return actions.map((a) => {
    if (!isRecord(a)) return a;
    const { at: _at, ...rest } = a;
    return rest;
  });
}

/**
 * The suspend text of a state, within `limit` characters: with the actions when they fit, else
 * with their count only (`kept: 'browser'`). `package` ties it to one package (a mark of its
 * assignment's id), so a package uploaded anew does not take another's place and results.
 */
export function encodeSuspend(
  state: Omit<SuspendState, 'actions' | 'count'> & { actions: readonly unknown[]; package: string },
  limit = SCORM12_SUSPEND_CHARS,
): { text: string; kept: 'lms' | 'browser' } {
  const head = {
    v: 1,
    p: state.package,
    k: state.at,
    r: state.results.map((r) => [r.score, r.passed ? 1 : 0]),
  };
  const full = encodeJson({ ...head, n: state.actions.length, a: withoutTimes(state.actions) });
  if (full.length <= limit) return { text: full, kept: 'lms' };
  return { text: encodeJson({ ...head, n: state.actions.length }), kept: 'browser' };
}

function inflateBounded(bytes: Uint8Array): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > MAX_INFLATED) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let i = 0; i < bytes.length && !over; i += SLICE) {
      inflate.push(bytes.subarray(i, i + SLICE), i + SLICE >= bytes.length);
    }
  } catch {
    return null;
  }
  if (over) return null;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The most scenarios a package plays (an assignment's). */
const MAX_RESULTS = 20;

/**
 * A suspend text read back, or why it cannot be. The LMS's copy is untrusted like any file: its
 * length is bounded, its inflated size is counted as it inflates, and its shape is checked (the
 * actions are checked again, as a log, when the session resumes from them).
 */
export function decodeSuspend(
  text: string,
  packageMark: string,
  limit = SCORM12_SUSPEND_CHARS,
): { ok: true; state: SuspendState } | { ok: false; reason: string } {
  const bad = (reason: string) => ({ ok: false as const, reason });
  if (text.length > limit) return bad(`it is longer than ${limit} characters`);
  if (!text.startsWith(MARK)) return bad('it was not written by this Rapport');
  const bytes = fromBase64Url(text.slice(MARK.length));
  if (!bytes) return bad('it is not base64url');
  const json = inflateBounded(bytes);
  if (!json) return bad('it does not inflate within the limit');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return bad('it is not JSON');
  }
  if (!isRecord(raw) || raw.v !== 1) return bad('it is of another version');
  const { p, k, r, n, a } = raw;
  if (p !== packageMark) return bad('it was written by another version of this activity');
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 0 || k > MAX_RESULTS)
    return bad('its scenario number is out of range');
  if (!Array.isArray(r) || r.length > MAX_RESULTS) return bad('its results are not a list');
  const results: SuspendState['results'] = [];
  for (const item of r) {
    if (
      !Array.isArray(item) ||
      item.length !== 2 ||
      typeof item[0] !== 'number' ||
      !(item[0] >= 0 && item[0] <= 100) ||
      (item[1] !== 0 && item[1] !== 1)
    )
      return bad('a result is not a score and a pass');
    results.push({ score: item[0], passed: item[1] === 1 });
  }
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > LIMITS.sessionActions)
    return bad('its count of actions is out of range');
  if (a !== undefined && (!Array.isArray(a) || a.length !== n))
    return bad('its actions do not match their count');
  return { ok: true, state: { at: k, results, actions: a ?? null, count: n } };
}
