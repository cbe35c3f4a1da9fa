import { compileAll, findAll, type Pattern } from './patterns.ts';
import type { Evidence } from './turn.ts';
import { wordClass } from './word-classes.ts';
import { tokenize, type Token } from './words.ts';

/**
 * The form of a letter, email or posted note, a structural detector: its greeting line, its
 * sign-off, and the first sign of an informal tone (PITFALLS.md `informal_tone`: a greeting like
 * "hey"/"yo", text-speak, emoji, a missing greeting or sign-off, a lowercase "i"; credits
 * `formal_greeting`, `formal_signoff`). Edge rules: "any closing line above the student's name
 * ('Best,', 'Kind regards,', 'Thank you for your time,') is a sign-off; 'Respected Sir,' and other
 * formal salutations used in many countries are greetings." Phone introductions and messages have
 * no greeting or sign-off to judge, but "hey", text-speak and slang are informal there too.
 * Fixtures: tests/domain/text/letter-form.test.ts.
 */

export const INFORMAL_GREETINGS = new Set([
  'hey',
  'heyy',
  'yo',
  'hiya',
  'sup',
  'heya',
  'howdy',
  'wassup',
  'whats',
  "what's",
]);

/** Salutations that open a professional letter, in English and as used in many countries. */
const FORMAL_GREETING = compileAll([
  'dear',
  'respected',
  'esteemed',
  'hello',
  'greetings',
  'good (morning|afternoon|evening|day)',
  'to whom it may concern',
  '(sir|madam|sirs)',
  'honou*',
]);

/** Closing words that make a line a sign-off even without a comma ("Best regards" then the name). */
const CLOSINGS = compileAll([
  'sincerely',
  '[best|kind|kindest|warm|warmest|with] [kind|best|warm] regards',
  'regards',
  'best [wishes]',
  'all the best',
  '(warmly|respectfully|gratefully|cordially|faithfully|truly|cheers)',
  'yours [sincerely|truly|faithfully|respectfully]',
  'with (thanks|gratitude|appreciation|many thanks|best wishes|warm regards)',
  '[many] (thanks|thank|thanking)',
  'take care',
  'talk soon',
  '(thx|ty)',
]);

/** A sign-off that is a sign-off but not a professional one. */
const CASUAL_CLOSINGS = compileAll(['(cheers|later|ttyl|xoxo|xo|peace|thx|ty|laters|cya)']);

function isEmoji(code: number): boolean {
  return (
    (code >= 0x1f000 && code <= 0x1faff) ||
    (code >= 0x2600 && code <= 0x27bf) ||
    code === 0x2764 ||
    code === 0x263a
  );
}

/** The first emoji of a text, as a span; linear. */
export function findEmoji(text: string): { start: number; end: number } | null {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.codePointAt(i) ?? 0;
    if (isEmoji(code)) return { start: i, end: i + (code > 0xffff ? 2 : 1) };
    if (code > 0xffff) i += 1;
  }
  // Text emoticons.
  for (const face of [':)', ':-)', ':D', ';)', ':(', 'xD', '<3']) {
    const at = text.indexOf(face);
    if (at >= 0 && (at === 0 || /\s/.test(text[at - 1] as string)))
      return { start: at, end: at + face.length };
  }
  return null;
}

/** A lowercase standalone "i" in the original text (not "i.e.", not a letter of a spelled name). */
function findLowercaseI(text: string, tokens: readonly Token[]): Token | null {
  const single = (k: number) => {
    const other = tokens[k];
    return other !== undefined && other.end - other.start === 1;
  };
  for (let k = 0; k < tokens.length; k += 1) {
    const t = tokens[k] as Token;
    if (!(t.word === 'i' || t.word.startsWith("i'")) || text[t.start] !== 'i') continue;
    if (t.word === 'i' && text.slice(t.end, t.end + 3).toLowerCase() === '.e.') continue;
    // "m, a, r, c, h, e, t, t, i": a name spelled out is letters, not the pronoun
    if (t.word === 'i' && (single(k - 1) || single(k + 1))) continue;
    return t;
  }
  return null;
}

export interface Line {
  start: number;
  end: number;
  text: string;
}

/** The text's non-blank lines with their offsets. */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || text[i] === '\n') {
      const line = text.slice(start, i);
      if (line.trim() !== '') out.push({ start, end: i, text: line });
      start = i + 1;
    }
  }
  return out;
}

const textSpeak = wordClass('textspeak');

/** Text-speak, emoji, a "hey"-style opener or a lowercase "i": the first sign of an informal tone. */
export function findInformal(
  text: string,
  tokens: readonly Token[] = tokenize(text),
): { start: number; end: number } | null {
  const opener = tokens[0];
  if (opener && INFORMAL_GREETINGS.has(opener.word))
    return { start: opener.start, end: opener.end };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (textSpeak?.consume(tokens, i, text) || SPOKEN_SLANG.has(t.word))
      return { start: t.start, end: t.end };
  }
  const emoji = findEmoji(text);
  if (emoji) return emoji;
  const lowerI = findLowercaseI(text, tokens);
  return lowerI ? { start: lowerI.start, end: lowerI.end } : null;
}

/** Spoken slang that is informal in a written request (in a conversation it is not remarked on). */
const SPOKEN_SLANG = new Set(['yeah', 'yep', 'nope', 'ya', 'yea', 'nah']);

function startsWith(
  patterns: readonly Pattern[],
  line: Line,
): { last: number; end: number } | null {
  const tokens = tokenize(line.text);
  const m = findAll(patterns, tokens, line.text).find((x) => x.first === 0);
  return m ? { last: m.last, end: m.end } : null;
}

/** A line that reads as a signature: one to five words, mostly capitalised ("Nguyễn Thị Lan"). */
function looksLikeName(line: Line): boolean {
  const raw = line.text.trim().replace(/^[-–—~]\s*/, '');
  const words = raw.split(/\s+/);
  if (words.length === 0 || words.length > 5 || /[?]$/.test(raw) || /\d{3}/.test(raw)) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= Math.max(1, words.length - 1);
}

/** The form of a letter or email: its greeting, its sign-off, and the first sign of an informal tone. */
export interface LetterForm {
  /** Where the greeting line ends (0 when there is none). */
  greetingEnd: number;
  formalGreeting: Evidence | null;
  formalSignoff: Evidence | null;
  informal: Evidence | null;
}

function span(text: string, start: number, end: number, field: 'text' | 'body'): Evidence {
  return { quote: text.slice(start, end), field, start, end };
}

/** The greeting line: informal, formal, or a plain one ("Hi Jenna,", "Ms. Gable,"). */
function readGreeting(
  first: Line | undefined,
): { kind: 'informal' | 'formal' | 'plain'; start: number; end: number; lineEnd: number } | null {
  if (!first) return null;
  const tokens = tokenize(first.text);
  const word = tokens[0]?.word ?? '';
  const trimmedEnd = first.start + first.text.trimEnd().length;
  if (INFORMAL_GREETINGS.has(word)) {
    const t = tokens[0] as Token;
    // "hey Dr. O, so Ian said…": a greeting that runs on into the text ends at its word.
    const lineEnd = tokens.length <= 5 ? first.end : first.start + t.end;
    return { kind: 'informal', start: first.start + t.start, end: first.start + t.end, lineEnd };
  }
  const formal = startsWith(FORMAL_GREETING, first);
  const short = tokens.length <= 6 || /[,:!]\s*$/.test(first.text.trim());
  if (formal && short)
    return {
      kind: 'formal',
      start: first.start + first.text.search(/\S/),
      end: trimmedEnd,
      lineEnd: first.end,
    };
  if (
    (['hi', 'hii', 'hello'].includes(word) && tokens.length <= 4) ||
    // "Ms. Gable," alone on its line is a salutation too, if not a formal one.
    (['mr', 'mrs', 'ms', 'dr', 'professor', 'prof'].includes(word) &&
      tokens.length <= 4 &&
      /,\s*$/.test(first.text))
  )
    return { kind: 'plain', start: first.start, end: trimmedEnd, lineEnd: first.end };
  return null;
}

/**
 * The sign-off: a short closing line above the name ("Thank you for your time," then "Emma
 * Nguyen", perhaps followed by a school or a phone number), or a closing phrase with the name on
 * the same line ("Best, Emma"). Returns the closing line, whether it is signed, and whether it is
 * professional.
 */
function readSignoff(
  all: readonly Line[],
): { line: Line; signed: boolean; casual: boolean } | null {
  const last = all.length - 1;
  if (last < 1) return null;
  // The signature block: up to four lines at the end, the first of which reads as a name.
  for (let name = last; name >= Math.max(1, last - 3); name -= 1) {
    const line = all[name] as Line;
    if (!looksLikeName(line)) continue;
    const closing = all[name - 1] as Line;
    const words = tokenize(closing.text).length;
    const phrase = startsWith(CLOSINGS, closing) !== null;
    const closes =
      (words <= (phrase ? 14 : 8) && /[,!]\s*$/.test(closing.text)) || (words <= 4 && phrase);
    if (closes && name - 1 > 0)
      return { line: closing, signed: true, casual: startsWith(CASUAL_CLOSINGS, closing) !== null };
  }
  // "Best, Emma" or "Thanks - Emma" on one line.
  const end = all[last] as Line;
  const phrase = startsWith(CLOSINGS, end);
  if (phrase) {
    const rest = end.text.slice(phrase.end).replace(/^[\s,.!–—-]+/, '');
    const signed = rest !== '' && /^\p{Lu}/u.test(rest);
    return { line: end, signed, casual: startsWith(CASUAL_CLOSINGS, end) !== null };
  }
  return null;
}

/**
 * Reads a text's greeting and sign-off and its tone. A letter (an email or a posted note) needs a
 * greeting and a sign-off; a phone introduction or a message has neither to judge.
 */
export function letterForm(
  body: string,
  field: 'text' | 'body',
  letter: boolean,
  subject?: string,
  tokens: readonly Token[] = tokenize(body),
): LetterForm {
  const bodyLines = lines(body);
  const at = (start: number, end: number) => span(body, start, end, field);
  const greeting = readGreeting(bodyLines[0]);
  const signoff = bodyLines.length > 1 ? readSignoff(bodyLines) : null;
  let informal: Evidence | null =
    greeting?.kind === 'informal' ? at(greeting.start, greeting.end) : null;
  const casual = findInformal(body, tokens) ?? (subject !== undefined ? findEmoji(subject) : null);
  if (!informal && casual) informal = at(casual.start, casual.end);
  if (!informal && letter && body.trim() !== '' && !greeting)
    informal = { quote: '', missing: 'a greeting such as "Dear Dr. Okonkwo,"' };
  if (!informal && letter && body.trim() !== '' && !signoff)
    informal = { quote: '', missing: 'a sign-off such as "Sincerely," and your name' };
  if (!informal && letter && signoff && !signoff.signed)
    informal = { quote: '', missing: 'your name under the sign-off' };
  const signoffLine = signoff?.line;
  return {
    greetingEnd: greeting ? greeting.lineEnd : 0,
    formalGreeting: greeting?.kind === 'formal' ? at(greeting.start, greeting.end) : null,
    formalSignoff:
      signoff && signoffLine && signoff.signed && !signoff.casual
        ? at(
            signoffLine.start + signoffLine.text.search(/\S/),
            signoffLine.start + signoffLine.text.trimEnd().length,
          )
        : null,
    informal,
  };
}
