import { createActor, type AnyActorScope } from 'xstate';
import { stamp, type Stamp } from '../calendar/calendar.ts';
import { LIMITS, formatBytes, formatCount } from '../limits/index.ts';
import { prettyJsonBytes } from '../limits/json-bytes.ts';
import type { Scenario } from '../scenario/scenario.schema.ts';
import { parseAction, textLength, type Action } from './actions.ts';
import {
  GUARDS_OF,
  NOT_IN_STATE,
  WHEN_GUARD_FAILS,
  createSessionMachine,
  toEvent,
  type SessionEvent,
  type SessionGuard,
  type SessionMachine,
  type SessionSnapshot,
} from './session.machine.ts';
import type { SessionContext } from './types.ts';
import { origin } from './steps.ts';

/**
 * The session as a pure fold: `startSession` then `act` once per action. Each step either refuses
 * the action with a reason (and changes nothing) or returns the next session. Replaying a log is
 * this same fold over its actions, so the live session and its replay cannot drift apart.
 * A step is `judge` (is the action allowed, and what does the log get) then `record` with the
 * snapshot the machine reached: the fold reaches it with `transition()`, the browser's live actor
 * with `send`, and both log the action the same way.
 */

export interface LoggedAction {
  action: Action;
  /** Position of the action in the inputs (rejected ones included). */
  index: number;
  at: Stamp;
}

export interface Session {
  scenario: Scenario;
  seed: number;
  machine: SessionMachine;
  snapshot: SessionSnapshot;
  /** Accepted actions, in order. */
  accepted: LoggedAction[];
  /** Index the next action will have in the inputs. */
  nextIndex: number;
  /** Student text in the accepted actions, in UTF-16 code units (LIMITS.sessionTextChars). */
  textChars: number;
  /** Bytes the accepted actions take in the log as `play` prints it (see `loggedBytes`). */
  logBytes: number;
}

export type Step = { ok: true; session: Session } | { ok: false; reason: string; session: Session };

const machines = new WeakMap<Scenario, SessionMachine>();

/** One machine per scenario object (machines are immutable, so sharing is safe). */
export function machineFor(scenario: Scenario): SessionMachine {
  let machine = machines.get(scenario);
  if (!machine) {
    machine = createSessionMachine(scenario);
    machines.set(scenario, machine);
  }
  return machine;
}

const scopes = new WeakMap<SessionMachine, AnyActorScope>();

/**
 * The inert actor scope the fold runs the machine in, as xstate's pure `transition()` and
 * `initialTransition()` do: no actor runs, no action is executed, nothing is logged. xstate builds
 * a new actor (and works out its initial snapshot) for every call; the session machine spawns
 * nothing and runs only `assign`s, which read nothing of the scope, so one scope per machine
 * serves every step of every fold. Same snapshots, without an actor made per action.
 */
function inertScope(machine: SessionMachine): AnyActorScope {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine, { input: { seed: 0 } });
    const nothing = () => {};
    scope = {
      self,
      id: '',
      sessionId: '',
      logger: nothing,
      defer: nothing,
      emit: nothing,
      system: self.system,
      stopChild: nothing,
      actionExecutor: nothing,
    };
    scopes.set(machine, scope);
  }
  return scope;
}

/** The machine's initial snapshot for a seed: xstate's `initialTransition()`, in the fold's scope. */
function initialSnapshot(machine: SessionMachine, seed: number): SessionSnapshot {
  return machine.getInitialSnapshot(inertScope(machine), { seed });
}

/** The snapshot the machine reaches on an event: xstate's pure `transition()`, in the fold's scope. */
function nextSnapshot(
  machine: SessionMachine,
  snapshot: SessionSnapshot,
  event: SessionEvent,
): SessionSnapshot {
  return machine.transition(snapshot, event, inertScope(machine));
}

/**
 * A session before its first action. `snapshot` is where the machine starts: its initial
 * transition (the fold's), or a live actor's initial snapshot (the browser's), which is the same.
 */
export function startSession(
  scenario: Scenario,
  seed: number,
  snapshot: SessionSnapshot = initialSnapshot(machineFor(scenario), seed),
): Session {
  return {
    scenario,
    seed,
    machine: machineFor(scenario),
    snapshot,
    accepted: [],
    nextIndex: 0,
    textChars: 0,
    logBytes: 0,
  };
}

/**
 * Room kept in the 2 MB of a log for its header: the format, the app, a scenario id and hash and a
 * student's name of 200 characters each, even if every character had to be escaped.
 */
const LOG_HEADER_BYTES = 8_000;

/**
 * The bytes one logged action takes in the log, the widest way Rapport writes it: inside `play`'s
 * output, pretty-printed, six spaces deep, with the comma and line break after it. Summed over the
 * accepted actions it bounds the log's size, so a session is always within the 2 MB a log may be.
 */
export function loggedBytes(entry: LoggedAction): number {
  // Counted, not written: the JSON itself is never used.
  const { bytes, breaks } = prettyJsonBytes({ ...entry.action, at: entry.at, index: entry.index });
  return bytes + (breaks + 1) * 6 + 2;
}

const FULL = `this session already has ${formatCount(LIMITS.sessionActions)} actions, the most one session holds`;

/** The reason an action would take the session past a limit of docs/formats.md ("Limits"), or null. */
function overLimit(session: Session, action: Action, bytes: number): string | null {
  const chars = session.textChars + textLength(action);
  if (chars > LIMITS.sessionTextChars) {
    return `this would bring what you have written in this session to ${formatCount(chars)} characters; a session holds at most ${formatCount(LIMITS.sessionTextChars)}`;
  }
  if (session.logBytes + bytes > LIMITS.logBytes - LOG_HEADER_BYTES) {
    return `this would make the session's record larger than ${formatBytes(LIMITS.logBytes)}, the most a log holds`;
  }
  return null;
}

/**
 * The reason an action makes no sense in the session's current state, or null: asked of the
 * session machine (`snapshot.can`), and worded by its table of reasons (session.machine.ts).
 */
export function refusal(session: Session, action: Action): string | null {
  const { snapshot, scenario, machine } = session;
  const event = toEvent(action, session.nextIndex);
  if (snapshot.can(event)) return null;
  const state = snapshot.value as 'idle' | 'call';
  const ctx = snapshot.context;
  const guards = GUARDS_OF[state][event.type];
  if (!guards) return NOT_IN_STATE[state][event.type]?.(ctx, scenario, event) ?? cannot(action);
  const implementations = machine.implementations.guards as Record<
    SessionGuard,
    (args: { context: SessionContext; event: SessionEvent }) => boolean
  >;
  for (const name of guards) {
    if (!implementations[name]({ context: ctx, event }))
      return WHEN_GUARD_FAILS[name](ctx, scenario, event);
  }
  return cannot(action);
}

function cannot(action: Action): string {
  return `"${action.type}" is not possible right now`;
}

/** An action the engine takes: the event the session machine is to take and the log's entry. */
export interface Accepted {
  ok: true;
  event: SessionEvent;
  entry: LoggedAction;
  /** `loggedBytes(entry)`, counted against the log's limit. */
  bytes: number;
}

export type Verdict = Accepted | { ok: false; reason: string };

/**
 * Judges an action (anything: it is validated first) against the session as it stands: the
 * limits, the action schema, then the session machine (`refusal`). Pure, and it changes nothing:
 * the fold (`act`) and the browser's live actor both take what it accepts, and nothing else.
 */
export function judge(session: Session, raw: unknown): Verdict {
  if (session.accepted.length >= LIMITS.sessionActions) return { ok: false, reason: FULL };
  const parsed = parseAction(raw);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const action = parsed.action;
  const reason = refusal(session, action);
  if (reason) return { ok: false, reason };
  const index = session.nextIndex;
  const at = stamp(origin(session.scenario), session.snapshot.context.now);
  const entry: LoggedAction = { action, index, at };
  const bytes = loggedBytes(entry);
  const limit = overLimit(session, action, bytes);
  if (limit) return { ok: false, reason: limit };
  return { ok: true, event: toEvent(action, index), entry, bytes };
}

/**
 * The session once the machine has taken an accepted action's event: `snapshot` is the state it
 * reached (the fold's `transition`, or a live actor's snapshot after `send`) and the log gets the
 * action, recorded the same way whichever ran the machine.
 */
export function record(session: Session, accepted: Accepted, snapshot: SessionSnapshot): Session {
  return {
    ...session,
    snapshot,
    // A copy per step: at most 1,500 entries, so a few milliseconds over a whole session.
    accepted: [...session.accepted, accepted.entry],
    nextIndex: accepted.entry.index + 1,
    textChars: session.textChars + textLength(accepted.entry.action),
    logBytes: session.logBytes + accepted.bytes,
  };
}

/**
 * Applies one action (anything: it is validated first), folding the machine with xstate's pure
 * `transition()`. Never throws on bad input. A refused action still takes its place in the inputs.
 */
export function act(session: Session, raw: unknown): Step {
  const verdict = judge(session, raw);
  if (!verdict.ok) {
    return {
      ok: false,
      reason: verdict.reason,
      session: { ...session, nextIndex: session.nextIndex + 1 },
    };
  }
  const snapshot = nextSnapshot(session.machine, session.snapshot, verdict.event);
  return { ok: true, session: record(session, verdict, snapshot) };
}

export interface Rejection {
  index: number;
  reason: string;
}

/** Plays a list of actions, going on past refusals and listing them. */
export function playActions(
  scenario: Scenario,
  seed: number,
  actions: readonly unknown[],
): { session: Session; rejected: Rejection[] } {
  let session = startSession(scenario, seed);
  const rejected: Rejection[] = [];
  for (const raw of actions) {
    const step = act(session, raw);
    if (!step.ok) rejected.push({ index: session.nextIndex, reason: step.reason });
    session = step.session;
  }
  return { session, rejected };
}
