import { DAY, HOUR } from '../calendar/calendar.ts';
import { PITFALLS, type PitfallId, type Severity } from '../vocabulary.ts';
import type { Scenario } from '../scenario/scenario.schema.ts';
import { thanksIn } from '../text/thank-you.ts';
import type { ConversationRecord, EmailRecord, SessionContext } from './types.ts';

/**
 * Facts of a session that several parts of the product read (the steps, the scoring, the UI, the
 * reminder, the contact log): each is decided here, once, so they cannot disagree.
 */

/** The conversation with the contact, once it has ended (a session holds at most one). */
export function endedConversation(
  ctx: SessionContext,
): (ConversationRecord & { endedAt: number }) | null {
  const conversation = ctx.conversations.find((c) => c.endedAt !== null);
  return conversation && conversation.endedAt !== null
    ? (conversation as ConversationRecord & { endedAt: number })
    : null;
}

/** Whether a mail thanks the contact (its subject or body). */
export function mailThanks(mail: EmailRecord): boolean {
  return thanksIn(`${mail.subject}\n${mail.body}`);
}

/** How soon the thank-you came: within 24 hours, within a week, or later than that. */
export type ThankYouTiming = 'on_time' | 'late' | 'too_late';

export interface ThankYou {
  mail: EmailRecord;
  /** When the conversation ended, in session time (ms). */
  conversationEnded: number;
  /** How long after the conversation it was sent (ms). */
  after: number;
  timing: ThankYouTiming;
}

/**
 * The thank-you, as PITFALLS.md's edge rule defines it: the first message after the conversation
 * that thanks the contact, whenever it comes; its time is when the student sent it. Within 24
 * hours is on time, within a week late, and later too late to count (`no_thank_you`). Null before
 * the conversation has ended or while no mail since has thanked the contact.
 */
export function thankYouOf(ctx: SessionContext): ThankYou | null {
  const conversation = endedConversation(ctx);
  if (!conversation) return null;
  const ended = conversation.endedAt;
  const mail = ctx.emails.find((e) => e.at >= ended && mailThanks(e));
  if (!mail) return null;
  const after = mail.at - ended;
  const timing = after <= 24 * HOUR ? 'on_time' : after <= 7 * DAY ? 'late' : 'too_late';
  return { mail, conversationEnded: ended, after, timing };
}

/** Whether the thank-you is still owed: the conversation is over and no mail has thanked. */
export function thankYouDue(ctx: SessionContext): boolean {
  return endedConversation(ctx) !== null && thankYouOf(ctx) === null;
}

/** How late a thank-you came, in words: "8 days after the conversation". */
export function describeDelay(ms: number): string {
  const days = Math.floor(ms / DAY);
  if (days >= 1) return `${days} day${days === 1 ? '' : 's'} after the conversation`;
  const hours = Math.floor(ms / HOUR);
  return `${hours} hour${hours === 1 ? '' : 's'} after the conversation`;
}

/** A pitfall's severity in this scenario: the rubric's override, or PITFALLS.md's. */
export function severityIn(scenario: Scenario, id: PitfallId): Severity {
  return scenario.rubric[id]?.severity ?? PITFALLS[id].severity;
}

/**
 * The pitfalls of a request that make it poor enough for a busy contact to pass on it: the
 * request's major flaws (PITFALLS.md's request table, with the scenario's rubric overrides). A
 * job request is not among them: it has a reaction of its own (the decline).
 */
export function isMajorRequestFlaw(scenario: Scenario, id: PitfallId): boolean {
  return id !== 'job_request' && severityIn(scenario, id) === 'major';
}
