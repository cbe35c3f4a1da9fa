import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/domain/text/clauses.ts';
import { readingOnce } from '../../../src/domain/text/once.ts';
import { readDoc } from '../../../src/domain/text/rule.ts';
import { analyzeTurn, findJobMentions } from '../../../src/domain/text/turn.ts';
import { analyzeThankYou } from '../../../src/domain/text/thank-you.ts';
import { findPromises } from '../../../src/domain/text/next-step.ts';

const turn =
  'What does a normal week look like for you? If your team is hiring, I would love a spot.';

describe('reading a text once while a log is scored', () => {
  it('reads a text afresh each time outside a scoring', () => {
    expect(splitClauses(turn)).not.toBe(splitClauses(turn));
    expect(analyzeTurn(turn)).not.toBe(analyzeTurn(turn));
    expect(analyzeTurn(turn)).toEqual(analyzeTurn(turn));
  });

  it('gives back the same reading of the same text inside one, and the same values as outside', () => {
    const outside = {
      turn: analyzeTurn(turn),
      jobs: findJobMentions(turn),
      promises: findPromises('I will call you on Friday at 10.', { weekday: 'Tue' }),
    };
    readingOnce(() => {
      const clauses = splitClauses(turn);
      expect(splitClauses(turn)).toBe(clauses);
      expect(readDoc(turn)).toBe(readDoc(turn, clauses));
      expect(findJobMentions(turn)).toBe(findJobMentions(turn, clauses, readDoc(turn)));
      expect(findJobMentions(turn)).toEqual(outside.jobs);
      expect(analyzeTurn(turn)).toBe(analyzeTurn(turn));
      expect(analyzeTurn(turn)).toEqual(outside.turn);
      const promise = findPromises('I will call you on Friday at 10.', { weekday: 'Tue' });
      expect(promise).toEqual(outside.promises);
      expect(findPromises('I will call you on Friday at 10.', { weekday: 'Tue' })).toBe(promise);
    });
    // nothing is kept once it returns
    expect(analyzeTurn(turn)).not.toBe(analyzeTurn(turn));
  });

  it('tells apart what the reading depends on besides the text', () => {
    readingOnce(() => {
      const text = 'I will call you on Friday at 10.';
      const tuesday = findPromises(text, { weekday: 'Tue' });
      const thursday = findPromises(text, { weekday: 'Thu' });
      expect(thursday).not.toBe(tuesday);
      expect(thursday).toEqual(findPromises(text, { weekday: 'Thu' }));
      // a part of a text's clauses is not the text's own reading
      const clauses = splitClauses(turn);
      const first = findJobMentions(turn, clauses.slice(0, 1), readDoc(turn, clauses.slice(0, 1)));
      expect(first.requests).toHaveLength(0);
      expect(findJobMentions(turn).requests).toHaveLength(1);
      const note = { subject: 'Thank you', body: 'Thank you for telling me about audit season.' };
      const heard = [{ text: 'Audit season runs from January to April.' }];
      const withHeard = analyzeThankYou(note, { heard });
      expect(analyzeThankYou(note, { heard })).toBe(withHeard);
      expect(analyzeThankYou(note)).not.toBe(withHeard);
    });
  });

  it('forgets what it read when the scoring throws', () => {
    expect(() =>
      readingOnce(() => {
        analyzeTurn(turn);
        throw new Error('a broken log');
      }),
    ).toThrow('a broken log');
    expect(analyzeTurn(turn)).not.toBe(analyzeTurn(turn));
  });
});
