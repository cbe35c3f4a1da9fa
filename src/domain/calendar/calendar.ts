import { WEEKDAYS, type Weekday } from '../scenario/constants.ts';

/**
 * The simulated calendar. A moment is a whole number of milliseconds since midnight at the start
 * of day 0 (the scenario's first day); the weekday of day 0 comes from the scenario. Nothing here
 * reads a wall clock.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Working hours in the contact's time (docs/formats.md): Monday to Friday, 09:00-17:00. */
export const WORK_START = 9 * HOUR;
export const WORK_END = 17 * HOUR;

/** Where a moment falls, as the log and the transcript show it. */
export interface Stamp {
  day: number;
  weekday: Weekday;
  time: string;
}

export interface CalendarOrigin {
  /** Weekday of day 0. */
  weekday: Weekday;
}

/** Parses "HH:MM" into milliseconds since midnight, or null when it is not a valid time. */
export function parseClock(text: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * HOUR + minutes * MINUTE;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Formats milliseconds since midnight as HH:MM (seconds are dropped, never rounded up). */
export function formatClock(msOfDay: number): string {
  const totalMinutes = Math.floor(msOfDay / MINUTE);
  return `${pad2(Math.floor(totalMinutes / 60))}:${pad2(totalMinutes % 60)}`;
}

export function weekdayOf(origin: CalendarOrigin, at: number): Weekday {
  const day = Math.floor(at / DAY);
  const index = (WEEKDAYS.indexOf(origin.weekday) + day) % 7;
  return WEEKDAYS[index] as Weekday;
}

export function stamp(origin: CalendarOrigin, at: number): Stamp {
  const day = Math.floor(at / DAY);
  return { day, weekday: weekdayOf(origin, at), time: formatClock(at - day * DAY) };
}

/** True on Monday to Friday between 09:00 (inclusive) and 17:00 (exclusive). */
export function isWorkingTime(origin: CalendarOrigin, at: number): boolean {
  const weekday = weekdayOf(origin, at);
  if (weekday === 'Sat' || weekday === 'Sun') return false;
  const msOfDay = at - Math.floor(at / DAY) * DAY;
  return msOfDay >= WORK_START && msOfDay < WORK_END;
}

export function isWorkingDay(origin: CalendarOrigin, day: number): boolean {
  const weekday = weekdayOf(origin, day * DAY);
  return weekday !== 'Sat' && weekday !== 'Sun';
}

/**
 * The next moment strictly after `after` at which the calendar shows `weekday` and the time of
 * day `msOfDay` (on Monday at 09:05, Monday 10:00 is today; Monday 09:00 is next week).
 */
export function nextOccurrence(
  origin: CalendarOrigin,
  after: number,
  weekday: Weekday,
  msOfDay: number,
): number {
  const today = Math.floor(after / DAY);
  for (let offset = 0; offset <= 7; offset += 1) {
    const candidate = (today + offset) * DAY + msOfDay;
    if (candidate > after && weekdayOf(origin, candidate) === weekday) return candidate;
  }
  // Unreachable: some day within the next eight matches every weekday.
  throw new RangeError(`no ${weekday} found after ${after}`);
}

/**
 * The moment `count` working days after the day of `from`, at the time of day `msOfDay`
 * (weekends are skipped; count 0 means the same day).
 */
export function workingDaysAfter(
  origin: CalendarOrigin,
  from: number,
  count: number,
  msOfDay: number,
): number {
  let day = Math.floor(from / DAY);
  let left = count;
  while (left > 0 || !isWorkingDay(origin, day)) {
    day += 1;
    if (isWorkingDay(origin, day)) left -= 1;
  }
  return day * DAY + msOfDay;
}

/** Morning (09:00-12:00) or afternoon (12:00-17:00), as the promise rule reads half-days. */
export function halfDayOf(at: number): 'morning' | 'afternoon' | 'off' {
  const msOfDay = at - Math.floor(at / DAY) * DAY;
  if (msOfDay >= WORK_START && msOfDay < 12 * HOUR) return 'morning';
  if (msOfDay >= 12 * HOUR && msOfDay < WORK_END) return 'afternoon';
  return 'off';
}

/** The span of a day's morning, afternoon or whole working day, as promise slots use them. */
export function halfDaySpan(
  day: number,
  half: 'morning' | 'afternoon' | 'working day',
): { from: number; to: number } {
  const midnight = day * DAY;
  if (half === 'morning') return { from: midnight + WORK_START, to: midnight + 12 * HOUR };
  if (half === 'afternoon') return { from: midnight + 12 * HOUR, to: midnight + WORK_END };
  return { from: midnight + WORK_START, to: midnight + WORK_END };
}
