import { MINUTE, stamp, type Stamp } from '../domain/calendar/calendar.ts';
import type { Session } from '../domain/session/index.ts';

/**
 * Read-only views of a domain session, shared by the live session page and the replay viewer:
 * what the student is doing, the calendar, the conversation clock and the talk share. They
 * decide nothing; they only read the session.
 */

/** What the student is doing right now. */
export type Status =
  | 'idle'
  | 'voicemail'
  | 'assistant'
  | 'introducing'
  | 'offered'
  | 'declined'
  | 'scheduled'
  | 'conversation';

export function statusOf(session: Session): Status {
  const s = session.snapshot;
  if (s.hasTag('leaving-message')) return 'voicemail';
  if (s.hasTag('with-assistant')) return 'assistant';
  if (s.hasTag('introducing')) return 'introducing';
  if (s.hasTag('offered')) return 'offered';
  if (s.hasTag('declined')) return 'declined';
  if (s.hasTag('scheduled')) return 'scheduled';
  if (s.hasTag('in-conversation')) return 'conversation';
  return 'idle';
}

/** A sentence saying what the status is, naming the contact. */
export function describeStatus(session: Session): string {
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
export function nowOf(session: Session): Stamp {
  return stamp({ weekday: session.scenario.start.weekday }, session.snapshot.context.now);
}

/** Conversation minutes used in the current (or last) conversation. */
export function minutesUsedOf(session: Session): number {
  const conv = session.snapshot.context.conversations.at(-1);
  return conv ? conv.elapsedMs / MINUTE : 0;
}

/** The student's share of the words in the current (or last) conversation, in percent, or null. */
export function talkShareOf(session: Session): number | null {
  const conv = session.snapshot.context.conversations.at(-1);
  if (!conv || conv.studentWords + conv.contactWords === 0) return null;
  return Math.round((100 * conv.studentWords) / (conv.studentWords + conv.contactWords));
}
