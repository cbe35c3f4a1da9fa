import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../../src/domain/limits/index.ts';
import { prettyJsonBytes } from '../../../src/domain/limits/json-bytes.ts';

/** What the count stands for: the pretty JSON written out, measured. */
function written(value: object): { bytes: number; breaks: number } {
  const json = JSON.stringify(value, null, 2);
  return { bytes: utf8Length(json), breaks: json.split('\n').length - 1 };
}

describe('prettyJsonBytes', () => {
  it('counts what JSON.stringify writes, escapes and all', () => {
    const value = {
      type: 'say',
      text: 'Quote " backslash \\ tab \t line\nbell \u0007 é 中 🙂 lone \ud800 end',
      nested: { empty: {}, list: [], items: [1, -0, 2.5e-7, true, false, null, 'x'] },
      left: undefined,
      at: { day: 1, weekday: 'Mon', time: '09:30' },
      index: 3,
    };
    expect(prettyJsonBytes(value)).toEqual(written(value));
    expect(prettyJsonBytes([undefined, () => 1, Number.NaN])).toEqual(
      written([undefined, () => 1, Number.NaN]),
    );
  });

  it('measures a value that is not plain data by writing it', () => {
    const value = { when: new Date(0), map: new Map([[1, 2]]) };
    expect(prettyJsonBytes(value)).toEqual(written(value));
  });

  it('agrees with JSON.stringify on arbitrary JSON values', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue({ maxDepth: 4 })),
        (value) => {
          expect(prettyJsonBytes(value)).toEqual(written(value));
        },
      ),
      { numRuns: 500 },
    );
  });
});
