import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../src/domain/text/message.ts';
import { findPromises } from '../../../src/domain/text/next-step.ts';
import { analyzeRequest, splitRequestText } from '../../../src/domain/text/request.ts';
import { analyzeThankYou } from '../../../src/domain/text/thank-you.ts';
import { analyzeTurn } from '../../../src/domain/text/turn.ts';
import { loadScenario } from '../../helpers.ts';

const { scenario } = loadScenario('psych-email-referral');

/** Arbitrary text mixing words the analyzers look for with any Unicode, emoji and punctuation. */
const words = fc.constantFrom(
  'Subject:',
  'Dear',
  'hey',
  'I',
  'will',
  'call',
  'you',
  'Tuesday',
  'at',
  '9:30',
  'not',
  'a',
  'job',
  'hiring',
  'learned',
  'took',
  'your',
  'advice',
  'wrote',
  'Jen',
  'Park',
  'Sincerely,',
  '20-30',
  'minutes',
  'Ian',
  'Moreau',
  "Queen's",
  'Mr.',
  'a.m.',
  '(607)',
  '555-1212',
  'dot',
  '@',
  '?',
  '.',
  '\n',
  '🙂',
  'u',
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc
    .array(fc.oneof(words, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 200 })
    .map((w) => w.join(' ')),
);

function checkEvidence(e: { quote: string; start?: number; end?: number }, source: string) {
  if ('start' in e && e.start !== undefined && e.end !== undefined) {
    expect(source.slice(e.start, e.end)).toBe(e.quote);
  }
}

describe('analyzers on arbitrary input', () => {
  it('never throw, and every quoted span is the text at its offsets', () => {
    fc.assert(
      fc.property(text, (input) => {
        const turn = analyzeTurn(input, scenario);
        for (const f of [...turn.pitfalls, ...turn.credits])
          checkEvidence(f.evidence as never, input);
        const message = analyzeMessage(input, { studentName: 'Emma Nguyen' });
        for (const f of [...message.pitfalls, ...message.credits])
          checkEvidence(f.evidence as never, input);
        const parts = splitRequestText(input);
        const request = analyzeRequest(parts, { scenario });
        for (const f of [...request.pitfalls, ...request.credits]) {
          const e = f.evidence as { field?: string; quote: string; start?: number; end?: number };
          checkEvidence(e, e.field === 'subject' ? (parts.subject ?? '') : parts.body);
        }
        const thanks = analyzeThankYou(parts, {
          scenario,
          heard: [{ text: input.slice(0, 200), minute: 3 }],
        });
        for (const f of [...thanks.pitfalls, ...thanks.credits]) {
          const e = f.evidence as { field?: string; quote: string; start?: number; end?: number };
          checkEvidence(e, e.field === 'subject' ? (parts.subject ?? '') : parts.body);
        }
        findPromises(input);
      }),
      { numRuns: 300 },
    );
  });

  it('stay fast on 100,000 characters of arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(words, { minLength: 20_000, maxLength: 20_000 }), (w) => {
        const input = w.join(' ').slice(0, 100_000);
        const started = performance.now();
        analyzeTurn(input, scenario);
        analyzeMessage(input);
        analyzeRequest(splitRequestText(input), { scenario });
        analyzeThankYou(splitRequestText(input), { scenario, heard: [{ text: input }] });
        expect(performance.now() - started).toBeLessThan(5_000);
      }),
      { numRuns: 3 },
    );
  });

  it('are deterministic', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(analyzeRequest(splitRequestText(input), { scenario })).toEqual(
          analyzeRequest(splitRequestText(input), { scenario }),
        );
      }),
      { numRuns: 100 },
    );
  });
});
