import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  classTable,
  type ClassTable,
  type Counts,
  type KnownScenario,
} from '../app/class-table.ts';
import { combineTables, groupFiles, shareGroups } from '../app/class-split.ts';
import type { ResultFile } from '../app/result-file.ts';

/**
 * `rapport class` on threads, one per core (at most 4): this one and worker threads. The files are
 * grouped as `classTable` merges them (one student's files for one assignment), the groups shared
 * out in chunks balanced by attempts, each chunk scored on a worker (class-worker.ts) or on this
 * thread, a group at a time by `classTable`, and the groups' tables put back together in group
 * order (class-split.ts): the table one `classTable` call on this thread gives, row for row and
 * refusal for refusal.
 */

/** Fewer files than this are scored on this thread: starting workers would cost more. */
export const THREADED_FROM_FILES = 50;

/**
 * The threads that score for this machine: one per core, at most 4, at least 1 (this thread and
 * one worker fewer than that).
 */
export function threadCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** What the main thread asks of a worker. */
export type ClassRequest =
  | {
      kind: 'scenarios';
      job: number;
      scenarios: { scenario: KnownScenario['scenario']; hash: string; earlier: string[] }[];
    }
  | { kind: 'groups'; job: number; chunk: number; groups: ResultFile[][]; counts: Counts };

/** A worker's answer to a chunk: each of its groups' tables, in the chunk's order. */
export type ClassReply =
  | { job: number; chunk: number; tables: ClassTable[] }
  | { job: number; chunk: number; error: string };

/** Chunks per thread: enough that a thread slowed by something else gets fewer of them. */
const CHUNKS_PER_THREAD = 8;
/** Chunks a worker holds at once, so it never waits for the main thread between two. */
const IN_FLIGHT = 2;

/**
 * A worker on class-worker.ts. Node runs no TypeScript by itself, and tsx's loader, registered
 * with `--import` on the main thread, does not reach a worker's entry; so a worker on the source
 * registers tsx's loader first, then imports its entry (a build to JavaScript starts it directly).
 */
function startWorker(): Worker {
  const source = import.meta.url.endsWith('.ts');
  const entry = new URL(source ? './class-worker.ts' : './class-worker.js', import.meta.url);
  if (!source) return new Worker(entry);
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true });
}

let jobs = 0;
const scored = { onWorkers: 0, here: 0 };

/**
 * Groups scored by `ClassThreads` since this module loaded: those whose tables came back from a
 * worker, and those this thread scored beside them. They only grow; a test reads them before and
 * after a run to know how it was scored (and that no worker failed, leaving it to this thread).
 */
export function groupsScored(): { onWorkers: number; here: number } {
  return { ...scored };
}

/**
 * Threads scoring class tables: this thread and `count - 1` workers, one thread per core. The
 * workers start at once, so they load while this thread reads the files; then every thread takes
 * chunks of groups from one queue until none is left, so a thread slowed by something else
 * scores fewer of them. (A worker costs a second or so to load and warm up on this machine: this
 * thread, already loaded, scores too rather than wait.)
 */
export class ClassThreads {
  private readonly workers: Worker[];
  private failure: Error | null = null;

  constructor(count: number = threadCount()) {
    this.workers = Array.from({ length: Math.max(0, count - 1) }, startWorker);
    for (const worker of this.workers) {
      worker.on('error', (error) => {
        this.failure ??= error;
      });
      worker.on('exit', (code) => {
        this.failure ??= new Error(`a worker thread stopped (exit code ${code})`);
      });
    }
  }

  /** The threads that score: the workers and this one. */
  get size(): number {
    return this.workers.length + 1;
  }

  /** `classTable(files, known, counts)`, scored on the workers and this thread. */
  table(
    files: readonly ResultFile[],
    known: ReadonlyMap<string, KnownScenario>,
    counts: Counts,
  ): Promise<ClassTable> {
    const job = ++jobs;
    const groups = groupFiles(files);
    const chunks = shareGroups(groups, this.size * CHUNKS_PER_THREAD);
    const tables: ClassTable[] = new Array<ClassTable>(groups.length);
    const scenarios = [...known.values()].map((k) => ({
      scenario: k.scenario,
      hash: k.hash,
      earlier: [...k.earlier],
    }));
    return new Promise<ClassTable>((resolve, reject) => {
      let next = 0;
      let done = 0;
      let over = false;
      const cleanups: (() => void)[] = [];
      const finish = (error: Error | null) => {
        if (over) return;
        over = true;
        for (const cleanup of cleanups) cleanup();
        if (error) reject(error);
        else resolve(combineTables(tables));
      };
      const take = (chunk: number, scored: readonly ClassTable[]) => {
        for (const [k, table] of scored.entries())
          tables[(chunks[chunk] as number[])[k] as number] = table;
        done += 1;
        if (done === chunks.length) finish(null);
      };
      const send = (worker: Worker) => {
        if (over || next >= chunks.length) return;
        const chunk = next;
        next += 1;
        const request: ClassRequest = {
          kind: 'groups',
          job,
          chunk,
          groups: (chunks[chunk] as number[]).map((g) => groups[g] as ResultFile[]),
          counts,
        };
        worker.postMessage(request);
      };
      if (this.failure) {
        finish(this.failure);
        return;
      }
      if (chunks.length === 0) {
        finish(null);
        return;
      }
      for (const worker of this.workers) {
        const onMessage = (reply: ClassReply) => {
          if (reply.job !== job || over) return;
          if ('error' in reply) {
            finish(new Error(reply.error));
            return;
          }
          scored.onWorkers += reply.tables.length;
          take(reply.chunk, reply.tables);
          send(worker);
        };
        const onError = (error: Error) => finish(error);
        const onExit = (code: number) =>
          finish(new Error(`a worker thread stopped (exit code ${code})`));
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        cleanups.push(() => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        });
        worker.postMessage({ kind: 'scenarios', job, scenarios } satisfies ClassRequest);
        for (let k = 0; k < IN_FLIGHT; k += 1) send(worker);
      }
      // This thread's share: a chunk at a time from the same queue, letting the workers' answers
      // (and their next chunks) through between two.
      const scoreHere = () => {
        if (over || next >= chunks.length) return;
        const chunk = next;
        next += 1;
        try {
          const here = (chunks[chunk] as number[]).map((g) =>
            classTable(groups[g] as ResultFile[], (id) => known.get(id), counts),
          );
          scored.here += here.length;
          take(chunk, here);
        } catch (error) {
          finish(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        setImmediate(scoreHere);
      };
      setImmediate(scoreHere);
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * The class table of the files, as `classTable` gives it: on the worker threads of `pool` when
 * one is given, otherwise, or if a worker cannot start or fails, on this thread. The caller
 * closes the pool.
 */
export async function scoreClass(
  files: readonly ResultFile[],
  known: ReadonlyMap<string, KnownScenario>,
  counts: Counts,
  pool: ClassThreads | null,
): Promise<ClassTable> {
  const inThread = () => classTable(files, (id) => known.get(id), counts);
  if (!pool) return inThread();
  try {
    return await pool.table(files, known, counts);
  } catch {
    // Whatever the workers could not do is done here instead, with the same result.
    return inThread();
  }
}
