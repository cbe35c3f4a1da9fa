import * as chrono from 'chrono-node/en';
import { DAY, HOUR, MINUTE, halfDayOf, halfDaySpan } from '../calendar/calendar.ts';
import { WEEKDAYS, type Weekday } from '../scenario/constants.ts';
import { splitClauses, tokensOf, type Clause } from './clauses.ts';
import { compileAll, findAll } from './patterns.ts';
import { once, remembering } from './once.ts';

/**
 * Next steps and promises: "I will call you Tuesday at 9:30", "I'll try again tomorrow
 * afternoon", "I will follow up Friday if I have not heard back". A next step names a day, or a
 * day and time, absolute or relative; "sometime", "soon" or "next week" alone does not
 * (PITFALLS.md edge rules). Dates and times are read by chrono-node, against a reference date
 * built from the simulated calendar (never the wall clock).
 */

export interface StudentPromise {
  /** The student's words: the commitment through the day or time. */
  start: number;
  end: number;
  quote: string;
  /** What the student will do. */
  action: 'call' | 'write' | 'contact';
  /** The time slot that keeps it, on the simulated calendar (ms since day 0 00:00), if placed. */
  slot: { from: number; to: number; at: number | null } | null;
  /** How the student named the time, for the report. */
  when: string;
}

/** What the student commits to do. */
const ACT =
  '(call|phone|ring|try|follow|email|e-mail|write|contact|reach|touch|check|text|message|reconnect|drop by|stop by|visit)';

const COMMITMENTS = compileAll([
  `(i|we) (will|shall|can) .. ${ACT}`,
  `(i'll|ill|we'll) .. ${ACT}`,
  `(i|we) (plan|intend|hope|aim|promise|mean) to .. ${ACT}`,
  `(i am|i'm|im|we're) (going|planning|hoping|aiming) to .. ${ACT}`,
  "(i would|i'd|id) like to .. (call|phone|follow)",
  'expect .. my (call|email|message)',
  '(call|try|phone|ring) you .. again',
  'will be in touch',
  // "I'll give your office a ring Friday afternoon", "I will send you a follow-up mail on Thursday"
  "(i will|i shall|i'll|ill|will) ... (give|send|drop|shoot) ... (call|ring|email|e-mail|note|line|message|mail|follow-up)",
  // Said without its subject: "Will try your office Tuesday afternoon."
  'will (try|call|ring|phone|email) (you|your|again|back|the)',
]);

const CALL_WORDS = new Set(['call', 'phone', 'ring', 'try', 'calling', 'reach']);
const WRITE_WORDS = new Set(['email', 'e-mail', 'write', 'message']);

/** Monday 1 January 2024: the reference week carries no daylight-saving change anywhere. */
const REFERENCE = { year: 2024, month: 0, mondayDate: 1 };

function referenceDate(weekdayOfDay0: Weekday, now: number): Date {
  const day = Math.floor(now / DAY);
  const ms = now - day * DAY;
  const date = REFERENCE.mondayDate + WEEKDAYS.indexOf(weekdayOfDay0) + day;
  return new Date(
    REFERENCE.year,
    REFERENCE.month,
    date,
    Math.floor(ms / HOUR),
    Math.floor((ms % HOUR) / MINUTE),
  );
}

function dayOffset(weekdayOfDay0: Weekday, date: Date): number {
  const day0 = Date.UTC(
    REFERENCE.year,
    REFERENCE.month,
    REFERENCE.mondayDate + WEEKDAYS.indexOf(weekdayOfDay0),
  );
  return Math.round((Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - day0) / DAY);
}

const VAGUE = /\b(week|weeks|month|months|year|years|soon|sometime|a few|couple of|several)\b/i;
const MORNING = /\bmorning\b/i;
const AFTERNOON = /\b(afternoon|after lunch)\b/i;

export interface NextStepContext {
  /** Weekday of the scenario's day 0 (default Monday). */
  weekday?: Weekday;
  /** Simulated now, ms since day 0 00:00 (default day 0, 09:00). */
  now?: number;
  /** How far from a named time a call still keeps the promise (default 120 minutes). */
  toleranceMinutes?: number;
}

/** A chrono result is specific enough to be a next step: it names a day (or a clock time). */
function isSpecific(result: chrono.ParsedResult): boolean {
  const text = result.text;
  // "next week", "in a few days": chrono fills in a day, but the student named none.
  const namesDay = /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\b|\d/i.test(text);
  if (VAGUE.test(text) && !namesDay) return false;
  return (
    result.start.isCertain('weekday') ||
    result.start.isCertain('day') ||
    result.start.isCertain('hour') ||
    /\b(tomorrow|today|tonight|this (morning|afternoon|evening))\b/i.test(text)
  );
}

function clauseText(
  text: string,
  clauses: readonly Clause[],
  from: number,
): { start: number; end: number } {
  const clause = clauses.find((c) => from >= c.start && from <= c.end);
  if (!clause) return { start: from, end: text.length };
  // A promise's time may follow in the rest of its sentence ("...again, on Thursday at 9:30").
  const last = clauses.filter((c) => c.sentence === clause.sentence).at(-1) ?? clause;
  return { start: clause.start, end: last.end };
}

/** Finds the student's promises to call or write at a day or time, in order. */
export function findPromises(
  text: string,
  context: NextStepContext = {},
  clauses: readonly Clause[] = splitClauses(text),
): readonly StudentPromise[] {
  const weekday = context.weekday ?? 'Mon';
  const now = context.now ?? 9 * HOUR;
  const tolerance = (context.toleranceMinutes ?? 120) * MINUTE;
  // Read once while a log is scored, when these are the text's own clauses.
  if (remembering() && clauses === splitClauses(text))
    return once('promises', `${weekday} ${now} ${tolerance}\n${text}`, () =>
      promisesIn(text, weekday, now, tolerance, clauses),
    );
  return promisesIn(text, weekday, now, tolerance, clauses);
}

function promisesIn(
  text: string,
  weekday: Weekday,
  now: number,
  tolerance: number,
  clauses: readonly Clause[],
): StudentPromise[] {
  const tokens = tokensOf(clauses);
  const promises: StudentPromise[] = [];
  const seen = new Set<number>();
  for (const match of findAll(COMMITMENTS, tokens)) {
    const range = clauseText(text, clauses, match.start);
    if (seen.has(range.start)) continue;
    // chrono reads a little past the clause so "10 a.m." is not cut at its first dot; the time
    // itself must start inside the commitment's sentence.
    const sentence = text.slice(match.start, Math.min(text.length, range.end + 40));
    const limit = range.end - match.start;
    // Durations ("20-30 minutes") read as clock times; a promise's time never starts with one.
    const results = chrono.casual
      .parse(sentence, { instant: referenceDate(weekday, now) }, { forwardDate: true })
      .filter((r) => !/^\s*\d+\s*(-|to|or)?\s*\d*\s*(minutes?|mins?)\b/i.test(r.text));
    const found = results.findIndex((r) => r.index <= limit && isSpecific(r));
    const result = results[found];
    if (!result) continue;
    // "Wednesday around 12:30": a day and, just after it, a time chrono read separately.
    const follow = results[found + 1];
    const timeAfter =
      !result.start.isCertain('hour') &&
      follow !== undefined &&
      follow.start.isCertain('hour') &&
      follow.index - (result.index + result.text.length) <= 12
        ? follow
        : undefined;
    seen.add(range.start);
    const verb = tokens
      .slice(match.first, match.last + 1)
      .map((t) => t.word)
      .find((w) => CALL_WORDS.has(w) || WRITE_WORDS.has(w));
    const last = timeAfter ?? result;
    const end = match.start + last.index + last.text.length;
    const date = result.start.date();
    const hourSource = timeAfter ?? result;
    let hour = hourSource.start.date().getHours();
    // "at 3" in a working day means the afternoon.
    if (
      hourSource.start.isCertain('hour') &&
      hour >= 1 &&
      hour <= 7 &&
      !/\b(a\.?m\.?)\b/i.test(hourSource.text)
    ) {
      hour += 12;
    }
    const minute = hourSource.start.date().getMinutes();
    const day = dayOffset(weekday, date);
    let slot: StudentPromise['slot'] = null;
    if (day >= 0 && day < 60) {
      if (hourSource.start.isCertain('hour')) {
        const at = day * DAY + hour * HOUR + minute * MINUTE;
        // Within the tolerance of the time named, and within its half-day (PITFALLS.md).
        const half = halfDayOf(at);
        const span = halfDaySpan(day, half === 'off' ? 'working day' : half);
        slot = {
          from: Math.max(at - tolerance, span.from),
          to: Math.min(at + tolerance, span.to),
          at,
        };
      } else {
        const half = MORNING.test(result.text)
          ? 'morning'
          : AFTERNOON.test(result.text)
            ? 'afternoon'
            : 'working day';
        slot = { ...halfDaySpan(day, half), at: null };
      }
    }
    promises.push({
      start: match.start,
      end,
      quote: text.slice(match.start, end),
      action:
        verb && WRITE_WORDS.has(verb) ? 'write' : verb && CALL_WORDS.has(verb) ? 'call' : 'contact',
      slot,
      when: text.slice(match.start + result.index, end),
    });
  }
  return promises;
}
