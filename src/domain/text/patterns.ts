import { wordClass, type WordClass } from './word-classes.ts';
import { tokenize, type Token } from './words.ts';

/**
 * The phrase language the analyzers' rules and the scenarios' keywords are written in, matched
 * over word tokens without regular expressions so the cost stays linear in the text:
 *
 * - words are matched whole and case-insensitively: `are you hiring`; a possessive matches its
 *   noun ("Mike's" matches `mike`)
 * - `job*` accepts any word starting with "job"
 * - `a|b` accepts either word (outside parentheses `|` joins single words, as it always has)
 * - `(give you a call|call you)` accepts either phrase; `(a|)` and `word?` or `(a phrase)?` are
 *   optional
 * - `..` skips up to three words; `...` up to eight
 * - `#self`, `#contact`, `#weekday`, `#daypart`, `#number`, `#time`, `#email`, `#negation`: a word
 *   class (see word-classes.ts)
 * - `!x` (a word, `a|b`, a class or a group of single words) asserts that the next word is not x,
 *   taking nothing: `hiring !(manager|managers|process)`
 *
 * A pattern compiles to a small graph of steps. From each starting word the matcher explores it
 * depth first, in the order written (an optional part taken before skipped, shorter gaps before
 * longer), and never visits the same step at the same word twice, so one start costs at most
 * (steps x longest span) visits, a figure fixed by the pattern and independent of the text.
 */

/** One token test: literal words, prefixes, or a word class. */
interface WordTest {
  options: ReadonlySet<string>;
  prefixes: readonly string[];
  cls: WordClass | null;
}

/**
 * A step. A word test of a few words also has them as a list (`few`): comparing a word with each
 * costs less than hashing it into a set, and most steps of a phrase are one word. Every step has
 * every field (those it does not use empty), made by `step`, so all steps share one shape and the
 * walk reads them without asking what kind of object each is; `op` is the kind as a number.
 */
interface Node {
  kind: 'word' | 'class' | 'any' | 'split' | 'not' | 'accept';
  op: number;
  test: WordTest | null;
  few: readonly string[] | null;
  cls: WordClass | null;
  /** The next step (-1 for a split, whose next steps are `nexts`, and the accepting step). */
  next: number;
  nexts: readonly number[];
  /** For a split of many alternatives, which of them can take the word at hand (`dispatchOf`). */
  dispatch: Dispatch | null;
}

/**
 * A split's alternatives filed by the literal words they must begin with, so that at a word only
 * those that can take it are walked, in the order written, with those that may begin otherwise (a
 * class, a prefix, an optional part, a gap). The others would fail at their first step: the same
 * matches, fewer steps. Made for splits of at least `DISPATCH_FROM` alternatives.
 */
interface Dispatch {
  byWord: Map<string, number[]>;
  always: readonly number[];
  /** The alternatives of a word, merged once per word (bounded like `StartIndex.merged`). */
  merged: Map<string, readonly number[]>;
}

const DISPATCH_FROM = 4;

const OP = { accept: 0, word: 1, class: 2, any: 3, split: 4, not: 5 } as const;
const NO_NEXTS: readonly number[] = [];

function step(
  kind: Node['kind'],
  fields: {
    test?: WordTest;
    few?: readonly string[] | null;
    cls?: WordClass;
    next?: number;
    nexts?: readonly number[];
  } = {},
): Node {
  return {
    kind,
    op: OP[kind],
    test: fields.test ?? null,
    few: fields.few ?? null,
    cls: fields.cls ?? null,
    next: fields.next ?? -1,
    nexts: fields.nexts ?? NO_NEXTS,
    dispatch: null,
  };
}

/** The dispatch of a split over these steps, or null when too few begin with literal words. */
function dispatchOf(nodes: readonly Node[], nexts: readonly number[]): Dispatch | null {
  if (nexts.length < DISPATCH_FROM) return null;
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  let literal = 0;
  for (const n of nexts) {
    const node = nodes[n] as Node;
    const test = node.op === OP.word ? node.test : null;
    if (!test || test.cls !== null || test.prefixes.length > 0) {
      always.push(n);
      continue;
    }
    literal += 1;
    for (const word of test.options) {
      const filed = byWord.get(word);
      if (!filed) byWord.set(word, [n]);
      else if (filed[filed.length - 1] !== n) filed.push(n);
    }
  }
  return literal < 2 ? null : { byWord, always, merged: new Map() };
}

/** The split's alternatives that can take `word`, in their order in the split. */
function branchesFor(node: Node, dispatch: Dispatch, word: string): readonly number[] {
  const cached = dispatch.merged.get(word);
  if (cached) return cached;
  const exact = dispatch.byWord.get(word);
  // A possessive is tested as its noun too ("Mike's" takes "mike"), as `passes` does.
  const noun = word.endsWith("'s") ? dispatch.byWord.get(word.slice(0, -2)) : undefined;
  let list: readonly number[];
  if (!exact && !noun) list = dispatch.always;
  else {
    const keep = new Set([...dispatch.always, ...(exact ?? []), ...(noun ?? [])]);
    list = node.nexts.filter((n) => keep.has(n));
  }
  if (dispatch.merged.size > 4096) dispatch.merged.clear();
  dispatch.merged.set(word, list);
  return list;
}

/** The most words a test compares one by one rather than looks up in its set. */
const FEW_WORDS = 4;

const fewOf = (test: WordTest): readonly string[] | null =>
  test.options.size <= FEW_WORDS ? [...test.options] : null;

export interface Pattern {
  source: string;
  nodes: readonly Node[];
  start: number;
  /** The most tokens one match can span. */
  maxSpan: number;
  /** The literal words a match must start with, or null when it can start at any word. */
  firstWords: ReadonlySet<string> | null;
  /** With `firstWords`, the prefixes (`job*`) a match may start with instead. */
  firstPrefixes: ReadonlySet<string>;
  /** Every literal word and prefix (with its `*`) in the pattern, for the tokenizer check. */
  literals: readonly string[];
  /**
   * Sets of words each of which must meet the text for a match to be possible: one per word (or
   * group of single words) the pattern always passes through, and for a group of phrases one word
   * of each (see `needsOf`), so a text that lacks one is skipped without being walked.
   */
  needs: readonly ReadonlySet<string>[];
  /** Each need's number, for a text's gate (`gateOf`). */
  needIds: readonly number[];
}

export interface Match {
  pattern: string;
  /** The pattern's place in the list given to findAll. */
  index: number;
  /** Token index range [first, last]. */
  first: number;
  last: number;
  /** Character offsets into the text. */
  start: number;
  end: number;
}

export class PatternError extends Error {
  constructor(source: string, reason: string) {
    super(`the phrase "${source.slice(0, 80)}" ${reason}`);
    this.name = 'PatternError';
  }
}

/** The most characters a scenario's keyword may have (scenario files are untrusted). */
export const MAX_PATTERN_CHARS = 300;

type Ast =
  | { kind: 'word'; test: WordTest }
  | { kind: 'gap'; max: number }
  | { kind: 'seq'; items: Ast[] }
  | { kind: 'alt'; options: Ast[] }
  | { kind: 'opt'; item: Ast }
  | { kind: 'not'; test: WordTest };

const OPERATORS = new Set(['(', ')', '|', '[', ']', '!']);

function parse(source: string, lenient: boolean): { ast: Ast; literals: string[] } {
  const literals: string[] = [];
  let i = 0;
  const fail = (reason: string): never => {
    throw new PatternError(source, reason);
  };
  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i] as string)) i += 1;
  };
  const readWord = (): string => {
    const begin = i;
    while (
      i < source.length &&
      !/\s/.test(source[i] as string) &&
      !OPERATORS.has(source[i] as string)
    )
      i += 1;
    return source.slice(begin, i).toLowerCase();
  };
  const testOf = (words: readonly string[]): WordTest => {
    const options = new Set<string>();
    const prefixes: string[] = [];
    let cls: WordClass | null = null;
    for (const word of words) {
      if (word.startsWith('#')) {
        const found = wordClass(word.slice(1));
        if (!found) fail(`names an unknown word class "${word}"`);
        if (words.length > 1) fail(`joins the class ${word} with other words; use a group`);
        cls = found as WordClass;
      } else if (word.endsWith('*')) {
        if (word.length < 2) fail('has a bare "*"');
        prefixes.push(word.slice(0, -1));
        literals.push(word);
      } else {
        options.add(word);
        literals.push(word);
      }
    }
    return { options, prefixes, cls };
  };
  /**
   * In a scenario's keyword (lenient), a literal is read as the tokenizer reads text: "any tips?"
   * is `any tips`, "a.m." is `a m`, "o’clock" is `o'clock`, a lone "—" is nothing.
   */
  const lenientWord = (word: string): Ast | null => {
    if (word.startsWith('#') || word.endsWith('*') || /^\.+$/.test(word)) return null;
    const tokens = tokenize(word);
    if (tokens.length === 1 && tokens[0]?.word === word) return null;
    if (tokens.length === 0) return { kind: 'seq', items: [] };
    return {
      kind: 'seq',
      items: tokens.map((t) => ({ kind: 'word', test: testOf([t.word]) }) as Ast),
    };
  };
  /** A word, or at the top level `a|b|c` alternatives of single words. */
  const readWordItem = (depth: number): Ast => {
    const first = readWord();
    if (first === '') fail(`has an empty word at character ${i + 1}`);
    if (/^\.+$/.test(first) && !(lenient && first !== '..' && first !== '...')) {
      if (first === '..') return { kind: 'gap', max: 3 };
      if (first === '...') return { kind: 'gap', max: 8 };
      fail(`has "${first}": a gap is ".." or "..."`);
    }
    const words = [first];
    while (depth === 0 && source[i] === '|') {
      i += 1;
      const next = readWord();
      if (next === '') fail('has an empty alternative');
      words.push(next);
    }
    if (lenient) {
      const read = words.map((w) => lenientWord(w));
      if (read.some((r) => r !== null)) {
        const options = words.map(
          (w, k) => read[k] ?? ({ kind: 'word', test: testOf([w]) } as Ast),
        );
        return options.length === 1 ? (options[0] as Ast) : { kind: 'alt', options };
      }
    }
    return { kind: 'word', test: testOf(words) };
  };
  const singleTest = (ast: Ast): WordTest => {
    if (ast.kind === 'word') return ast.test;
    if (ast.kind === 'alt' && ast.options.every((o) => o.kind === 'word')) {
      const tests = ast.options.map((o) => (o as { test: WordTest }).test);
      const classes = tests.filter((t) => t.cls);
      if (classes.length > 1) fail('negates more than one word class');
      return {
        options: new Set(tests.flatMap((t) => [...t.options])),
        prefixes: tests.flatMap((t) => t.prefixes),
        cls: classes[0]?.cls ?? null,
      };
    }
    return fail('negates something other than one word, a class or a group of single words');
  };
  const parseSeq = (depth: number): Ast => {
    const items: Ast[] = [];
    for (;;) {
      skipSpace();
      const c = source[i];
      if (c === undefined || c === ')' || c === ']' || (c === '|' && depth > 0)) break;
      let item: Ast;
      if (c === '(' || c === '[') {
        i += 1;
        item = parseAlt(depth + 1);
        const close = c === '(' ? ')' : ']';
        if (source[i] !== close) fail(`has an unclosed "${c}"`);
        i += 1;
        if (c === '[') item = { kind: 'opt', item };
      } else if (
        c === '!' &&
        (i + 1 >= source.length || /[\s)\]|]/.test(source[i + 1] as string))
      ) {
        // A lone "!" ("wow!") asserts nothing: the tokenizer drops it.
        if (!lenient) fail(`has a "!" that negates nothing at character ${i + 1}`);
        i += 1;
        continue;
      } else if (c === '!') {
        i += 1;
        const target =
          source[i] === '('
            ? (() => {
                i += 1;
                const alt = parseAlt(depth + 1);
                if (source[i] !== ')') fail('has an unclosed "("');
                i += 1;
                return alt;
              })()
            : readWordItem(depth);
        item = { kind: 'not', test: singleTest(target) };
      } else if (c === '|') {
        return fail(`has a stray "|" at character ${i + 1}`);
      } else item = readWordItem(depth);
      items.push(item);
    }
    return items.length === 1 ? (items[0] as Ast) : { kind: 'seq', items };
  };
  const parseAlt = (depth: number): Ast => {
    const options = [parseSeq(depth)];
    while (source[i] === '|') {
      i += 1;
      options.push(parseSeq(depth));
    }
    if (options.length === 1) return options[0] as Ast;
    // "(job|jobs|position)": alternatives of single words are one step that takes any of them.
    const words = options.filter((o) => o.kind === 'word' && !o.test.cls);
    if (words.length > 1) {
      const rest = options.filter((o) => !(o.kind === 'word' && !o.test.cls));
      const merged: Ast = {
        kind: 'word',
        test: {
          options: new Set(words.flatMap((o) => [...(o as { test: WordTest }).test.options])),
          prefixes: words.flatMap((o) => (o as { test: WordTest }).test.prefixes),
          cls: null,
        },
      };
      // The order of alternatives only decides which of two matches from one start is taken;
      // the single-word step goes first, as short alternatives did.
      return rest.length === 0 ? merged : { kind: 'alt', options: [merged, ...rest] };
    }
    return { kind: 'alt', options };
  };
  const ast = parseAlt(0);
  if (i < source.length) fail(`has an unopened "${source[i]}" at character ${i + 1}`);
  return { ast, literals };
}

/** Builds the step graph from the end, so every step's successors come before it. */
function build(ast: Ast, nodes: Node[], next: number): number {
  const add = (node: Node) => nodes.push(node) - 1;
  switch (ast.kind) {
    case 'word':
      return ast.test.cls && ast.test.options.size === 0 && ast.test.prefixes.length === 0
        ? add(step('class', { cls: ast.test.cls, next }))
        : add(step('word', { test: ast.test, few: fewOf(ast.test), next }));
    case 'gap': {
      let at = next;
      for (let k = 0; k < ast.max; k += 1)
        at = add(step('split', { nexts: [next, add(step('any', { next: at }))] }));
      return at;
    }
    case 'seq': {
      let at = next;
      for (let k = ast.items.length - 1; k >= 0; k -= 1) at = build(ast.items[k] as Ast, nodes, at);
      return at;
    }
    case 'alt': {
      const split = step('split', { nexts: ast.options.map((o) => build(o, nodes, next)) });
      split.dispatch = dispatchOf(nodes, split.nexts);
      return add(split);
    }
    case 'opt':
      return add(step('split', { nexts: [build(ast.item, nodes, next), next] }));
    case 'not':
      return add(step('not', { test: ast.test, few: fewOf(ast.test), next }));
  }
}

/** The longest span (in tokens) from each node to the end, and whether the end is reachable empty. */
function spans(nodes: readonly Node[]): { longest: number[]; empty: boolean[] } {
  const longest: number[] = [];
  const empty: boolean[] = [];
  for (const [n, node] of nodes.entries()) {
    switch (node.kind) {
      case 'accept':
        longest[n] = 0;
        empty[n] = true;
        break;
      case 'word':
      case 'any':
        longest[n] = 1 + (longest[node.next] as number);
        empty[n] = false;
        break;
      case 'class':
        longest[n] = (node.cls as WordClass).maxTokens + (longest[node.next] as number);
        empty[n] = false;
        break;
      case 'not':
        longest[n] = longest[node.next] as number;
        empty[n] = empty[node.next] as boolean;
        break;
      case 'split':
        longest[n] = Math.max(...node.nexts.map((x) => longest[x] as number));
        empty[n] = node.nexts.some((x) => empty[x]);
        break;
    }
  }
  return { longest, empty };
}

/** Equal word sets are one need with one number, so a text answers each once (`gateOf`). */
const needNumbers = new Map<string, number>();
const needSets: ReadonlySet<string>[] = [];
/** For each word, the needs it meets. */
const needsByWord = new Map<string, number[]>();

function intern(words: ReadonlySet<string>): number {
  const key = [...words].sort().join('|');
  const known = needNumbers.get(key);
  if (known !== undefined) return known;
  const id = needSets.push(words) - 1;
  needNumbers.set(key, id);
  for (const word of words) {
    const filed = needsByWord.get(word);
    if (filed) filed.push(id);
    else needsByWord.set(word, [id]);
  }
  return id;
}

/**
 * The word sets a match always passes through (see `Pattern.needs`), read from the tree: each word
 * of a sequence, and of alternatives the union of one need of each (the smallest), with the needs
 * every alternative shares: `(looking to|hoping to) fill` needs looking or hoping, to, and fill.
 */
function needsOf(ast: Ast): ReadonlySet<string>[] {
  const wordsOf = (test: WordTest): ReadonlySet<string> | null => {
    if (test.prefixes.length > 0) return null;
    if (test.cls) {
      if (!test.cls.words || test.options.size > 0) return null;
      return test.cls.words;
    }
    return test.options;
  };
  const keyOf = (words: ReadonlySet<string>) => [...words].sort().join('|');
  const walk = (node: Ast): ReadonlySet<string>[] => {
    switch (node.kind) {
      case 'word': {
        const words = wordsOf(node.test);
        return words && words.size > 0 ? [words] : [];
      }
      case 'seq':
        return node.items.flatMap(walk);
      case 'alt': {
        const each = node.options.map(walk);
        if (each.some((needs) => needs.length === 0)) return [];
        const union = new Set<string>();
        for (const needs of each) {
          const smallest = needs.reduce((a, b) => (b.size < a.size ? b : a));
          for (const w of smallest) union.add(w);
        }
        const shared = (each[0] as ReadonlySet<string>[]).filter((need) => {
          const key = keyOf(need);
          return each.every((needs) => needs.some((n) => keyOf(n) === key));
        });
        return [union, ...shared.filter((need) => keyOf(need) !== keyOf(union))];
      }
      default:
        return [];
    }
  };
  const needs = new Map<string, ReadonlySet<string>>();
  for (const need of walk(ast)) needs.set(keyOf(need), need);
  return [...needs.values()];
}

function meets(need: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  if (words.size <= need.size) {
    for (const w of words) if (need.has(w)) return true;
    return false;
  }
  for (const w of need) if (words.has(w)) return true;
  return false;
}

/** A text's answers to the needs of the patterns (see `Pattern.needs`), filled in as asked. */
export interface Gate {
  words: ReadonlySet<string>;
  /** Per need number known when the gate was made: 1 met, 0 not met. */
  state: Uint8Array;
}

/**
 * Gates' states are cut from shared slabs, each its own part of one, never handed out twice: a
 * typed array of a thousand bytes made alone is allocated outside the heap, slowly, once per text.
 */
const SLAB_BYTES = 64 * 1024;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

/** A new, zeroed byte array of this length. */
function freshBytes(length: number): Uint8Array {
  if (length > SLAB_BYTES / 4) return new Uint8Array(length);
  if (slabUsed + length > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  const bytes = new Uint8Array(slab, slabUsed, length);
  slabUsed += length;
  return bytes;
}

/** The needs the text's words meet, marked word by word (each word's needs, not each need's words). */
export function gateOf(words: ReadonlySet<string>): Gate {
  const state = freshBytes(needSets.length);
  for (const word of words) {
    const ids = needsByWord.get(word);
    if (ids) for (const id of ids) state[id] = 1;
  }
  return { words, state };
}

/** A word set as a need of its own (a rule's first words), to be asked of a gate with `meetsNeed`. */
export function needOf(words: ReadonlySet<string>): number {
  return intern(words);
}

/** Whether the gate's text has a word of the need. */
export function meetsNeed(gate: Gate, id: number): boolean {
  if (id < gate.state.length) return gate.state[id] === 1;
  return meets(needSets[id] as ReadonlySet<string>, gate.words);
}

/** Whether every word set the pattern needs meets the text's words. */
export function mayMatch(pattern: Pattern, gate: Gate): boolean {
  const state = gate.state;
  const ids = pattern.needIds;
  for (let k = 0; k < ids.length; k += 1) {
    const id = ids[k] as number;
    if (id < state.length) {
      if (state[id] === 0) return false;
    } else if (!meets(needSets[id] as ReadonlySet<string>, gate.words)) {
      // a need compiled after the gate was made (a scenario's keyword)
      return false;
    }
  }
  return true;
}

/** The literal words every match starts with, or null when a match may start at any word. */
function firstWordsOf(
  nodes: readonly Node[],
  start: number,
): { words: Set<string>; prefixes: Set<string> } | null {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  const stack = [start];
  const seen = new Set<number>();
  const take = (test: WordTest): boolean => {
    for (const w of test.options) words.add(w);
    for (const p of test.prefixes) {
      if (p.length < 2) return false;
      prefixes.add(p);
    }
    if (test.cls) {
      if (!test.cls.words) return false;
      for (const w of test.cls.words) words.add(w);
    }
    return true;
  };
  while (stack.length > 0) {
    const n = stack.pop() as number;
    if (seen.has(n)) continue;
    seen.add(n);
    const node = nodes[n] as Node;
    if (node.kind === 'split') stack.push(...node.nexts);
    else if (node.kind === 'not') stack.push(node.next);
    else if (node.kind === 'word') {
      if (!take(node.test as WordTest)) return null;
    } else if (node.kind === 'class' && node.cls?.words) {
      for (const w of node.cls.words) words.add(w);
    } else return null;
  }
  return { words, prefixes };
}

export function compile(source: string, options: { lenient?: boolean } = {}): Pattern {
  const { ast, literals } = parse(source.trim(), options.lenient ?? false);
  const nodes: Node[] = [step('accept')];
  const start = build(ast, nodes, 0);
  const { longest, empty } = spans(nodes);
  if (empty[start]) throw new PatternError(source, 'can match no word at all');
  const starts = firstWordsOf(nodes, start);
  const needs = needsOf(ast);
  return {
    source,
    nodes,
    start,
    maxSpan: longest[start] as number,
    firstWords: starts ? starts.words : null,
    firstPrefixes: starts ? starts.prefixes : new Set(),
    literals,
    needs,
    needIds: needs.map(intern),
  };
}

const builtIn: Pattern[] = [];

/** Compiles the product's own phrases, and files them for the tokenizer check. */
export function compileAll(sources: readonly string[]): Pattern[] {
  const patterns = sources.map((source) => compile(source));
  builtIn.push(...patterns);
  return patterns;
}

/** Every phrase compiled with `compileAll` since this module loaded (the checks read them). */
export function builtInPatterns(): readonly Pattern[] {
  return builtIn;
}

/**
 * A scenario's keyword: the same language, with its literals read as the tokenizer reads text
 * ("any tips?" is `any tips`, "9 a.m." is `9 a m`), because a scenario's author writes words, not
 * tokens. A keyword that still cannot be read throws a PatternError, which validation reports.
 */
export function compileKeyword(source: string): Pattern {
  return compile(source, { lenient: true });
}

export function compileKeywords(sources: readonly string[]): Pattern[] {
  return sources.map(compileKeyword);
}

/**
 * The literals of a pattern the tokenizer can never produce ("a.m" is two tokens, "o’clock" is
 * read as "o'clock"): a phrase holding one can never match, so the checks refuse it.
 */
export function impossibleLiterals(pattern: Pattern): string[] {
  return pattern.literals.filter((literal) => {
    const word = literal.endsWith('*') ? literal.slice(0, -1) : literal;
    const tokens = tokenize(word);
    return tokens.length !== 1 || tokens[0]?.word !== word;
  });
}

let stepsTaken = 0;

/**
 * The matcher's steps since this module loaded: one for each step of a pattern tried at a token.
 * It only grows; a test reads it before and after a call to measure the matching work done, which,
 * unlike a clock, does not depend on how busy the machine is.
 */
export function matcherSteps(): number {
  return stepsTaken;
}

/** The most steps one start of this pattern can take: each node at most once per offset. */
export function stepsPerStart(pattern: Pattern): number {
  return pattern.nodes.length * (pattern.maxSpan + 1);
}

/** Whether a word is one of a test's words (`few`, when not null, lists them all). */
function among(test: WordTest, few: readonly string[] | null, word: string): boolean {
  if (few === null) return test.options.has(word);
  for (let k = 0; k < few.length; k += 1) if (few[k] === word) return true;
  return false;
}

function passes(
  test: WordTest,
  few: readonly string[] | null,
  tokens: readonly Token[],
  t: number,
  text: string,
): boolean {
  const word = (tokens[t] as Token).word;
  if (test.cls && test.cls.consume(tokens, t, text) === 1) return true;
  if (among(test, few, word)) return true;
  for (const p of test.prefixes) if (word.startsWith(p)) return true;
  // A possessive matches its noun: "Mike's" is "Mike", "Queen's" stays "Queen's" too.
  return word.endsWith("'s") && among(test, few, word.slice(0, -2));
}

/**
 * One stamped table of (step, offset) pairs already explored from the current start, shared by
 * every pattern: each start takes a fresh stamp, so what an earlier start (of any pattern) wrote
 * reads as unexplored. One small table stays in the cache where a table per pattern (the job
 * table alone has 224 patterns of about 50 steps each) was spread over a megabyte of them.
 */
let seenTable = new Uint32Array(1024);
let seenStamp = 0;

/**
 * The match in progress. The step graph is walked by one module-level function reading these,
 * rather than a closure made per start, so a start allocates nothing.
 */
let walkNodes: readonly Node[] = [];
let walkTokens: readonly Token[] = [];
let walkText = '';
let walkStart = 0;
let walkWidth = 1;

function visit(n: number, at: number): number {
  const key = n * walkWidth + (at - walkStart);
  if (seenTable[key] === seenStamp) return -1;
  seenTable[key] = seenStamp;
  stepsTaken += 1;
  const node = walkNodes[n] as Node;
  switch (node.op) {
    case 0: // accept
      return at - 1;
    case 1: // word
      return at < walkTokens.length &&
        passes(node.test as WordTest, node.few, walkTokens, at, walkText)
        ? visit(node.next, at + 1)
        : -1;
    case 3: // any
      return at < walkTokens.length ? visit(node.next, at + 1) : -1;
    case 2: {
      // class
      const k =
        at < walkTokens.length ? (node.cls as WordClass).consume(walkTokens, at, walkText) : 0;
      return k > 0 ? visit(node.next, at + k) : -1;
    }
    case 5: // not
      return at < walkTokens.length &&
        passes(node.test as WordTest, node.few, walkTokens, at, walkText)
        ? -1
        : visit(node.next, at);
    default: {
      // split
      const nexts =
        node.dispatch === null
          ? node.nexts
          : at < walkTokens.length
            ? branchesFor(node, node.dispatch, (walkTokens[at] as Token).word)
            : node.dispatch.always;
      for (let k = 0; k < nexts.length; k += 1) {
        const end = visit(nexts[k] as number, at);
        if (end >= 0) return end;
      }
      return -1;
    }
  }
}

/** The last token index of the pattern's first match starting at token `t`, or -1. */
function matchAt(pattern: Pattern, tokens: readonly Token[], t: number, text: string): number {
  const size = pattern.nodes.length * (pattern.maxSpan + 1);
  if (size > seenTable.length) {
    // grown to the largest pattern walked (a pattern is at most MAX_PATTERN_CHARS long)
    seenTable = new Uint32Array(Math.max(size, seenTable.length * 2));
    seenStamp = 0;
  }
  seenStamp += 1;
  if (seenStamp === 0xffffffff) {
    seenTable.fill(0);
    seenStamp = 1;
  }
  walkNodes = pattern.nodes;
  walkTokens = tokens;
  walkText = text;
  walkStart = t;
  walkWidth = pattern.maxSpan + 1;
  return visit(pattern.start, t);
}

/**
 * Which patterns can start at a word: those that must start with a literal word are filed under
 * each such word, the rest are tried everywhere. Built once per list of patterns, so a scenario
 * with thousands of keywords costs per word of text only the patterns that can start there.
 */
interface StartIndex {
  byWord: Map<string, number[]>;
  /** Patterns that may start with a prefix, filed under its first two letters (`twoLetters`). */
  byPrefix: Map<number, number[]>;
  anywhere: number[];
  /** The candidates of each word in `byWord`, merged when the index is built. */
  exact: Map<string, readonly number[]>;
  /** The candidates of other words that a possessive or a prefix makes candidates, once each. */
  merged: Map<string, readonly number[]>;
  /**
   * Every pattern's `needIds`, one after another in one array (pattern i's from `needFrom[i]` to
   * `needFrom[i + 1]`), so the gate is asked of each candidate without reaching into the pattern.
   */
  needFrom: Int32Array;
  needs: Int32Array;
}

const indexes = new WeakMap<readonly Pattern[], StartIndex>();

/** A word's first two letters as one number, the key of `StartIndex.byPrefix` (-1: shorter). */
function twoLetters(word: string): number {
  return word.length < 2 ? -1 : word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
}

function startIndex(patterns: readonly Pattern[]): StartIndex {
  let index = indexes.get(patterns);
  if (index) return index;
  index = {
    byWord: new Map(),
    byPrefix: new Map(),
    anywhere: [],
    exact: new Map(),
    merged: new Map(),
    needFrom: new Int32Array(patterns.length + 1),
    needs: new Int32Array(patterns.reduce((n, p) => n + p.needIds.length, 0)),
  };
  let filled = 0;
  for (const [i, pattern] of patterns.entries()) {
    index.needFrom[i] = filled;
    index.needs.set(pattern.needIds, filled);
    filled += pattern.needIds.length;
  }
  index.needFrom[patterns.length] = filled;
  for (const [i, pattern] of patterns.entries()) {
    if (!pattern.firstWords) {
      index.anywhere.push(i);
      continue;
    }
    for (const option of pattern.firstWords) {
      const filed = index.byWord.get(option);
      if (filed) filed.push(i);
      else index.byWord.set(option, [i]);
    }
    for (const key of new Set([...pattern.firstPrefixes].map(twoLetters))) {
      const filed = index.byPrefix.get(key);
      if (filed) filed.push(i);
      else index.byPrefix.set(key, [i]);
    }
  }
  for (const word of index.byWord.keys()) index.exact.set(word, mergedList(index, word));
  indexes.set(patterns, index);
  return index;
}

/** The patterns that can start at this word, in their order in the list. */
function mergedList(index: StartIndex, word: string): readonly number[] {
  const exact = index.byWord.get(word);
  const possessive = word.endsWith("'s") ? index.byWord.get(word.slice(0, -2)) : undefined;
  const prefixed = index.byPrefix.size > 0 ? index.byPrefix.get(twoLetters(word)) : undefined;
  if (!exact && !possessive && !prefixed) return index.anywhere;
  if (index.anywhere.length === 0 && !possessive && !prefixed) return exact as number[];
  return [
    ...new Set([...index.anywhere, ...(exact ?? []), ...(possessive ?? []), ...(prefixed ?? [])]),
  ].sort((a, b) => a - b);
}

/**
 * The patterns that can start at this word: a first word's list, merged when the index was built;
 * for a possessive or a word a prefix may start, merged once per word; else those tried anywhere.
 */
function candidates(index: StartIndex, word: string): readonly number[] {
  const exact = index.exact.get(word);
  if (exact) return exact;
  if (!word.endsWith("'s") && (index.byPrefix.size === 0 || !index.byPrefix.has(twoLetters(word))))
    return index.anywhere;
  const cached = index.merged.get(word);
  if (cached) return cached;
  const list = mergedList(index, word);
  // Bounded: a hostile text of many distinct words empties the cache rather than growing it.
  if (index.merged.size > 4096) index.merged.clear();
  index.merged.set(word, list);
  return list;
}

/**
 * The one walk of the matcher: from each token in order, each pattern that can start there (in
 * its order in the list), unless the text's `gate` says it needs a word the text lacks, or its
 * owner wants no more matches (`findOwned`); the matches in the order found, or only the first.
 * One loop without callbacks: it runs for every unit of every text.
 */
function walk(
  patterns: readonly Pattern[],
  tokens: readonly Token[],
  text: string,
  gate: Gate | null,
  owner: readonly number[] | null,
  wanted: number[] | null,
  onlyFirst: boolean,
): Match[] {
  const matches: Match[] = [];
  const index = startIndex(patterns);
  const { needFrom, needs } = index;
  const state = gate === null ? null : gate.state;
  for (let t = 0; t < tokens.length; t += 1) {
    const list = candidates(index, (tokens[t] as Token).word);
    candidate: for (let c = 0; c < list.length; c += 1) {
      const i = list[c] as number;
      if (wanted !== null && (wanted[(owner as readonly number[])[i] as number] as number) <= 0)
        continue;
      if (state !== null) {
        // mayMatch(patterns[i], gate), read from the index's copy of the pattern's needs
        for (let k = needFrom[i] as number, end = needFrom[i + 1] as number; k < end; k += 1) {
          const id = needs[k] as number;
          if (id < state.length) {
            if (state[id] === 0) continue candidate;
          } else if (!meets(needSets[id] as ReadonlySet<string>, (gate as Gate).words)) {
            // a need compiled after the gate was made (a scenario's keyword)
            continue candidate;
          }
        }
      }
      const pattern = patterns[i] as Pattern;
      const last = matchAt(pattern, tokens, t, text);
      if (last < t) continue;
      matches.push({
        pattern: pattern.source,
        index: i,
        first: t,
        last,
        start: (tokens[t] as Token).start,
        end: (tokens[last] as Token).end,
      });
      if (onlyFirst) return matches;
      if (wanted !== null) {
        const r = (owner as readonly number[])[i] as number;
        wanted[r] = (wanted[r] as number) - 1;
      }
    }
  }
  return matches;
}

/**
 * Every match of the patterns in the tokens, first by position: for each starting word, each
 * pattern's first match from there. `text` is the text the tokens came from; the classes that read
 * the characters between tokens (`#time`, `#email`) need it. `gate`, the gate of a text the tokens
 * are part of, lets the patterns that need a word it lacks go unwalked (the same matches).
 */
export function findAll(
  patterns: readonly Pattern[],
  tokens: readonly Token[],
  text = '',
  gate: Gate | null = null,
): Match[] {
  return walk(patterns, tokens, text, gate, null, null, false);
}

/**
 * findAll for a table of rules: `owner[i]` is the rule of pattern i, and `wanted[r]` how many more
 * matches rule r needs in these tokens (0: none, so its patterns are not walked at all). Taken
 * matches lower `wanted`, which the caller gives fresh for each unit.
 */
export function findOwned(
  patterns: readonly Pattern[],
  tokens: readonly Token[],
  text: string,
  owner: readonly number[],
  wanted: number[],
  gate: Gate | null = null,
): Match[] {
  return walk(patterns, tokens, text, gate, owner, wanted, false);
}

/**
 * The match of the patterns that starts first in the tokens (the first pattern's, of those that
 * start at one word), or null: findAll's first, without walking past it.
 */
export function firstMatch(
  patterns: readonly Pattern[],
  tokens: readonly Token[],
  text = '',
  gate: Gate | null = null,
): Match | null {
  return walk(patterns, tokens, text, gate, null, null, true)[0] ?? null;
}

/** The first match of the patterns in a text, or null. */
export function findFirst(patterns: readonly Pattern[], text: string): Match | null {
  return firstMatch(patterns, tokenize(text), text);
}
