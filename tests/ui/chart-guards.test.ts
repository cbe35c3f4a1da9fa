// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { violations } from './axe.ts';
import type { SavedAttempt } from '../../src/app/store.ts';
import type { ClockPoint } from '../../src/domain/scoring/report.ts';
import ClockChart from '../../src/ui/debrief/ClockChart.svelte';
import ShareChart from '../../src/ui/debrief/ShareChart.svelte';
import { minuteAxis, round } from '../../src/ui/debrief/chart-frame.svelte.ts';
import ScoreTrend from '../../src/ui/progress/ScoreTrend.svelte';

/** A number that is not finite never reaches a drawing: no NaN in an attribute, no endless axis. */
afterEach(() => cleanup());

const BAD = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

/** Every number-like attribute of the drawing, and the text, without a NaN or Infinity. */
function drawnNumbers(container: HTMLElement): string {
  const attributes = [...container.querySelectorAll('svg, svg *')].flatMap((element) =>
    [...element.attributes].map((a) => a.value),
  );
  return `${attributes.join(' ')} ${container.textContent ?? ''}`;
}

describe('the charts’ frame', () => {
  it('draws an axis that is not endless for a span that is not a number', () => {
    for (const span of [...BAD, 1e300]) {
      const axis = minuteAxis(span);
      expect(Number.isFinite(axis.max)).toBe(true);
      expect(axis.ticks.length).toBeLessThanOrEqual(501);
    }
    expect(BAD.map(round)).toEqual([0, 0, 0]);
  });
});

describe('a chart given numbers that are not finite', () => {
  const lines = (bad: number): ClockPoint[] => [
    { who: 'contact', minute: 0, words: 10 },
    { who: 'student', minute: bad, words: bad },
    { who: 'contact', minute: 2, words: 20 },
  ];

  it('still draws the clock and the share, with no NaN or Infinity in them', async () => {
    for (const bad of BAD) {
      const clock = render(ClockChart, {
        lines: lines(bad),
        minutesUsed: bad,
        minutesAgreed: 20,
        markers: [{ label: 'monologue', minute: bad, severity: 'major' }],
      });
      expect(drawnNumbers(clock.container)).not.toMatch(/NaN|Infinity/);
      const share = render(ShareChart, { lines: lines(bad), limit: 0.5 });
      expect(drawnNumbers(share.container)).not.toMatch(/NaN|Infinity/);
      expect(await violations(clock.container)).toEqual([]);
      cleanup();
    }
  });

  it('leaves a score that is not one out of the score trend', async () => {
    const attempt = (id: number, score: number) =>
      ({ id, score, passed: score >= 70, pitfalls: [] }) as unknown as SavedAttempt;
    const { container } = render(ScoreTrend, {
      title: 'Phoning a referral',
      attempts: [attempt(1, 40), attempt(2, Number.NaN), attempt(3, Infinity), attempt(4, 80)],
    });
    expect(drawnNumbers(container)).not.toMatch(/NaN|Infinity/);
    expect(
      screen.getByRole('img', {
        name: 'Scores over 2 attempts: 40, 80; the latest is 80, up 40 from the first.',
      }),
    ).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });
});
