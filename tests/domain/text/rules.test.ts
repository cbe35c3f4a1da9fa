import { describe, expect, it } from 'vitest';
import '../../../src/domain/text/index.ts';
import '../../../src/domain/text/thank-you.ts';
import { firstHit, readDoc, ruleTables } from '../../../src/domain/text/rule.ts';
import { impossibleLiterals } from '../../../src/domain/text/patterns.ts';

/**
 * Every rule of every analyzer's table, run on its own examples: each "match" example must fire
 * the rule, each "noMatch" example must not. Adding a rule or an example adds its test here.
 */
const tables = [...ruleTables()];

describe('the rule tables', () => {
  it('are all registered and every rule has examples of both kinds', () => {
    expect(tables.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'job-request',
        'turn',
        'request',
        'message',
        'thank-you',
        'topics',
        'request-parts',
      ]),
    );
    for (const [, rules] of tables) {
      const names = new Set<string>();
      for (const rule of rules) {
        expect(names.has(rule.name), `${rule.name} is named twice`).toBe(false);
        names.add(rule.name);
        expect(rule.examples.match.length, `${rule.name} has no match example`).toBeGreaterThan(0);
        expect(rule.examples.noMatch.length, `${rule.name} has no noMatch example`).toBeGreaterThan(
          0,
        );
        for (const p of [
          ...rule.patterns,
          ...rule.exceptions,
          ...rule.nearExceptions,
          ...rule.requirements.flat(),
        ])
          expect(impossibleLiterals(p), `${rule.name}: "${p.source}"`).toEqual([]);
      }
    }
  });
});

describe.each(tables)('%s rules', (_table, rules) => {
  const cases = rules.flatMap((rule) => [
    ...rule.examples.match.map((text) => [rule.name, 'fires on', text, true] as const),
    ...rule.examples.noMatch.map((text) => [rule.name, 'does not fire on', text, false] as const),
  ]);
  it.each(cases)('%s %s "%s"', (name, _verb, text, fires) => {
    const rule = rules.find((r) => r.name === name);
    expect(rule).toBeDefined();
    expect(firstHit(rule!, readDoc(text)) !== null).toBe(fires);
  });
});

describe('compiling', () => {
  it("compiles a scenario's words once: analyzing does not add phrases", async () => {
    const { analyzeRequest, splitRequestText } =
      await import('../../../src/domain/text/request.ts');
    const { analyzeTurn } = await import('../../../src/domain/text/turn.ts');
    const { builtInPatterns } = await import('../../../src/domain/text/patterns.ts');
    const { loadScenario } = await import('../../helpers.ts');
    const scenario = loadScenario('psych-email-referral').scenario;
    const text =
      "Subject: Queen's student\n\nDear Dr. Okonkwo,\n\nIan Moreau suggested I write. Are you hiring?\n\nBest,\nEmma";
    analyzeRequest(splitRequestText(text), { scenario });
    const before = builtInPatterns().length;
    for (let i = 0; i < 5; i += 1) {
      analyzeRequest(splitRequestText(text), { scenario });
      analyzeTurn('What does a typical week look like in your practice?', scenario);
    }
    expect(builtInPatterns().length).toBe(before);
  });
});
