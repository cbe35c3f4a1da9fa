import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../src/domain/text/message.ts';

const kira = { studentName: 'Kira Jones' };

describe('message analyzer', () => {
  it('accepts a message with name, phone, email and the next try', () => {
    const a = analyzeMessage(
      'Ms. Gable, this is Kira Jones. My number is (607) 555-1212 and my email is kj247@cornell.edu. I will call again Tuesday at 9:30.',
      kira,
    );
    expect(a.pitfalls).toEqual([]);
    expect(a.credits.map((c) => c.id)).toEqual(['proactive_next_step']);
  });

  it('says exactly what a message leaves out', () => {
    const a = analyzeMessage('Hi, this is Kira Jones, please call me back at 607-555-1212.', kira);
    expect(a.has).toEqual({ name: true, phone: true, email: false, nextStep: false });
    expect(a.pitfalls[0]).toMatchObject({
      id: 'incomplete_message',
      evidence: {
        quote: '',
        missing: 'the message leaves out your email address, when you will try again',
      },
    });
  });

  it('reads a spoken email address', () => {
    expect(analyzeMessage('Reach me at kira dot jones at cornell dot edu.', kira).has.email).toBe(
      true,
    );
  });

  it('counts a question about when to call back as the next step only with an assistant', () => {
    const text =
      'This is Kira Jones, 607 555 1212, kj247@cornell.edu. When would be a good time to reach her?';
    expect(analyzeMessage(text, { ...kira, withAssistant: true }).has.nextStep).toBe(true);
    expect(analyzeMessage(text, kira).has.nextStep).toBe(false);
  });
});
