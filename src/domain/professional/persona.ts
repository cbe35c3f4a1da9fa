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

export function personaChart<M extends AnyStateMachine>(
  machine: M,
  inputOf: (scenario: Scenario) => InputFrom<M>,
): PersonaChart<M> {
  // xstate's generic types do not follow a machine through `AnyStateMachine`; the snapshots
  // here are machine snapshots, whose `value` is the state value.
  const valueOf = (snapshot: unknown) => (snapshot as { value: StateValue }).value;
  return {
    machine,
    atStart: (scenario) => valueOf(initialTransition(machine, inputOf(scenario))[0]),
    after: (scenario, state, event) => {
      const snapshot = machine.resolveState({ value: state, context: inputOf(scenario) });
      return valueOf(transition(machine, snapshot as never, event)[0]);
    },
  };
}

/** Whether a persona is in a state (or one of its children), read from the state value alone. */
export function isIn(state: StateValue, path: string): boolean {
  return matchesState(path, state);
}
