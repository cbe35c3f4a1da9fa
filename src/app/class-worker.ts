/// <reference lib="webworker" />
import { loadEntry } from './catalog.ts';
import { machineFor } from '../domain/session/engine.ts';
import { prepareTurns } from '../domain/text/turn.ts';
import { classTable, type Counts, type KnownScenario } from './class-table.ts';
import type { ResultFile } from './result-file.ts';

/**
 * The class dashboard's worker: re-scores groups of result files (each group one student's files
 * for one assignment) off the page's thread, so the page shows its progress and stays responsive.
 * Each group's table is posted as soon as it is done; nothing is kept from one message to the next
 * but the scenarios, which are the app's own.
 */

export interface ClassJob {
  job: number;
  /** The place of this message's first group among the job's groups for this worker. */
  from: number;
  groups: ResultFile[][];
  counts: Counts;
}

/** Sent when the dashboard opens: load these scenarios now, so the first drop finds them loaded. */
export interface ClassWarm {
  warm: string[];
}

export type ClassWorkerMessage =
  | { job: number; group: number; table: ReturnType<typeof classTable> }
  | { job: number; done: true }
  | { job: number; error: string };

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

self.onmessage = async (event: MessageEvent<ClassJob | ClassWarm>) => {
  if ('warm' in event.data) {
    await known(event.data.warm);
    return;
  }
  const { job, from, groups, counts } = event.data;
  try {
    await known(groups.flatMap((g) => g.flatMap((f) => f.assignment.scenarios.map((s) => s.id))));
    for (const [group, files] of groups.entries()) {
      const table = classTable(files, (id) => scenarios.get(id) ?? undefined, counts);
      self.postMessage({ job, group: from + group, table } satisfies ClassWorkerMessage);
    }
    self.postMessage({ job, done: true } satisfies ClassWorkerMessage);
  } catch (error) {
    self.postMessage({
      job,
      error: error instanceof Error ? error.message : String(error),
    } satisfies ClassWorkerMessage);
  }
};
