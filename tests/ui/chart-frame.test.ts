import { describe, expect, it } from 'vitest';
import { minuteAxis, round } from '../../src/ui/debrief/chart-frame.svelte.ts';

describe('the charts’ minutes axis', () => {
  it('ends on a round tick past the span, with a handful of ticks', () => {
    expect(minuteAxis(20)).toEqual({ step: 5, max: 20, ticks: [0, 5, 10, 15, 20] });
    expect(minuteAxis(23.4)).toMatchObject({ step: 5, max: 25 });
    expect(minuteAxis(3.2)).toMatchObject({ step: 1, max: 4 });
    expect(minuteAxis(107)).toMatchObject({ step: 20, max: 120 });
  });

  it('still draws an axis for no time at all', () => {
    expect(minuteAxis(0)).toEqual({ step: 1, max: 1, ticks: [0, 1] });
  });

  it('rounds to one decimal', () => {
    expect(round(12.345)).toBe(12.3);
  });
});
