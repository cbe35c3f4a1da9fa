/**
 * Word counting and tokenising, in one linear pass with no backtracking regular expression, so a
 * 100,000-character paste costs no more than reading it.
 */

export interface Token {
  /** The word, lower-cased, apostrophes kept ("don't"). */
  word: string;
  /** Offsets into the original text, in UTF-16 code units. */
  start: number;
  end: number;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) // Latin letters with accents
  );
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/**
 * A stammer written down ("c-could", "wh-what", "f-f-for") read as the word it begins: a piece of
 * one to three letters before a hyphen that the rest of the word starts with. "co-op", "e-mail"
 * and "x-ray" are kept.
 */
function unstutter(word: string): string {
  let rest = word;
  for (;;) {
    const hyphen = rest.indexOf('-');
    if (hyphen < 1 || hyphen > 3) return rest;
    const next = rest.slice(hyphen + 1);
    if (next.length <= hyphen || !next.startsWith(rest.slice(0, hyphen))) return rest;
    rest = next;
  }
}

/** Splits text into words: letters and digits, with inner apostrophes and hyphens kept. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  // Whether the word so far is all lower-case ASCII, digits, "'" and "-": then it is its own
  // lower case, with no "’" to replace, and is taken as it is (most words are).
  let plain = true;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const inner =
      start >= 0 &&
      (isApostrophe(code) || code === 45) &&
      i + 1 < text.length &&
      isWordChar(text.charCodeAt(i + 1));
    if (isWordChar(code) || inner) {
      if (start < 0) {
        start = i;
        plain = true;
      }
      if (
        plain &&
        !((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 || code === 45)
      )
        plain = false;
    } else if (start >= 0) {
      const raw = text.slice(start, i);
      const word = plain ? raw : raw.toLowerCase().replace(/\u2019/g, "'");
      tokens.push({ word: word.includes('-') ? unstutter(word) : word, start, end: i });
      start = -1;
    }
  }
  return tokens;
}

/** The number of words in a text. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const word = isWordChar(text.charCodeAt(i));
    if (word && !inWord) count += 1;
    inWord = word || (inWord && isApostrophe(text.charCodeAt(i)));
  }
  return count;
}
