/**
 * A small seeded pseudo-random generator (mulberry32). Its whole state is one 32-bit integer, so
 * it lives in the session's context and a replay repeats the same draws from the same seed.
 */

/** Normalises any integer seed to the generator's 32-bit state. */
export function seedState(seed: number): number {
  return seed >>> 0;
}

/** Draws a number in [0, 1) and returns it with the next state. */
export function nextRandom(state: number): [value: number, next: number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return [value, next];
}

/** Picks one item of a non-empty list and returns it with the next state. */
export function pick<T>(state: number, items: readonly T[]): [item: T, next: number] {
  if (items.length === 0) throw new RangeError('pick() needs at least one item');
  const [value, next] = nextRandom(state);
  return [items[Math.floor(value * items.length)] as T, next];
}
