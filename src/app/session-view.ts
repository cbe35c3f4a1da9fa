import { MINUTE, stamp, type Stamp } from '../domain/calendar/calendar.ts';
import type { Scenario } from '../domain/scenario/scenario.schema.ts';
import {
  agendaOf,
  callStatus,
  judge,
  type AgendaEntry,
  type Appointment,
  type CallStatus,
  type Session,
  type SessionSnapshot,
  type TranscriptEntry,
} from '../domain/session/index.ts';

/**
 * Read-only views of a domain session, shared by the live session page and the replay viewer:
 * what the student is doing, the calendar, the conversation clock and the talk share. They
 * decide nothing; they only read the session.
 */

/**
 * A session at one moment: its scenario and a snapshot of its machine, from a fold (a replay, a
 * finished model) or from the live actor (the session page).
 */
export type SessionAt = Pick<Session, 'scenario' | 'snapshot'>;

/** What the student is doing right now: where the call stands, read from the personas' charts. */
export type Status = CallStatus;

export function statusOf(session: SessionAt): Status {
  return callStatus(session.snapshot.context);
}

/** A sentence saying what the status is, naming the contact. */
export function describeStatus(session: SessionAt): string {
  const scenario = session.scenario;
  const who = scenario.contact.addressAs;
  const assistant = scenario.assistant
    ? `${scenario.assistant.name}, ${scenario.assistant.role}`
    : 'the assistant';
  return {
    idle: 'Not on a call.',
    voicemail: `${who}'s voicemail is recording your message.`,
    assistant: `Talking with ${assistant}.`,
    introducing: `${who} has answered the phone.`,
    offered: `${who} offers to talk now.`,
    declined: `${who} has politely declined.`,
    scheduled: `${who} has proposed a later time.`,
    conversation: `In conversation with ${who}.`,
  }[statusOf(session)];
}

/** The simulated calendar's now. */
export function nowOf(session: SessionAt): Stamp {
  return stamp({ weekday: session.scenario.start.weekday }, session.snapshot.context.now);
}

/** Conversation minutes used in the current (or last) conversation. */
export function minutesUsedOf(session: SessionAt): number {
  const conv = session.snapshot.context.conversations.at(-1);
  return conv ? conv.elapsedMs / MINUTE : 0;
}

/** The student's share of the words in the current (or last) conversation, in percent, or null. */
export function talkShareOf(session: SessionAt): number | null {
  const conv = session.snapshot.context.conversations.at(-1);
  if (!conv || conv.studentWords + conv.contactWords === 0) return null;
  return Math.round((100 * conv.studentWords) / (conv.studentWords + conv.contactWords));
}

/** Agreed times still ahead (a meeting, a callback), which "wait until the agreed time" reaches. */
export function pendingAppointmentsOf(session: SessionAt): Appointment[] {
  const { appointments, now } = session.snapshot.context;
  return appointments.filter((a) => !a.kept && a.at > now);
}

/** Whether the student has had their conversation with the contact (it may be over). */
export function hadConversationOf(session: SessionAt): boolean {
  return session.snapshot.context.conversations.length > 0;
}

/** What the live session page shows of the session, all read from one snapshot. */
export interface LiveView {
  status: Status;
  statusText: string;
  now: Stamp;
  minutesUsed: number;
  share: number | null;
  pendingAppointments: Appointment[];
  hadConversation: boolean;
  transcript: TranscriptEntry[];
  agenda: AgendaEntry[];
}

/**
 * The live view at a snapshot of the session's machine: the session page selects it from the
 * session's actor (`useSelector`), so it follows the actor; the model's getters for the debrief
 * read the same functions.
 */
export function liveView(scenario: Scenario, snapshot: SessionSnapshot): LiveView {
  const at: SessionAt = { scenario, snapshot };
  return {
    status: statusOf(at),
    statusText: describeStatus(at),
    now: nowOf(at),
    minutesUsed: minutesUsedOf(at),
    share: talkShareOf(at),
    pendingAppointments: pendingAppointmentsOf(at),
    hadConversation: hadConversationOf(at),
    transcript: snapshot.context.transcript,
    agenda: agendaOf(snapshot.context, scenario),
  };
}

/** One way of letting time pass that the wait form offers. */
export interface WaitChoice {
  value: 'hour' | 'day' | 'next_event' | 'next_appointment' | 'at';
  label: string;
  /** Shown under the form while the choice is picked. */
  hint?: string;
}

const WAITS: readonly (WaitChoice & { action: Record<string, unknown> })[] = [
  { value: 'hour', label: 'one hour', action: { type: 'wait', hours: 1 } },
  { value: 'day', label: 'one day', action: { type: 'wait', days: 1 } },
  {
    value: 'next_event',
    label: 'until something happens',
    hint: 'Time passes until a reply arrives or an agreed time comes, a week at most.',
    action: { type: 'wait', until: 'next_event' },
  },
  {
    value: 'next_appointment',
    label: 'until the next agreed time',
    action: { type: 'wait', until: 'next_appointment' },
  },
];

/**
 * The waits the session accepts right now, each judged by the engine without being taken, and
 * "until a day and time" whenever time can pass at all; when none is possible, the reason why.
 * The wait form never offers an empty menu or a wait that would silently do nothing.
 */
export function waitChoices(session: Session): { choices: WaitChoice[]; reason: string | null } {
  const choices: WaitChoice[] = [];
  let reason: string | null = null;
  for (const { action, ...choice } of WAITS) {
    const verdict = judge(session, action);
    if (verdict.ok) choices.push(choice);
    else if (choice.value === 'hour') reason = verdict.reason;
  }
  if (choices.length === 0) return { choices, reason: sentence(reason ?? 'time cannot pass now') };
  choices.push({ value: 'at', label: 'until a day and time…' });
  return { choices, reason: null };
}

/** The action of a wait choice; "at" waits until the weekday and time picked. */
export function waitAction(choice: WaitChoice['value'], day: string, time: string) {
  if (choice === 'at') return { type: 'wait', until: `${day} ${time}` };
  return WAITS.find((w) => w.value === choice)?.action ?? { type: 'wait', hours: 1 };
}

/** A reason as the page shows it: a sentence, capitalised, with its full stop. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  const first = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(first) ? first : `${first}.`;
}
