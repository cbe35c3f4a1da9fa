import { classTable, type ClassTable, type Counts, type KnownScenario } from './class-table.ts';
import { attemptsOf, combineTables, groupFiles, shareGroups } from './class-split.ts';
import type { ResultFile } from './result-file.ts';
import type { ClassJob, ClassWorkerMessage } from './class-worker.ts';

/**
 * Re-scores the class on the dashboard: the files are grouped as they merge (one student's files
 * for one assignment), the groups are shared among Web Workers by their number of attempts, and
 * the groups' tables are put back together in the order one `classTable` call would give
 * (`class-split.ts`, which `rapport class` shares among worker threads the same way), so the
 * dashboard shows exactly the table `rapport class` prints. Progress is reported as attempts
 * re-scored; without workers (or when one fails) the groups are scored on the page's thread, a
 * group at a time, yielding between them.
 */

export type Progress = (done: number, total: number) => void;

export { combineTables, groupFiles, shareGroups };

let jobs = 0;

export async function rescoreClass(
  files: readonly ResultFile[],
  counts: Counts,
  onProgress: Progress = () => undefined,
  makeWorker: (() => Worker) | null = defaultWorker,
): Promise<ClassTable> {
  const groups = groupFiles(files);
  const total = groups.reduce((n, g) => n + attemptsOf(g), 0);
  const tables: (ClassTable | undefined)[] = new Array(groups.length);
  let done = 0;
  onProgress(0, total);
  const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
  const parts = Math.max(1, Math.min(4, cores, groups.length));
  if (makeWorker && total > 20) {
    try {
      const shares = shareGroups(groups, parts);
      const job = ++jobs;
      await Promise.all(
        shares.map(
          (share) =>
            new Promise<void>((resolve, reject) => {
              const worker = makeWorker();
              worker.onmessage = (event: MessageEvent<ClassWorkerMessage>) => {
                const message = event.data;
                if (message.job !== job) return;
                if ('table' in message) {
                  const index = share[message.group] as number;
                  tables[index] = message.table;
                  done += attemptsOf(groups[index] ?? []);
                  onProgress(done, total);
                } else if ('done' in message) {
                  worker.terminate();
                  resolve();
                } else {
                  worker.terminate();
                  reject(new Error(message.error));
                }
              };
              worker.onerror = (event) => {
                worker.terminate();
                reject(new Error(event.message || 'the worker stopped'));
              };
              worker.postMessage({
                job,
                groups: share.map((i) => groups[i] as ResultFile[]),
                counts,
              } satisfies ClassJob);
            }),
        ),
      );
      return combineTables(tables as ClassTable[]);
    } catch {
      // Whatever a worker could not do is done here instead.
    }
  }
  done = 0;
  const known = await knownScenarios(groups);
  for (const [i, group] of groups.entries()) {
    tables[i] = classTable(group, (id) => known.get(id), counts);
    done += attemptsOf(group);
    onProgress(done, total);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return combineTables(tables as ClassTable[]);
}

async function knownScenarios(groups: readonly ResultFile[][]) {
  const { loadEntry } = await import('./catalog.ts');
  const ids = new Set(
    groups.flatMap((g) => g.flatMap((f) => f.assignment.scenarios.map((s) => s.id))),
  );
  const known = new Map<string, KnownScenario>();
  for (const id of ids) {
    const entry = await loadEntry(id).catch(() => null);
    if (entry)
      known.set(id, {
        scenario: entry.scenario,
        hash: entry.hash,
        earlier: entry.earlier ?? [],
      });
  }
  return known;
}

function defaultWorker(): Worker {
  return new Worker(new URL('./class-worker.ts', import.meta.url), { type: 'module' });
}
