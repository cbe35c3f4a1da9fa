import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayLog } from '../src/domain/replay/replay.ts';
import { buildLog, parseLog, playActions, reportOf } from '../src/domain/session/index.ts';
import { anyAction } from './arbitrary-actions.ts';
import { loadScenario, scenarioFiles } from './helpers.ts';

/**
 * Replay equals live, over generated sessions: any sequence of actions (sensible, out of place or
 * malformed) played live, logged, written to JSON and read back, replays to the same state,
 * transcript and report.
 */
const scenarios = scenarioFiles().map((f) => loadScenario(f.replace(/\.yaml$/, '')));

describe('replay equals live', () => {
  it('for generated action sequences in every scenario', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: scenarios.length - 1 }),
        fc.integer({ min: 0, max: 999_999 }),
        fc.array(anyAction, { maxLength: 40 }),
        (which, seed, actions) => {
          const { scenario, hash } = scenarios[which] as (typeof scenarios)[number];
          const live = playActions(scenario, seed, actions).session;
          const written = JSON.parse(JSON.stringify(buildLog(live, hash))) as unknown;
          const parsed = parseLog(written);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          const replayed = replayLog(scenario, parsed.log);
          expect(replayed.ok).toBe(true);
          if (!replayed.ok) return;
          expect(replayed.session.snapshot.value).toEqual(live.snapshot.value);
          expect(replayed.session.snapshot.context).toEqual(live.snapshot.context);
          expect(reportOf(replayed.session)).toEqual(reportOf(live));
          expect(replayed.steps.length).toBe(live.accepted.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
