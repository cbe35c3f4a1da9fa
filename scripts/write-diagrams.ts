import { readFileSync, writeFileSync } from 'node:fs';
import { personaDiagrams, withDiagrams } from '../tests/persona-diagrams.ts';

// Rewrites the generated charts in docs/personas.md from the persona machines (a test fails while
// the file is out of date).
const target = new URL('../docs/personas.md', import.meta.url);
writeFileSync(target, withDiagrams(readFileSync(target, 'utf8'), personaDiagrams()));
process.stderr.write('wrote docs/personas.md\n');
