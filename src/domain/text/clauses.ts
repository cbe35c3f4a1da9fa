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

const TURN_WORDS = new Set(['but', 'however', 'though', 'although']);

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

export function splitClauses(text: string): Clause[] {
  const tokens = tokenize(text);
  const clauses: Clause[] = [];
  let current: Token[] = [];
  let sentence = 0;
  let sentenceStartClause = 0;

  const close = (question: boolean, endsSentence: boolean) => {
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
      if (question) {
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
    let question = false;
    let ends = false;
    let breaks = false;
    // Read once per gap: whether its full stops leave the sentence open ("Dr.", "Ph.D.", "Do you...").
    const open = text.charCodeAt(previousEnd) === 46 && keepsSentenceOpen(text, previous, token);
    for (let i = previousEnd; i < token.start; i += 1) {
      const code = text.charCodeAt(i);
      if (code === 59) breaks = true; // a semicolon ends a clause, not the sentence
      if (code === 46 && open) continue;
      if (isSentenceEnd(code)) {
        ends = true;
        if (code === 63) question = true;
      }
    }
    if (ends) close(question, true);
    if ((breaks || TURN_WORDS.has(token.word)) && current.length > 0) close(false, false);
    current.push(token);
    previousEnd = token.end;
    previous = token;
  }
  let question = false;
  for (let i = previousEnd; i < text.length; i += 1) if (text.charCodeAt(i) === 63) question = true;
  close(question, true);
  return clauses;
}
