import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../src/domain/text/message.ts';
import { findPromises } from '../../../src/domain/text/next-step.ts';
import { analyzeRequest, splitRequestText } from '../../../src/domain/text/request.ts';
import { analyzeThankYou } from '../../../src/domain/text/thank-you.ts';
import { analyzeTurn } from '../../../src/domain/text/turn.ts';
import { splitClauses } from '../../../src/domain/text/clauses.ts';
import { compileAll, findAll, matcherSteps } from '../../../src/domain/text/patterns.ts';
import { tokenize } from '../../../src/domain/text/words.ts';
import { loadScenario } from '../../helpers.ts';
import { ANALYZER_WORDS } from './analyzer-words.ts';

const { scenario } = loadScenario('psych-email-referral');

/** Arbitrary text mixing words the analyzers look for with any Unicode, emoji and punctuation. */
const words = fc.constantFrom(...ANALYZER_WORDS);
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

/**
 * Linear time, checked by counting instead of timing: a clock fails on a busy machine, a count of
 * the phrase matcher's steps (`matcherSteps`) does not. `npm run bench` prints the times.
 *
 * A letter is a first line, a middle and seven closing lines. Written twice as long, its middle
 * comes twice and its first and closing lines once (the analyzers read a greeting in the first
 * line and a sign-off in the last seven). Work linear in the text then at most doubles, give or
 * take what the seam between the two middles adds: SLACK steps. STEPS_PER_CHARACTER bounds the
 * work outright: every pattern is tried at every word, about 560 tries a word for the turn
 * analyzer, and a word takes at least two characters.
 *
 * What this does not count: the tokenizer and the clause splitter, the analyzers' own loops over
 * tokens and clauses, and chrono-node reading dates. Only the matching work is guarded here.
 */
const SLACK = 5_000;
const STEPS_PER_CHARACTER = 400;

const lineOf = (parts: fc.Arbitrary<string>, maxLength: number) =>
  fc.array(parts, { minLength: 1, maxLength, size: 'max' }).map((w) => w.join(' '));
/** A first or closing line: never blank, so the closing lines stay the last seven. */
const frameLine = lineOf(
  words.filter((w) => w !== '\n'),
  8,
);
const middleLine = lineOf(
  fc.oneof(
    { weight: 9, arbitrary: words },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  ),
  30,
);
interface Letter {
  first: string;
  middle: string[];
  closing: string[];
}
const letter = (minLines: number, maxLines: number): fc.Arbitrary<Letter> =>
  fc.record({
    first: frameLine,
    middle: fc.array(middleLine, { minLength: minLines, maxLength: maxLines, size: 'max' }),
    closing: fc.array(frameLine, { minLength: 7, maxLength: 7 }),
  });
/** The letter with its middle lines taken again, in turn, until they hold `characters`. */
function lengthened(l: Letter, characters: number): Letter {
  const middle = [...l.middle];
  let length = middle.reduce((n, line) => n + line.length + 1, 0);
  for (let i = 0; length < characters; i += 1) {
    const line = l.middle[i % l.middle.length] as string;
    middle.push(line);
    length += line.length + 1;
  }
  return { ...l, middle };
}
const write = (l: Letter, middles: 1 | 2) =>
  [l.first, ...l.middle, ...(middles === 2 ? l.middle : []), ...l.closing].join('\n');

/** The phrase matcher's steps one call takes. */
function stepsOf(run: () => unknown): number {
  const before = matcherSteps();
  run();
  return matcherSteps() - before;
}

/** The steps `analyze` takes on a letter and on the letter twice as long. */
function doubling(analyze: (text: string) => unknown, l: Letter) {
  const once = write(l, 1);
  const twice = write(l, 2);
  return {
    once: stepsOf(() => analyze(once)),
    twice: stepsOf(() => analyze(twice)),
    characters: twice.length,
  };
}

function expectLinear(name: string, work: ReturnType<typeof doubling>) {
  expect(work.twice, name).toBeLessThanOrEqual(2 * work.once + SLACK);
  expect(work.twice, name).toBeLessThanOrEqual(STEPS_PER_CHARACTER * work.characters);
}

const ANALYZERS: Record<string, (text: string) => unknown> = {
  turn: (text) => analyzeTurn(text, scenario),
  message: (text) => analyzeMessage(text, { withAssistant: true }),
  request: (text) => analyzeRequest(splitRequestText(text), { scenario }),
  thank_you: (text) =>
    analyzeThankYou(splitRequestText(text), {
      scenario,
      heard: [{ text: text.slice(0, 200), minute: 3 }],
    }),
  promises: (text) => findPromises(text),
};

// Counted, not timed: the timeout only ends a hang (Vitest's default of 5 s assumes a quiet machine).
describe('analyzers on arbitrary input', { timeout: 120_000 }, () => {
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

  it('do matching work linear in the text: a letter twice as long takes at most twice the steps', () => {
    fc.assert(
      fc.property(letter(40, 120), (l) => {
        for (const [name, analyze] of Object.entries(ANALYZERS))
          expectLinear(name, doubling(analyze, l));
      }),
      { numRuns: 8, endOnFailure: true },
    );
  });

  it('do matching work linear in the text on 100,000 characters', () => {
    fc.assert(
      fc.property(
        letter(300, 400).map((l) => lengthened(l, 50_000)),
        (l) => {
          for (const [name, analyze] of Object.entries(ANALYZERS)) {
            const work = doubling(analyze, l);
            expect(work.characters).toBeGreaterThanOrEqual(100_000);
            expectLinear(name, work);
          }
        },
      ),
      { numRuns: 1, endOnFailure: true },
    );
  });

  it('(the same check fails matching that grows faster than the text)', () => {
    // Matching the rest of the text from every clause: the kind of slip the check is there for.
    // Patterns that begin with a gap are tried at every word (the matcher cannot skip them by
    // their first word), so the work of this slip shows in the steps.
    const patterns = compileAll(['.. are you hiring', '.. i will call']);
    const quadratic = (text: string) => {
      for (const clause of splitClauses(text))
        findAll(patterns, tokenize(text.slice(clause.start)));
    };
    fc.assert(
      fc.property(
        letter(40, 120).map((l) => lengthened(l, 5_000)),
        (l) => {
          const work = doubling(quadratic, l);
          expect(work.twice).toBeGreaterThan(2 * work.once + SLACK);
        },
      ),
      { numRuns: 5, endOnFailure: true },
    );
  });

  // Words that name an object's own machinery: a table read as a plain object would hand back
  // a function for "constructor" ("I like the word constructor." once threw in the job reader).
  const MACHINERY = Object.getOwnPropertyNames(Object.prototype);
  it.each(MACHINERY)('read %j as a word like any other', (name) => {
    for (const word of [name, name.toLowerCase()]) {
      const texts = [
        `I like the word ${word}.`,
        `${word}`,
        `Could I ask about ${word} at your firm? I will call you Tuesday at ${word}.`,
        `Subject: ${word}\n\nDear Ms. ${word},\n\nI am a ${word} student. Could we talk for ${word} minutes on ${word}? My number is ${word} five five.\n\nThank you, ${word}`,
      ];
      for (const input of texts) {
        expect(() => {
          analyzeTurn(input, scenario);
          analyzeMessage(input, { studentName: word, withAssistant: true });
          analyzeRequest(splitRequestText(input), { scenario });
          analyzeThankYou(splitRequestText(input), {
            scenario,
            heard: [{ text: input, minute: 3 }],
          });
          findPromises(input);
        }, input).not.toThrow();
      }
    }
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
