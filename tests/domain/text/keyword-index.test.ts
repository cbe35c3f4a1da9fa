import { describe, expect, it } from 'vitest';
import { compileAll, findAll, matcherSteps } from '../../../src/domain/text/patterns.ts';
import { analyzeTurn } from '../../../src/domain/text/turn.ts';
import { tokenize } from '../../../src/domain/text/words.ts';
import { loadScenario } from '../../helpers.ts';

function stepsOf(run: () => unknown): number {
  const before = matcherSteps();
  run();
  return matcherSteps() - before;
}

describe('matching many patterns', () => {
  it('finds the same matches, in the same order, whichever pattern can start where', () => {
    const patterns = compileAll([
      'typical day',
      'day* ..  like',
      '.. hiring',
      'mike',
      'what|which .. day',
      'like',
    ]);
    const matches = findAll(patterns, tokenize("What does Mike's typical day look like? Hiring?"));
    // Tokens: what does mike's typical day look like hiring (0 to 7). At each word, the
    // patterns come in their order in the list.
    expect(matches.map((m) => [m.pattern, m.first, m.last])).toEqual([
      ['what|which .. day', 0, 4],
      ['mike', 2, 2],
      ['typical day', 3, 4],
      ['day* ..  like', 4, 6],
      ['.. hiring', 4, 7],
      ['.. hiring', 5, 7],
      ['.. hiring', 6, 7],
      ['like', 6, 6],
      ['.. hiring', 7, 7],
    ]);
  });

  it('does work per word that does not grow with the number of keywords that cannot start there', () => {
    const text = tokenize('What does a typical day look like for you at the agency? '.repeat(40));
    const few = compileAll(Array.from({ length: 100 }, (_, i) => `keyword${i} term`));
    const many = compileAll(Array.from({ length: 50_000 }, (_, i) => `keyword${i} term`));
    findAll(many, text); // the index is built once per list
    expect(stepsOf(() => findAll(many, text))).toBe(stepsOf(() => findAll(few, text)));
  });

  it('keeps a turn in a scenario with tens of thousands of keywords as cheap as in a plain one', () => {
    const entry = loadScenario('pr-phone-referral');
    const heavy = structuredClone(entry.scenario);
    const bank = heavy.questionBank[0];
    if (!bank) throw new Error('the scenario has a question bank');
    bank.keywords = Array.from({ length: 30_000 }, (_, i) => `keyword${i} term${i % 97}`);
    const question = 'What does a typical day look like for you at the agency?';
    analyzeTurn(question, heavy);
    const plain = stepsOf(() => analyzeTurn(question, entry.scenario));
    expect(stepsOf(() => analyzeTurn(question, heavy))).toBeLessThanOrEqual(plain + 50);
  });
});
