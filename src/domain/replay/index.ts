export { replayLog, type Replayed } from './replay.ts';
