import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileAll,
  findAll,
  findFirst,
  matcherSteps,
  type Pattern,
} from '../../../src/domain/text/patterns.ts';
import { countWords, tokenize } from '../../../src/domain/text/words.ts';
import { splitClauses } from '../../../src/domain/text/clauses.ts';

/** The phrase matcher's steps one call takes: its work, counted rather than timed. */
function stepsOf(run: () => unknown): number {
  const before = matcherSteps();
  run();
  return matcherSteps() - before;
}

/**
 * The most steps a set of patterns can take from one starting word: a gap tries each length it
 * allows, so the cost grows with the pattern, never with the text.
 */
function worstStepsPerWord(patterns: readonly Pattern[]): number {
  let total = 0;
  for (const pattern of patterns) {
    let steps = 1; // the step that finds the pattern complete
    for (const step of [...pattern.steps].reverse())
      steps = 1 + (step.kind === 'gap' ? (step.max + 1) * steps : steps);
    total += steps;
  }
  return total;
}

describe('tokenizer', () => {
  it('keeps contractions and hyphenated words whole, with offsets', () => {
    const tokens = tokenize("I’m a day-to-day person, aren't I?");
    expect(tokens.map((t) => t.word)).toEqual(["i'm", 'a', 'day-to-day', 'person', "aren't", 'i']);
    expect(tokens[2]).toMatchObject({ start: 6, end: 16 });
  });

  it('counts words and ignores emoji and punctuation', () => {
    expect(countWords('Thanks!! 🙏🙏 See you Tuesday at 9:30.')).toBe(7);
    expect(countWords('')).toBe(0);
  });
});

describe('phrase patterns', () => {
  const patterns = compileAll(['are you .. hiring', 'job*', 'take|taking notes']);

  it('match whole words, alternatives, prefixes and short gaps', () => {
    expect(findFirst(patterns, 'So, are you currently hiring?')?.pattern).toBe('are you .. hiring');
    expect(findFirst(patterns, 'Any jobs?')?.pattern).toBe('job*');
    expect(findFirst(patterns, 'Taking notes now')?.pattern).toBe('take|taking notes');
    expect(findFirst(patterns, 'are you sure we are not hiring')).toBeNull();
  });

  it('report character offsets of the match', () => {
    const text = 'Well, are you hiring?';
    const match = findAll(patterns, tokenize(text))[0];
    expect(text.slice(match?.start, match?.end)).toBe('are you hiring');
  });

  it('take at most a fixed number of steps per word, whatever the text (counted, not timed)', () => {
    const gappy = compileAll(['... ... ... hiring', 'are .. you .. currently .. hiring']);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('are', 'you', 'currently', 'hiring', 'job', 'taking', 'so', '?'), {
          maxLength: 2_000,
          size: 'max',
        }),
        (words) => {
          const tokens = tokenize(words.join(' '));
          for (const set of [patterns, gappy]) {
            const steps = stepsOf(() => findAll(set, tokens));
            expect(steps).toBeLessThanOrEqual(tokens.length * worstStepsPerWord(set));
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('stay linear on a 100,000-character input: twice the text, twice the steps', () => {
    const half = tokenize('are you '.repeat(6_250));
    const whole = tokenize('are you '.repeat(12_500));
    const once = stepsOf(() => findAll(patterns, half));
    const twice = stepsOf(() => findAll(patterns, whole));
    expect(twice).toBeLessThanOrEqual(2 * once + worstStepsPerWord(patterns));
    expect(twice).toBeLessThanOrEqual(whole.length * worstStepsPerWord(patterns));
  });
});

describe('clauses', () => {
  it('split at sentence ends and at "but", and mark questions', () => {
    const clauses = splitClauses('I know this is informational, but are you hiring? Thanks.');
    expect(clauses.map((c) => [c.tokens.map((t) => t.word).join(' '), c.question])).toEqual([
      ['i know this is informational', true],
      ['but are you hiring', true],
      ['thanks', false],
    ]);
  });
});
