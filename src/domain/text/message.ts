import { compileAll, findAll } from './patterns.ts';
import type { Evidence, Finding } from './turn.ts';
import { findJobMentions } from './turn.ts';
import { tokenize } from './words.ts';
import type { CreditId, PitfallId } from '../vocabulary.ts';

/**
 * The `message` analyzer: a voicemail or a message left with an assistant is complete only with
 * the student's name, phone number, email, and when they will try again, or (left with an
 * assistant) a question about when to call back (PITFALLS.md edge rules).
 */

export interface MessageContext {
  /** The student's full name, when a scenario knows it. */
  studentName?: string;
  /** Left with an assistant rather than on voicemail. */
  withAssistant?: boolean;
}

export interface MessageAnalysis {
  kind: 'message';
  has: { name: boolean; phone: boolean; email: boolean; nextStep: boolean };
  pitfalls: Finding<PitfallId>[];
  credits: Finding<CreditId>[];
}

const DAY_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'tomorrow',
]);

const WILL_TRY = compileAll([
  'i will .. call|try|phone|reach|follow|email|write|contact',
  "i'll .. call|try|phone|reach|follow|email|write|contact",
  'i plan to .. call|try|phone|follow',
  'call|try|phone .. again',
]);

const ASKS_WHEN = compileAll([
  'good time',
  'better time',
  'best time',
  'convenient time',
  'best way',
  'when .. call|reach|catch|available|free',
  'when would',
  'when is',
]);

const NAME_INTRO = compileAll(['my name is', 'this is', 'it is', "it's", 'i am', "i'm"]);

/** A run of at least seven digits, allowing the separators phone numbers use. */
function findPhone(text: string): Evidence | null {
  let start = -1;
  let digits = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const ch = i < text.length ? (text[i] as string) : '';
    const isDigit = ch >= '0' && ch <= '9';
    const isSep = ch === ' ' || ch === '-' || ch === '.' || ch === '(' || ch === ')' || ch === '+';
    if (isDigit) {
      if (start < 0) start = i;
      digits += 1;
    } else if (!(isSep && start >= 0)) {
      if (start >= 0 && digits >= 7) {
        let end = i;
        while (end > start && !/\d/.test(text[end - 1] as string)) end -= 1;
        return { quote: text.slice(start, end), field: 'text', start, end };
      }
      start = -1;
      digits = 0;
    }
  }
  return null;
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
  const phone = findPhone(text);
  const email = findEmail(text);

  let nextStep: Evidence | null = null;
  for (const match of findAll(WILL_TRY, tokens)) {
    const window = tokens.slice(match.first, Math.min(tokens.length, match.last + 10));
    const day = window.find(
      (t) => DAY_WORDS.has(t.word) || t.word === 'morning' || t.word === 'afternoon',
    );
    if (day) {
      nextStep = {
        quote: text.slice(match.start, day.end),
        field: 'text',
        start: match.start,
        end: day.end,
      };
      break;
    }
  }
  if (!nextStep && context.withAssistant) {
    const ask = findAll(ASKS_WHEN, tokens)[0];
    if (ask)
      nextStep = {
        quote: text.slice(ask.start, ask.end),
        field: 'text',
        start: ask.start,
        end: ask.end,
      };
  }
  if (nextStep) credits.push({ id: 'proactive_next_step', evidence: nextStep });

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
  const job = findJobMentions(text).requests[0];
  if (job) pitfalls.unshift({ id: 'job_request', evidence: job });
  return {
    kind: 'message',
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
