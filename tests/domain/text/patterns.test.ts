import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtInPatterns,
  compile,
  compileAll,
  compileKeyword,
  impossibleLiterals,
  PatternError,
  findAll,
  findFirst,
  matcherSteps,
  stepsPerStart,
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
 * The most steps a set of patterns can take from one starting word: each step of a pattern at most
 * once per offset, so the cost grows with the pattern, never with the text.
 */
function worstStepsPerWord(patterns: readonly Pattern[]): number {
  return patterns.reduce((sum, p) => sum + stepsPerStart(p), 0);
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

describe('the phrase language', () => {
  const first = (source: string, text: string) => {
    const match = findFirst([compile(source)], text);
    return match ? text.slice(match.start, match.end) : null;
  };

  it('accepts phrases of several words as alternatives', () => {
    const source = "i'll (give you a call|call you) #weekday";
    expect(first(source, "I'll give you a call Friday.")).toBe("I'll give you a call Friday");
    expect(first(source, "I'll call you Monday.")).toBe("I'll call you Monday");
    expect(first(source, "I'll give you Friday.")).toBeNull();
  });

  it('walks, among many alternatives, only those that can take the word at hand, in order', () => {
    const source =
      'x (your man|your guy|give me a try|give me a shot|take me on|first in line|#self|hire*) now';
    const pattern = compile(source);
    expect(first(source, 'X give me a shot now')).toBe('X give me a shot now');
    expect(first(source, 'x your guy now')).toBe('x your guy now');
    // alternatives that begin with a class or a prefix are tried at any word
    expect(first(source, 'x me now')).toBe('x me now');
    expect(first(source, 'x hired now')).toBe('x hired now');
    // a possessive is its noun, as everywhere
    expect(first('x (your man|your guy|mike|take me on|first in line) now', "x Mike's now")).toBe(
      "x Mike's now",
    );
    // after "x", a word no literal alternative begins with costs the split and the two
    // alternatives that may begin anywhere, not one step per alternative
    const tokens = tokenize('x banana now');
    expect(stepsOf(() => findAll([pattern], tokens))).toBeLessThanOrEqual(5);
  });

  it('takes optional parts when present and matches without them', () => {
    expect(first('send [me] any jobs', 'send me any jobs my way')).toBe('send me any jobs');
    expect(first('send [me] any jobs', 'send any jobs my way')).toBe('send any jobs');
    expect(first('(a|the)? thing', 'the thing')).toBeNull(); // "?" is punctuation, not an operator
  });

  it('asserts what the next word is not, without taking it', () => {
    const source = 'are you hiring !(managers|process)';
    expect(first(source, 'Are you hiring?')).toBe('Are you hiring');
    expect(first(source, 'are you hiring right now')).toBe('are you hiring');
    expect(first(source, 'Are you hiring managers here?')).toBeNull();
  });

  it('reads the word classes', () => {
    expect(first('at #time', 'call at 9:30 a.m. sharp')).toBe('at 9:30 a.m');
    expect(first('at #time', "around 10 o'clock, at 3pm")).toBe('at 3pm');
    expect(first('#email', 'write to jo.doe@uni.edu today')).toBe('jo.doe@uni.edu');
    expect(first('#email', "it's jo doe at gmail dot com")).toBe('jo doe at gmail dot com');
    expect(first('#weekday #daypart', 'on Thurs morning')).toBe('Thurs morning');
    expect(first('#number minutes', 'twenty five minutes or 15 minutes')).toBe(
      'twenty five minutes',
    );
    expect(first('#self #negation', "I don't know")).toBe("I don't");
    expect(first('#self #negation', 'I do know')).toBeNull();
    expect(first('#negation hiring', 'we are not hiring')).toBe('not hiring');
  });

  it('refuses a phrase it cannot read, saying why', () => {
    expect(() => compile('(call you')).toThrow(PatternError);
    expect(() => compile('call you)')).toThrow(/unopened/);
    expect(() => compile('[maybe]')).toThrow(/no word/);
    expect(() => compile('#weekdays')).toThrow(/unknown word class/);
    expect(() => compile('wow !')).toThrow(/negates nothing/);
  });

  it('reads a scenario keyword the way the tokenizer reads text', () => {
    const keyword = compileKeyword("What's it like? (day-to-day)");
    expect(findFirst([keyword], "so what's it like day-to-day there")).not.toBeNull();
    expect(findFirst([compileKeyword('9 a.m.')], 'at 9 a.m. sharp')).not.toBeNull();
    expect(findFirst([compileKeyword('o’clock')], "at ten o'clock")).not.toBeNull();
  });

  it('names every literal the tokenizer can never produce', () => {
    expect(impossibleLiterals(compile('at .. am|a.m|o’clock|work/life|ph'))).toEqual([
      'a.m',
      'o’clock',
      'work/life',
    ]);
  });

  it('stays within a fixed number of steps per word for nested groups and gaps', () => {
    const nested = compile('(a|a a|[a] a) ... (a|[a]) ... (a a|a) ... b');
    const tokens = tokenize(Array.from({ length: 3_000 }, () => 'a').join(' '));
    const steps = stepsOf(() => findAll([nested], tokens));
    expect(steps).toBeLessThanOrEqual(tokens.length * stepsPerStart(nested));
  });
});

describe("the product's own phrases", () => {
  it('hold no literal the tokenizer can never produce', async () => {
    await import('../../../src/domain/text/index.ts');
    await import('../../../src/domain/session/steps.ts');
    const impossible = builtInPatterns().flatMap((p) =>
      impossibleLiterals(p).map((literal) => `${literal} in "${p.source}"`),
    );
    expect(builtInPatterns().length).toBeGreaterThan(500);
    expect(impossible).toEqual([]);
  });
});
