import { utf8Length } from './index.ts';

/**
 * The size of `JSON.stringify(value, null, 2)` in UTF-8 bytes, and its line breaks, counted
 * without writing the string: every action the engine takes is measured against the log's limit,
 * and writing its JSON only to measure it made a string per action for the collector to sweep.
 * For the plain values an action is made of (objects, arrays, strings, numbers, booleans, null);
 * anything else is measured by writing it, so the figure is always JSON.stringify's.
 */
export interface JsonBytes {
  bytes: number;
  /** The line breaks in the text (its lines, less one). */
  breaks: number;
}

/** Thrown inside the count when a value is not plain JSON data, to measure by writing it. */
const NOT_PLAIN = Symbol('not plain JSON data');

let breaks = 0;

/** The bytes of a string written as JSON: quoted, escaped as JSON.stringify escapes. */
function stringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20) {
      // \b \t \n \f \r are two characters; other control characters \u00XX
      bytes += code === 8 || code === 9 || code === 10 || code === 12 || code === 13 ? 2 : 6;
    } else if (code === 34 || code === 92) bytes += 2;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 6; // a lone surrogate is written \uXXXX
    } else bytes += 3;
  }
  return bytes;
}

/** Whether JSON.stringify leaves this out of an object (writes `null` for it in an array). */
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** The bytes of a value written at this depth (two spaces a level); line breaks in `breaks`. */
function valueBytes(value: unknown, depth: number): number {
  if (value === null) return 4;
  switch (typeof value) {
    case 'string':
      return stringBytes(value);
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object':
      break;
    default:
      throw NOT_PLAIN;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw NOT_PLAIN;
  const inner = 2 * (depth + 1);
  let items = 0;
  let bytes = 0;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) {
      bytes += inner + (skipped(item) ? 4 : valueBytes(item, depth + 1));
      items += 1;
    }
  } else {
    if (Object.getPrototypeOf(value) !== Object.prototype) throw NOT_PLAIN;
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (skipped(item)) continue;
      // `"key": value`
      bytes += inner + stringBytes(key) + 2 + valueBytes(item, depth + 1);
      items += 1;
    }
  }
  if (items === 0) return 2;
  // the brackets, a break after the opening one and before the closing one (indented to this
  // depth), and ",\n" between items
  breaks += items + 1;
  return bytes + 2 + 2 + 2 * depth + 2 * (items - 1);
}

/** `JSON.stringify(value, null, 2)`'s UTF-8 bytes and line breaks (for an object or an array). */
export function prettyJsonBytes(value: object): JsonBytes {
  breaks = 0;
  try {
    const bytes = valueBytes(value, 0);
    return { bytes, breaks };
  } catch (error) {
    if (error !== NOT_PLAIN) throw error;
    const json = JSON.stringify(value, null, 2);
    let lineBreaks = 0;
    for (let i = json.indexOf('\n'); i >= 0; i = json.indexOf('\n', i + 1)) lineBreaks += 1;
    return { bytes: utf8Length(json), breaks: lineBreaks };
  }
}
