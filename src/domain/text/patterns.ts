import { tokenize, type Token } from './words.ts';

/**
 * A tiny phrase language over word tokens, matched without regular expressions so the cost stays
 * linear in the text:
 *
 * - words are matched whole and case-insensitively: `are you hiring`
 * - `a|b` accepts either word; `job*` accepts any word starting with "job"
 * - `..` skips up to three words; `...` up to eight
 *
 * Patterns are compiled once; matching a text of n words costs O(n x pattern length x gap).
 */

type Step =
  | { kind: 'word'; options: readonly string[]; prefixes: readonly string[] }
  | { kind: 'gap'; max: number };

export interface Pattern {
  source: string;
  steps: readonly Step[];
}

export interface Match {
  pattern: string;
  /** Token index range [first, last]. */
  first: number;
  last: number;
  /** Character offsets into the text. */
  start: number;
  end: number;
}

export function compile(source: string): Pattern {
  const steps: Step[] = source
    .trim()
    .split(/\s+/)
    .map((part): Step => {
      if (part === '..') return { kind: 'gap', max: 3 };
      if (part === '...') return { kind: 'gap', max: 8 };
      const alternatives = part.toLowerCase().split('|');
      return {
        kind: 'word',
        options: alternatives.filter((a) => !a.endsWith('*')),
        prefixes: alternatives.filter((a) => a.endsWith('*')).map((a) => a.slice(0, -1)),
      };
    });
  return { source, steps };
}

export function compileAll(sources: readonly string[]): Pattern[] {
  return sources.map(compile);
}

let stepsTaken = 0;

/**
 * The matcher's steps since this module loaded: one for each pattern step tried at a token. It
 * only grows; a test reads it before and after a call to measure the matching work done, which,
 * unlike a clock, does not depend on how busy the machine is.
 */
export function matcherSteps(): number {
  return stepsTaken;
}

function wordMatches(step: Extract<Step, { kind: 'word' }>, word: string): boolean {
  if (step.options.includes(word) || step.prefixes.some((p) => word.startsWith(p))) return true;
  // A possessive matches its noun: "Mike's" is "Mike", "Queen's" stays "Queen's" too.
  return word.endsWith("'s") && step.options.includes(word.slice(0, -2));
}

/** Returns the last token index of a match of `steps[s..]` starting at token `t`, or -1. */
function matchFrom(steps: readonly Step[], s: number, tokens: readonly Token[], t: number): number {
  stepsTaken += 1;
  if (s === steps.length) return t - 1;
  const step = steps[s] as Step;
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= step.max && t + skip <= tokens.length; skip += 1) {
      const end = matchFrom(steps, s + 1, tokens, t + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[t];
  if (!token || !wordMatches(step, token.word)) return -1;
  return matchFrom(steps, s + 1, tokens, t + 1);
}

/**
 * Which patterns can start at a word: those whose first step is a plain word are filed under each
 * of its words, the rest (a prefix or a gap first) are tried everywhere. Built once per list of
 * patterns, so a scenario with thousands of keywords costs per word of text only the patterns
 * that can start there, not all of them.
 */
interface StartIndex {
  byWord: Map<string, number[]>;
  anywhere: number[];
}

const indexes = new WeakMap<readonly Pattern[], StartIndex>();

function startIndex(patterns: readonly Pattern[]): StartIndex {
  let index = indexes.get(patterns);
  if (index) return index;
  index = { byWord: new Map(), anywhere: [] };
  for (const [i, pattern] of patterns.entries()) {
    const first = pattern.steps[0];
    if (!first || first.kind !== 'word' || first.prefixes.length > 0) {
      index.anywhere.push(i);
      continue;
    }
    for (const option of new Set(first.options)) {
      const filed = index.byWord.get(option);
      if (filed) filed.push(i);
      else index.byWord.set(option, [i]);
    }
  }
  indexes.set(patterns, index);
  return index;
}

/** The patterns that can start at this word, in their order in the list. */
function candidates(index: StartIndex, word: string): readonly number[] {
  const exact = index.byWord.get(word);
  const possessive = word.endsWith("'s") ? index.byWord.get(word.slice(0, -2)) : undefined;
  if (!exact && !possessive) return index.anywhere;
  const all = [...index.anywhere, ...(exact ?? []), ...(possessive ?? [])];
  return [...new Set(all)].sort((a, b) => a - b);
}

/** Every match of the patterns in the tokens, first by position. */
export function findAll(patterns: readonly Pattern[], tokens: readonly Token[]): Match[] {
  const matches: Match[] = [];
  const index = startIndex(patterns);
  for (let t = 0; t < tokens.length; t += 1) {
    for (const i of candidates(index, (tokens[t] as Token).word)) {
      const pattern = patterns[i] as Pattern;
      const last = matchFrom(pattern.steps, 0, tokens, t);
      if (last >= t) {
        matches.push({
          pattern: pattern.source,
          first: t,
          last,
          start: (tokens[t] as Token).start,
          end: (tokens[last] as Token).end,
        });
      }
    }
  }
  return matches;
}

/** The first match of the patterns in a text, or null. */
export function findFirst(patterns: readonly Pattern[], text: string): Match | null {
  return findAll(patterns, tokenize(text))[0] ?? null;
}
