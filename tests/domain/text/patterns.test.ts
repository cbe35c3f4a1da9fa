import { describe, expect, it } from 'vitest';
import { compileAll, findAll, findFirst } from '../../../src/domain/text/patterns.ts';
import { countWords, tokenize } from '../../../src/domain/text/words.ts';
import { splitClauses } from '../../../src/domain/text/clauses.ts';

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

  it('stay linear on a 100,000-character input', () => {
    const text = `${'are you '.repeat(12_500)}`;
    const started = performance.now();
    findAll(patterns, tokenize(text));
    splitClauses(text);
    expect(performance.now() - started).toBeLessThan(1_000);
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
