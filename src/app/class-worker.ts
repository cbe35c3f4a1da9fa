/// <reference lib="webworker" />
import { loadEntry } from './catalog.ts';
import { machineFor } from '../domain/session/engine.ts';
import { prepareTurns } from '../domain/text/turn.ts';
import { classTable, type Counts, type KnownScenario } from './class-table.ts';
import { readResultText, type ReadResult, type ResultFile } from './result-file.ts';
import { practiceFile, rescorePractice } from './class-warmup.ts';

/**
 * The class dashboard's worker: re-scores groups of result files (each group one student's files
 * for one assignment) off the page's thread, so the page shows its progress and stays responsive.
 * Each group's table is posted as soon as it is done; nothing is kept from one message to the next
 * but the scenarios, which are the app's own. When the dashboard opens, the worker runs its engine
 * in on practice files of its own making (`warmUp`), which it throws away.
 */

export interface ClassJob {
  job: number;
  /** The place of this message's first group among the job's groups for this worker. */
  from: number;
  groups: ResultFile[][];
  counts: Counts;
}

/**
 * Result files to read, the worker's share of a drop: items `from`, `from + 1`, … of the drop, each
 * a text or a file to read first. Each is answered with its reading (`readResultText`), in the
 * same order, and the texts of the files (null for one the browser could not read).
 */
export interface ClassRead {
  read: number;
  from: number;
  items: (string | File)[];
}

export interface ClassReadings {
  read: number;
  from: number;
  results: ReadResult[];
  /** Null when every item was a text already. */
  texts: (string | null)[] | null;
}

export interface ClassReadFailed {
  read: number;
  error: string;
}

const UNREADABLE: ReadResult = { ok: false, reason: 'the browser could not read it' };

/** Sent when the dashboard opens: load these scenarios now, so the first drop finds them loaded. */
export interface ClassWarm {
  warm: string[];
}

/**
 * The tables of groups `from`, `from + 1`, … of the job's groups for this worker (a few at a time:
 * each message is a task on the page's thread), then `done` when a part is.
 */
export type ClassWorkerMessage =
  | { job: number; from: number; tables: ReturnType<typeof classTable>[] }
  | { job: number; done: true }
  | { job: number; error: string };

/**
 * How long a worker scores before it posts the tables it has: the page is told of the class's
 * progress about this often, rather than at every group (a thousand messages, each a task and an
 * update on a page whose thread shares two cores with the workers).
 */
const POST_EVERY_MS = 100;

const scenarios = new Map<string, KnownScenario | null>();

async function known(ids: Iterable<string>): Promise<void> {
  for (const id of ids) {
    if (scenarios.has(id)) continue;
    const entry = await loadEntry(id).catch(() => null);
    scenarios.set(
      id,
      entry ? { scenario: entry.scenario, hash: entry.hash, earlier: entry.earlier ?? [] } : null,
    );
    // What the scenario's first log would otherwise make (its machine, its topic model) is made now,
    // while the worker waits.
    if (entry) {
      machineFor(entry.scenario);
      prepareTurns(entry.scenario);
    }
  }
}

/**
 * Re-scorings each worker makes of practice files when the dashboard opens (class-warmup.ts): a
 * fresh engine's first hundred logs take about three times as long as the rest, and this many take
 * it most of the way. Two practice files a scenario are played, then re-scored in turn: a second or
 * two of this worker's time on a two-core machine, while the instructor is still choosing files.
 */
const WARM_UP_RESCORINGS = 60;

/**
 * Jobs taken so far: a warm-up stops at its next file once a job has come (or does not start, when
 * one came while the scenarios were loading), so the job goes first.
 */
let jobsTaken = 0;

async function warmUp(ids: readonly string[], jobsBefore: number): Promise<void> {
  const list = ids.flatMap((id) => {
    const entry = scenarios.get(id);
    return entry ? [entry] : [];
  });
  const texts: string[] = [];
  for (let i = 0; i < WARM_UP_RESCORINGS && list.length > 0; i += 1) {
    // a job's message, when one comes, is taken between two files
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (jobsTaken !== jobsBefore) return;
    try {
      if (texts.length < 2 * list.length) texts.push(practiceFile(list, texts.length));
      rescorePractice(texts[i % texts.length] as string, (id) => scenarios.get(id) ?? undefined);
    } catch {
      // Only a warm-up: the class is scored all the same, a little slower at first.
      return;
    }
  }
}

self.onmessage = async (event: MessageEvent<ClassJob | ClassWarm | ClassRead>) => {
  if ('read' in event.data) {
    // Files to read come before their re-scoring: the warm-up stops for them too.
    jobsTaken += 1;
    const { read, from, items } = event.data;
    try {
      const files = items.some((item) => typeof item !== 'string');
      const texts = await Promise.all(
        items.map((item) => (typeof item === 'string' ? item : item.text().catch(() => null))),
      );
      const results = texts.map((text) => (text === null ? UNREADABLE : readResultText(text)));
      self.postMessage({
        read,
        from,
        results,
        texts: files ? texts : null,
      } satisfies ClassReadings);
    } catch (error) {
      // The page reads them itself.
      self.postMessage({
        read,
        error: error instanceof Error ? error.message : String(error),
      } satisfies ClassReadFailed);
    }
    return;
  }
  if ('warm' in event.data) {
    const jobsBefore = jobsTaken;
    await known(event.data.warm);
    await warmUp(event.data.warm, jobsBefore);
    return;
  }
  jobsTaken += 1;
  const { job, from, groups, counts } = event.data;
  try {
    await known(groups.flatMap((g) => g.flatMap((f) => f.assignment.scenarios.map((s) => s.id))));
    let tables: ReturnType<typeof classTable>[] = [];
    let first = from;
    let since = performance.now();
    for (const [group, files] of groups.entries()) {
      tables.push(classTable(files, (id) => scenarios.get(id) ?? undefined, counts));
      if (group === groups.length - 1 || performance.now() - since >= POST_EVERY_MS) {
        self.postMessage({ job, from: first, tables } satisfies ClassWorkerMessage);
        first = from + group + 1;
        tables = [];
        since = performance.now();
      }
    }
    self.postMessage({ job, done: true } satisfies ClassWorkerMessage);
  } catch (error) {
    self.postMessage({
      job,
      error: error instanceof Error ? error.message : String(error),
    } satisfies ClassWorkerMessage);
  }
};
