import { once } from './once.ts';
import { WH, YES_NO_OPENERS } from './open-question.ts';
import { tokenize, type Token } from './words.ts';

/**
 * Sentences and clauses with their offsets. A clause ends at sentence punctuation, a semicolon or
 * a turn word ("but", "however"), because a negation in one clause does not cancel an ask in the
 * next (PITFALLS.md: "I know this is informational, but if your team is hiring...").
 */

export interface Clause {
  tokens: Token[];
  start: number;
  end: number;
  /** The clause's sentence ends with a question mark. */
  question: boolean;
  /** Index of the sentence the clause belongs to. */
  sentence: number;
}

type Ending = 'none' | 'stop' | 'other';

const TURN_WORDS = new Set(['but', 'however', 'though', 'although']);
/**
 * A clause that opens by conceding ("While I know this is informational, …", "Although …,") ends
 * at its first comma: what follows is the turn, as after "but".
 */
const CONCEDING = new Set(['while', 'whilst', 'although', 'though']);

/**
 * Hesitations in speech, which say nothing: a clause holds the words around them, so "could I,
 * uh, maybe do that" reads as "could I maybe do that" and "your, um, fellows cohort" keeps its
 * owner next to its noun. Their punctuation still counts. Not "er" (the ER), nor "like" or "you
 * know", which can mean something.
 */
const FILLERS = new Set(['um', 'umm', 'ummm', 'uh', 'uhh', 'uhhh', 'uhm', 'erm', 'hmm', 'mm']);

/**
 * A question typed without its question mark ("do u have any part time work going", "are yall
 * hiring"): an auxiliary before a subject, anywhere in a sentence nothing closes, or at the start
 * of one a full stop closes ("And does the park still take on seasonals for summer.").
 */
/** The auxiliaries and modals that open a yes/no question (open-question.ts), and typed "r". */
const AUXILIARIES: ReadonlySet<string> = new Set([...YES_NO_OPENERS, 'r']);
const SUBJECTS = new Set([
  'you',
  'u',
  'ya',
  'yall',
  "y'all",
  'your',
  'ur',
  'there',
  'i',
  'we',
  'they',
]);

/** Words a spoken question may open with before its auxiliary: "and", "so", "um", "okay". */
const OPENERS = new Set([
  'and',
  'so',
  'but',
  'ok',
  'okay',
  'um',
  'uh',
  'well',
  'also',
  'then',
  'like',
  'oh',
]);
/** Subjects after an auxiliary that opens a sentence: "does the park", "is this", "can anyone". */
const OPENING_SUBJECTS = new Set([
  ...SUBJECTS,
  'the',
  'this',
  'that',
  'it',
  'he',
  'she',
  'anyone',
  'someone',
  'any',
  'people',
]);

function opensWithInversion(clauses: readonly Clause[], from: number): boolean {
  const tokens = (clauses[from] as Clause | undefined)?.tokens ?? [];
  let t = 0;
  while (t < 2 && t < tokens.length && OPENERS.has((tokens[t] as Token).word)) t += 1;
  const aux = tokens[t];
  const subject = tokens[t + 1];
  return !!aux && !!subject && AUXILIARIES.has(aux.word) && OPENING_SUBJECTS.has(subject.word);
}

function invertsAuxiliary(clauses: readonly Clause[], from: number): boolean {
  for (let c = from; c < clauses.length; c += 1) {
    const tokens = (clauses[c] as Clause).tokens;
    for (let t = 0; t + 1 < tokens.length; t += 1) {
      if (AUXILIARIES.has((tokens[t] as Token).word) && SUBJECTS.has((tokens[t + 1] as Token).word))
        return true;
    }
  }
  return false;
}

/** Question words, with the spellings of quick typing ("wat are the hours like"). */
const QUESTION_WORDS: ReadonlySet<string> = new Set([...WH, 'wat', 'wht', 'hw', 'wut', 'wats']);
/** Words after "how" or "what" that make it a question by themselves: "how much", "what kind". */
const QUESTION_AMOUNTS = new Set([
  'much',
  'many',
  'long',
  'often',
  'kind',
  'type',
  'sort',
  'sorts',
]);
/** After an opening auxiliary, words that make it no question: "would love to", "will do". */
const NOT_INVERTED = new Set(['not', 'be', 'do', 'love', 'like', 'say', 'have', 'definitely']);
/** Elided "is there": "anyone in-house you think I should talk to". */
const ELIDED_OPENERS = new Set(['anyone', 'anybody', 'any']);

/**
 * A question typed without its question mark, read in a sentence nothing closes, at the start of
 * each of its stretches (after a comma, a semicolon or a dash): an auxiliary opens it ("is a
 * masters worth it", "…, does that ever get to you"); a question word opens it before an auxiliary
 * or an amount ("wat are the hours like", "how much of your week is that"); or "anyone" opens it.
 * Anywhere in it, a question word, a verb and a subject ("…visual design what made you switch").
 */
function asksUnpunctuated(text: string, clauses: readonly Clause[], from: number): boolean {
  // The sentence's tokens, read in place (no copy: a paste may be one long sentence).
  const at = (c: number, t: number): Token | undefined => {
    let clause = c;
    let index = t;
    while (clause < clauses.length) {
      const tokens = (clauses[clause] as Clause).tokens;
      if (index < tokens.length) return tokens[index];
      index -= tokens.length;
      clause += 1;
    }
    return undefined;
  };
  let starts = true;
  let previous: Token | undefined;
  for (let c = from; c < clauses.length; c += 1) {
    const tokens = (clauses[c] as Clause).tokens;
    for (let t = 0; t < tokens.length; t += 1) {
      const token = tokens[t] as Token;
      if (previous && breaksStretch(text, previous.end, token.start)) starts = true;
      previous = token;
      const next = at(c, t + 1)?.word;
      const after = at(c, t + 2)?.word;
      if (starts) {
        if (OPENERS.has(token.word)) continue;
        starts = false;
        if (AUXILIARIES.has(token.word) && next !== undefined && !NOT_INVERTED.has(next))
          return true;
        if (
          QUESTION_WORDS.has(token.word) &&
          next !== undefined &&
          (AUXILIARIES.has(next) || QUESTION_AMOUNTS.has(next))
        )
          return true;
        if (ELIDED_OPENERS.has(token.word) && next !== undefined) return true;
      }
      if (
        QUESTION_WORDS.has(token.word) &&
        next !== undefined &&
        !SUBJECTS.has(next) &&
        after !== undefined &&
        SUBJECTS.has(after)
      )
        return true;
    }
  }
  return false;
}

/** Whether the gap between two words starts a new stretch: a comma, a colon, a dash. */
function breaksStretch(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 44 || code === 59 || code === 58 || code === 0x2013 || code === 0x2014)
      return true;
    // a hyphen between spaces is a dash
    if (code === 45 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) return true;
  }
  return false;
}

/** Titles: their full stop never ends a sentence ("Mr. Smith", "Dr. Okonkwo"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr']);
/** Short forms whose full stop ends a sentence only before a capital ("10 a.m. Then..."). */
const SHORT_FORMS = new Set(['vs', 'etc', 'approx', 'dept', 'inc', 'co', 'ltd', 'ph', 'no']);

/** Whether the full stop right after `previous` leaves the sentence open. */
function keepsSentenceOpen(text: string, previous: Token | undefined, next: Token): boolean {
  if (!previous) return false;
  if (TITLES.has(previous.word)) return true;
  // A trailing "..." before a word in lower case is a pause, not an end: "Do you... work weekends?"
  const gap = text.slice(previous.end, next.start);
  if (/^(\.\.\.|…)\s*$/.test(gap) && /^[a-z]/.test(text.slice(next.start, next.start + 1)))
    return true;
  // An initialism goes on: "Ph.D.", "U.S.", "a.m." (a single letter and its own full stop follow).
  if (
    next.end - next.start === 1 &&
    text.charCodeAt(next.end) === 46 &&
    next.start === previous.end + 1
  )
    return true;
  const raw = text.slice(previous.start, previous.end);
  if (/^[A-Za-z]$/.test(raw) || SHORT_FORMS.has(previous.word)) {
    return !/^[A-Z]/.test(text.slice(next.start, next.start + 1));
  }
  return false;
}

function isSentenceEnd(code: number): boolean {
  // . ! ? and the newline; "..." counts once because empty clauses are dropped
  return code === 46 || code === 33 || code === 63 || code === 10;
}

/** The clauses' tokens in one list, in order (a loop: `flatMap` costs a turn more than the rest). */
export function tokensOf(clauses: readonly Clause[]): Token[] {
  const tokens: Token[] = [];
  for (const clause of clauses) for (const token of clause.tokens) tokens.push(token);
  return tokens;
}

export function splitClauses(text: string): readonly Clause[] {
  return once('clauses', text, () => clausesOf(text));
}

function clausesOf(text: string): Clause[] {
  const tokens = tokenize(text);
  const clauses: Clause[] = [];
  let current: Token[] = [];
  let sentence = 0;
  let sentenceStartClause = 0;

  /**
   * `ending`: what closes the sentence: "none" (a newline or the end of the text), "stop" (a full
   * stop), or "other" ("!", "?").
   */
  const close = (question: boolean, endsSentence: boolean, ending: Ending = 'other') => {
    if (current.length > 0) {
      clauses.push({
        tokens: current,
        start: (current[0] as Token).start,
        end: (current[current.length - 1] as Token).end,
        question: false,
        sentence,
      });
      current = [];
    }
    if (endsSentence) {
      if (
        question ||
        (ending === 'none' &&
          (invertsAuxiliary(clauses, sentenceStartClause) ||
            asksUnpunctuated(text, clauses, sentenceStartClause))) ||
        (ending === 'stop' && opensWithInversion(clauses, sentenceStartClause))
      ) {
        for (let c = sentenceStartClause; c < clauses.length; c += 1)
          (clauses[c] as Clause).question = true;
      }
      if (clauses.length > sentenceStartClause) sentence += 1;
      sentenceStartClause = clauses.length;
    }
  };

  let previousEnd = 0;
  let previous: Token | undefined;
  for (const token of tokens) {
    if (FILLERS.has(token.word)) continue;
    let question = false;
    let ends = false;
    let ending: Ending = 'none';
    let breaks = false;
    const conceding = current.length > 0 && CONCEDING.has((current[0] as Token).word);
    // Read once per gap: whether its full stops leave the sentence open ("Dr.", "Ph.D.", "Do you...").
    const open = text.charCodeAt(previousEnd) === 46 && keepsSentenceOpen(text, previous, token);
    for (let i = previousEnd; i < token.start; i += 1) {
      const code = text.charCodeAt(i);
      if (code === 59) breaks = true; // a semicolon ends a clause, not the sentence
      if (code === 44 && conceding) breaks = true;
      if (code === 46 && open) continue;
      if (isSentenceEnd(code)) {
        ends = true;
        if (code === 63) question = true;
        if (code === 33 || code === 63) ending = 'other';
        else if (code === 46 && ending === 'none') ending = 'stop';
      }
    }
    if (ends) close(question, true, ending);
    if ((breaks || TURN_WORDS.has(token.word)) && current.length > 0) close(false, false);
    current.push(token);
    previousEnd = token.end;
    previous = token;
  }
  let question = false;
  let ending: Ending = 'none';
  for (let i = previousEnd; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 63) question = true;
    if (code === 33 || code === 63) ending = 'other';
    else if (code === 46 && ending === 'none') ending = 'stop';
  }
  close(question, true, ending);
  return clauses;
}
