import scenarioIndex from 'virtual:scenario-index';
import loaders from 'virtual:scenario-loaders';
import type { Scenario } from '../domain/scenario/scenario.schema.ts';

/**
 * The scenario catalog of the browser. The build compiles scenario YAML to data (vite.config.ts):
 * the home page's list comes with the first load; a whole scenario, with its content hash, is
 * fetched when the student opens it.
 */
export interface CatalogEntry {
  scenario: Scenario;
  hash: string;
  /** Hashes of the scenario's earlier published versions, whose logs still replay. */
  earlier?: readonly string[];
}

export interface ScenarioSummary {
  id: string;
  file: string;
  title: string;
  summary: string;
  difficulty: Scenario['difficulty'];
  start: Scenario['start']['phase'];
  agreedMinutes: number;
}

const DIFFICULTY_ORDER = { introductory: 0, intermediate: 1, advanced: 2 } as const;

export const catalog: readonly ScenarioSummary[] = [...(scenarioIndex as ScenarioSummary[])].sort(
  (a, b) =>
    DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] ||
    a.title.localeCompare(b.title),
);

/** Loads a whole scenario by id, or null when there is none. */
export async function loadEntry(id: string): Promise<CatalogEntry | null> {
  const summary = catalog.find((s) => s.id === id);
  const load = summary ? loaders[summary.file] : undefined;
  return load ? load() : null;
}
