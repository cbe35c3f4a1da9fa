/**
 * Script markup in a text: a script, frame, object or embed tag, a `javascript:` address, or an
 * event-handler attribute inside a tag. Ordinary text that mentions HTML ("a good <form> for a bug
 * report", "JavaScript: mostly small tools") is not markup. All text is shown as text anyway; this
 * is a second wall, and the same check runs on what a student types and on what a file brings,
 * so anything the app writes can be read back.
 *
 * One pass over the text, no backtracking: each character is looked at a bounded number of
 * times, so a hostile string of a million `<` costs a million steps, not a million squared.
 */

const TAG_NAMES = ['script', 'iframe', 'object', 'embed'];

let steps = 0;
/** Characters examined so far, over all calls: lets a test prove the scan linear by counting. */
export function markupSteps(): number {
  return steps;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** Whether `word` (lower case) starts at `at` in `text`, case-insensitively. */
function startsWithAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i += 1) {
    if (lower(text.charCodeAt(at + i)) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The first piece of script markup in `text` (up to 20 characters of it), or null. Linear in the
 * text's length.
 */
export function findMarkup(text: string): string | null {
  const n = text.length;
  // Inside a tag: the position of its `<`, or -1. A new `<` restarts the tag, so no character is
  // scanned twice.
  let tagStart = -1;
  for (let i = 0; i < n; i += 1) {
    steps += 1;
    const code = text.charCodeAt(i);
    if (code === 60 /* < */) {
      tagStart = i;
      let j = i + 1;
      while (j < n && isSpace(text.charCodeAt(j))) j += 1;
      if (j < n && text.charCodeAt(j) === 47 /* / */) j += 1;
      while (j < n && isSpace(text.charCodeAt(j))) j += 1;
      steps += j - i;
      for (const name of TAG_NAMES) {
        if (startsWithAt(text, j, name)) {
          const after = j + name.length;
          if (after >= n || !isLetter(text.charCodeAt(after))) {
            return text.slice(i, Math.min(n, after + 1)).slice(0, 20);
          }
        }
      }
      continue;
    }
    if (code === 62 /* > */) {
      tagStart = -1;
      continue;
    }
    // `javascript:` followed by something that is not a space.
    if (
      (code === 106 || code === 74) &&
      startsWithAt(text, i, 'javascript:') &&
      i + 11 < n &&
      !isSpace(text.charCodeAt(i + 11))
    ) {
      return text.slice(i, i + 20);
    }
    // `on<letters>\s*=` at a word start inside a tag. The letters it reads are word characters,
    // so no other word starts among them: each is read here at most once more.
    if (
      tagStart >= 0 &&
      (code === 111 || code === 79) &&
      (i === 0 || !isWordChar(text.charCodeAt(i - 1))) &&
      i + 1 < n &&
      lower(text.charCodeAt(i + 1)) === 110
    ) {
      let j = i + 2;
      const lettersFrom = j;
      while (j < n && isLetter(text.charCodeAt(j))) j += 1;
      steps += j - i;
      if (j > lettersFrom) {
        let k = j;
        while (k < n && isSpace(text.charCodeAt(k))) k += 1;
        steps += k - j;
        if (k < n && text.charCodeAt(k) === 61 /* = */) return text.slice(i, k + 1).slice(0, 20);
      }
    }
  }
  return null;
}

function isWordChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 95;
}
