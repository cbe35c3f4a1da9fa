import { createActor, type Actor } from 'xstate';
import {
  buildLog,
  judge,
  machineFor,
  outcomeOf,
  record,
  reportOf,
  startSession,
  type Accepted,
  type LogAction,
  type PlayOutput,
  type Session,
  type SessionMachine,
} from '../domain/session/index.ts';
import type { CatalogEntry } from './catalog.ts';
import {
  describeStatus,
  hadConversationOf,
  minutesUsedOf,
  nowOf,
  pendingAppointmentsOf,
  statusOf,
  talkShareOf,
  type Status,
} from './session-view.ts';

export type { Status } from './session-view.ts';

/** An action the engine accepted and the session has not taken yet (see `attempt`). */
export interface Pending {
  ok: true;
  verdict: Accepted;
  /** The log's actions once it is taken: what the page saves before the session takes it. */
  actions: LogAction[];
  /** The session it was judged against: it is taken only while that is still the session. */
  from: Session;
}

export type Attempt = Pending | { ok: false; reason: string };

/**
 * The browser's side of a session. The live session is an actor of the session machine
 * (`actor`, which the session page reads through @xstate/svelte); the engine judges every action
 * first (`judge`: the limits, the schema, the machine's `can` and its reasons), the actor takes
 * only what the engine accepted, and the log records it exactly as the command line's fold does
 * (`record`). So the model decides nothing itself: every rule lives in src/domain.
 *
 * `session` holds the actor's latest snapshot with the log, in reactive state. Its views are
 * plain getters over it, so they stay reactive wherever they are read, also after the page that
 * created the model is gone (the debrief reads the finished model).
 */
export class SessionModel {
  readonly entry: CatalogEntry;
  readonly actor: Actor<SessionMachine>;
  session: Session = $state.raw() as Session;
  /** The reason the last action was refused, shown until the next action. */
  refusal = $state<string | null>(null);

  /**
   * A new session from `seed`, or one `session` already reached. That session was folded from
   * its log (resumed, opened from a file or a saved attempt): the log is what is saved, the
   * source of truth, so the actor continues from the snapshot the fold reached rather than from
   * a stored snapshot, which the code of another version might not read the same way.
   */
  constructor(entry: CatalogEntry, seed: number, session?: Session) {
    this.entry = entry;
    const machine = machineFor(entry.scenario);
    this.actor = createActor(machine, {
      input: { seed },
      ...(session ? { snapshot: machine.getPersistedSnapshot(session.snapshot) } : {}),
    });
    // A step that throws (a bug, never a refusal) is thrown by `apply`; this only keeps xstate
    // from reporting it a second time.
    this.actor.subscribe({ error: () => undefined });
    this.actor.start();
    const snapshot = this.actor.getSnapshot();
    this.session = session
      ? { ...session, snapshot }
      : startSession(entry.scenario, seed, snapshot);
  }

  get scenario() {
    return this.entry.scenario;
  }

  get transcript() {
    return this.session.snapshot.context.transcript;
  }

  get status(): Status {
    return statusOf(this.session);
  }

  get statusText(): string {
    return describeStatus(this.session);
  }

  get now() {
    return nowOf(this.session);
  }

  /** Conversation minutes used in the current (or last) conversation. */
  get minutesUsed(): number {
    return minutesUsedOf(this.session);
  }

  /** The student's share of the words in the current conversation, in percent. */
  get share(): number | null {
    return talkShareOf(this.session);
  }

  get pendingAppointments() {
    return pendingAppointmentsOf(this.session);
  }

  get hadConversation(): boolean {
    return hadConversationOf(this.session);
  }

  /** The log's actions as they stand: what is saved. */
  get actions(): LogAction[] {
    return buildLog(this.session, this.entry.hash).actions;
  }

  /** Applies an action; on refusal nothing changes and the reason is kept for display. */
  act(raw: unknown): boolean {
    const attempt = this.attempt(raw);
    return attempt.ok && this.apply(attempt);
  }

  /**
   * Judges an action without taking it, and the log it would make: the page saves that log
   * before the session takes the action and shows it. On refusal the reason is kept for display.
   */
  attempt(raw: unknown): Attempt {
    const verdict = judge(this.session, raw);
    this.refusal = verdict.ok ? null : verdict.reason;
    if (!verdict.ok) return verdict;
    // buildLog reads only the scenario, the seed and the accepted actions.
    const accepted = [...this.session.accepted, verdict.entry];
    const actions = buildLog({ ...this.session, accepted }, this.entry.hash).actions;
    return { ok: true, verdict, actions, from: this.session };
  }

  /**
   * Takes an action `attempt` accepted (once its log is saved): the actor takes its event and the
   * log records it. Nothing is taken, and it says false, when the session has moved on since the
   * action was judged. Throws what a step threw (a bug), recording nothing.
   */
  apply(pending: Pending): boolean {
    if (pending.from !== this.session) return false;
    this.actor.send(pending.verdict.event);
    const snapshot = this.actor.getSnapshot();
    if (snapshot.status === 'error') throw snapshot.error;
    this.refusal = null;
    this.session = record(this.session, pending.verdict, snapshot);
    return true;
  }

  report() {
    return reportOf(this.session);
  }

  outcome(): PlayOutput {
    return outcomeOf(this.session, this.entry.hash);
  }
}
