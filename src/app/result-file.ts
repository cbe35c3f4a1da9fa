import { LIMITS, formatCount } from '../domain/limits/index.ts';
import {
  assignmentId,
  checkAssignment,
  studentKey,
  type Assignment,
} from '../domain/instructor/assignment.ts';
import { canonicalJson } from '../domain/scenario/hash.ts';
import type { SessionLog } from '../domain/session/log.ts';
import { checkLog, isRecord, kindOf, parseUntrustedJson } from './replay-file.ts';

/**
 * A result file (`../shared/DESIGN.md`, "Instructors"): what a student hands in for an
 * assignment, their name and every attempt's log. Untrusted, like a replay file: the file is
 * refused whole, with the reason, when it breaks a limit (5 MB, 50 attempts), is not JSON, is not
 * this format and version, has prototype keys, or its assignment id does not match its
 * assignment. Each attempt's log is then checked like a replay file; an attempt that fails is
 * refused with its reason and the rest of the file is used. A score inside the file is never read:
 * the logs are re-run.
 */

export interface ResultAttempt {
  /** 1 for the file's first attempt. */
  number: number;
  log: SessionLog;
  mode: 'practice' | 'assessed';
  finished: boolean;
  /** Wall-clock times, for the instructor's table only (nothing is scored from them). */
  startedAt: string | null;
  finishedAt: string | null;
  /** Which stored file it came from (the dashboard's record id), when the caller says. */
  source?: string;
}

export interface ResultFile {
  assignment: Assignment & { id: string };
  student: { name: string; key: string };
  attempts: ResultAttempt[];
  /** Attempts refused, each with its reason. */
  refused: { what: string; reason: string }[];
}

export type ReadResult = { ok: true; file: ResultFile } | { ok: false; reason: string };

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const MAX_NAME_CHARS = 200;

const timeOrNull = (v: unknown): string | null => (typeof v === 'string' && ISO.test(v) ? v : null);

/** Reads the text of a result file. */
export function readResultText(text: string): ReadResult {
  const parsed = parseUntrustedJson(text, LIMITS.resultBytes, 'a Rapport result file');
  if (!parsed.ok) return parsed;
  return checkResult(parsed.value);
}

/** Checks a parsed value that claims to be a result file. */
export function checkResult(raw: unknown): ReadResult {
  if (!isRecord(raw)) {
    return { ok: false, reason: `it is ${kindOf(raw)}, not a Rapport result file` };
  }
  if (raw.format !== 'rapport-result') {
    return { ok: false, reason: 'it is not a Rapport result file ("format": "rapport-result")' };
  }
  if (raw.version !== 1) {
    return {
      ok: false,
      reason: 'it is a result file of another version; this Rapport reads version 1',
    };
  }
  if (!isRecord(raw.assignment)) return { ok: false, reason: 'it names no assignment' };
  const { id, ...rest } = raw.assignment;
  const assignment = checkAssignment(rest);
  if (!assignment.ok)
    return { ok: false, reason: `its assignment is not valid: ${assignment.reason}` };
  if (typeof id !== 'string' || id !== assignmentId(assignment.value)) {
    return {
      ok: false,
      reason: 'its assignment has been changed since the link was made (the id does not match)',
    };
  }
  const student = raw.student;
  const name = isRecord(student) ? student.name : undefined;
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_CHARS) {
    return {
      ok: false,
      reason: `it has no student name (a text of 1 to ${MAX_NAME_CHARS} characters)`,
    };
  }
  if (!Array.isArray(raw.attempts)) return { ok: false, reason: 'it has no list of attempts' };
  if (raw.attempts.length > LIMITS.resultAttempts) {
    return {
      ok: false,
      reason: `it holds ${formatCount(raw.attempts.length)} attempts; a result file holds at most ${formatCount(LIMITS.resultAttempts)}`,
    };
  }
  const attempts: ResultAttempt[] = [];
  const refused: ResultFile['refused'] = [];
  const seen = new Set<string>();
  for (const [i, entry] of raw.attempts.entries()) {
    const what = `attempt ${i + 1}`;
    if (!isRecord(entry)) {
      refused.push({ what, reason: `it is ${kindOf(entry)}, not an attempt` });
      continue;
    }
    const log = checkLog(entry.log);
    if (!log.ok) {
      refused.push({ what, reason: `its log cannot be read: ${log.reason}` });
      continue;
    }
    // An identical log counts once (compared only when there is more than one: a file of one
    // attempt, the usual, is not written out again for nothing).
    if (raw.attempts.length > 1) {
      const key = canonicalJson(log.log);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    attempts.push({
      number: i + 1,
      log: log.log,
      mode: entry.mode === 'practice' ? 'practice' : 'assessed',
      finished: entry.finished === true,
      startedAt: timeOrNull(entry.startedAt),
      finishedAt: timeOrNull(entry.finishedAt),
    });
  }
  return {
    ok: true,
    file: {
      assignment: { ...assignment.value, id },
      student: { name: name.trim().replace(/\s+/g, ' '), key: studentKey(name) },
      attempts,
      refused,
    },
  };
}
