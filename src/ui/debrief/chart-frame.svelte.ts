/**
 * What the debrief's charts share: the drawn width, and a minutes axis with round ticks.
 */

/**
 * Rounds to one decimal, for SVG coordinates and minutes in prose. A number that is not finite
 * (NaN, Infinity: never in a recomputed report, but a chart must not break on one) becomes 0.
 */
export const round = (n: number): number => (Number.isFinite(n) ? Math.round(n * 10) / 10 : 0);

/** A number a drawing can take: anything that is not finite (NaN, Infinity) becomes 0. */
export const finite = (n: number): number => (Number.isFinite(n) ? n : 0);

/**
 * The lines a chart draws, with every number finite: a line whose minute is not a number is left
 * out (it has no place on the axis), words that are not a number count as none.
 */
export function drawableLines<T extends { minute: number; words: number }>(
  lines: readonly T[],
): T[] {
  return lines
    .filter((line) => Number.isFinite(line.minute))
    .map((line) => (Number.isFinite(line.words) ? line : { ...line, words: 0 }));
}

/** Longer than any conversation: a larger span (a damaged number) would make thousands of ticks. */
const SPAN_MAX = 10_000;

/**
 * A minutes axis covering `span`: ticks every 1, 2, 5, 10 or 20 minutes, whichever keeps a handful
 * of them, and the axis's end on the last tick.
 */
export function minuteAxis(given: number): { step: number; max: number; ticks: number[] } {
  // A span that is not finite would make an endless axis: it is drawn as an empty one.
  const span = Number.isFinite(given) ? Math.min(given, SPAN_MAX) : 0;
  const step = span <= 5 ? 1 : span <= 12 ? 2 : span <= 40 ? 5 : span <= 80 ? 10 : 20;
  const max = Math.max(step, Math.ceil(Math.max(0, span) / step) * step);
  return { step, max, ticks: Array.from({ length: max / step + 1 }, (_, i) => i * step) };
}

/**
 * The width a chart is drawn at. The viewBox follows the element's measured width, so text keeps
 * its CSS size on a phone and on a desktop; where there is no ResizeObserver (jsdom) a 640-wide
 * drawing is scaled instead. Create it while a component initialises (it registers an effect) and
 * bind the plot element to `element`.
 */
export class PlotWidth {
  element = $state<HTMLDivElement>();
  #measured = $state(0);

  constructor() {
    $effect(() => {
      if (!this.element || typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(([entry]) => {
        if (entry) this.#measured = Math.round(entry.contentRect.width);
      });
      observer.observe(this.element);
      return () => observer.disconnect();
    });
  }

  get width(): number {
    return this.#measured > 0 ? Math.max(this.#measured, 280) : 640;
  }
}
