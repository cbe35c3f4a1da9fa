import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playInputs, scoreLog } from '../src/domain/session/index.ts';
import { ROOT, loadScenario } from './helpers.ts';

/**
 * Golden playthroughs: each `tests/golden/<name>.inputs.json` is played and its report compared
 * with the checked-in `<name>.report.json` (run with UPDATE_GOLDEN=1 to rewrite them after a
 * deliberate change, and read the diff). The table below states what each playthrough is for,
 * independently of the stored files.
 */
const DIR = join(ROOT, 'tests', 'golden');

const EXPECTED: Record<string, { passed: boolean; pitfalls: string[] }> = {
  'pr-phone-referral.good': { passed: true, pitfalls: [] },
  'pr-phone-referral.job-request': {
    passed: false,
    // He declines the job request: hanging up then is not giving up (PITFALLS.md edge rules).
    pitfalls: ['job_request', 'vague_purpose', 'no_time_limit'],
  },
  'pr-phone-referral.monologue': { passed: false, pitfalls: ['talked_about_self', 'no_thank_you'] },
  'pr-phone-referral.overrun': {
    passed: false,
    pitfalls: ['no_time_check', 'overran_clock', 'no_referral_ask', 'no_thank_you'],
  },
  'gable-persistence.good': { passed: true, pitfalls: [] },
  'psych-email-referral.good': { passed: true, pitfalls: [] },
  'engineer-talkative.good': { passed: true, pitfalls: [] },
  'accountant-screened.good': { passed: true, pitfalls: [] },
  'executive-ten-minutes.good': { passed: true, pitfalls: [] },
  'alumna-opening.good': { passed: true, pitfalls: [] },
};

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.inputs.json'))
  .map((f) => f.replace(/\.inputs\.json$/, ''))
  .sort();

describe.each(names)('golden playthrough %s', (name) => {
  const inputs = JSON.parse(readFileSync(join(DIR, `${name}.inputs.json`), 'utf8')) as {
    scenario: string;
    seed: number;
    actions: unknown[];
  };
  const { scenario, hash } = loadScenario(inputs.scenario);
  const output = playInputs(scenario, hash, inputs.seed, inputs.actions);

  it('is listed in the table of what each playthrough shows', () => {
    expect(EXPECTED[name]).toBeDefined();
  });

  it('accepts every action', () => {
    expect(output.rejected).toEqual([]);
  });

  it('passes or fails with the pitfalls it was written for', () => {
    const expected = EXPECTED[name];
    expect(output.report.passed).toBe(expected?.passed);
    expect(output.report.pitfalls.map((p) => p.id)).toEqual(expected?.pitfalls);
    for (const p of output.report.pitfalls) {
      expect(p.guidance.length).toBeGreaterThan(20);
      if ('missing' in p.evidence) expect(p.evidence.missing.length).toBeGreaterThan(10);
      else expect(p.evidence.quote.length).toBeGreaterThan(0);
    }
  });

  it('produces the checked-in report', () => {
    const file = join(DIR, `${name}.report.json`);
    const actual = `${JSON.stringify(output.report, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
    expect(
      existsSync(file),
      `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts`,
    ).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });

  it('scores its own log to the same report', () => {
    const scored = scoreLog(scenario, hash, output.log);
    expect(scored.ok && scored.report).toEqual(output.report);
  });
});
