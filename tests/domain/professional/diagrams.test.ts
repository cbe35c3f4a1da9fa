import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers.ts';
import { personaDiagrams, withDiagrams } from '../../persona-diagrams.ts';

describe('docs/personas.md', () => {
  const doc = readFileSync(join(ROOT, 'docs/personas.md'), 'utf8');

  it('draws each persona chart as the machine defines it (npm run diagrams rewrites it)', () => {
    expect(withDiagrams(doc, personaDiagrams())).toBe(doc);
  });

  it("shows every one of the contact's phone states and the events between them", () => {
    const chart = personaDiagrams().contact as string;
    for (const state of ['away', 'introduction', 'clarifying', 'declined', 'offered', 'scheduled'])
      expect(chart).toContain(state);
    expect(chart).toContain('phone --> conversation : offer.accepted (from offered)');
  });

  it('refuses a doc without the block a chart belongs in', () => {
    expect(() => withDiagrams('# nothing here', personaDiagrams())).toThrow(/no block/);
  });
});
