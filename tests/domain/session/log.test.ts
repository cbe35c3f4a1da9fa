import { describe, expect, it } from 'vitest';
import { parseLog } from '../../../src/domain/session/log.ts';

const header = {
  format: 'rapport-log',
  version: 1,
  app: '0.1.0',
  scenario: { id: 'pr-phone-referral', hash: 'sha256:00' },
  seed: 3,
  actions: [{ type: 'call', at: { day: 0, weekday: 'Mon', time: '09:00' }, index: 0 }],
};

const reason = (raw: unknown) => {
  const parsed = parseLog(raw);
  return parsed.ok ? null : parsed.reason;
};

describe('reading a log', () => {
  it('reads a well-formed log', () => {
    expect(reason(header)).toBeNull();
  });

  it.each([
    [
      { ...header, version: '1' },
      'this log\'s "version" is the text "1", not the number 1; a Rapport log says "version": 1',
    ],
    [{ ...header, version: 2 }, 'this log is version 2, and this Rapport reads version 1 only'],
    [{ ...header, version: undefined }, 'this log has no "version"'],
    [{ ...header, seed: 'eleven' }, 'the log\'s "seed" should be a number, not text'],
    [
      { ...header, seed: 1.5 },
      'the log\'s "seed" should be a whole number, not a number with decimals',
    ],
    [{ ...header, scenario: { id: 'x' } }, 'the log has no "scenario.hash"'],
    [{ ...header, actions: 'many' }, 'the log\'s "actions" should be a list, not text'],
    [
      { ...header, actions: [{ type: 'call', at: { day: 'Monday' } }] },
      'action 0\'s "at.day" should be a number, not text',
    ],
    [
      { ...header, actions: [{ type: 'call', index: -1 }] },
      'action 0\'s "index" should not be negative',
    ],
    [
      { ...header, student: 'x'.repeat(201) },
      'the log\'s "student" is too long: at most 200 characters',
    ],
    [
      { ...header, student: 'Ann <script>' },
      'the log\'s student name contains script markup ("<script>"), which Rapport does not take',
    ],
  ])('refuses %j, naming the real problem', (raw, expected) => {
    expect(reason(raw)).toContain(expected);
  });

  it('refuses more actions than a session holds, saying how many', () => {
    const actions = Array.from({ length: 5000 }, () => ({ type: 'wait', minutes: 1 }));
    expect(reason({ ...header, actions })).toBe(
      'this log has 5,000 actions; a session holds at most 1,500',
    );
  });
});
