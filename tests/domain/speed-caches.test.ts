import fc from 'fast-check';
import { assign, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/domain/limits/index.ts';
import { personaChart } from '../../src/domain/professional/persona.ts';
import { canonicalJson } from '../../src/domain/scenario/hash.ts';
import type { Scenario } from '../../src/domain/scenario/scenario.schema.ts';
import { compileAll, findAll } from '../../src/domain/text/patterns.ts';
import { tokenize } from '../../src/domain/text/words.ts';
import { loadScenario } from '../helpers.ts';

/**
 * What the engine keeps or works out faster gives what it gave before: the canonical JSON of any
 * value, the numbers in messages, a persona's remembered transitions when its scenario changes in
 * place, and and the matcher, however its tables were built.
 */

/** canonicalJson as it was first written (Object.entries, sort, map, join). */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
}

describe('canonical JSON', () => {
  it('is what it was for any value, undefined, holes and odd keys included', () => {
    const value = fc.letrec((tie) => ({
      any: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(null, undefined, true, false, 0, -0, 1.5, -7, 1e21, NaN, Infinity),
        fc.string(),
        fc.array(tie('any'), { maxLength: 4 }),
        fc.sparseArray(tie('any'), { maxLength: 4 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'B', '10', '2', 'é', '', '__x', 'z"'), tie('any'), {
          maxKeys: 5,
        }),
      ),
    })).any;
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 400 },
    );
    const scenario = loadScenario('pr-phone-referral').scenario;
    expect(canonicalJson(scenario)).toBe(reference(scenario));
  });
});

describe('a count in a message', () => {
  it('is written as toLocaleString("en-US") writes it', () => {
    for (const n of [0, -0, 7, 999, 1000, -1500, 20_000, 1_048_576, 2 ** 53 - 1, 2 ** 53, 1.5, NaN])
      expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double()), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a persona's remembered transitions", () => {
  const machine = setup({
    types: {
      context: {} as { open: string[] },
      input: {} as { open: string[] },
      events: {} as { type: 'knock'; door: string },
    },
    guards: { isOpen: ({ context, event }) => context.open.includes(event.door) },
  }).createMachine({
    context: ({ input }) => input,
    initial: 'out',
    states: {
      out: { on: { knock: { guard: 'isOpen', target: 'in', actions: assign({}) } } },
      in: {},
    },
  });
  it('follow a scenario changed in place, even deep inside its input', () => {
    const scenario = { open: ['front'] } as unknown as Scenario;
    const chart = personaChart(machine, (s) => ({
      open: (s as unknown as { open: string[] }).open,
    }));
    expect(chart.after(scenario, 'out', { type: 'knock', door: 'back' })).toBe('out');
    expect(chart.after(scenario, 'out', { type: 'knock', door: 'front' })).toBe('in');
    (scenario as unknown as { open: string[] }).open.push('back');
    expect(chart.after(scenario, 'out', { type: 'knock', door: 'back' })).toBe('in');
    (scenario as unknown as { open: string[] }).open.length = 0;
    expect(chart.after(scenario, 'out', { type: 'knock', door: 'front' })).toBe('out');
  });
});

describe('the matcher', () => {
  it('finds the same matches whatever order its tables were first used in', () => {
    const sources = [
      'are you hiring',
      'job*',
      'mike',
      '(give you a call|call you) .. #weekday',
      'internship|internships !(program)',
    ];
    const text =
      "Are you hiring? Mike's jobsite said I'd call you on Tuesday; internships program, internship.";
    const all = compileAll(sources);
    const found = findAll(all, tokenize(text), text);
    expect(found.map((m) => m.pattern)).toEqual([
      'are you hiring',
      'mike',
      'job*',
      '(give you a call|call you) .. #weekday',
      'internship|internships !(program)',
    ]);
    // each phrase alone, compiled afresh after the others: the same matches
    for (const [i, source] of sources.entries()) {
      const alone = findAll(compileAll([source]), tokenize(text), text).map((m) => ({
        ...m,
        index: i,
      }));
      expect(alone).toEqual(found.filter((m) => m.index === i));
    }
  });
});
