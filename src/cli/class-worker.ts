import { parentPort } from 'node:worker_threads';
import { classTable, type ClassTable, type KnownScenario } from '../app/class-table.ts';
import type { Scenario } from '../domain/scenario/scenario.schema.ts';
import type { ClassRequest, ClassReply } from './class-threads.ts';

/**
 * A worker thread of `rapport class` (class-threads.ts): it is given the scenarios, then chunks of
 * groups (each group one student's files for one assignment) and answers each chunk with each
 * group's table, made by `classTable` of that group's files alone, as the main thread would.
 */

/**
 * The scenarios as given, kept while their content hash stays the same, so what is compiled from
 * a scenario (its machine, its keywords) is compiled once per thread, not once per table.
 */
const scenarios = new Map<string, Scenario>();
let known = new Map<string, KnownScenario>();

function take(request: ClassRequest): ClassReply | null {
  if (request.kind === 'scenarios') {
    known = new Map();
    for (const entry of request.scenarios) {
      const key = `${entry.scenario.id}\n${entry.hash}`;
      let scenario = scenarios.get(key);
      if (!scenario) scenarios.set(key, (scenario = entry.scenario));
      known.set(entry.scenario.id, { scenario, hash: entry.hash, earlier: entry.earlier });
    }
    return null;
  }
  const tables: ClassTable[] = request.groups.map((files) =>
    classTable(files, (id) => known.get(id), request.counts),
  );
  return { job: request.job, chunk: request.chunk, tables };
}

const port = parentPort;
if (port) {
  port.on('message', (request: ClassRequest) => {
    let reply: ClassReply | null;
    try {
      reply = take(request);
    } catch (error) {
      reply = {
        job: request.job,
        chunk: request.kind === 'groups' ? request.chunk : -1,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      };
    }
    if (reply) port.postMessage(reply);
  });
}
