import {
  act,
  outcomeOf,
  reportOf,
  startSession,
  type PlayOutput,
  type Session,
  type Step,
} from '../domain/session/index.ts';
import type { CatalogEntry } from './catalog.ts';
import {
  describeStatus,
  minutesUsedOf,
  nowOf,
  statusOf,
  talkShareOf,
  type Status,
} from './session-view.ts';

export type { Status } from './session-view.ts';

/**
 * The browser's side of a session: holds the domain session (a pure fold of the student's
 * actions) in reactive state. It decides nothing itself; every rule lives in src/domain. Its
 * views are plain getters over that state, so they stay reactive wherever they are read, also
 * after the page that created the model is gone (the debrief reads the finished model).
 */
export class SessionModel {
  readonly entry: CatalogEntry;
  session: Session = $state.raw() as Session;
  /** The reason the last action was refused, shown until the next action. */
  refusal = $state<string | null>(null);

  constructor(entry: CatalogEntry, seed: number, session?: Session) {
    this.entry = entry;
    this.session = session ?? startSession(entry.scenario, seed);
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
    const { appointments, now } = this.session.snapshot.context;
    return appointments.filter((a) => !a.kept && a.at > now);
  }

  get hadConversation(): boolean {
    return this.session.snapshot.context.conversations.length > 0;
  }

  /** Applies an action; on refusal nothing changes and the reason is kept for display. */
  act(raw: unknown): boolean {
    const step = this.attempt(raw);
    if (step.ok) this.apply(step.session);
    return step.ok;
  }

  /**
   * What an action would do, without doing it: the page saves the next session before it shows
   * it. On refusal the reason is kept for display.
   */
  attempt(raw: unknown): Step {
    const step = act(this.session, raw);
    this.refusal = step.ok ? null : step.reason;
    return step;
  }

  /** Shows a session that `attempt` returned (once it is saved). */
  apply(session: Session): void {
    this.refusal = null;
    this.session = session;
  }

  report() {
    return reportOf(this.session);
  }

  outcome(): PlayOutput {
    return outcomeOf(this.session, this.entry.hash);
  }
}
