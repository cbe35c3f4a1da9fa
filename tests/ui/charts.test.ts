// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { violations } from './axe.ts';
import type { ClockPoint } from '../../src/domain/scoring/report.ts';
import ClockChart from '../../src/ui/debrief/ClockChart.svelte';
import ShareChart from '../../src/ui/debrief/ShareChart.svelte';

afterEach(() => cleanup());

/** Four lines: the contact opens, the student answers at length, and so on. */
const lines: ClockPoint[] = [
  { who: 'contact', minute: 0, words: 10 },
  { who: 'student', minute: 0.5, words: 30 },
  { who: 'contact', minute: 2, words: 20 },
  { who: 'student', minute: 3, words: 40 },
];

const markers = [
  { label: 'overran clock', minute: 20, severity: 'critical' as const },
  { label: 'monologue', minute: 3, severity: 'major' as const },
];

const attr = (element: Element | null, name: string) => Number(element?.getAttribute(name));

function bodyRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent?.trim() ?? ''),
    );
}

describe('ClockChart', () => {
  const props = { lines, minutesUsed: 23.5, minutesAgreed: 20, markers };

  it('states the minutes used against the agreed length and the pitfalls marked', () => {
    render(ClockChart, props);
    const sentence = 'You used 23.5 of the 20 agreed minutes, 3.5 over; 2 pitfalls are marked.';
    expect(screen.getByText(sentence)).toBeTruthy();
    expect(screen.getByRole('img', { name: sentence })).toBeTruthy();
  });

  it('says so when the conversation stayed within the agreed length', () => {
    render(ClockChart, { lines, minutesUsed: 12, minutesAgreed: 20, markers: [] });
    expect(
      screen.getByRole('img', {
        name: 'You used 12 of the 20 agreed minutes; no pitfalls are marked.',
      }),
    ).toBeTruthy();
  });

  it('draws the agreed-length line at its minute on the time axis', () => {
    const { container } = render(ClockChart, props);
    const agreed = container.querySelector('line.agreed');
    const zero = container.querySelector('line[data-tick="0"]');
    const end = container.querySelector('line[data-tick="25"]');
    expect(container.querySelector('line[data-tick="30"]')).toBeNull();
    expect(attr(agreed, 'x1')).toBe(attr(container.querySelector('line[data-tick="20"]'), 'x1'));
    expect(
      (attr(agreed, 'x1') - attr(zero, 'x1')) / (attr(end, 'x1') - attr(zero, 'x1')),
    ).toBeCloseTo(20 / 25);
    expect(screen.getByText('agreed 20 min')).toBeTruthy();
  });

  it('shades the stretch past the agreed length', () => {
    const { container } = render(ClockChart, props);
    const shade = container.querySelector('rect.overrun');
    const agreed = container.querySelector('line.agreed');
    const end = container.querySelector('line[data-tick="25"]');
    expect(attr(shade, 'x')).toBe(attr(agreed, 'x1'));
    expect(attr(shade, 'x') + attr(shade, 'width')).toBeCloseTo(attr(end, 'x1'));
  });

  it('lists each line in the data table with when it started and ended', () => {
    render(ClockChart, props);
    const table = screen.getByRole('table', { name: /Each line of the conversation/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Who', 'From minute', 'To minute', 'Words']);
    expect(bodyRows(table)).toEqual([
      ['Contact', '0.0', '0.5', '10'],
      ['You', '0.5', '2.0', '30'],
      ['Contact', '2.0', '3.0', '20'],
      ['You', '3.0', '23.5', '40'],
    ]);
  });

  it('draws one band per line in the row of whoever spoke', () => {
    const { container } = render(ClockChart, props);
    expect(container.querySelectorAll('rect.band.student')).toHaveLength(2);
    expect(container.querySelectorAll('rect.band.contact')).toHaveLength(2);
  });

  it('numbers the pitfalls from left to right and lists them with their labels', () => {
    const { container } = render(ClockChart, props);
    const legend = screen.getByRole('list', { name: 'Pitfalls marked on the clock' });
    const items = within(legend).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '1 monologue minute 3.0 major',
      '2 overran clock minute 20.0 critical',
    ]);
    const drawn = [...container.querySelectorAll('svg .marker')];
    expect(drawn.map((g) => g.textContent?.trim())).toEqual(['1', '2']);
    expect(attr(drawn[1]!.querySelector('circle'), 'cx')).toBe(
      attr(container.querySelector('line.agreed'), 'x1'),
    );
  });

  it('shows a sentence and no chart when there was no conversation', () => {
    const { container } = render(ClockChart, { ...props, lines: [] });
    expect(
      screen.getByText('No conversation took place, so there is no clock to show.'),
    ).toBeTruthy();
    expect(container.querySelector('svg')).toBeNull();
    expect(container.querySelector('table')).toBeNull();
  });

  it('is accessible', async () => {
    const { container } = render(ClockChart, props);
    expect(await violations(container)).toEqual([]);
  });

  it('is accessible when empty', async () => {
    const { container } = render(ClockChart, { ...props, lines: [] });
    expect(await violations(container)).toEqual([]);
  });
});

describe('ShareChart', () => {
  it('states the final share against the limit', () => {
    render(ShareChart, { lines, limit: 0.4 });
    const sentence = 'Your final share of the words was 70%, above the 40% limit.';
    expect(screen.getByText(sentence)).toBeTruthy();
    expect(screen.getByRole('img', { name: sentence })).toBeTruthy();
  });

  it('says so when the share stays within the limit', () => {
    render(ShareChart, { lines: lines.slice(0, 3), limit: 0.6 });
    expect(
      screen.getByRole('img', {
        name: 'Your final share of the words was 50%, within the 60% limit.',
      }),
    ).toBeTruthy();
  });

  it('draws the dashed limit line at its share of the height', () => {
    const { container } = render(ShareChart, { lines, limit: 0.4 });
    const limit = container.querySelector('line.limit');
    const bottom = attr(container.querySelector('line[data-percent="0"]'), 'y1');
    const top = attr(container.querySelector('line[data-percent="100"]'), 'y1');
    expect((bottom - attr(limit, 'y1')) / (bottom - top)).toBeCloseTo(0.4);
    expect(screen.getByText('limit 40%')).toBeTruthy();
  });

  it('lists the running share after each line in the data table', () => {
    render(ShareChart, { lines, limit: 0.4 });
    const table = screen.getByRole('table', { name: /Your share of all the words so far/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Minute', 'Who', 'Words', 'Your share so far']);
    expect(bodyRows(table)).toEqual([
      ['0.0', 'Contact', '10', '0%'],
      ['0.5', 'You', '30', '75%'],
      ['2.0', 'Contact', '20', '50%'],
      ['3.0', 'You', '40', '70%'],
    ]);
  });

  it('plots one point per line', () => {
    const { container } = render(ShareChart, { lines, limit: 0.4 });
    expect(container.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(4);
    expect(container.querySelectorAll('circle.dot')).toHaveLength(4);
  });

  it('shows a sentence and no chart when there was no conversation', () => {
    const { container } = render(ShareChart, { lines: [], limit: 0.4 });
    expect(
      screen.getByText('No conversation took place, so there is no share of the words to show.'),
    ).toBeTruthy();
    expect(container.querySelector('svg')).toBeNull();
    expect(container.querySelector('table')).toBeNull();
  });

  it('is accessible', async () => {
    const { container } = render(ShareChart, { lines, limit: 0.4 });
    expect(await violations(container)).toEqual([]);
  });
});
