export { seedState, nextRandom, pick } from './prng.ts';
