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
    [{ type: 'say', text: '' }, '"text" is empty'],
    [{ type: 'say', text: '   ' }, 'blank'],
    [{ type: 'say', text: 42 }, '"text" should be text'],
    [{ type: 'say', text: 'x'.repeat(100_000) }, 'too long'],
    [{ type: 'call', number: '555' }, 'no field "number"'],
    [{ type: 'wait' }, 'exactly one of'],
    [{ type: 'wait', minutes: 5, hours: 1 }, 'exactly one of'],
    [{ type: 'wait', minutes: -5 }, 'positive'],
    [{ type: 'wait', days: 400 }, 'more than 30 days'],
    [{ type: 'wait', minutes: Number.NaN }, 'should be a number'],
    [{ type: 'wait', until: 'Thursday 9:30' }, 'weekday and time'],
    [{ type: 'wait', until: 'Thu 25:00' }, 'weekday and time'],
    [{ type: 'email', subject: 'Hi' }, 'needs "body"'],
    [{ type: 'prepare', questions: 'one', bring_resume: true }, '"questions" should be'],
    [{ type: '__proto__' }, 'unknown action type'],
    [{ type: 'constructor' }, 'unknown action type'],
  ])('refuses %j with a clear reason', (raw, expected) => {
    expect(reason(raw)).toContain(expected);
  });
});
