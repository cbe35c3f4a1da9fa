import { LOG_VERSION, APP_VERSION } from '../domain/version.ts';
import { assignmentId, studentKey, type Assignment } from '../domain/instructor/assignment.ts';
import type { SessionLog, LogAction } from '../domain/session/log.ts';
import type { AssignedAttempt, InProgress, Store } from './store.ts';
import { sessionKey } from './session-file.ts';

/**
 * A student's side of an assignment (`../shared/DESIGN.md`, "Instructors"): the session key of
 * each of its scenarios, the attempts used, which scenarios the link was made against an older
 * version of, and the result file they hand in. The pages (the assignment page, the session page)
 * only call these.
 */

export type WithId = Assignment & { id: string };

export const withId = (assignment: Assignment): WithId => ({
  ...assignment,
  id: assignmentId(assignment),
});

/**
 * What a session of an assignment is kept under, apart from the student's own practice and from
 * another student using the same browser: the assignment's id and the student's key.
 */
export function assignedSessionKey(scenario: string, assignment: string, student: string): string {
  return sessionKey(scenario, { assignment: `${assignment}|${student}` });
}

/** The log of a session in progress (its saved actions are log actions), as a result file has it. */
export function logOfProgress(progress: InProgress, name: string): SessionLog {
  return {
    format: 'rapport-log',
    version: LOG_VERSION,
    app: APP_VERSION,
    scenario: { id: progress.scenario, hash: progress.hash },
    seed: progress.seed,
    student: name,
    actions: progress.actions as LogAction[],
  };
}

export interface ResultFileJson {
  format: 'rapport-result';
  version: 1;
  assignment: WithId;
  student: { name: string };
  attempts: {
    log: SessionLog;
    mode: 'practice' | 'assessed';
    finished: boolean;
    startedAt: string | null;
    finishedAt: string | null;
  }[];
}

/**
 * The result file: the assignment, the student's name and every attempt's log, the kept ones
 * first (oldest first) and then each session still in progress with at least one action, as an
 * unfinished attempt. Nothing scored is written: the instructor's dashboard re-runs the logs.
 */
export function resultFileOf(
  assignment: WithId,
  name: string,
  kept: readonly AssignedAttempt[],
  inProgress: readonly InProgress[] = [],
): ResultFileJson {
  const attempts: ResultFileJson['attempts'] = kept.map((a) => ({
    log: { ...a.log, student: name },
    mode: a.mode,
    finished: a.finished,
    startedAt: a.startedAt,
    finishedAt: a.finishedAt,
  }));
  for (const progress of inProgress) {
    if (progress.actions.length === 0) continue;
    attempts.push({
      log: logOfProgress(progress, name),
      mode: progress.mode,
      finished: false,
      startedAt: progress.startedAt ?? null,
      finishedAt: null,
    });
  }
  const { id, ...rest } = assignment;
  return {
    format: 'rapport-result',
    version: 1,
    assignment: { ...rest, id },
    student: { name },
    attempts,
  };
}

/** A file name for the result file: the assignment's title and the student's name, made safe. */
export function resultFileName(assignment: Assignment, name: string): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'x';
  return `rapport-result-${slug(assignment.title)}-${slug(name)}.json`;
}

/** Attempts used at one scenario: those kept, and the session in progress if it has begun. */
export function attemptsUsed(
  kept: readonly AssignedAttempt[],
  scenario: string,
  inProgress?: InProgress,
): number {
  return (
    kept.filter((a) => a.scenario === scenario).length +
    (inProgress && inProgress.actions.length > 0 ? 1 : 0)
  );
}

export type VersionCheck =
  | { scenario: string; state: 'current' }
  | { scenario: string; state: 'older' }
  | { scenario: string; state: 'other' }
  | { scenario: string; state: 'missing' };

/**
 * How the version a link was made against compares with this Rapport's: the same, an earlier
 * published version (the student plays the current one, and the instructor's table lists those
 * attempts as played with another version), one this Rapport does not know, or no such scenario.
 */
export function checkVersion(
  target: { id: string; hash: string },
  entry: { hash: string; earlier?: readonly string[] } | null,
): VersionCheck {
  if (!entry) return { scenario: target.id, state: 'missing' };
  if (entry.hash === target.hash) return { scenario: target.id, state: 'current' };
  if (entry.earlier?.includes(target.hash)) return { scenario: target.id, state: 'older' };
  return { scenario: target.id, state: 'other' };
}

/** What the session page knows of the assignment it plays an attempt at. */
export interface AssignedSession {
  id: string;
  title: string;
  mode: 'practice' | 'assessed';
  /** The student's name as given, and its key. */
  name: string;
  student: string;
  /** The assignment page's address. */
  back: string;
}

/**
 * What the store holds of one student's work on an assignment: the attempts kept and, for each
 * scenario in order, the session under way (or undefined). Both pages that offer the result file
 * read it here, so the file is the same from either.
 */
export async function workOn(
  store: Store,
  assignment: WithId,
  name: string,
): Promise<{ kept: AssignedAttempt[]; progress: (InProgress | undefined)[] }> {
  const student = studentKey(name);
  const kept = await store.listAssigned(assignment.id, student);
  const progress = await Promise.all(
    assignment.scenarios.map((s) =>
      store.loadProgress(assignedSessionKey(s.id, assignment.id, student)),
    ),
  );
  return { kept, progress };
}
