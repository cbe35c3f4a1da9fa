import type { Doc } from './rule.ts';
import type { Token } from './words.ts';

/**
 * `open_question`, a structural detector rather than a phrase rule: PITFALLS.md, "a question that
 * cannot be answered with yes or no (what, how, why, which, 'tell me about'), including polite
 * forms ('could you tell me how you chose...'). A yes/no question is closed."
 *
 * A sentence is read as segments: it starts one, and so does each stretch after a comma, colon,
 * semicolon or dash and after a discourse word ("so", "and", "um", "okay"). Students bury the
 * question after a lead-in ("I always assumed designers started as designers, so what are the
 * usual paths?"), so any segment of a question may carry it:
 *
 * - a wh-word heads it (what, how, why, which, where, who, when...), unless it heads a leading
 *   subordinate clause ("When you started, what…": "when" then a subject, then a comma);
 * - an open request heads it: "tell me about / how…", "describe", "walk me through", "explain";
 * - a polite form: "could you (please) tell me how…", "could you describe…", but "could you tell me
 *   whether…" and "I was wondering if…" ask yes or no;
 * - an indirect question: "I'd love to know what…", "I'm curious how…" (no question mark needed);
 * - a short fragment asked as a question that names a thing, not a yes/no ("typical week for a
 *   school teacher?", "biggest frustration in the job?"); "hiring any…?" or "any tips?" stays closed.
 *
 * Linear: each token is looked at a fixed number of times.
 */

export const WH = new Set([
  'what',
  'how',
  'why',
  'which',
  'where',
  'who',
  'when',
  'whom',
  'whose',
  "what's",
  "how's",
  "where's",
  "who's",
  "why's",
  'whats',
  'hows',
]);

/** Auxiliaries and modals that open a yes/no question. */
export const YES_NO_OPENERS = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'can',
  'could',
  'would',
  'will',
  'should',
  'have',
  'has',
  'had',
  'may',
  'might',
  'shall',
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "won't",
  "wouldn't",
  "can't",
  "couldn't",
  "shouldn't",
  'am',
  "haven't",
  "hasn't",
]);

/** Words that lead a segment without deciding its form. */
const DISCOURSE = new Set([
  'so',
  'ok',
  'okay',
  'and',
  'also',
  'but',
  'wait',
  'sorry',
  'well',
  'honestly',
  'um',
  'uh',
  'umm',
  'erm',
  'like',
  'hi',
  'hey',
  'oh',
  'then',
  'now',
  'lol',
  'alright',
  'right',
  'actually',
  'anyway',
  'anyways',
  'basically',
  'maybe',
  'just',
  'please',
  'yeah',
  'cool',
  'k',
  'great',
  'thanks',
  'roughly',
  'realistically',
  'generally',
  'personally',
  'quickly',
  'first',
  'second',
  'finally',
  'lastly',
]);

/** Words that join two parts of a sentence; each may start a new question. */
const CONNECTORS = new Set(['so', 'and', 'but', 'also', 'then']);

/** Subjects after a leading "when/if/since…" that make it a subordinate clause, not a question. */
const SUBJECTS = new Set([
  'you',
  'i',
  'we',
  'they',
  'people',
  'someone',
  'somebody',
  'he',
  'she',
  'it',
  "you're",
  "i'm",
  "we're",
  "they're",
  'your',
  'my',
  'a',
  'an',
  'the',
  'most',
]);
const SUBORDINATORS = new Set([
  'when',
  'if',
  'since',
  'as',
  'given',
  'assuming',
  'before',
  'after',
  'once',
  'while',
  'because',
  'though',
  'although',
  'besides',
  'knowing',
]);

/** Verbs that make a request open by themselves, and those that need a wh-word or "about". */
const OPEN_VERBS = new Set([
  'describe',
  'describing',
  'explain',
  'explaining',
  'walk',
  'walking',
  'elaborate',
  'expand',
  'outline',
]);
const TELL_VERBS = new Set(['tell', 'telling', 'share', 'sharing', 'say', 'talk', 'give', 'show']);
/** Verbs of being told: "I'd love to know what…". "I want to understand what…" states a purpose. */
const KNOW_VERBS = new Set(['know', 'hear', 'ask']);
const SOFTENERS = new Set([
  'please',
  'maybe',
  'just',
  'possibly',
  'perhaps',
  'kindly',
  'to',
  'also',
]);

/** Words that cannot open a fragment question that names a thing. */
const NOT_FRAGMENT = new Set([
  ...YES_NO_OPENERS,
  'any',
  'anything',
  'you',
  'i',
  'it',
  'so',
  'or',
  // a trailing qualifier of the question before it: "At the center?", "For OT?", "After all these years?"
  'at',
  'for',
  'with',
  'after',
  'before',
  'in',
  'on',
  'if',
  'when',
  'like',
  'and',
  'but',
  'to',
  'from',
  'about',
  'even',
  'maybe',
  'or',
]);
const PRONOUNS = new Set(['you', 'i', 'it', 'they', 'we', 'he', 'she', "it's", "you're", "i'm"]);

export interface QuestionReading {
  open: boolean;
  /** The segment that makes it open, as character offsets into the doc's text. */
  start: number;
  end: number;
  /** Where each question segment's head sits among the doc's tokens (for the topic). */
  heads: number[];
}

function gapBreaks(text: string, left: Token, right: Token): boolean {
  for (let i = left.end; i < right.start; i += 1) {
    const c = text.charCodeAt(i);
    // , : ; — – and a spaced hyphen
    if (c === 44 || c === 58 || c === 59 || c === 0x2014 || c === 0x2013) return true;
    if (c === 45 && i > left.end && i + 1 < right.start) return true;
  }
  return false;
}

/** Whether the segment at `s` in these tokens opens an open question. */
function opensOpen(
  tokens: readonly Token[],
  s: number,
  end: number,
  text: string,
  question: boolean,
  firstSegment: boolean,
): boolean {
  const word = (k: number) => (k < end ? (tokens[k] as Token).word : '');
  let first = word(s);
  // "In which cities…", "For what kind of…"
  if (PREPOSITIONS.has(first) && WH.has(word(s + 1))) {
    s += 1;
    first = word(s);
  }
  if (WH.has(first)) {
    const next = word(s + 1);
    if (first === 'when' && SUBJECTS.has(next)) {
      // "When you started, what…": a subordinate clause when a comma follows within the sentence.
      for (let k = s + 1; k < end - 1; k += 1)
        if (gapBreaks(text, tokens[k] as Token, tokens[k + 1] as Token)) return false;
    }
    // A sentence that starts with a wh-word asks; later in a sentence, a wh-word asks only when the
    // question's word order follows ("…, so what do you do", "…, how long did it take"), not as a
    // relative clause ("…, which is how I found out", "…, who you think I could learn from").
    if (firstSegment) return question || end - s > 2;
    return inverted(tokens, s, end);
  }
  if (SUBORDINATORS.has(first)) return false;
  // "tell me about…", "walk me through…", "describe…"
  if (OPEN_VERBS.has(first)) return true;
  if (TELL_VERBS.has(first)) return tellsOpen(tokens, s + 1, end);
  if (first === 'say' && word(s + 1) === 'more') return true;
  // "may I ask what…"
  if (
    YES_NO_OPENERS.has(first) &&
    (word(s + 1) === 'i' || word(s + 1) === 'we') &&
    word(s + 2) === 'ask'
  )
    return WH.has(word(s + 3)) || word(s + 3) === 'about';
  // "could you (please) tell me how…", "would you describe…"
  if (YES_NO_OPENERS.has(first) && word(s + 1) === 'you') {
    let k = s + 2;
    while (SOFTENERS.has(word(k))) k += 1;
    const verb = word(k);
    if (OPEN_VERBS.has(verb)) return true;
    if (TELL_VERBS.has(verb)) return tellsOpen(tokens, k + 1, end);
    return false;
  }
  // "I'd love to know what…", "I'm curious how…", "I was wondering what…", "I want to hear about…"
  if (first === 'i' || first === "i'd" || first === "i'm" || first === 'im' || first === 'id') {
    for (let k = s + 1; k < Math.min(end, s + 6); k += 1) {
      const w = word(k);
      if (KNOW_VERBS.has(w) || w === 'curious' || w === 'wondering' || w === 'wonder') {
        const after = word(k + 1);
        if (WH.has(after) || (after === 'more' && word(k + 2) === 'about')) return true;
        if (after === 'about') return w !== 'know';
        // "I wonder if you could tell me how…"
        for (let j = k + 1; j < Math.min(end, k + 7); j += 1)
          if (TELL_VERBS.has(word(j))) return tellsOpen(tokens, j + 1, end);
        return false;
      }
    }
    return false;
  }
  return false;
}

const PREPOSITIONS = new Set(['in', 'at', 'for', 'on', 'from', 'with', 'to', 'by', 'of']);

/** A wh-word followed, within three words, by an auxiliary: "what do you…", "how long did it…". */
function inverted(tokens: readonly Token[], s: number, end: number): boolean {
  const first = (tokens[s] as Token).word;
  if (first.includes("'")) return true; // what's, how's
  for (let k = s + 1; k < Math.min(end, s + 4); k += 1) {
    const w = (tokens[k] as Token).word;
    if (YES_NO_OPENERS.has(w) || w === 'r') {
      // "which is how…", "who was…" read as relative clauses
      return !(
        k === s + 1 &&
        (first === 'which' || first === 'who') &&
        (w === 'is' || w === 'was')
      );
    }
  }
  return false;
}

/** After "tell" (or "share", "talk"): me / us, then a wh-word or "about". */
function tellsOpen(tokens: readonly Token[], k: number, end: number): boolean {
  for (let j = k; j < Math.min(end, k + 4); j += 1) {
    const w = (tokens[j] as Token).word;
    if (WH.has(w) || w === 'about' || w === 'through') return true;
    if (w === 'whether' || w === 'if') return false;
  }
  return false;
}

/** A short question that names a thing: "typical week for a school teacher?" */
function isFragment(tokens: readonly Token[], s: number, end: number): boolean {
  if (end - s < 2 || end - s > 8) return false;
  const first = (tokens[s] as Token).word;
  if (NOT_FRAGMENT.has(first) || first.endsWith('ing') || first.endsWith("n't")) return false;
  for (let k = s; k < end; k += 1) {
    const w = (tokens[k] as Token).word;
    if (PRONOUNS.has(w) || YES_NO_OPENERS.has(w)) return false;
  }
  return true;
}

export function readQuestion(doc: Doc): QuestionReading {
  const heads: number[] = [];
  let found: { start: number; end: number } | null = null;
  let offset = 0;
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    const end = tokens.length;
    let segment = true;
    let firstSegment = true;
    for (let k = 0; k < end; k += 1) {
      const token = tokens[k] as Token;
      if (k > 0 && gapBreaks(doc.text, tokens[k - 1] as Token, token)) segment = true;
      // "…but what does…", "…and tell me what…": a connector starts a segment too.
      if (CONNECTORS.has(token.word)) segment = true;
      if (!segment) continue;
      if (DISCOURSE.has(token.word) && k + 1 < end) continue;
      segment = false;
      if (sentence.question) heads.push(offset + k);
      // A short lead-in ("Looking back, which…", "Sorry, one more: how…") leaves the question first.
      const leads = firstSegment || k <= 3;
      const open =
        opensOpen(tokens, k, end, doc.text, sentence.question, leads) ||
        (sentence.question && firstSegment && isFragment(tokens, k, end));
      firstSegment = false;
      if (open && !found) found = { start: token.start, end: sentence.end };
    }
    offset += end;
  }
  return found ? { open: true, ...found, heads } : { open: false, start: 0, end: 0, heads };
}
