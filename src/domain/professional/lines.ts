import { DAY, formatClock, stamp, type CalendarOrigin } from '../calendar/calendar.ts';
import { pick } from '../random/prng.ts';
import type { LineKey, Scenario, Topic, Weekday } from '../scenario/scenario.schema.ts';

const DAY_NAMES: Record<Weekday, string> = {
  Mon: 'Monday',
  Tue: 'Tuesday',
  Wed: 'Wednesday',
  Thu: 'Thursday',
  Fri: 'Friday',
  Sat: 'Saturday',
  Sun: 'Sunday',
};

/** "Wednesday at 2:00 p.m.", the way a person proposes a time. */
export function describeMoment(origin: CalendarOrigin, at: number): string {
  const { weekday } = stamp(origin, at);
  const [hh, mm] = formatClock(at - Math.floor(at / DAY) * DAY)
    .split(':')
    .map(Number) as [number, number];
  const suffix = hh < 12 ? 'a.m.' : 'p.m.';
  const hour = hh % 12 === 0 ? 12 : hh % 12;
  return `${DAY_NAMES[weekday]} at ${hour}:${mm < 10 ? `0${mm}` : mm} ${suffix}`;
}

/**
 * Fills `{time}` and similar placeholders of a scripted line. A value that ends in a full stop
 * ("2:00 p.m.") takes the place of the line's own full stop after it, so no sentence ends "p.m..".
 */
export function fill(line: string, vars: Record<string, string>): string {
  return line.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return value.endsWith('.') ? value : `${value}${stop}`;
  });
}

/**
 * Picks a wording of one of the scenario's scripted lines with the seeded generator. Returns null
 * when the scenario has no such line.
 */
export function pickLine(
  scenario: Scenario,
  key: LineKey,
  rng: number,
  vars: Record<string, string> = {},
): [text: string | null, rng: number] {
  const variants = scenario.lines[key];
  if (!variants || variants.length === 0) return [null, rng];
  const [line, next] = pick(rng, variants);
  return [fill(line, vars), next];
}

/**
 * The contact's answer on a topic: a first answer the first time, an elaboration (a follow-up)
 * when the topic comes up again, if the bank has one.
 */
export function pickAnswer(
  scenario: Scenario,
  topic: Topic,
  alreadyAnswered: boolean,
  rng: number,
): [text: string | null, rng: number] {
  const entries = scenario.questionBank.filter((e) => e.topic === topic);
  if (entries.length === 0) return [null, rng];
  const followUps = entries.flatMap((e) => e.followUps);
  const pool =
    alreadyAnswered && followUps.length > 0 ? followUps : entries.flatMap((e) => e.answers);
  const [text, next] = pick(rng, pool);
  return [text, next];
}
