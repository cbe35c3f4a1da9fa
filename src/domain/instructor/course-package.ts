import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { isRecord, type Checked } from '../limits/describe.ts';
import { assignmentId, checkAssignment, type Assignment } from './assignment.ts';

/**
 * A course package (`npm run package:scorm`): the built app with a few scenarios, played in an
 * LMS as one activity. What it plays is an assignment (its scenarios in order, the mode, the
 * seed), so its attempts are kept and handed in like any assignment's; the LMS gives the
 * student's name and id, and gets the score and status back.
 */
export interface CoursePackage {
  format: 'rapport-package';
  version: 1;
  /** The LMS standard the package speaks: SCORM 1.2. */
  standard: 'scorm12';
  assignment: Assignment;
}

export function checkCoursePackage(raw: unknown): Checked<CoursePackage> {
  if (!isRecord(raw) || raw.format !== 'rapport-package' || raw.version !== 1)
    return { ok: false, reason: 'it is not a Rapport course package of version 1' };
  if (raw.standard !== 'scorm12') return { ok: false, reason: 'its standard should be "scorm12"' };
  const assignment = checkAssignment(raw.assignment);
  if (!assignment.ok) return { ok: false, reason: `its assignment: ${assignment.reason}` };
  return { ok: true, value: raw as unknown as CoursePackage };
}

/** The longest learner id read from an LMS (SCORM 1.2's CMIIdentifier is at most 255). */
export const MAX_LEARNER_ID = 255;

/**
 * The seed a learner plays a package with: the package's own, or for a per-student seed one
 * derived from the assignment's id and the LMS's learner id (`cmi.core.student_id`), so the same
 * learner meets the same session on every launch and a classmate another.
 */
export function seedForLearner(assignment: Assignment, learnerId: string): number {
  if (assignment.seed !== 'per-student') return assignment.seed;
  const id = learnerId.slice(0, MAX_LEARNER_ID);
  const digest = sha256(utf8ToBytes(`${assignmentId(assignment)}\nlearner:${id}`));
  return (
    (((digest[0] ?? 0) << 24) |
      ((digest[1] ?? 0) << 16) |
      ((digest[2] ?? 0) << 8) |
      (digest[3] ?? 0)) >>>
    0
  );
}

/**
 * SCORM 1.2 gives names as "Last, First" (`cmi.core.student_name`); the product writes them
 * "First Last". A name without one comma is kept as it is; spaces are tidied, the length bounded.
 */
export function learnerName(lmsName: string): string {
  const clean = lmsName.slice(0, 400).trim().replace(/\s+/g, ' ');
  const parts = clean.split(',');
  const name =
    parts.length === 2 && (parts[0] ?? '').trim() !== '' && (parts[1] ?? '').trim() !== ''
      ? `${(parts[1] ?? '').trim()} ${(parts[0] ?? '').trim()}`
      : clean;
  return name.slice(0, 200);
}
