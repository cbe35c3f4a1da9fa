import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { practiceFile, practiceLog, rescorePractice } from '../../src/app/class-warmup.ts';
import type { KnownScenario } from '../../src/app/class-table.ts';
import { readResultText } from '../../src/app/result-file.ts';
import { playInputs, scoreLog } from '../../src/domain/session/index.ts';
import { ROOT, loadScenario, scenarioFiles } from '../helpers.ts';

/**
 * The class dashboard's workers run their engine in on practice files of their own making before
 * a class is dropped (class-worker.ts). The practice files must work the engine as a class does
 * (read, checked, re-run from the log, in every scenario) and must change nothing of what the
 * class's files then score.
 */
const catalog: KnownScenario[] = scenarioFiles().map((f) => {
  const { scenario, hash } = loadScenario(f.replace(/\.yaml$/, ''));
  return { scenario, hash, earlier: [] };
});
const known = (id: string) => catalog.find((k) => k.scenario.id === id);

describe('the dashboard workers’ warm-up', () => {
  // First in this file, so the golden logs below are scored by an engine that has run it.
  const tables = Array.from({ length: 2 * catalog.length }, (_, i) =>
    rescorePractice(practiceFile(catalog, i), known),
  );

  it('makes result files the dashboard reads and re-scores without refusing anything', () => {
    for (const [i, table] of tables.entries()) {
      expect(table, `practice file ${i}`).not.toBeNull();
      expect(table?.refused).toEqual([]);
      expect(table?.rows).toHaveLength(1);
      expect(table?.rows[0]?.scenario).toBe(catalog[i % catalog.length]?.scenario.id);
    }
  });

  it('plays a real session in every scenario, and reaches the conversation in most', () => {
    let conversations = 0;
    for (const { scenario, hash } of catalog) {
      const log = practiceLog(scenario, hash, 1, 0);
      expect(log.actions.length, scenario.id).toBeGreaterThanOrEqual(10);
      const types = new Set(log.actions.map((a) => a.type));
      expect(types.has('call'), scenario.id).toBe(true);
      expect(types.has('say'), scenario.id).toBe(true);
      const scored = scoreLog(scenario, hash, log);
      if (scored.ok && scored.session.snapshot.context.conversations.length > 0) conversations += 1;
    }
    expect(conversations).toBeGreaterThanOrEqual(Math.ceil(catalog.length / 2));
  });

  it('is the same each time it is made', () => {
    expect(practiceFile(catalog, 3)).toBe(practiceFile(catalog, 3));
    expect(readResultText(practiceFile(catalog, 0)).ok).toBe(true);
  });

  it('leaves every golden session scoring to its checked-in report', () => {
    const dir = join(ROOT, 'tests', 'golden');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.inputs.json'))) {
      const inputs = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
        scenario: string;
        seed: number;
        actions: unknown[];
      };
      const { scenario, hash } = known(inputs.scenario) as KnownScenario;
      const { log } = playInputs(scenario, hash, inputs.seed, inputs.actions);
      const scored = scoreLog(scenario, hash, log);
      const report = readFileSync(join(dir, name.replace('.inputs.json', '.report.json')), 'utf8');
      expect(scored.ok && `${JSON.stringify(scored.report, null, 2)}\n`, name).toBe(report);
    }
  });
});
