import { describe, expect, it } from 'vitest';
import { findMarkup, markupSteps } from '../../../src/domain/limits/markup.ts';

describe('findMarkup', () => {
  it.each([
    ['<script>alert(1)</script>', '<script>'],
    ['< / SCRIPT >', '< / SCRIPT '],
    ['see <iframe src=x>', '<iframe '],
    ['<embed', '<embed'],
    ['<img src=x onerror=alert(1)>', 'onerror='],
    ['<a href="#" onclick = "go()">', 'onclick ='],
    ['javascript:alert(1)', 'javascript:alert(1)'],
  ])('finds the markup in %j', (text, found) => {
    expect(findMarkup(text)).toBe(found);
  });

  it.each([
    'a good <form> for a bug report',
    'JavaScript: mostly small tools',
    '<scripts> and <objective> are not tags',
    'I think on=3 is fine <i>really</i>',
    '<p data-on=x>',
    '<b>bold</b> onset = later',
    '',
    '🙂 <3 you',
  ])('leaves ordinary text alone: %j', (text) => {
    expect(findMarkup(text)).toBeNull();
  });

  it('looks at each character a bounded number of times, whatever the text', () => {
    for (const unit of ['<', '< s', '<a on', 'on', 'javascript', '<a o', ' ']) {
      const small = unit.repeat(10_000);
      const large = unit.repeat(40_000);
      const before = markupSteps();
      findMarkup(small);
      const smallSteps = markupSteps() - before;
      findMarkup(large);
      const largeSteps = markupSteps() - before - smallSteps;
      expect(largeSteps).toBeLessThanOrEqual(4 * smallSteps + 16);
      expect(largeSteps).toBeLessThanOrEqual(8 * large.length);
    }
  });
});
