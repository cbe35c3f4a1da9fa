import { seedFor, type Assignment } from '../domain/instructor/assignment.ts';
import type { Scenario } from '../domain/scenario/scenario.schema.ts';
import type { Report } from '../domain/scoring/report.ts';
import { scoreLog } from '../domain/session/index.ts';
import { canonicalJson } from '../domain/scenario/hash.ts';
import { PITFALL_IDS, type PitfallId } from '../domain/vocabulary.ts';
import type { ResultAttempt, ResultFile } from './result-file.ts';

/**
 * The class table (`../shared/DESIGN.md`, "Instructors"): result files merged per student and
 * assignment, every attempt re-scored by re-running its log (a score inside a file is never
 * read), one row per student, assignment and scenario. Used by `rapport class`, and by the class
 * dashboard to come.
 */

export type Counts = 'best' | 'latest' | 'first';

export interface KnownScenario {
  scenario: Scenario;
  hash: string;
  earlier: readonly string[];
}

export interface ClassRow {
  name: string;
  /** The student's key (the name trimmed, case-folded, spaces collapsed), as files are merged. */
  student: string;
  assignment: string;
  /** The assignment's id, which tells two assignments of the same title apart. */
  assignmentId: string;
  scenario: string;
  /** Attempts as assigned and within the number allowed. */
  attempts: number;
  /** The attempt that counts (1 for the student's first counted attempt), or null with none. */
  counted: number | null;
  first: number | null;
  best: number | null;
  latest: number | null;
  passed: boolean | null;
  minutesUsed: number | null;
  finishedAt: string | null;
  /** Each pitfall's count in the counted attempt. */
  pitfalls: Record<PitfallId, number>;
  /** Where the counted attempt came from, when the files' attempts name their source. */
  countedFrom: { source: string; attempt: number } | null;
}

export interface ClassTable {
  rows: ClassRow[];
  /** Attempts listed and not counted, with the reason: "Kira Jones, attempt 3: …". */
  refused: { what: string; reason: string }[];
}

interface Scored {
  attempt: ResultAttempt;
  report: Report;
}

/** One student's attempts at one assignment, from all their files: an identical log counts once. */
function merge(
  files: readonly ResultFile[],
): Map<string, { file: ResultFile; attempts: ResultAttempt[] }> {
  const merged = new Map<
    string,
    { file: ResultFile; attempts: ResultAttempt[]; logs: Set<string> | null }
  >();
  for (const file of files) {
    const key = `${file.assignment.id}\n${file.student.key}`;
    const entry = merged.get(key);
    if (!entry) {
      // A file's own attempts are distinct already (readResultText): they are compared only
      // once another file of the same student comes, the usual class having one file each.
      merged.set(key, { file, attempts: [...file.attempts], logs: null });
      continue;
    }
    entry.logs ??= new Set(entry.attempts.map((a) => canonicalJson(a.log)));
    for (const attempt of file.attempts) {
      const log = canonicalJson(attempt.log);
      if (entry.logs.has(log)) continue;
      entry.logs.add(log);
      entry.attempts.push(attempt);
    }
  }
  return merged;
}

const chosen = (scored: readonly Scored[], counts: Counts): Scored | undefined => {
  if (counts === 'first') return scored[0];
  if (counts === 'latest') return scored.at(-1);
  return scored.reduce<Scored | undefined>(
    (best, s) => (best === undefined || s.report.score > best.report.score ? s : best),
    undefined,
  );
};

export function classTable(
  files: readonly ResultFile[],
  known: (id: string) => KnownScenario | undefined,
  counts: Counts = 'best',
): ClassTable {
  const rows: ClassRow[] = [];
  const refused: ClassTable['refused'] = [];
  for (const { file, attempts } of merge(files).values()) {
    const assignment: Assignment = file.assignment;
    const seed = seedFor(assignment, file.student.name);
    const who = file.student.name;
    for (const target of assignment.scenarios) {
      const found = known(target.id);
      const scored: Scored[] = [];
      for (const attempt of attempts.filter((a) => a.log.scenario.id === target.id)) {
        const what = `${who}, ${target.id}, attempt ${attempt.number}`;
        if (!found) {
          refused.push({ what, reason: `the scenario "${target.id}" is not one this Rapport has` });
          continue;
        }
        if (attempt.log.seed !== seed || attempt.log.scenario.hash !== target.hash) {
          refused.push({ what, reason: 'not as assigned (another seed or scenario version)' });
          continue;
        }
        if (assignment.attempts !== null && scored.length >= assignment.attempts) {
          refused.push({
            what,
            reason: `past the ${assignment.attempts} attempt${assignment.attempts === 1 ? '' : 's'} allowed`,
          });
          continue;
        }
        const result = scoreLog(found.scenario, found.hash, attempt.log, [
          ...found.earlier,
          target.hash,
        ]);
        if (!result.ok) {
          refused.push({ what, reason: result.reason });
          continue;
        }
        scored.push({ attempt, report: result.report });
      }
      const count = chosen(scored, counts);
      const pitfalls = Object.fromEntries(PITFALL_IDS.map((id) => [id, 0])) as Record<
        PitfallId,
        number
      >;
      for (const p of count?.report.pitfalls ?? []) pitfalls[p.id] += 1;
      rows.push({
        name: who,
        student: file.student.key,
        assignment: assignment.title,
        assignmentId: file.assignment.id,
        scenario: target.id,
        attempts: scored.length,
        // its place among the student's attempts at this scenario, from all their files
        counted: count ? scored.indexOf(count) + 1 : null,
        first: scored[0]?.report.score ?? null,
        best: scored.length > 0 ? Math.max(...scored.map((s) => s.report.score)) : null,
        latest: scored.at(-1)?.report.score ?? null,
        passed: count ? count.report.passed : null,
        minutesUsed: count ? count.report.stats.minutesUsed : null,
        finishedAt: count?.attempt.finishedAt ?? null,
        pitfalls,
        countedFrom:
          count?.attempt.source !== undefined
            ? { source: count.attempt.source, attempt: count.attempt.number }
            : null,
      });
    }
  }
  rows.sort(rowOrder);
  return { rows, refused };
}

/** Code-point order, the same in every browser and locale. */
const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** The table's order: by name, then assignment (a stable sort keeps each student's scenarios in order). */
export const rowOrder = (a: ClassRow, b: ClassRow): number =>
  order(a.name, b.name) || order(a.assignment, b.assignment);

/** The table's columns, as DESIGN.md's `class` command names them. */
export const CLASS_COLUMNS = [
  'name',
  'assignment',
  'scenario',
  'attempts',
  'counted',
  'first',
  'best',
  'latest',
  'passed',
  'minutes_used',
  'finished_at',
  ...PITFALL_IDS,
] as const;

/** A row as the CSV's cells: numbers as numbers, nothing as an empty cell. */
export function rowCells(row: ClassRow): (string | number | boolean)[] {
  const cell = (v: string | number | boolean | null) => (v === null ? '' : v);
  return [
    row.name,
    row.assignment,
    row.scenario,
    row.attempts,
    cell(row.counted),
    cell(row.first),
    cell(row.best),
    cell(row.latest),
    cell(row.passed),
    cell(row.minutesUsed),
    cell(row.finishedAt),
    ...PITFALL_IDS.map((id) => row.pitfalls[id]),
  ];
}

/**
 * A text cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return) gets a leading apostrophe, so it is shown as the text it is.
 */
export function safeCell(value: string | number | boolean): string | number | boolean {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
