import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogEntry } from '../../src/app/catalog.ts';
import { SessionModel } from '../../src/app/session-model.svelte.ts';
import { ROOT } from '../helpers.ts';

/** A golden playthrough's inputs played into a browser session model. */
export function played(entry: CatalogEntry, file: string): SessionModel {
  const inputs = JSON.parse(readFileSync(join(ROOT, 'tests/golden', file), 'utf8')) as {
    seed: number;
    actions: unknown[];
  };
  const model = new SessionModel(entry, inputs.seed);
  for (const a of inputs.actions) model.act(a);
  return model;
}
