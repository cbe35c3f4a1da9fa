import { describe, expect, it } from 'vitest';
import { letterForm } from '../../../src/domain/text/letter-form.ts';
import { readDoc } from '../../../src/domain/text/rule.ts';
import { readSubject } from '../../../src/domain/text/subject.ts';
import { findTimeAsk } from '../../../src/domain/text/time-ask.ts';

/** Fixtures of the structural detectors that are not phrase rules. */

describe('the time ask (time-ask.ts)', () => {
  const quote = (text: string) => {
    const found = findTimeAsk(readDoc(text));
    return found ? text.slice(found.start, found.end) : null;
  };
  it.each([
    ['Could I have 20 minutes of your time?', '20 minutes'],
    ['Would 15 or 20 minutes work?', '15 or 20 minutes'],
    ['Do you have 20-30 minutes next week?', '20-30 minutes'],
    ['I would value twenty minutes of your advice.', 'twenty minutes'],
    ['Could we do a 15-minute call?', '15-minute'],
    ['Do you have a quick 15 this week?', 'quick 15'],
    ['Would half an hour be possible?', 'half an hour'],
  ])('"%s" asks for %s', (text, expected) => expect(quote(text)).toBe(expected));
  it.each([
    'Could we meet for a brief time?',
    'Could I have a short meeting with you?',
    'I will be free in a few weeks.',
    'Could we talk for 90 minutes?',
  ])('"%s" names no short length', (text) => expect(quote(text)).toBeNull());
});

describe('subjects (subject.ts): specific by what they name', () => {
  it.each([
    'Psychology student seeking advice on assessment careers',
    "Queen's psychology student - assessment question",
    'Request for 20 minutes – career in pharmaceutical regulatory affairs',
    'Referred by Priya Shah',
    'Columbia MPH student',
    'Your panel on small-town housing',
    'UX research question',
  ])('"%s" is specific', (subject) => expect(readSubject(subject).specific).toBe(true));
  it.each([
    'URGENT!!! Please read',
    'quick q',
    'Seeking your kind guidance',
    'Kind attention please',
    'Informational interview request',
    'Coffee?',
    'Hi Ms. Chen',
    'Meeting request',
    '',
  ])('"%s" names nothing', (subject) => expect(readSubject(subject).specific).toBe(false));
});

describe('the letter form (letter-form.ts)', () => {
  const form = (body: string) => letterForm(body, 'body', true);
  it.each([
    ['Respected Sir,\n\nI am writing…\n\nThanking you,\nRavi Teja Konda'],
    ['To whom it may concern,\n\nMy name is…\n\nRegards,\nHamid Rezaei'],
    [
      'Dear Ms. Novak,\n\nThank you…\n\nThank you for your time and consideration,\nNguyen Van Long',
    ],
  ])('%j has a formal greeting and a sign-off above the name', (body) => {
    const f = form(body);
    expect(f.formalGreeting).not.toBeNull();
    expect(f.formalSignoff).not.toBeNull();
    expect(f.informal).toBeNull();
  });
  it('reads "Thanks," above a name as a sign-off (edge rule)', () => {
    expect(form('Hi Jenna,\n\nI would love…\n\nThanks,\nOwen').formalSignoff?.quote).toBe(
      'Thanks,',
    );
  });
  it('says what is missing: the sign-off, or the name under it', () => {
    expect(
      form('Dear Mr. Haugen,\n\nI will try your office Tuesday.\n\n- Noah').informal,
    ).toMatchObject({
      missing: expect.stringContaining('sign-off'),
    });
    expect(
      form('Dear Mr. Haugen,\n\nI will try your office Tuesday.\n\nSincerely,').informal,
    ).toMatchObject({
      missing: expect.stringContaining('your name'),
    });
  });
  it('reads "hey" and text-speak as informal, "U.S." as an initialism', () => {
    expect(form('hey Dana,\n\nquick q\n\nJordan').informal?.quote).toBe('hey');
    expect(form('Dear Ms. Li,\n\ncould u help?\n\nBest,\nJo').informal?.quote).toBe('u');
    expect(
      form('Dear Ms. Li,\n\nI studied in the U.S. for a year.\n\nBest,\nJo').informal,
    ).toBeNull();
  });
});
