/**
 * Words for what a value is, shared by every reason that tells a student or an instructor why a
 * file or an action was refused ("its seed should be a whole number, not text").
 */

/** A parsed value that is a JSON object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a check of untrusted input gives: the value, or one reason in plain words. */
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** What a JSON value is, in words: "text", "a list", "a whole number", "empty (null)". */
export function kindOf(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      if (Number.isNaN(value)) return 'not a number (NaN)';
      if (!Number.isFinite(value)) return 'an endless number (Infinity)';
      return Number.isInteger(value) ? 'a whole number' : 'a number with decimals';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** What zod calls a type, in the same words. */
export const EXPECTED_KIND: Readonly<Record<string, string>> = {
  string: 'text',
  array: 'a list',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
};

/** The value at a path inside parsed JSON, or undefined where the path leaves it. */
export function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
