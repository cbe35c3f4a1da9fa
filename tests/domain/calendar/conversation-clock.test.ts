import { describe, expect, it } from 'vitest';
import {
  TURN_GAP_MS,
  elaboration,
  speakingTimeMs,
  toMinutes,
  turnDurationMs,
} from '../../../src/domain/calendar/conversation-clock.ts';

describe('conversation clock', () => {
  it('costs 145 words a minute plus a 2-second gap per turn', () => {
    expect(turnDurationMs(145)).toBe(60_000 + TURN_GAP_MS);
    expect(turnDurationMs(0)).toBe(TURN_GAP_MS);
    expect(speakingTimeMs('one two three')).toBe(Math.round((3 * 60_000) / 145) + 2_000);
  });

  it('reports minutes to a tenth', () => {
    expect(toMinutes(20.54 * 60_000)).toBe(20.5);
  });

  it('lets a talkative contact elaborate for longer than a terse one', () => {
    expect(elaboration(0)).toBe(1);
    expect(elaboration(1)).toBe(5);
    expect(elaboration(0.5)).toBeGreaterThan(elaboration(0.2));
  });
});
