import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
