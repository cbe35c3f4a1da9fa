import { describe, expect, it } from 'vitest';
import { safeCell } from '../../src/app/class-table.ts';

describe('a CSV cell', () => {
  it('cannot run as a formula: a text starting with = + - @ tab or CR gets an apostrophe', () => {
    for (const text of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx'])
      expect(safeCell(text)).toBe(`'${text}`);
    expect(safeCell('Kira Jones')).toBe('Kira Jones');
    expect(safeCell(-3)).toBe(-3);
    expect(safeCell(true)).toBe(true);
  });
});
