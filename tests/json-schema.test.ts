import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { scenarioJsonSchema } from '../scripts/json-schema.ts';
import { ROOT } from './helpers.ts';

it('keeps the checked-in JSON Schema in sync with the zod schema (run `npm run schema` to update)', () => {
  const checkedIn = readFileSync(join(ROOT, 'scenarios', 'scenario.schema.json'), 'utf8');
  expect(checkedIn).toBe(scenarioJsonSchema());
});

it('keeps the app version of logs equal to package.json', async () => {
  const { APP_VERSION } = await import('../src/domain/version.ts');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  expect(APP_VERSION).toBe(pkg.version);
});
