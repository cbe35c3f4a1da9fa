import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeAction } from '../../src/app/describe-action.ts';
import {
  evidenceSource,
  nextPitfall,
  pitfallPositions,
  previousPitfall,
  replaySteps,
  stepAnnouncement,
} from '../../src/app/replay-view.ts';
import { replayLog } from '../../src/domain/replay/replay.ts';
import type { Report } from '../../src/domain/scoring/report.ts';
import { buildLog, playActions, reportOf, startSession } from '../../src/domain/session/index.ts';
import { ROOT, loadScenario } from '../helpers.ts';

const inputs = JSON.parse(
  readFileSync(join(ROOT, 'tests/golden/pr-phone-referral.job-request.inputs.json'), 'utf8'),
) as { scenario: string; seed: number; actions: unknown[] };

const { scenario, hash } = loadScenario('pr-phone-referral');

/** Plays actions, then re-runs their log the way the replay route does. */
function replayed(actions: readonly unknown[]) {
  const { session } = playActions(scenario, inputs.seed, actions);
  const result = replayLog(scenario, buildLog(session, hash));
  if (!result.ok) throw new Error(result.reason);
  const start = startSession(scenario, inputs.seed);
  return { live: session, start, steps: result.steps, report: reportOf(result.session) };
}

describe('replaySteps', () => {
  const { live, start, steps, report } = replayed(inputs.actions);
  const view = replaySteps(start, steps, report);

  it('has one step for the start and one per accepted action', () => {
    expect(view).toHaveLength(live.accepted.length + 1);
    expect(view.map((s) => s.position)).toEqual(view.map((_, i) => i));
    expect(view[0]?.action).toBeNull();
    expect(view.slice(1).map((s) => s.action?.index)).toEqual(live.accepted.map((a) => a.index));
  });

  it('splits the transcript so the new lines of every step make up the final transcript', () => {
    expect(view.flatMap((s) => s.newEntries)).toEqual(live.snapshot.context.transcript);
    expect(view.at(-1)?.session.snapshot.context.transcript).toEqual(
      live.snapshot.context.transcript,
    );
  });

  it('puts the job_request pitfall on the step of the action it names', () => {
    const pitfall = report.pitfalls.find((p) => p.id === 'job_request');
    expect(pitfall).toBeDefined();
    const holder = view.find((s) => s.pitfalls.includes(pitfall!));
    expect(holder?.action?.index).toBe(pitfall!.at.action);
    expect(holder?.action?.action.type).toBe('say');
  });

  it('places every pitfall and credit exactly once', () => {
    expect(view.flatMap((s) => s.pitfalls)).toHaveLength(report.pitfalls.length);
    expect(view.flatMap((s) => s.credits)).toHaveLength(report.credits.length);
  });

  it('puts a pitfall that names no accepted action on the last step', () => {
    const [first] = report.pitfalls;
    const moved: Report = {
      ...report,
      pitfalls: [
        { ...first!, at: { ...first!.at, action: -1 } },
        { ...first!, at: { ...first!.at, action: 999 } },
      ],
    };
    const placed = replaySteps(start, steps, moved);
    expect(placed.at(-1)?.pitfalls).toHaveLength(2);
    expect(placed.slice(0, -1).flatMap((s) => s.pitfalls)).toEqual([]);
  });

  it('uses the action’s index in the inputs when earlier actions were rejected', () => {
    const shifted = replayed([{ type: 'end' }, ...inputs.actions]);
    const shiftedView = replaySteps(shifted.start, shifted.steps, shifted.report);
    const pitfall = shifted.report.pitfalls.find((p) => p.id === 'job_request')!;
    expect(pitfall.at.action).toBe(2);
    const holder = shiftedView.find((s) => s.pitfalls.includes(pitfall));
    expect(holder?.position).toBe(2);
  });

  it('has a lone start step for a session with no actions', () => {
    const empty = replaySteps(start, [], { ...report, pitfalls: [], credits: [] });
    expect(empty).toHaveLength(1);
    expect(empty[0]?.newEntries).toEqual(start.snapshot.context.transcript);
  });
});

describe('pitfall navigation', () => {
  // A voicemail that leaves out the email and the next try, then hanging up for good: pitfalls at
  // two steps (the message, and giving up at the end).
  const gable = loadScenario('gable-persistence');
  const played = playActions(gable.scenario, inputs.seed, [
    { type: 'call' },
    { type: 'say', text: 'Hi, this is Kira Jones, (607) 555-1212. Please call me back.' },
    { type: 'end' },
  ]);
  const rerun = replayLog(gable.scenario, buildLog(played.session, gable.hash));
  if (!rerun.ok) throw new Error(rerun.reason);
  const start = startSession(gable.scenario, inputs.seed);
  const { steps } = rerun;
  const report = reportOf(rerun.session);
  const view = replaySteps(start, steps, report);
  const positions = pitfallPositions(view);

  it('lists the positions with pitfalls in ascending order', () => {
    expect(positions.length).toBeGreaterThanOrEqual(2);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const p of positions) expect(view[p]?.pitfalls.length).toBeGreaterThan(0);
  });

  it('goes to the next pitfall after a step, and to none after the last', () => {
    expect(nextPitfall(view, 0)).toBe(positions[0]);
    expect(nextPitfall(view, positions[0]!)).toBe(positions[1]);
    expect(nextPitfall(view, positions.at(-1)!)).toBeNull();
  });

  it('goes to the previous pitfall before a step, and to none before the first', () => {
    expect(previousPitfall(view, view.length)).toBe(positions.at(-1));
    expect(previousPitfall(view, positions[1]!)).toBe(positions[0]);
    expect(previousPitfall(view, positions[0]!)).toBeNull();
    expect(previousPitfall(view, 0)).toBeNull();
  });

  it('finds nowhere to go in a session without pitfalls', () => {
    const clean = replaySteps(start, steps, { ...report, pitfalls: [] });
    expect(pitfallPositions(clean)).toEqual([]);
    expect(nextPitfall(clean, 0)).toBeNull();
    expect(previousPitfall(clean, clean.length - 1)).toBeNull();
  });
});

describe('step text', () => {
  const { start, steps, report } = replayed(inputs.actions);
  const view = replaySteps(start, steps, report);
  const total = view.length - 1;

  it('announces the start, then each step with the action it applied', () => {
    expect(stepAnnouncement(view[0]!, total)).toBe(`Step 0 of ${total}: the session begins.`);
    expect(stepAnnouncement(view[1]!, total)).toBe(`Step 1 of ${total}: You called.`);
    expect(stepAnnouncement(view[2]!, total)).toMatch(
      new RegExp(`^Step 2 of ${total}: You said: “Hi Mr\\. Smith, this is Patricia Law`),
    );
  });

  it('clips long words in the description', () => {
    const said = describeAction(view[2]!.action!);
    expect(said.endsWith('…”')).toBe(true);
    expect(said.length).toBeLessThan(110);
  });

  it('finds the student’s own text a quote points into', () => {
    const pitfall = report.pitfalls.find((p) => p.id === 'job_request')!;
    const last = view.at(-1)!.session;
    expect('field' in pitfall.evidence && pitfall.evidence.field).toBe('text');
    const source = evidenceSource(last, pitfall.at.action, 'text');
    expect(source).toContain(pitfall.evidence.quote);
    expect(evidenceSource(last, pitfall.at.action, 'subject')).toBeUndefined();
    expect(evidenceSource(last, 999, 'text')).toBeUndefined();
  });
});
