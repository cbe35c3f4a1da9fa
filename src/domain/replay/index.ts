export {
  foldLog,
  foldedActions,
  replayLog,
  type Folded,
  type Replayed,
  type ReplayOptions,
} from './replay.ts';
