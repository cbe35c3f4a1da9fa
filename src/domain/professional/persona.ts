import {
  initialTransition,
  matchesState,
  transition,
  type AnyStateMachine,
  type EventFromLogic,
  type InputFrom,
  type StateValue,
} from 'xstate';
import type { Scenario } from '../scenario/scenario.schema.ts';

/**
 * What every persona chart (the contact, the assistant, voicemail) gives the session. A persona's
 * context is only what the scenario says about it, so the session keeps nothing but the chart's
 * state value (plain JSON) and rebuilds the snapshot from it to advance it with xstate's pure
 * `transition()`: no actor runs, and a session stays one fold and one JSON value
 * (`../shared/DESIGN.md`, "The personas").
 */
export interface PersonaChart<M extends AnyStateMachine> {
  machine: M;
  /** The persona before anything happened. */
  atStart(scenario: Scenario): StateValue;
  /** The persona after an event; an event its state does not take leaves it as it was. */
  after(scenario: Scenario, state: StateValue, event: EventFromLogic<M>): StateValue;
}

/** The most transitions a chart remembers before it starts its table afresh. */
const MAX_KNOWN_TRANSITIONS = 4096;

export function personaChart<M extends AnyStateMachine>(
  machine: M,
  inputOf: (scenario: Scenario) => InputFrom<M>,
): PersonaChart<M> {
  // xstate's generic types do not follow a machine through `AnyStateMachine`; the snapshots
  // here are machine snapshots, whose `value` is the state value.
  const valueOf = (snapshot: unknown) => (snapshot as { value: StateValue }).value;
  // A chart's states and events are few, and a transition depends on nothing else, so each
  // (input, state, event) is worked out once; the table is bounded and emptied when full.
  const known = new Map<string, StateValue>();
  return {
    machine,
    atStart: (scenario) => valueOf(initialTransition(machine, inputOf(scenario))[0]),
    after: (scenario, state, event) => {
      const input = inputOf(scenario);
      const key = JSON.stringify([input, state, event]);
      const cached = known.get(key);
      if (cached !== undefined) return cached;
      const snapshot = machine.resolveState({ value: state, context: input });
      const next = valueOf(transition(machine, snapshot as never, event)[0]);
      if (known.size >= MAX_KNOWN_TRANSITIONS) known.clear();
      known.set(key, next);
      return next;
    },
  };
}

/** Whether a persona is in a state (or one of its children), read from the state value alone. */
export function isIn(state: StateValue, path: string): boolean {
  return matchesState(path, state);
}
