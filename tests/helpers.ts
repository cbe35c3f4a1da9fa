import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText } from '../src/domain/scenario/loader.ts';
import type { Scenario } from '../src/domain/scenario/scenario.schema.ts';

export const ROOT = join(import.meta.dirname, '..');
export const SCENARIO_DIR = join(ROOT, 'scenarios');

export function scenarioFiles(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

/** Loads a scenario from scenarios/ by id, failing the test with its issues if it is invalid. */
export function loadScenario(id: string): { scenario: Scenario; hash: string } {
  const loaded = loadScenarioText(
    readFileSync(join(SCENARIO_DIR, `${id}.yaml`), 'utf8'),
    `${id}.yaml`,
  );
  if (!loaded.ok)
    throw new Error(loaded.issues.map((i) => `${i.line}:${i.col} ${i.message}`).join('\n'));
  return loaded;
}
