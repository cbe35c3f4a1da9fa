import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SessionModel } from '../../src/app/session-model.svelte.ts';
import { replayLog } from '../../src/domain/replay/replay.ts';
import {
  act,
  actionOf,
  buildLog,
  parseLog,
  playActions,
  reportOf,
  scoreLog,
  startSession,
  type Session,
} from '../../src/domain/session/index.ts';
import { anyAction } from '../arbitrary-actions.ts';
import { ROOT, loadScenario, scenarioFiles } from '../helpers.ts';

/**
 * The browser runs a session as an XState actor (SessionModel: the engine judges, the actor takes
 * the event); the command line and replays fold the same machine with `transition()`. Over
 * generated action sequences in every scenario, both reach the same snapshot (the JSON of its
 * value and context), the same log and the same report, also for an actor resumed from a folded
 * log halfway through; and an actor that drops or repeats an event is caught.
 */
const entries = scenarioFiles().map((f) => loadScenario(f.replace(/\.yaml$/, '')));
type Entry = (typeof entries)[number];

/**
 * The fold as the browser uses it: a refused action is shown with its reason and is not an input,
 * so it takes no place in the log (the command line's `play` counts it, the page does not).
 */
function fold(entry: Entry, seed: number, actions: readonly unknown[]) {
  let session = startSession(entry.scenario, seed);
  const refusals: (string | null)[] = [];
  for (const raw of actions) {
    const step = act(session, raw);
    refusals.push(step.ok ? null : step.reason);
    if (step.ok) session = step.session;
  }
  return { session, refusals };
}

/** Plays the actions into a model, noting each refusal (null when the action was taken). */
function live(model: SessionModel, actions: readonly unknown[]) {
  const refusals: (string | null)[] = [];
  for (const raw of actions) {
    model.act(raw);
    refusals.push(model.refusal);
  }
  return refusals;
}

/** Fails unless the two sessions hold the same state, log and report. */
function expectSame(actual: Session, expected: Session, hash: string) {
  expect(actual.snapshot.status).toBe(expected.snapshot.status);
  expect(JSON.stringify(actual.snapshot.value)).toBe(JSON.stringify(expected.snapshot.value));
  expect(JSON.stringify(actual.snapshot.context)).toBe(JSON.stringify(expected.snapshot.context));
  expect(buildLog(actual, hash)).toEqual(buildLog(expected, hash));
  expect(actual.textChars).toBe(expected.textChars);
  expect(actual.logBytes).toBe(expected.logBytes);
  expect(reportOf(actual)).toEqual(reportOf(expected));
}

/** An actor that mishandles one event: what the property must catch. */
type Sabotage = (model: SessionModel) => void;

interface Inputs {
  scenario: string;
  seed: number;
  actions: unknown[];
}

const golden: Inputs[] = readdirSync(join(ROOT, 'tests/golden'))
  .filter((f) => f.endsWith('.inputs.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(ROOT, 'tests/golden', f), 'utf8')) as Inputs);

const entryOf = (id: string) => entries.find((e) => e.scenario.id === id) as Entry;

/**
 * A session to play: any actions at all (most of which end early in refusals), or a golden
 * playthrough cut short at any point, with generated actions (sensible, out of place or
 * malformed) spliced in anywhere, from its own seed or another: deep into calls, conversations and
 * follow-ups, off the golden path.
 */
const sessions = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      entry: fc.constantFrom(...entries),
      seed: fc.integer({ min: 0, max: 999_999 }),
      actions: fc.array(anyAction, { maxLength: 40 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...golden).chain((inputs) =>
      fc
        .record({
          seed: fc.oneof(fc.constant(inputs.seed), fc.integer({ min: 0, max: 999_999 })),
          cut: fc.integer({ min: 0, max: inputs.actions.length }),
          noise: fc.array(fc.tuple(fc.nat(), anyAction), { maxLength: 6 }),
        })
        .map(({ seed, cut, noise }) => {
          const actions = inputs.actions.slice(0, cut);
          for (const [at, action] of noise) actions.splice(at % (actions.length + 1), 0, action);
          return { entry: entryOf(inputs.scenario), seed, actions };
        }),
    ),
  },
);

/**
 * The actor equals the fold: the live model (fresh, or resumed after `split` actions from its
 * folded log, as a reload does) against the fold of the same actions; the model's log, read back
 * as the `score` command reads a file, scores the same; and the command line playing the actions
 * the page took writes the same log.
 */
const actorEqualsFold = (sabotage?: Sabotage) =>
  fc.property(sessions, fc.nat(), ({ entry, seed, actions }, cut) => {
    const split = cut % (actions.length + 1);
    const expected = fold(entry, seed, actions);

    const fresh = new SessionModel(entry, seed);
    sabotage?.(fresh);
    const refusals = live(fresh, actions);
    expect(refusals).toEqual(expected.refusals);
    expectSame(fresh.session, expected.session, entry.hash);
    // The model's own views read the actor's snapshot, for the debrief after the page is gone.
    expect(fresh.session.snapshot).toBe(fresh.actor.getSnapshot());
    expect(fresh.transcript).toEqual(expected.session.snapshot.context.transcript);
    expect(fresh.report()).toEqual(reportOf(expected.session));

    const first = new SessionModel(entry, seed);
    live(first, actions.slice(0, split));
    const saved = parseLog(JSON.parse(JSON.stringify(buildLog(first.session, entry.hash))));
    if (!saved.ok) throw new Error(saved.reason);
    const replayed = replayLog(entry.scenario, saved.log);
    if (!replayed.ok) throw new Error(replayed.reason);
    const resumed = new SessionModel(entry, seed, replayed.session);
    sabotage?.(resumed);
    live(resumed, actions.slice(split));
    expectSame(resumed.session, expected.session, entry.hash);

    const written = parseLog(JSON.parse(JSON.stringify(fresh.outcome().log)));
    if (!written.ok) throw new Error(written.reason);
    const scored = scoreLog(entry.scenario, entry.hash, written.log);
    if (!scored.ok) throw new Error(scored.reason);
    expect(scored.report).toEqual(fresh.report());
    expectSame(scored.session, fresh.session, entry.hash);

    const taken = written.log.actions.map(actionOf);
    const played = playActions(entry.scenario, seed, taken);
    expect(played.rejected).toEqual([]);
    expectSame(played.session, fresh.session, entry.hash);
  });

/** Replaces the actor's `send` with one that mishandles the event numbered `nth` (from 1). */
function mishandle(nth: number, how: 'drop' | 'repeat'): Sabotage {
  return (model) => {
    const send = model.actor.send.bind(model.actor);
    let sent = 0;
    model.actor.send = (event) => {
      sent += 1;
      const times = sent !== nth ? 1 : how === 'drop' ? 0 : 2;
      for (let i = 0; i < times; i += 1) send(event);
    };
  };
}

describe('the live actor and the fold', () => {
  it('reach the same snapshot, log and report for generated action sequences in every scenario', () => {
    fc.assert(actorEqualsFold(), { numRuns: 150 });
  });

  it('reach the same snapshot, log and report for every golden playthrough', () => {
    expect(golden.length).toBeGreaterThan(0);
    for (const inputs of golden) {
      const entry = entryOf(inputs.scenario);
      const model = new SessionModel(entry, inputs.seed);
      live(model, inputs.actions);
      expect(model.session.accepted.length).toBeGreaterThan(0);
      expectSame(model.session, fold(entry, inputs.seed, inputs.actions).session, entry.hash);
    }
  });

  it.each([
    ['drops the second event', mishandle(2, 'drop')],
    ['takes the third event twice', mishandle(3, 'repeat')],
  ])('catch an actor that %s', (_name, sabotage) => {
    const result = fc.check(actorEqualsFold(sabotage), {
      numRuns: 150,
      seed: 12,
      endOnFailure: true,
    });
    expect(result.failed).toBe(true);
    // Caught by a comparison, not by the sabotage breaking something else.
    expect((result.errorInstance as Error).name).toBe('AssertionError');
  });
});
