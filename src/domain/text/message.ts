import { findPromises, type NextStepContext, type StudentPromise } from './next-step.ts';
import { firstHitOf, patternsReporting, readDoc } from './rule.ts';
import { MESSAGE_RULES, type MessagePart } from './rules/message.ts';
import { findInformal } from './request.ts';
import type { Evidence, Finding } from './turn.ts';
import { findJobMentions } from './turn.ts';
import type { CreditId, PitfallId } from '../vocabulary.ts';

/**
 * The `message` analyzer: a voicemail or a message left with an assistant is complete only with
 * the student's name, phone number, email, and when they will try again, or (left with an
 * assistant) a question about when to call back (PITFALLS.md edge rules).
 */

export interface MessageContext extends NextStepContext {
  /** The student's full name, when a scenario knows it. */
  studentName?: string;
  /** Left with an assistant rather than on voicemail. */
  withAssistant?: boolean;
}

export interface MessageAnalysis {
  kind: 'message';
  promises: readonly StudentPromise[];
  has: { name: boolean; phone: boolean; email: boolean; nextStep: boolean };
  pitfalls: Finding<PitfallId>[];
  credits: Finding<CreditId>[];
}

/** Asking the assistant when to call back (the session's no_help_sought reads it too). */
export const ASKS_WHEN_TO_CALL = patternsReporting(MESSAGE_RULES, 'asks_when_to_call');

export function analyzeMessage(text: string, context: MessageContext = {}): MessageAnalysis {
  const doc = readDoc(text);
  const tokens = doc.whole.tokens;
  const pitfalls: Finding<PitfallId>[] = [];
  const part = (id: MessagePart): Evidence | null => {
    const hit = firstHitOf(MESSAGE_RULES, doc, id);
    return hit
      ? { quote: text.slice(hit.start, hit.end), field: 'text', start: hit.start, end: hit.end }
      : null;
  };
  const credits: Finding<CreditId>[] = [];

  const nameParts = (context.studentName ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((p) => p.length > 1);
  const nameToken =
    nameParts.length > 0
      ? tokens.find((t) => nameParts.includes(t.word))
      : (() => {
          const intro = firstHitOf(MESSAGE_RULES, doc, 'says_name');
          const next = intro ? intro.unit.tokens[intro.match.last + 1] : undefined;
          return next && /^[A-Z]/.test(text.slice(next.start, next.end)) ? next : undefined;
        })();
  const phone = part('gives_phone');
  const email = part('gives_email');

  const promises = findPromises(text, context, doc.clauses);
  const promise = promises[0];
  let nextStep: Evidence | null = promise
    ? { quote: promise.quote, field: 'text', start: promise.start, end: promise.end }
    : null;
  if (!nextStep && context.withAssistant) {
    nextStep = part('asks_when_to_call');
  }
  // Only the student's own promise earns the credit; a question to the assistant completes the
  // message without promising anything.
  if (promise && nextStep) credits.push({ id: 'proactive_next_step', evidence: nextStep });

  const missing = [
    nameToken ? null : 'your name',
    phone ? null : 'your phone number',
    email ? null : 'your email address',
    nextStep
      ? null
      : context.withAssistant
        ? 'when you will call back, or a question about a good time'
        : 'when you will try again',
  ].filter((m): m is string => m !== null);
  if (missing.length > 0) {
    pitfalls.push({
      id: 'incomplete_message',
      evidence: { quote: '', missing: `the message leaves out ${missing.join(', ')}` },
    });
  }
  const casual = findInformal(text, tokens);
  if (casual)
    pitfalls.unshift({
      id: 'informal_tone',
      evidence: {
        quote: text.slice(casual.start, casual.end),
        field: 'text',
        start: casual.start,
        end: casual.end,
      },
    });
  const job = findJobMentions(text, doc.clauses, doc).requests[0];
  if (job) pitfalls.unshift({ id: 'job_request', evidence: job });
  return {
    kind: 'message',
    promises,
    has: {
      name: Boolean(nameToken),
      phone: Boolean(phone),
      email: Boolean(email),
      nextStep: Boolean(nextStep),
    },
    pitfalls,
    credits,
  };
}
