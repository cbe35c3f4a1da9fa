import { describe, expect, it } from 'vitest';
import { fill } from '../../../src/domain/professional/lines.ts';

describe('fill', () => {
  it.each([
    ['Try me {time}.', 'Try me Wednesday at 2:00 p.m.'],
    [
      'Try me {time}. I should have twenty minutes then.',
      'Try me Wednesday at 2:00 p.m. I should have twenty minutes then.',
    ],
    [
      'She has a gap {time}, if that suits.',
      'She has a gap Wednesday at 2:00 p.m., if that suits.',
    ],
    ['Call {time}', 'Call Wednesday at 2:00 p.m.'],
  ])('%j reads %j', (line, expected) => {
    expect(fill(line, { time: 'Wednesday at 2:00 p.m.' })).toBe(expected);
  });

  it('keeps the full stop after a value that has none, and a placeholder it cannot fill', () => {
    expect(fill('Call back {time}.', { time: 'at noon' })).toBe('Call back at noon.');
    expect(fill('Ask {who}.', {})).toBe('Ask {who}.');
  });

  it('leaves a placeholder named after an object property as written (a scenario line is untrusted)', () => {
    expect(fill('Ask {constructor}.', {})).toBe('Ask {constructor}.');
    expect(fill('Ask {toString} and {hasOwnProperty}.', { time: 'now' })).toBe(
      'Ask {toString} and {hasOwnProperty}.',
    );
  });
});
