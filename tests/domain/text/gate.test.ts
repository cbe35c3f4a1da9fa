import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../../src/domain/text/message.ts';
import '../../../src/domain/text/request.ts';
import '../../../src/domain/text/thank-you.ts';
import '../../../src/domain/text/turn.ts';
import { builtInPatterns, compile, findAll } from '../../../src/domain/text/patterns.ts';
import { readDoc } from '../../../src/domain/text/rule.ts';
import { ROOT } from '../../helpers.ts';

/**
 * The gate (patterns.ts): a phrase that needs a word the text lacks is not walked at all. Leaving
 * it out must never change what is found: with the gate or without it, every phrase of every
 * table finds the same matches, in the same order.
 */

const patterns = builtInPatterns();

/** The matches of every built-in phrase in a text, walked with its gate or without one. */
function matchesIn(text: string, gated: boolean) {
  const doc = readDoc(text);
  return findAll(patterns, doc.whole.tokens, text, gated ? doc.gate : null).map((m) => [
    m.index,
    m.first,
    m.last,
  ]);
}

function textsOf(dir: string): string[] {
  return readdirSync(join(ROOT, 'tests', dir))
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) =>
      (JSON.parse(readFileSync(join(ROOT, 'tests', dir, f), 'utf8')) as { text: string }[]).map(
        (item) => item.text,
      ),
    );
}

/** Every literal word of the built-in phrases, so random texts meet many phrases part of the way. */
const literals = [
  ...new Set(patterns.flatMap((p) => p.literals.map((l) => l.replace(/\*$/, '')))),
].sort();

describe('the gate', { timeout: 120_000 }, () => {
  it('leaves every match of the labelled corpora and question tables as it is', () => {
    for (const text of [...textsOf('corpus'), ...textsOf('questions')])
      expect(matchesIn(text, true), text).toEqual(matchesIn(text, false));
  });

  it('leaves every match of a text of the phrases own words as it is', () => {
    const word = fc.constantFrom(...literals);
    const gap = fc.constantFrom(' ', ' ', ', ', '. ', '? ', "'s ", '\n');
    const text = fc
      .array(fc.tuple(word, gap), { minLength: 1, maxLength: 40 })
      .map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(matchesIn(t, true)).toEqual(matchesIn(t, false));
      }),
      { numRuns: 300 },
    );
  });

  it('needs one word of each alternative and the words every alternative has', () => {
    const needs = compile('(looking to|hoping to) fill [a] (role|position)').needs.map((n) =>
      [...n].sort(),
    );
    expect(needs).toEqual([['hoping', 'looking'], ['to'], ['fill'], ['position', 'role']]);
    // an alternative that can be left out, or one with a part that needs no word, needs nothing
    expect(compile('(to|) fill').needs.map((n) => [...n])).toEqual([['fill']]);
    expect(compile('(#number|hiring) fair').needs.map((n) => [...n])).toEqual([['fair']]);
  });
});
