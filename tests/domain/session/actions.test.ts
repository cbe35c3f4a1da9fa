import { describe, expect, it } from 'vitest';
import { parseAction } from '../../../src/domain/session/actions.ts';

const reason = (raw: unknown) => {
  const parsed = parseAction(raw);
  return parsed.ok ? null : parsed.reason;
};

describe('action vocabulary', () => {
  it.each([
    [{ type: 'call' }],
    [{ type: 'say', text: 'Hello, Mr. Smith.' }],
    [{ type: 'end' }],
    [{ type: 'email', subject: '', body: 'Dear Dr. Okonkwo,' }],
    [{ type: 'note', text: 'Thank you!' }],
    [{ type: 'wait', minutes: 10 }],
    [{ type: 'wait', hours: 1.5 }],
    [{ type: 'wait', days: 2 }],
    [{ type: 'wait', until: 'next_event' }],
    [{ type: 'wait', until: 'next_appointment' }],
    [{ type: 'wait', until: 'Thu 09:30' }],
    [{ type: 'prepare', questions: ['What is a typical day?'], bring_resume: true }],
    [{ type: 'take_notes' }],
    [{ type: 'give_resume' }],
  ])('accepts %j', (raw) => {
    expect(reason(raw)).toBeNull();
  });

  it.each([
    [null, 'an action must be an object'],
    [[], 'an action must be an object'],
    [{}, 'needs a "type"'],
    [{ type: 'dance' }, 'unknown action type "dance"'],
    [{ type: 'say' }, 'needs "text"'],
    [{ type: 'say', text: '' }, 'the text is empty'],
    [{ type: 'say', text: '   ' }, 'blank'],
    [{ type: 'say', text: 42 }, '"text" should be text'],
    [
      { type: 'say', text: 'x'.repeat(100_000) },
      'the text is too long: 100,000 characters, at most 20,000',
    ],
    [
      { type: 'prepare', questions: ['Fine?', 'x'.repeat(20_001)], bring_resume: false },
      'question 2 is too long: 20,001 characters, at most 20,000',
    ],
    [
      {
        type: 'prepare',
        questions: Array.from({ length: 101 }, () => 'Why?'),
        bring_resume: false,
      },
      'the question list is too long: 101 questions, at most 100',
    ],
    [{ type: 'email', subject: 'x'.repeat(301), body: 'Hi' }, 'the subject is too long'],
    [{ type: 'note', text: 42 }, '"text" should be text, not a whole number'],
    [{ type: 'prepare', questions: ['Why?'], bring_resume: 'yes' }, 'should be true or false'],
    [{ type: 'call', number: '555' }, 'no field "number"'],
    [{ type: 'wait' }, 'exactly one of'],
    [{ type: 'wait', minutes: 5, hours: 1 }, 'exactly one of'],
    [{ type: 'wait', minutes: -5 }, 'positive'],
    [{ type: 'wait', days: 400 }, 'more than 30 days'],
    [{ type: 'wait', minutes: Number.NaN }, 'should be a number'],
    [{ type: 'wait', until: 'Thursday 9:30' }, 'weekday and time'],
    [{ type: 'wait', until: 'Thu 25:00' }, 'weekday and time'],
    [{ type: 'email', subject: 'Hi' }, 'needs "body"'],
    [{ type: 'email', subject: 'Hi', body: ' \n\t ' }, 'the email has no message'],
    [{ type: 'prepare', questions: 'one', bring_resume: true }, '"questions" should be a list'],
    [{ type: '__proto__' }, 'unknown action type'],
    [{ type: 'constructor' }, 'unknown action type'],
  ])('refuses %j with a clear reason', (raw, expected) => {
    expect(reason(raw)).toContain(expected);
  });

  it('takes a text of 20,000 characters, the most one text holds', () => {
    expect(reason({ type: 'say', text: 'a'.repeat(20_000) })).toBeNull();
    expect(reason({ type: 'note', text: 'a'.repeat(20_000) })).toBeNull();
    expect(
      reason({ type: 'email', subject: 's'.repeat(300), body: 'b'.repeat(20_000) }),
    ).toBeNull();
  });

  it.each([
    [{ type: 'say', text: 'Hi <script>alert(1)</script>' }, '"<script>"', ''],
    [{ type: 'note', text: 'see javascript:alert(1)' }, '"javascript:alert(1)"', ''],
    [{ type: 'email', subject: '<iframe src=x>', body: 'Hello' }, '"<iframe "', ' (the subject)'],
    [
      { type: 'email', subject: 'Hi', body: '<img src=x onerror=alert(1)>' },
      '"onerror="',
      ' (the body)',
    ],
    [
      { type: 'prepare', questions: ['Why?', 'What <object>?'], bring_resume: true },
      '"<object>"',
      ' (question 2)',
    ],
  ])('refuses script markup in %j, saying so plainly', (raw, found, where) => {
    expect(reason(raw)).toBe(
      `Rapport does not take script markup such as ${found} in what you write${where}`,
    );
  });

  it('takes text that only mentions HTML', () => {
    expect(reason({ type: 'say', text: 'I built a <form> for bug reports' })).toBeNull();
    expect(reason({ type: 'say', text: 'JavaScript: mostly small tools' })).toBeNull();
    expect(reason({ type: 'say', text: '<'.repeat(20_000) })).toBeNull();
  });
});
