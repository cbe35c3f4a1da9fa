/**
 * What the command line prints. A message on standard error is one line of plain text, whatever a
 * file or a name it quotes holds: control characters (C0, DEL, C1) and the marks that reorder or
 * break text on a terminal (bidirectional overrides and isolates, line and paragraph separators)
 * are taken out. The JSON on standard output keeps every value exactly, but writes those same
 * characters as `\uXXXX` escapes, so printing it to a terminal is safe too.
 */

/** Characters that end a line or move the cursor: a message's words stay apart without them. */
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/** Control characters, and marks that reorder what a terminal shows. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same marks in JSON text, where C0 characters are already escaped. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A message is cut here: it says what is wrong, it does not reprint a file. */
const MAX_MESSAGE = 1000;

/** One line of safe text: line breaks become spaces, other controls are removed. */
export function oneLine(text: string): string {
  const clean = text
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROLS, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .trim();
  return clean.length > MAX_MESSAGE ? `${clean.slice(0, MAX_MESSAGE)}...` : clean;
}

function escapeUnsafe(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Output is handed on in pieces of about this many characters. */
const CHUNK = 64 * 1024;

/**
 * Writes `value` as `JSON.stringify(value, null, 2)` would, plus a line break, in pieces: the
 * first two levels are written item by item, so a long list (a million rejected actions) never
 * becomes one string in memory. `write` returning false means the reader has gone; writing stops.
 */
export function writeJson(value: unknown, write: (chunk: string) => boolean): void {
  let pending = '';
  let open = true;
  const put = (text: string) => {
    if (!open) return;
    pending += text;
    if (pending.length >= CHUNK) {
      open = write(escapeUnsafe(pending));
      pending = '';
    }
  };
  const emit = (item: unknown, indent: string, depth: number) => {
    if (!open) return;
    if (depth >= 2 || item === null || typeof item !== 'object') {
      const json = JSON.stringify(item, null, 2) ?? 'null';
      put(indent === '' ? json : json.replace(/\n/g, `\n${indent}`));
      return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(item)) {
      if (item.length === 0) return put('[]');
      put('[');
      item.forEach((element: unknown, i) => {
        put(`${i === 0 ? '' : ','}\n${inner}`);
        emit(typeof element === 'function' ? null : element, inner, depth + 1);
      });
      return put(`\n${indent}]`);
    }
    const entries = Object.entries(item).filter(
      ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
    );
    if (entries.length === 0) return put('{}');
    put('{');
    entries.forEach(([key, v], i) => {
      put(`${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `);
      emit(v, inner, depth + 1);
    });
    put(`\n${indent}}`);
  };
  emit(value, '', 0);
  put('\n');
  if (open && pending !== '') write(escapeUnsafe(pending));
}
