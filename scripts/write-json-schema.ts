import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from './json-schema.ts';

const target = new URL('../scenarios/scenario.schema.json', import.meta.url);
writeFileSync(target, scenarioJsonSchema());
process.stderr.write('wrote scenarios/scenario.schema.json\n');
