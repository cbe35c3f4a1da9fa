import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioHash } from '../../../src/domain/scenario/hash.ts';
import { loadScenarioText } from '../../../src/domain/scenario/loader.ts';
import { parseVersions } from '../../../src/domain/scenario/versions.ts';
import { playInputs, scoreLog } from '../../../src/domain/session/index.ts';
import { ROOT, loadScenario, scenarioFiles } from '../../helpers.ts';

/** Earlier published versions of the built-in scenarios keep their logs replayable. */
const versions = parseVersions(
  JSON.parse(readFileSync(join(ROOT, 'scenarios', 'versions.json'), 'utf8')) as unknown,
);

describe('scenarios/versions.json', () => {
  it('names only built-in scenarios, each earlier hash other than today’s', () => {
    const ids = scenarioFiles().map((f) => f.replace(/\.yaml$/, ''));
    for (const [id, hashes] of versions) {
      expect(ids).toContain(id);
      expect(hashes).not.toContain(loadScenario(id).hash);
    }
  });

  it('ignores what is malformed, entry by entry', () => {
    const read = parseVersions({
      a: ['sha256:' + '0'.repeat(64), 'md5:1', 7],
      b: 'not a list',
    });
    expect(read.get('a')).toEqual(['sha256:' + '0'.repeat(64)]);
    expect(read.get('b')).toBeUndefined();
    expect(parseVersions(null).size).toBe(0);
    expect(parseVersions([1, 2]).size).toBe(0);
  });
});

describe('the scenario hash', () => {
  it('is taken over what the author wrote, before defaults are filled in', () => {
    for (const file of scenarioFiles()) {
      const text = readFileSync(join(ROOT, 'scenarios', file), 'utf8');
      const id = file.replace(/\.yaml$/, '');
      expect(loadScenario(id).hash).toBe(scenarioHash(parse(text)));
    }
  });

  it('of a file that never changes stays the same (a change to the method must keep old hashes)', () => {
    const text = readFileSync(join(ROOT, 'tests', 'fixtures', 'frozen-scenario.yaml'), 'utf8');
    const loaded = loadScenarioText(text, '<frozen>');
    expect(loaded.ok).toBe(true);
    if (loaded.ok)
      expect(loaded.hash).toBe(
        'sha256:166c4ab1956b157998ad64370ad6a8df450b95a95e3c8d8ea66566bb558ff43d',
      );
  });

  it('keeps accepting the hashes the product recorded while it hashed scenarios with defaults', () => {
    // pr-phone-referral as the product recorded it at 73ea08e and at f6b25c6 (2026-12-01)
    for (const hash of [
      'sha256:9a8d293a7fb1044d22763f50157dee89b6eb303336aea7f5c63edc5ebf0d043c',
      'sha256:893d2a0c8494b44f7764a9561c45c4b83ab6214c005149d2b9f6dd949598b2f7',
    ])
      expect(versions.get('pr-phone-referral')).toContain(hash);
  });
});

describe('a log of an earlier version of a scenario', () => {
  const { scenario, hash } = loadScenario('pr-phone-referral');
  const inputs = JSON.parse(
    readFileSync(join(ROOT, 'tests', 'golden', 'pr-phone-referral.good.inputs.json'), 'utf8'),
  ) as { seed: number; actions: unknown[] };
  const { log, report } = playInputs(scenario, hash, inputs.seed, inputs.actions);
  const earlier = 'sha256:' + 'a'.repeat(64);
  const old = { ...log, scenario: { ...log.scenario, hash: earlier } };

  it('replays against today’s version when the hash is a published earlier one', () => {
    const scored = scoreLog(scenario, hash, old, [earlier]);
    expect(scored.ok).toBe(true);
    if (scored.ok) expect(scored.report).toEqual(report);
  });

  it('is refused, with the reason, when the hash is of no version the app knows', () => {
    const scored = scoreLog(scenario, hash, old, []);
    expect(scored.ok).toBe(false);
    if (!scored.ok) expect(scored.reason).toMatch(/changed since this log was recorded/);
  });
});
