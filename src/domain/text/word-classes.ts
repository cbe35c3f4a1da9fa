import type { Token } from './words.ts';

/**
 * The word classes a phrase may name with `#`: `#self`, `#weekday`, `#daypart`, `#number`,
 * `#time`, `#email`, `#phone`, `#negation`, `#textspeak`, `#contact` (the other person: you, your,
 * yourself, and typed u, ur, y'all). A class either
 * takes one word from a set, or, for the classes that span several tokens (a clock time "9:30 a.m.",
 * an email "jo.doe@uni.edu" or one said aloud "jo doe at gmail dot com"), reads a bounded run of
 * tokens and the characters between them. Each reads at most `maxTokens` tokens, so a phrase's cost
 * per starting word stays fixed.
 */

export interface WordClass {
  name: string;
  /** The most tokens one occurrence spans. */
  maxTokens: number;
  /** How many tokens from `t` the class spans (0: it does not occur there). */
  consume(tokens: readonly Token[], t: number, text: string): number;
  /** The words the class accepts when it spans exactly one token, for the start index and checks. */
  words?: ReadonlySet<string>;
}

function setClass(name: string, words: readonly string[]): WordClass {
  const set = new Set(words);
  return {
    name,
    maxTokens: 1,
    words: set,
    consume: (tokens, t) => (set.has(tokens[t]?.word ?? '') ? 1 : 0),
  };
}

/** The characters between two neighbouring tokens. */
function between(tokens: readonly Token[], t: number, text: string): string {
  const left = tokens[t];
  const right = tokens[t + 1];
  if (!left || !right) return '';
  return text.slice(left.end, right.start);
}

export const SELF = [
  'i',
  'me',
  'my',
  'mine',
  'myself',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'im',
  'ive',
  'id',
] as const;

/** The other person: you, your, and typed u, ur, y'all. */
export const CONTACT = [
  'you',
  'your',
  'yours',
  'yourself',
  "you're",
  "you've",
  "you'd",
  "you'll",
  'u',
  'ur',
  'yall',
  "y'all",
  'youre',
] as const;

export const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
] as const;
const NUMBER_SET = new Set<string>(NUMBER_WORDS);
/** "twenty" to "ninety": the words a unit may follow ("twenty five"). */
const TENS = new Set<string>(NUMBER_WORDS.slice(NUMBER_WORDS.indexOf('twenty'), -1));

function isDigits(word: string): boolean {
  if (word.length === 0 || word.length > 12) return false;
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** "twenty-five", "twenty five", "15", "fifteen". */
function numberAt(tokens: readonly Token[], t: number): number {
  const word = tokens[t]?.word ?? '';
  if (isDigits(word)) return 1;
  const dash = word.indexOf('-');
  if (dash > 0) {
    return TENS.has(word.slice(0, dash)) && NUMBER_SET.has(word.slice(dash + 1)) ? 1 : 0;
  }
  if (!NUMBER_SET.has(word)) return 0;
  const next = tokens[t + 1]?.word ?? '';
  return TENS.has(word) && NUMBER_SET.has(next) && !TENS.has(next) && next !== 'hundred' ? 2 : 1;
}

const MERIDIEM = new Set(['am', 'pm']);

/** A clock time: "9", "9:30", "930am", "9.30", "9 a.m.", "9 o'clock", "noon". */
function timeAt(tokens: readonly Token[], t: number, text: string): number {
  const word = tokens[t]?.word ?? '';
  if (word === 'noon' || word === 'midday') return 1;
  let hour = word;
  let suffix = '';
  const m = word.length > 2 ? word.slice(-2) : '';
  if (MERIDIEM.has(m)) {
    hour = word.slice(0, -2);
    suffix = m;
  }
  if (!isDigits(hour) || hour.length > 4) return 0;
  let n = 1;
  const minutes = tokens[t + 1]?.word ?? '';
  const gap = between(tokens, t, text);
  if (!suffix && (gap === ':' || gap === '.') && /^\d\d(am|pm)?$/.test(minutes)) n += 1;
  const next = tokens[t + n]?.word ?? '';
  if (MERIDIEM.has(next) || next === "o'clock") return n + 1;
  if ((next === 'a' || next === 'p') && tokens[t + n + 1]?.word === 'm') {
    return between(tokens, t + n, text).startsWith('.') ? n + 2 : n;
  }
  return n;
}

/** Words that come before an email said aloud but are not part of it ("my email is jo at..."). */
const NOT_NAMES = new Set([
  'is',
  "it's",
  'its',
  'email',
  'e-mail',
  'address',
  'me',
  'my',
  'reach',
  'write',
  'or',
  'and',
  'at',
]);

/** "jo.doe@uni.edu", and said aloud: "jo doe at gmail dot com", "jdoe at uni dot edu". */
function emailAt(tokens: readonly Token[], t: number, text: string): number {
  // Written: name tokens joined by . _ - then @ then domain tokens joined by dots.
  let k = t;
  let limit = t + 12;
  while (k < limit && k + 1 < tokens.length && /^[._+-]$/.test(between(tokens, k, text))) k += 1;
  if (between(tokens, k, text) === '@' && k + 1 < tokens.length) {
    k += 1;
    let dots = 0;
    while (k < limit && k + 1 < tokens.length && between(tokens, k, text) === '.') {
      k += 1;
      dots += 1;
    }
    if (dots > 0) return k - t + 1;
  }
  // Said aloud: up to six name words ("k j two four seven"), "at", a domain word, then one to three
  // "dot" parts ("dot com", "dot ac dot nz", "dot e d u" spelled out).
  limit = Math.min(tokens.length, t + 20);
  for (let at = t + 1; at < limit && at <= t + 6; at += 1) {
    if (NOT_NAMES.has(tokens[at - 1]?.word ?? '')) return 0;
    if (tokens[at]?.word !== 'at') continue;
    let d = at + 1;
    let end = 0;
    for (let dots = 0; dots < 3 && tokens[d + 1]?.word === 'dot' && tokens[d + 2]; dots += 1) {
      d += 2;
      // "e d u": an ending spelled letter by letter
      while (
        d + 1 < limit &&
        (tokens[d]?.word.length ?? 0) === 1 &&
        (tokens[d + 1]?.word.length ?? 0) === 1
      )
        d += 1;
      if ((tokens[d]?.word.length ?? 9) <= 6) end = d;
    }
    return end > 0 ? end - t + 1 : 0;
  }
  return 0;
}

/**
 * Text-speak, as typed: abbreviations no one writes in a letter or says in an interview ("u", "thx",
 * "tbh", "lol"), and the spoken slang of a text ("gonna", "kinda"). A one-letter form ("u", "r",
 * "k", "y") counts only typed in lower case and not beside another single letter ("U.S.", "a u b").
 */
export const TEXT_SPEAK = [
  'u',
  'ur',
  'r',
  'k',
  'y',
  'thx',
  'thnx',
  'tnx',
  'pls',
  'plz',
  'lol',
  'lmao',
  'btw',
  'idk',
  'tbh',
  'ngl',
  'lmk',
  'omg',
  'smh',
  'ty',
  'cuz',
  'bc',
  'b4',
  'msg',
  'imo',
  'imho',
  'asap',
  'np',
  'hru',
  'rn',
] as const;
export const SLANG = ['gonna', 'wanna', 'gotta', 'kinda', 'sorta', 'dunno', 'lemme'] as const;
const SPEAK_SET = new Set<string>(TEXT_SPEAK);
const ACRONYMS = new Set(['rn', 'np', 'bc', 'ty', 'msg', 'hru', 'ur', 'b4']);
const SLANG_SET = new Set<string>(SLANG);

function textSpeakAt(tokens: readonly Token[], t: number, text: string): number {
  const token = tokens[t] as Token;
  if (!SPEAK_SET.has(token.word) && !SLANG_SET.has(token.word)) return 0;
  // In capitals, a short form is an abbreviation of something else: "RN", "NP", "BC".
  if (ACRONYMS.has(token.word) && text.slice(token.start, token.end) === token.word.toUpperCase())
    return 0;
  if (token.word.length > 1) return 1;
  const single = (k: number) =>
    tokens[k] ? (tokens[k] as Token).end - (tokens[k] as Token).start === 1 : false;
  if (text[token.start] !== token.word || single(t - 1) || single(t + 1)) return 0;
  // "u.s." and "y." as an initial are not text-speak
  return text[token.end] === '.' && /[a-z]/i.test(text[token.end + 1] ?? '') ? 0 : 1;
}

const DIGIT_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    zero: 1,
    oh: 1,
    o: 1,
    one: 1,
    two: 1,
    three: 1,
    four: 1,
    five: 1,
    six: 1,
    seven: 1,
    eight: 1,
    nine: 1,
    double: 0,
    triple: 0,
  }),
);

/**
 * A phone number: a run of at least seven digits, written ("(607) 555-1212", "607.555.1212") or
 * spoken ("six oh seven, five five five, one two one two"), read up to 24 tokens.
 */
function phoneAt(tokens: readonly Token[], t: number, text: string): number {
  let digits = 0;
  let k = t;
  for (; k < tokens.length && k < t + 24; k += 1) {
    const token = tokens[k] as Token;
    if (k > t && !/^[\s().,+-]*$/.test(text.slice((tokens[k - 1] as Token).end, token.start)))
      break;
    const value = /^\d+$/.test(token.word)
      ? token.word.length
      : /^\d+(-\d+)+$/.test(token.word)
        ? token.word.replace(/-/g, '').length
        : (DIGIT_WORDS.get(token.word) ?? -1);
    if (value < 0) break;
    digits += value;
  }
  return digits >= 7 && digits <= 15 ? k - t : 0;
}

const CLASSES: readonly WordClass[] = [
  setClass('self', SELF),
  setClass('contact', CONTACT),
  setClass('weekday', [
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'mon',
    'tue',
    'tues',
    'wed',
    'thu',
    'thur',
    'thurs',
    'fri',
  ]),
  setClass('daypart', [
    'morning',
    'afternoon',
    'evening',
    'noon',
    'lunchtime',
    'midday',
    'tonight',
  ]),
  {
    name: 'negation',
    maxTokens: 1,
    consume: (tokens, t) => {
      const word = tokens[t]?.word ?? '';
      return word === 'not' ||
        word === 'never' ||
        word === 'no' ||
        word === 'cannot' ||
        word.endsWith("n't")
        ? 1
        : 0;
    },
  },
  { name: 'number', maxTokens: 2, consume: numberAt },
  { name: 'textspeak', maxTokens: 1, consume: textSpeakAt },
  { name: 'time', maxTokens: 4, consume: timeAt },
  { name: 'email', maxTokens: 13, consume: emailAt },
  { name: 'phone', maxTokens: 24, consume: phoneAt },
];

const BY_NAME = new Map(CLASSES.map((c) => [c.name, c]));

export function wordClass(name: string): WordClass | undefined {
  return BY_NAME.get(name);
}

export function wordClassNames(): string[] {
  return CLASSES.map((c) => c.name);
}
