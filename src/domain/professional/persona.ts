import {
  initialTransition,
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
  /** The persona after each of the events in turn: `after` of each, the input read once. */
  afterAll(scenario: Scenario, state: StateValue, events: readonly EventFromLogic<M>[]): StateValue;
}

/** The most transitions a chart remembers before it starts its table afresh. */
const MAX_KNOWN_TRANSITIONS = 4096;

/** The most starting states a chart remembers (one per scenario's input) before it forgets them. */
const MAX_KNOWN_STARTS = 64;

export function personaChart<M extends AnyStateMachine>(
  machine: M,
  inputOf: (scenario: Scenario) => InputFrom<M>,
): PersonaChart<M> {
  // xstate's generic types do not follow a machine through `AnyStateMachine`; the snapshots
  // here are machine snapshots, whose `value` is the state value.
  const valueOf = (snapshot: unknown) => (snapshot as { value: StateValue }).value;
  // A chart's states and events are few, and a transition depends on nothing else, so each
  // (input, state, event) is worked out once; the table is bounded and emptied when full. It is
  // filed by the JSON of each part in turn, so a lookup hashes short strings, mostly ones it has
  // hashed before, not one long key made afresh.
  const known = new Map<string, Map<string, Map<string, StateValue>>>();
  let size = 0;
  // The key's parts written once each: the input while the scenario gives an equal one (compared
  // with a copy of the one written, so a value changed in place is seen), a state value per object
  // (the table hands the same objects out again, so they are never changed). The same input gives
  // the same string object, whose hash the tables' lookups then reuse.
  const inputs = new WeakMap<Scenario, { input: InputFrom<M>; json: string }>();
  const inputJson = (scenario: Scenario, input: InputFrom<M>): string => {
    const written = inputs.get(scenario);
    if (written && sameValue(written.input, input)) return written.json;
    const json = JSON.stringify(input);
    inputs.set(scenario, { input: structuredClone(input), json });
    return json;
  };
  const starts = new Map<string, StateValue>();
  // One transition: from the table, or worked out and filed there.
  const step = (
    input: InputFrom<M>,
    inputKey: string,
    state: StateValue,
    event: EventFromLogic<M>,
  ): StateValue => {
    const stateKey = stateJson(state);
    const eventKey = eventJson(event);
    const cached = known.get(inputKey)?.get(stateKey)?.get(eventKey);
    if (cached !== undefined) return cached;
    const snapshot = machine.resolveState({ value: state, context: input });
    const next = valueOf(transition(machine, snapshot as never, event)[0]);
    if (size >= MAX_KNOWN_TRANSITIONS) {
      known.clear();
      size = 0;
    }
    let states = known.get(inputKey);
    if (!states) known.set(inputKey, (states = new Map()));
    let events = states.get(stateKey);
    if (!events) states.set(stateKey, (events = new Map()));
    events.set(eventKey, next);
    size += 1;
    return next;
  };
  return {
    machine,
    atStart: (scenario) => {
      // Where the chart starts depends on its input alone: worked out once for each input.
      const input = inputOf(scenario);
      const key = inputJson(scenario, input);
      let start = starts.get(key);
      if (start === undefined) {
        start = valueOf(initialTransition(machine, input)[0]);
        if (starts.size >= MAX_KNOWN_STARTS) starts.clear();
        starts.set(key, start);
      }
      return start;
    },
    after: (scenario, state, event) => {
      const input = inputOf(scenario);
      return step(input, inputJson(scenario, input), state, event);
    },
    afterAll: (scenario, state, events) => {
      // A turn tells the contact four to six things: its input made and compared once for them.
      const input = inputOf(scenario);
      const inputKey = inputJson(scenario, input);
      let reached = state;
      for (const event of events) reached = step(input, inputKey, reached, event);
      return reached;
    },
  };
}

/**
 * Whether two plain values (what a persona's input is made of: primitives, arrays and objects of
 * them) are the same, objects with the same keys in the same order, so they write the same JSON.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let k = 0; k < a.length; k += 1) if (!sameValue(a[k], b[k])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let k = 0; k < keys.length; k += 1) {
    const key = keys[k] as string;
    if (others[k] !== key) return false;
    if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
      return false;
  }
  return true;
}

/**
 * An event's part of a transition's key: its JSON, or for an event that is its type alone (most
 * of a turn's: `student.turn`, `job.asked`) the type, which no JSON object's text can be, so the
 * keys stay distinct without writing one string per event.
 */
function eventJson(event: { type: string }): string {
  for (const key in event) if (key !== 'type') return JSON.stringify(event);
  return event.type;
}

const stateJsons = new WeakMap<object, string>();

function stateJson(state: StateValue): string {
  if (typeof state !== 'object' || state === null) return JSON.stringify(state);
  let json = stateJsons.get(state);
  if (json === undefined) stateJsons.set(state, (json = JSON.stringify(state)));
  return json;
}

/**
 * Each string read as a state value ("a.b" is `{ a: 'b' }`, as xstate reads a path), worked out
 * once: the paths asked about and the state names are few.
 */
const paths = new Map<string, StateValue>();

/** A dotted path as xstate reads one (a backslash escapes the next character). */
function pathValue(path: string): StateValue {
  let value = paths.get(path);
  if (value !== undefined) return value;
  const segments: string[] = [];
  let segment = '';
  for (let i = 0; i < path.length; i += 1) {
    if (path[i] === '\\') {
      segment += path[i + 1];
      i += 1;
    } else if (path[i] === '.') {
      segments.push(segment);
      segment = '';
    } else segment += path[i];
  }
  segments.push(segment);
  value = segments[segments.length - 1] as string;
  for (let i = segments.length - 2; i >= 0; i -= 1) value = { [segments[i] as string]: value };
  if (paths.size >= 1024) paths.clear();
  paths.set(path, value);
  return value;
}

/** xstate's reading of a state value: a snapshot's value, a path's, or the value itself. */
function valueOfState(value: unknown): StateValue {
  if (typeof value === 'string') return pathValue(value);
  if (value && typeof value === 'object' && 'machine' in value && 'value' in value)
    return (value as { value: StateValue }).value;
  return value as StateValue;
}

/** xstate's `matchesState`, with each path read once rather than on every call. */
function matches(parentValue: unknown, childValue: unknown): boolean {
  const parent = valueOfState(parentValue);
  const child = valueOfState(childValue);
  if (typeof child === 'string') return typeof parent === 'string' && child === parent;
  if (typeof parent === 'string') return parent in child;
  for (const key in parent) {
    if (!(key in child)) return false;
    if (!matches(parent[key], child[key])) return false;
  }
  return true;
}

/** Whether a persona is in a state (or one of its children), read from the state value alone. */
export function isIn(state: StateValue, path: string): boolean {
  return matches(path, state);
}
