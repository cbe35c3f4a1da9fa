import { stringify } from 'csv-stringify/browser/esm/sync';
import { CLASS_COLUMNS, rowCells, safeCell, type ClassRow } from './class-table.ts';

/**
 * The class table as CSV, as `rapport class` prints it and the dashboard exports it: the columns
 * DESIGN.md names, numbers as numbers, booleans as true/false, nothing as an empty cell, and a
 * text cell that a spreadsheet would run as a formula defused (`safeCell`).
 */
export function classCsv(rows: readonly ClassRow[]): string {
  return stringify([[...CLASS_COLUMNS], ...rows.map((row) => rowCells(row).map(safeCell))], {
    cast: { boolean: (b) => (b ? 'true' : 'false') },
  });
}
