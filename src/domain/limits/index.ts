/**
 * The one table of limits (docs/formats.md, "Limits"), enforced the same way by `play`, `score`,
 * `validate`, `analyze`, imports, stored records and the live page. Every check on untrusted
 * input is measured against these numbers, and reading stops at them.
 */
export const LIMITS = {
  /** Accepted actions in one session. */
  sessionActions: 1500,
  /** Student text in one session, all fields together, in UTF-16 code units. */
  sessionTextChars: 1_000_000,
  /** One text: a `say`, an email body, a note, a prepared question. */
  textChars: 20_000,
  /** An email subject. */
  subjectChars: 300,
  /** An inputs file, a log, a replay file or a session file, in bytes. */
  logBytes: 2_000_000,
  /** A result file, in bytes, and the attempts it may hold. */
  resultBytes: 5_000_000,
  resultAttempts: 50,
  /** A history file, in bytes, and the attempts it may hold. */
  historyBytes: 50_000_000,
  historyAttempts: 1000,
  /** A zip dropped on the dashboard. */
  zipEntries: 1000,
  zipInflatedBytes: 100_000_000,
  /** A scenario file, in bytes, and its YAML nodes after alias expansion. */
  scenarioBytes: 1_000_000,
  scenarioNodes: 100_000,
  /** Questions in one prepared list. */
  preparedQuestions: 100,
  /**
   * How deep a JSON or YAML document may nest: deeper than any Rapport file (a history's prepared
   * question is 7 levels down, a scenario 5), shallow enough that nothing recursive overflows.
   */
  nestingDepth: 32,
} as const;

/** "1,500", "2 MB": numbers the way a message to a person writes them. */
export function formatCount(n: number): string {
  // A whole number, as `toLocaleString('en-US')` writes it (which costs a locale lookup per call,
  // and this is called for every action of every file read): its digits in groups of three.
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) {
    const digits = String(Math.abs(n));
    let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
    return n < 0 ? `-${out}` : out;
  }
  return n.toLocaleString('en-US');
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${formatCount(Math.round(bytes / 100_000) / 10)} MB`;
  if (bytes >= 1000) return `${formatCount(Math.round(bytes / 1000))} kB`;
  return `${bytes} bytes`;
}

/**
 * The UTF-8 size of a text in bytes, as a file holding it would take (a lone surrogate counts the
 * 3 bytes of the replacement character it would be written as). Linear in the text's length.
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) {
      bytes += 1;
      continue;
    }
    bytes += 2;
    // A surrogate pair is two code units and four bytes: the second unit adds nothing more.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
  }
  return bytes;
}

/**
 * How deep JSON text nests, read once without parsing, and stopping at `max + 1`: brackets inside
 * strings do not count. For text that is not JSON the answer is meaningless but still bounded, and
 * the parser refuses it afterwards.
 */
export function jsonDepth(text: string, max: number = LIMITS.nestingDepth): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92 /* backslash */) i += 1;
      else if (code === 34 /* " */) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 /* { */ || code === 91 /* [ */) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > max) return deepest;
      }
    } else if (code === 125 /* } */ || code === 93 /* ] */) depth -= 1;
  }
  return deepest;
}
