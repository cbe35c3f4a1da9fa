import { rowOrder, type ClassTable } from './class-table.ts';
import type { ResultFile } from './result-file.ts';

/**
 * The class table shared among threads (`rapport class` with worker threads; the dashboard with
 * Web Workers), and put back together exactly as one `classTable` call would give it. Pure: no
 * Node, no DOM, nothing of the threads themselves.
 *
 * `classTable` merges each student's files for one assignment (a group) and scores each group on
 * its own, then sorts the rows, a stable sort, by name and assignment. So each group is scored
 * whole on one thread, on its own, and the groups' tables, concatenated in the order each group
 * first appears among the files, then sorted with the same comparator, are that call's table:
 * the same rows in the same order, and the same refusals in the same order.
 */

/** The key `classTable` merges files under: the assignment and the student. */
export function groupKey(file: ResultFile): string {
  return `${file.assignment.id}\n${file.student.key}`;
}

/** One student's files for one assignment, the groups in the order each first appears. */
export function groupFiles(files: readonly ResultFile[]): ResultFile[][] {
  const groups = new Map<string, ResultFile[]>();
  for (const file of files) {
    const key = groupKey(file);
    const group = groups.get(key);
    if (group) group.push(file);
    else groups.set(key, [file]);
  }
  return [...groups.values()];
}

/** The attempts a group's files hold: the work it takes to score it. */
export function attemptsOf(group: readonly ResultFile[]): number {
  return group.reduce((n, f) => n + f.attempts.length, 0);
}

/**
 * The groups shared among at most `parts` shares, balanced by their attempts: the largest group
 * first, each to the least loaded share (the first of equals), so the split is the same on every
 * run. Each share lists its groups' places in `groups`, in ascending order; no share is empty.
 */
export function shareGroups(groups: readonly (readonly ResultFile[])[], parts: number): number[][] {
  const count = Math.max(1, Math.floor(parts));
  const shares = Array.from({ length: count }, () => ({ load: 0, groups: [] as number[] }));
  const bySize = groups
    .map((group, i) => ({ i, size: attemptsOf(group) }))
    .sort((a, b) => b.size - a.size || a.i - b.i);
  for (const { i, size } of bySize) {
    const least = shares.reduce((a, b) => (b.load < a.load ? b : a));
    least.load += size;
    least.groups.push(i);
  }
  return shares.filter((s) => s.groups.length > 0).map((s) => s.groups.sort((a, b) => a - b));
}

/**
 * The files split into at most `parts` shares, a group never split between two, balanced by
 * attempts (`shareGroups`); each share holds its groups' files in their order among `files`.
 */
export function splitGroups(files: readonly ResultFile[], parts: number): ResultFile[][] {
  const groups = groupFiles(files);
  return shareGroups(groups, parts).map((share) => share.flatMap((i) => groups[i] as ResultFile[]));
}

/**
 * The groups' tables as one: `tables[i]` is the table of group i (`groupFiles`' order), each made
 * by `classTable` of that group's files alone. The rows are concatenated in group order and
 * sorted with `classTable`'s own comparator, the refusals concatenated in group order: the table
 * `classTable` gives for all the files at once.
 */
export function combineTables(tables: readonly ClassTable[]): ClassTable {
  return {
    rows: tables.flatMap((t) => t.rows).sort(rowOrder),
    refused: tables.flatMap((t) => t.refused),
  };
}
