import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { foldedActions, replayLog } from '../src/domain/replay/replay.ts';
import { scoreSession } from '../src/domain/scoring/score.ts';
import {
  machineFor,
  parseAction,
  playInputs,
  reportOf,
  scoreLog,
  toEvent,
} from '../src/domain/session/index.ts';
import { ROOT, loadScenario } from './helpers.ts';

const inputs = JSON.parse(
  readFileSync(join(ROOT, 'tests/golden/pr-phone-referral.good.inputs.json'), 'utf8'),
) as {
  scenario: string;
  seed: number;
  actions: unknown[];
};

describe('replay', () => {
  const { scenario, hash } = loadScenario('pr-phone-referral');
  const live = playInputs(scenario, hash, inputs.seed, inputs.actions);

  it('replaying a recorded log reaches the live actor’s snapshot and report', () => {
    // The live session: an XState actor receiving the student's events one by one.
    const actor = createActor(machineFor(scenario), { input: { seed: inputs.seed } }).start();
    inputs.actions.forEach((raw, index) => {
      const parsed = parseAction(raw);
      if (parsed.ok) actor.send(toEvent(parsed.action, index));
    });
    const liveSnapshot = actor.getSnapshot();
    actor.stop();

    const replayed = replayLog(scenario, live.log);
    expect(replayed.ok).toBe(true);
    if (!replayed.ok) return;
    expect(replayed.session.snapshot.value).toEqual(liveSnapshot.value);
    expect(replayed.session.snapshot.context).toEqual(liveSnapshot.context);
    expect(reportOf(replayed.session)).toEqual(
      scoreSession(scenario, liveSnapshot.context, inputs.actions.length - 1),
    );
    expect(reportOf(replayed.session)).toEqual(live.report);
  });

  it('gives one snapshot per logged action', () => {
    const replayed = replayLog(scenario, live.log);
    expect(replayed.ok && replayed.steps.length).toBe(live.log.actions.length);
  });

  it('folds each action once to score a log, keeping no step, and works the steps out only when read', () => {
    const actions = live.log.actions.length;
    const before = foldedActions();
    const scored = scoreLog(scenario, hash, live.log);
    expect(scored.ok).toBe(true);
    if (!scored.ok) return;
    expect(foldedActions() - before).toBe(actions);
    expect(scored.report).toEqual(live.report);
    // The replay viewer asks for the steps: one more fold, once.
    expect(scored.steps).toHaveLength(actions);
    expect(scored.steps).toBe(scored.steps);
    expect(foldedActions() - before).toBe(2 * actions);
    expect(scored.steps.at(-1)?.snapshot.context).toEqual(scored.session.snapshot.context);
  });

  it('keeps the steps while replaying when asked to', () => {
    const before = foldedActions();
    const replayed = replayLog(scenario, live.log, { steps: true });
    expect(replayed.ok && replayed.steps.map((s) => s.accepted.length)).toEqual(
      live.log.actions.map((_, i) => i + 1),
    );
    expect(foldedActions() - before).toBe(live.log.actions.length);
  });

  it('refuses a log whose actions cannot be replayed, saying which', () => {
    const broken = {
      ...live.log,
      actions: [
        { type: 'say', text: 'Hi', at: { day: 0, weekday: 'Tue' as const, time: '10:00' } },
      ],
    };
    const replayed = replayLog(scenario, broken);
    expect(replayed.ok).toBe(false);
    if (!replayed.ok) expect(replayed.reason).toContain('action 0 (say) cannot be replayed');
  });

  it('refuses a log whose action indices go backwards', () => {
    const actions = live.log.actions.slice(0, 2).map((a, i) => ({ ...a, index: 5 - i }));
    const replayed = replayLog(scenario, { ...live.log, actions });
    expect(replayed.ok).toBe(false);
  });
});
