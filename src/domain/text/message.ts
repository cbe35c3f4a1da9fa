import { findPromises, type NextStepContext, type StudentPromise } from './next-step.ts';
import { compileAll, findAll } from './patterns.ts';
import { findInformal } from './request.ts';
import type { Evidence, Finding } from './turn.ts';
import { findJobMentions } from './turn.ts';
import { tokenize, type Token } from './words.ts';
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
  promises: StudentPromise[];
  has: { name: boolean; phone: boolean; email: boolean; nextStep: boolean };
  pitfalls: Finding<PitfallId>[];
  credits: Finding<CreditId>[];
}

/**
 * Asking the assistant when to call back, or how best to proceed: completes a message left with
 * an assistant, and is the help PITFALLS.md expects on a final attempt.
 */
export const ASKS_WHEN_TO_CALL = compileAll([
  'good time',
  'better time',
  'best time',
  'convenient time',
  'best way',
  'when .. call|reach|catch|available|free|in',
  'when would',
  'when is',
  'when will',
  'schedule',
  'set up a time',
  'arrange',
  'appointment',
]);

const NAME_INTRO = compileAll(['my name is', 'this is', 'it is', "it's", 'i am', "i'm"]);

const DIGIT_WORDS: Record<string, number> = {
  zero: 1,
  oh: 1,
  o: 1,
  one: 1,
  two: 1,
  three: 1,
  four: 1,
  five: 1,
  six: 1,
  seven: 1,
  eight: 1,
  nine: 1,
  double: 0,
};

/**
 * A phone number: a run of at least seven digits, written ("(607) 555-1212", "607.555.1212") or
 * spoken ("six oh seven, five five five, one two one two").
 */
function findPhone(text: string, tokens: readonly Token[]): Evidence | null {
  let run: Token[] = [];
  let digits = 0;
  const flush = (): Evidence | null => {
    if (digits >= 7 && run.length > 0) {
      const start = (run[0] as Token).start;
      const end = (run[run.length - 1] as Token).end;
      return { quote: text.slice(start, end), field: 'text', start, end };
    }
    return null;
  };
  for (const t of tokens) {
    const gap = run.length > 0 ? text.slice((run[run.length - 1] as Token).end, t.start) : '';
    const joined = run.length === 0 || /^[\s().,+-]*$/.test(gap);
    const value = /^\d+$/.test(t.word)
      ? t.word.length
      : /^\d+(-\d+)+$/.test(t.word)
        ? t.word.replace(/-/g, '').length
        : (DIGIT_WORDS[t.word] ?? -1);
    if (value >= 0 && joined) {
      run.push(t);
      digits += value;
      continue;
    }
    const found = flush();
    if (found) return found;
    run = value >= 0 ? [t] : [];
    digits = value >= 0 ? value : 0;
  }
  return flush();
}

function findEmail(text: string): Evidence | null {
  const at = text.indexOf('@');
  if (at > 0) {
    let start = at;
    while (start > 0 && /[\w.+-]/.test(text[start - 1] as string)) start -= 1;
    let end = at + 1;
    while (end < text.length && /[\w.-]/.test(text[end] as string)) end += 1;
    while (end > at + 1 && text[end - 1] === '.') end -= 1;
    if (end > at + 1 && start < at)
      return { quote: text.slice(start, end), field: 'text', start, end };
  }
  // Spoken form: "kira dot jones at example dot com"
  const tokens = tokenize(text);
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    const t = tokens[i];
    if (t && t.word === 'at' && tokens.slice(i + 1, i + 5).some((n) => n.word === 'dot')) {
      const first = tokens[i - 1];
      const lastDot = tokens.slice(i + 1, i + 6).findIndex((n) => n.word === 'dot');
      const lastToken = tokens[i + 1 + lastDot + 1];
      if (first && lastToken) {
        return {
          quote: text.slice(first.start, lastToken.end),
          field: 'text',
          start: first.start,
          end: lastToken.end,
        };
      }
    }
  }
  return null;
}

export function analyzeMessage(text: string, context: MessageContext = {}): MessageAnalysis {
  const tokens = tokenize(text);
  const pitfalls: Finding<PitfallId>[] = [];
  const credits: Finding<CreditId>[] = [];

  const nameParts = (context.studentName ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((p) => p.length > 1);
  const nameToken =
    nameParts.length > 0
      ? tokens.find((t) => nameParts.includes(t.word))
      : (() => {
          const intro = findAll(NAME_INTRO, tokens)[0];
          const next = intro ? tokens[intro.last + 1] : undefined;
          return next && /^[A-Z]/.test(text.slice(next.start, next.end)) ? next : undefined;
        })();
  const phone = findPhone(text, tokens);
  const email = findEmail(text);

  const promises = findPromises(text, context);
  const promise = promises[0];
  let nextStep: Evidence | null = promise
    ? { quote: promise.quote, field: 'text', start: promise.start, end: promise.end }
    : null;
  if (!nextStep && context.withAssistant) {
    const ask = findAll(ASKS_WHEN_TO_CALL, tokens)[0];
    if (ask)
      nextStep = {
        quote: text.slice(ask.start, ask.end),
        field: 'text',
        start: ask.start,
        end: ask.end,
      };
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
  const job = findJobMentions(text).requests[0];
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
