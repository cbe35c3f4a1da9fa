import { countWords } from '../text/words.ts';

/** Speaking rate of the conversation clock (docs/formats.md): about 145 words a minute. */
export const WORDS_PER_MINUTE = 145;
/** The pause between two turns. */
export const TURN_GAP_MS = 2_000;

/** How long a turn of `words` words takes, gap included, in whole milliseconds. */
export function turnDurationMs(words: number): number {
  return Math.round((words * 60_000) / WORDS_PER_MINUTE) + TURN_GAP_MS;
}

/** How long saying `text` takes. */
export function speakingTimeMs(text: string): number {
  return turnDurationMs(countWords(text));
}

/** Milliseconds as conversation minutes, rounded to a tenth for reports. */
export function toMinutes(ms: number): number {
  return Math.round(ms / 6_000) / 10;
}

/**
 * A scripted answer is the gist of what the contact says: a talkative contact elaborates around
 * it. Speaking an answer from the question bank takes its words times this factor, from 1 (terse:
 * says exactly the script) to 5 (talks at length), so talkativeness eats the clock.
 */
export function elaboration(talkativeness: number): number {
  return 1 + 4 * Math.max(0, Math.min(1, talkativeness));
}
