import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { mermaidOf } from '../../../src/domain/professional/diagram.ts';
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

describe('mermaidOf', () => {
  const machine = createMachine({
    id: 'm',
    initial: 'a',
    states: {
      a: { always: { target: 'b' } },
      b: {
        type: 'parallel',
        on: { stop: 'c.quiet' },
        states: {
          left: {
            initial: 'x',
            on: { reset: '.x' },
            states: { x: { on: { go: 'y' } }, y: {} },
          },
          right: { initial: 'p', states: { p: {} } },
        },
      },
      c: { initial: 'loud', states: { loud: {}, quiet: {} } },
    },
  });
  const chart = mermaidOf(machine);

  it('draws eventless transitions as "always"', () => {
    expect(chart).toContain('a --> b : always');
  });

  it('draws a transition declared on a region of a parallel state, from the parallel state', () => {
    expect(chart).toContain('b --> b : reset (from left) (to x)');
  });

  it('names the inner state an arrow into a composite enters, and draws states only entered so', () => {
    expect(chart).toContain('b --> c : stop (to quiet)');
    expect(chart).toMatch(/^ {4}quiet$/m);
  });
});
