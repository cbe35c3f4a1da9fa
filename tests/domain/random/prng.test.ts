import { describe, expect, it } from 'vitest';
import { nextRandom, pick, seedState } from '../../../src/domain/random/prng.ts';

describe('seeded generator', () => {
  it('repeats the same draws from the same seed', () => {
    const draw = (seed: number) => {
      let state = seedState(seed);
      const values: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const [value, next] = nextRandom(state);
        values.push(value);
        state = next;
      }
      return values;
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws numbers in [0, 1)', () => {
    let state = seedState(7);
    for (let i = 0; i < 10_000; i += 1) {
      const [value, next] = nextRandom(state);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      state = next;
    }
  });

  it('picks every item of a list over many draws', () => {
    let state = seedState(1);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const [item, next] = pick(state, ['a', 'b', 'c']);
      seen.add(item);
      state = next;
    }
    expect([...seen].sort()).toEqual(['a', 'b', 'c']);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => pick(seedState(1), [])).toThrow(RangeError);
  });
});
