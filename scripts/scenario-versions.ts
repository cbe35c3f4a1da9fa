/**
 * Writes scenarios/versions.json: for each built-in scenario, the content hashes of every version
 * of its file committed before (from git), other than today's. A log recorded against any of them
 * still replays (DESIGN.md, "Versions"). Run it after committing a change to a scenario file:
 * `npm run scenario-versions`.
 *
 * Hashes already in the file are kept: they include those the product recorded while it still
 * hashed scenarios with their defaults filled in (before 2026-12-01), which today's loader can no
 * longer compute from the old files, and logs carrying them must keep replaying.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText } from '../src/domain/scenario/loader.ts';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'scenarios');
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const versions: Record<string, string[]> = {};
const recorded = JSON.parse(readFileSync(join(DIR, 'versions.json'), 'utf8')) as Record<
  string,
  string[]
>;
for (const file of readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const path = `scenarios/${file}`;
  const today = loadScenarioText(readFileSync(join(DIR, file), 'utf8'), path);
  if (!today.ok) throw new Error(`${path} does not load`);
  const hashes = new Set<string>(recorded[today.scenario.id] ?? []);
  for (const commit of git('log', '--format=%H', '--', path).split('\n').filter(Boolean)) {
    const loaded = loadScenarioText(git('show', `${commit}:${path}`), path);
    if (loaded.ok && loaded.hash !== today.hash) hashes.add(loaded.hash);
  }
  hashes.delete(today.hash);
  versions[today.scenario.id] = [...hashes].sort();
}
writeFileSync(join(DIR, 'versions.json'), `${JSON.stringify(versions, null, 2)}\n`);
console.log(
  Object.entries(versions)
    .map(([id, h]) => `${id}: ${h.length} earlier`)
    .join('\n'),
);
