import { classTable, type ClassTable, type Counts, type KnownScenario } from './class-table.ts';
import { attemptsOf, combineTables, groupFiles, shareGroups } from './class-split.ts';
import type { ReadResult, ResultFile } from './result-file.ts';
import type {
  ClassJob,
  ClassRead,
  ClassReadFailed,
  ClassReadings,
  ClassWarm,
  ClassWorkerMessage,
} from './class-worker.ts';

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

/** The least time between two reports of the progress (the last is always reported). */
const PROGRESS_EVERY_MS = 250;

/** Groups sent to a worker in one message. */
const PART = 50;

/**
 * The dashboard's workers, started when it opens (`startClassWorkers`) so that a drop does not wait
 * for each to load the engine and the scenarios (half a second here), kept between re-scorings and
 * stopped when the page closes (`stopClassWorkers`).
 */
let kept: Worker[] = [];

function workerCount(groups = Infinity): number {
  const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
  return Math.max(1, Math.min(4, cores, groups));
}

export function startClassWorkers(scenarioIds: readonly string[]): void {
  if (typeof Worker === 'undefined') return;
  try {
    while (kept.length < workerCount()) {
      const worker = defaultWorker();
      worker.postMessage({ warm: [...scenarioIds] } satisfies ClassWarm);
      kept.push(worker);
    }
  } catch {
    // No workers here: the class is scored on the page's thread.
  }
}

export function stopClassWorkers(): void {
  for (const worker of kept) worker.terminate();
  kept = [];
}

/** Files or texts sent to a worker in one message to be read, and the fewest worth the workers. */
const READ_PART = 100;
const READ_IN_WORKERS_FROM = 40;

let reads = 0;

/** What the workers read of a drop: each item's reading and, for a file, its text (null: unreadable). */
export interface Readings {
  results: ReadResult[];
  texts: (string | null)[];
}

/**
 * Reads result files in the dashboard's kept workers, each a share, in parts: a file (a `File`,
 * read there) or a text, each checked as `readResultText` checks it, in order, the page's thread
 * only taking back what they read (a structured copy, a fraction of reading and checking the
 * JSON). `onRead` hears how many are read. Null when there are no workers or too few items to be
 * worth them, or when a worker fails: the page then reads them itself.
 */
export async function readInWorkers(
  items: readonly (string | File)[],
  onRead: (read: number) => void = () => undefined,
): Promise<Readings | null> {
  if (items.length < READ_IN_WORKERS_FROM || kept.length === 0) return null;
  const workers = kept.slice(0, workerCount(Math.ceil(items.length / READ_PART)));
  const results: ReadResult[] = new Array<ReadResult>(items.length);
  const texts = items.map((item) => (typeof item === 'string' ? item : null));
  const read = ++reads;
  let count = 0;
  try {
    await Promise.all(
      workers.map(
        (worker, w) =>
          new Promise<void>((resolve, reject) => {
            // contiguous shares, in parts of READ_PART items
            const share = Math.ceil(items.length / workers.length);
            const start = w * share;
            const end = Math.min(items.length, start + share);
            let left = Math.ceil((end - start) / READ_PART);
            const finish = () => {
              worker.removeEventListener('message', onMessage);
              worker.removeEventListener('error', onError);
            };
            const onMessage = (
              event: MessageEvent<ClassReadings | ClassReadFailed | ClassWorkerMessage>,
            ) => {
              const message = event.data;
              if (!('read' in message) || message.read !== read) return;
              if ('error' in message) {
                finish();
                reject(new Error(message.error));
                return;
              }
              for (const [k, result] of message.results.entries()) {
                results[message.from + k] = result;
                const text = message.texts?.[k];
                if (text !== undefined) texts[message.from + k] = text;
              }
              count += message.results.length;
              onRead(count);
              left -= 1;
              if (left > 0) return;
              finish();
              resolve();
            };
            const onError = (event: ErrorEvent) => {
              finish();
              reject(new Error(event.message || 'the worker stopped'));
            };
            worker.addEventListener('message', onMessage);
            worker.addEventListener('error', onError);
            if (left === 0) {
              finish();
              resolve();
            }
            for (let from = start; from < end; from += READ_PART)
              worker.postMessage({
                read,
                from,
                items: items.slice(from, Math.min(end, from + READ_PART)),
              } satisfies ClassRead);
          }),
      ),
    );
  } catch {
    // The page reads them itself; the workers are started afresh for the re-scoring.
    stopClassWorkers();
    return null;
  }
  return { results, texts };
}

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
  // The page is told of the progress a few times a second and at the end, not at each group: each
  // update repaints the page (10 ms here with the class table drawn), and on a two-core machine a
  // hundred of them while the workers run cost the workers a second of 1,000 files' scoring.
  let told = 0;
  let toldAt = performance.now();
  const report = (n: number) => {
    if (n < total && (n === told || performance.now() - toldAt < PROGRESS_EVERY_MS)) return;
    told = n;
    toldAt = performance.now();
    onProgress(n, total);
  };
  const parts = workerCount(groups.length);
  if (makeWorker && total > 20) {
    try {
      const shares = shareGroups(groups, parts);
      const job = ++jobs;
      await Promise.all(
        shares.map(
          (share, i) =>
            new Promise<void>((resolve, reject) => {
              // A kept worker is used again and stays; one made for this job stops after it.
              const keeps = makeWorker === defaultWorker;
              if (keeps && !kept[i]) kept[i] = makeWorker();
              const worker = keeps ? (kept[i] as Worker) : makeWorker();
              // The share goes in parts, the page's thread free between them (copying five hundred
              // files into a worker at once held it for 50-70 ms here); each part says when done.
              const partCount = Math.max(1, Math.ceil(share.length / PART));
              let partsDone = 0;
              // Listeners, not handlers: a second re-scoring (the instructor picks another count)
              // may share a kept worker, which answers each job in turn, by its number.
              const finish = () => {
                worker.removeEventListener('message', onMessage);
                worker.removeEventListener('error', onError);
                if (!keeps) worker.terminate();
              };
              const fail = (error: Error) => {
                finish();
                worker.terminate();
                if (keeps) kept = kept.filter((w) => w !== worker);
                reject(error);
              };
              const onMessage = (event: MessageEvent<ClassWorkerMessage>) => {
                const message = event.data;
                if (message.job !== job) return;
                if ('tables' in message) {
                  for (const [k, table] of message.tables.entries()) {
                    const index = share[message.from + k] as number;
                    tables[index] = table;
                    done += attemptsOf(groups[index] ?? []);
                  }
                  report(done);
                } else if ('done' in message) {
                  partsDone += 1;
                  if (partsDone < partCount) return;
                  finish();
                  resolve();
                } else {
                  fail(new Error(message.error));
                }
              };
              const onError = (event: ErrorEvent) =>
                fail(new Error(event.message || 'the worker stopped'));
              worker.addEventListener('message', onMessage);
              worker.addEventListener('error', onError);
              const send = (from: number) => {
                worker.postMessage({
                  job,
                  from,
                  groups: share.slice(from, from + PART).map((g) => groups[g] as ResultFile[]),
                  counts,
                } satisfies ClassJob);
                // the next part after the page has had its turn
                if (from + PART < share.length) setTimeout(() => send(from + PART), 0);
              };
              send(0);
            }),
        ),
      );
      return combineTables(tables as ClassTable[]);
    } catch {
      // Whatever a worker could not do is done here instead; the kept workers are stopped, so
      // none goes on with this job's other parts, and started afresh the next time.
      if (makeWorker === defaultWorker) stopClassWorkers();
    }
  }
  done = 0;
  told = 0;
  const known = await knownScenarios(groups);
  let since = performance.now();
  for (const [i, group] of groups.entries()) {
    tables[i] = classTable(group, (id) => known.get(id), counts);
    done += attemptsOf(group);
    report(done);
    // The page has its turn every few milliseconds of scoring (a message, not a timer, which
    // the browser holds back to 4 ms each after a few).
    if (performance.now() - since > 12) {
      await yieldToPage();
      since = performance.now();
    }
  }
  return combineTables(tables as ClassTable[]);
}

/**
 * The ids the store gave files the dashboard re-scored before the store had them (it re-scores
 * first and stores after): each file's id on the page (negative, which no stored file has) and its
 * stored id, and a table's counted attempts put under their stored ids.
 */
export class StoredIds {
  readonly #ids = new Map<string, string>();

  add(pageId: number, storedId: number): void {
    this.#ids.set(String(pageId), String(storedId));
  }

  /** The stored id of a file known by this id on the page, or the id itself. */
  idOf(id: number): number {
    const stored = this.#ids.get(String(id));
    return stored === undefined ? id : Number(stored);
  }

  /** Forgets every id (the class is deleted). */
  clear(): void {
    this.#ids.clear();
  }

  apply(table: ClassTable): ClassTable {
    if (this.#ids.size === 0) return table;
    return {
      ...table,
      rows: table.rows.map((row) => {
        const source = row.countedFrom && this.#ids.get(row.countedFrom.source);
        return source && row.countedFrom
          ? { ...row, countedFrom: { ...row.countedFrom, source } }
          : row;
      }),
    };
  }
}

/** Lets the page handle input and draw before going on: a message to itself, answered at once. */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === 'undefined')
    return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
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
