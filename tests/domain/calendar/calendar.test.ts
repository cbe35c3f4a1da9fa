import { describe, expect, it } from 'vitest';
import {
  DAY,
  HOUR,
  MINUTE,
  formatClock,
  halfDayOf,
  isWorkingTime,
  nextOccurrence,
  parseClock,
  stamp,
  workingDaysAfter,
} from '../../../src/domain/calendar/calendar.ts';

const monday = { weekday: 'Mon' as const };
const at = (day: number, hh: number, mm = 0) => day * DAY + hh * HOUR + mm * MINUTE;

describe('calendar', () => {
  it('stamps a moment with its day, weekday and time', () => {
    expect(stamp(monday, at(0, 9))).toEqual({ day: 0, weekday: 'Mon', time: '09:00' });
    expect(stamp(monday, at(3, 14, 5))).toEqual({ day: 3, weekday: 'Thu', time: '14:05' });
    expect(stamp({ weekday: 'Fri' }, at(1, 8))).toEqual({ day: 1, weekday: 'Sat', time: '08:00' });
    expect(stamp(monday, at(7, 0))).toEqual({ day: 7, weekday: 'Mon', time: '00:00' });
  });

  it('drops seconds when formatting a time', () => {
    expect(formatClock(9 * HOUR + 59 * MINUTE + 59_999)).toBe('09:59');
  });

  it('parses HH:MM and rejects anything else', () => {
    expect(parseClock('09:30')).toBe(9 * HOUR + 30 * MINUTE);
    expect(parseClock('24:00')).toBeNull();
    expect(parseClock('9:30')).toBeNull();
    expect(parseClock('09:60')).toBeNull();
  });

  it('keeps working hours Monday to Friday, 09:00 to 17:00', () => {
    expect(isWorkingTime(monday, at(0, 9))).toBe(true);
    expect(isWorkingTime(monday, at(0, 8, 59))).toBe(false);
    expect(isWorkingTime(monday, at(0, 17))).toBe(false);
    expect(isWorkingTime(monday, at(4, 16, 59))).toBe(true);
    expect(isWorkingTime(monday, at(5, 10))).toBe(false); // Saturday
  });

  it('finds the next weekday and time strictly after now', () => {
    // On Monday at 09:05, "Mon 10:00" is today at 10:00 ...
    expect(nextOccurrence(monday, at(0, 9, 5), 'Mon', 10 * HOUR)).toBe(at(0, 10));
    // ... "Mon 09:00" is next week, and "Mon 09:05" too (strictly after).
    expect(nextOccurrence(monday, at(0, 9, 5), 'Mon', 9 * HOUR)).toBe(at(7, 9));
    expect(nextOccurrence(monday, at(0, 9, 5), 'Mon', 9 * HOUR + 5 * MINUTE)).toBe(at(7, 9, 5));
    expect(nextOccurrence(monday, at(0, 9, 5), 'Thu', 9 * HOUR + 30 * MINUTE)).toBe(at(3, 9, 30));
  });

  it('counts working days over a weekend', () => {
    const friday = at(4, 15);
    expect(workingDaysAfter(monday, friday, 1, 10 * HOUR)).toBe(at(7, 10));
    expect(workingDaysAfter(monday, friday, 2, 10 * HOUR)).toBe(at(8, 10));
    expect(workingDaysAfter(monday, at(5, 12), 0, 10 * HOUR)).toBe(at(7, 10));
  });

  it('names the half-day of a moment', () => {
    expect(halfDayOf(at(0, 11, 59))).toBe('morning');
    expect(halfDayOf(at(0, 12))).toBe('afternoon');
    expect(halfDayOf(at(0, 18))).toBe('off');
  });
});
