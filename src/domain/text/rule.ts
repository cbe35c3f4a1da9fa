import { splitClauses, type Clause } from './clauses.ts';
import {
  compileAll,
  findAll,
  firstMatch,
  gateOf,
  mayMatch,
  type Gate,
  type Match,
  type Pattern,
} from './patterns.ts';
import type { Token } from './words.ts';

/**
 * Rules: the analyzers' tables are lists of these. A rule reports one id (a pitfall, a credit or a
 * conversational move) when one of its phrases matches inside a unit of text (a clause, a
 * sentence or the whole text) that holds none of its exceptions and, if it names any, one of its
 * requirements. Its evidence is the matched words or the whole unit. Every rule carries examples
 * that must and must not fire it; a generated test runs them all (tests/domain/text/rules.test.ts).
 *
 * A clause ends at sentence punctuation, a semicolon or a turn word ("but", "however"), so an
 * exception in one clause does not cancel a match in the next: "I know this is informational, but
 * if your team is hiring…" still asks for a job.
 */

/** `pair`: a sentence together with the one before it, where "that" or "it" points back. */
export type Scope = 'clause' | 'sentence' | 'pair' | 'text';

export interface RuleSpec<Id extends string = string> {
  /** A name for the rule, unique in its table: `job_request.availability`. */
  name: string;
  /** The id it reports. */
  reports: Id;
  /** Phrases (patterns.ts) any one of which fires the rule. */
  match: readonly string[];
  /** Phrases that, found in the same unit, stop the rule there. */
  unless?: readonly string[];
  /**
   * Qualifiers that stop the rule only near its match: in the same unit, at most `NEAR_WORDS`
   * words before the match's first word or after its last ("in the field", "most firms"). In a
   * long sentence, a "field course" twenty words before "would there be any chance of a summer
   * placement in your lab" qualifies nothing.
   */
  unlessNear?: readonly string[];
  /** Phrases each of which must also be in the unit (write one of several as a group). */
  requires?: readonly string[];
  /** The unit must be a question (its sentence ends with "?"). */
  question?: boolean;
  /** Where the phrases and their exceptions are looked for; a clause unless said otherwise. */
  scope?: Scope;
  /** What the evidence quotes: the matched words (the default) or the unit they are in. */
  evidence?: 'match' | 'unit';
  examples: { match: readonly string[]; noMatch: readonly string[] };
}

export interface Rule<Id extends string = string> extends RuleSpec<Id> {
  patterns: readonly Pattern[];
  /** The words any match must start with, or null when a phrase may start anywhere. */
  starts: ReadonlySet<string> | null;
  exceptions: readonly Pattern[];
  nearExceptions: readonly Pattern[];
  /** Each requirement as a list of one, so the matcher's index is built once per rule. */
  requirements: readonly (readonly Pattern[])[];
}

export function defineRules<Id extends string>(specs: readonly RuleSpec<Id>[]): Rule<Id>[] {
  return specs.map((spec) => {
    const patterns = compileAll(spec.match);
    const starts = patterns.every((p) => p.firstWords && p.firstPrefixes.size === 0)
      ? new Set(patterns.flatMap((p) => [...(p.firstWords as ReadonlySet<string>)]))
      : null;
    return {
      ...spec,
      patterns,
      starts,
      exceptions: compileAll(spec.unless ?? []),
      nearExceptions: compileAll(spec.unlessNear ?? []),
      requirements: compileAll(spec.requires ?? []).map((p) => [p]),
    };
  });
}

/** A unit of text a rule looks in. */
export interface Unit {
  tokens: readonly Token[];
  start: number;
  end: number;
  question: boolean;
}

/** A text read once for every rule applied to it. */
export interface Doc {
  text: string;
  /** Every word of the text (and each possessive's noun), to skip rules that cannot match. */
  words: ReadonlySet<string>;
  /** Which of the phrases' needed words the text has, answered once each. */
  gate: Gate;
  clauses: readonly Clause[];
  sentences: readonly Unit[];
  whole: Unit;
}

export function readDoc(text: string, clauses: readonly Clause[] = splitClauses(text)): Doc {
  const sentences: Unit[] = [];
  let current: { tokens: Token[]; start: number; end: number; question: boolean } | null = null;
  let index = -1;
  for (const clause of clauses) {
    if (!current || clause.sentence !== index) {
      current = { tokens: [], start: clause.start, end: clause.end, question: clause.question };
      sentences.push(current);
      index = clause.sentence;
    }
    current.tokens.push(...clause.tokens);
    current.end = clause.end;
  }
  const tokens = clauses.flatMap((c) => c.tokens);
  const words = new Set<string>();
  for (const t of tokens) {
    words.add(t.word);
    if (t.word.endsWith("'s")) words.add(t.word.slice(0, -2));
  }
  return {
    text,
    words,
    gate: gateOf(words),
    clauses,
    sentences,
    whole: {
      tokens,
      start: tokens[0]?.start ?? 0,
      end: tokens[tokens.length - 1]?.end ?? 0,
      question: clauses.some((c) => c.question),
    },
  };
}

export function unitsOf(doc: Doc, scope: Scope): readonly Unit[] {
  if (scope === 'clause') return doc.clauses;
  if (scope === 'sentence') return doc.sentences;
  if (scope === 'pair') return pairsOf(doc);
  return [doc.whole];
}

const pairs = new WeakMap<Doc, readonly Unit[]>();

/** Each sentence joined to the one before it (the first alone), built once per doc. */
function pairsOf(doc: Doc): readonly Unit[] {
  const known = pairs.get(doc);
  if (known) return known;
  const units = doc.sentences.map((sentence, i) => {
    const before = doc.sentences[i - 1];
    if (!before) return sentence;
    return {
      tokens: [...before.tokens, ...sentence.tokens],
      start: before.start,
      end: sentence.end,
      question: sentence.question,
    };
  });
  pairs.set(doc, units);
  return units;
}

export interface Hit<Id extends string = string> {
  rule: Rule<Id>;
  /** Character offsets of the evidence in the doc's text. */
  start: number;
  end: number;
  unit: Unit;
  match: Match;
}

/** The rule's first hit in the doc, or null. */
export function firstHit<Id extends string>(rule: Rule<Id>, doc: Doc): Hit<Id> | null {
  return ruleHits(rule, doc, true)[0] ?? null;
}

/** The rule's hits, the first in each unit it fires in (or only the first of all). */
function ruleHits<Id extends string>(rule: Rule<Id>, doc: Doc, onlyFirst: boolean): Hit<Id>[] {
  const hits: Hit<Id>[] = [];
  if (rule.starts && !mayStart(rule.starts, doc.words)) return hits;
  // A phrase needing a word the text lacks cannot match; a rule none of whose phrases can, or one
  // of whose requirements cannot, is skipped whole.
  if (!rule.patterns.some((p) => mayMatch(p, doc.gate))) return hits;
  if (rule.requirements.some((r) => !mayMatch(r[0] as Pattern, doc.gate))) return hits;
  const units = unitsOf(doc, rule.scope ?? 'clause');
  const excepts = rule.exceptions.some((p) => mayMatch(p, doc.gate));
  const qualifies = rule.nearExceptions.some((p) => mayMatch(p, doc.gate));
  for (const unit of units) {
    if (rule.question && !unit.question) continue;
    // The requirements first: they are the rarer parts of a rule, so most units stop there.
    if (rule.requirements.some((r) => !firstMatch(r, unit.tokens, doc.text))) continue;
    const match = firstUnexcepted(rule, unit, doc.text, excepts, qualifies);
    if (!match) continue;
    const whole = rule.evidence === 'unit';
    hits.push({
      rule,
      start: whole ? unit.start : match.start,
      end: whole ? unit.end : match.end,
      unit,
      match,
    });
    if (onlyFirst) break;
  }
  return hits;
}

/** How far from a match, in words, an `unlessNear` qualifier still counts. */
export const NEAR_WORDS = 12;

/** Most matches in one unit checked against the qualifiers near them. */
const MAX_MATCHES_CHECKED = 8;

/** The unit's first match, unless an exception is in the unit or a qualifier is near it. */
function firstUnexcepted(
  rule: Rule,
  unit: Unit,
  text: string,
  excepts: boolean,
  qualifies: boolean,
): Match | undefined {
  if (!qualifies) {
    const match = firstMatch(rule.patterns, unit.tokens, text);
    if (!match) return undefined;
    if (excepts && firstMatch(rule.exceptions, unit.tokens, text)) return undefined;
    return match;
  }
  const matches = findAll(rule.patterns, unit.tokens, text);
  if (matches.length === 0) return undefined;
  if (excepts && firstMatch(rule.exceptions, unit.tokens, text)) return undefined;
  const qualifiers = findAll(rule.nearExceptions, unit.tokens, text);
  if (qualifiers.length === 0) return matches[0];
  const tokens = unit.tokens;
  for (const match of matches.slice(0, MAX_MATCHES_CHECKED)) {
    const from = (tokens[Math.max(0, match.first - NEAR_WORDS)] as Token).start;
    const to = (tokens[Math.min(tokens.length - 1, match.last + NEAR_WORDS)] as Token).end;
    if (!qualifiers.some((q) => q.start >= from && q.end <= to)) return match;
  }
  return undefined;
}

/** Every hit of the table's rules, the first of each rule in each unit, in text order. */
export function allHits<Id extends string>(rules: readonly Rule<Id>[], doc: Doc): Hit<Id>[] {
  return rules.flatMap((rule) => ruleHits(rule, doc, false)).sort((a, b) => a.start - b.start);
}

/** Whether any of the words a rule's phrases start with is in the text (the smaller set is walked). */
function mayStart(starts: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  if (words.size <= starts.size) {
    for (const w of words) if (starts.has(w)) return true;
    return false;
  }
  for (const w of starts) if (words.has(w)) return true;
  return false;
}

/** The earliest hit of any rule in the table that reports `id`, or null. */
export function firstHitOf<Id extends string>(
  rules: readonly Rule<Id>[],
  doc: Doc,
  id?: Id,
): Hit<Id> | null {
  let best: Hit<Id> | null = null;
  for (const rule of rules) {
    if (id !== undefined && rule.reports !== id) continue;
    const hit = firstHit(rule, doc);
    if (hit && (!best || hit.start < best.start)) best = hit;
  }
  return best;
}

/** Every id of the table that fires in the doc, with its earliest hit. */
export function hitsOf<Id extends string>(rules: readonly Rule<Id>[], doc: Doc): Map<Id, Hit<Id>> {
  const hits = new Map<Id, Hit<Id>>();
  for (const rule of rules) {
    const hit = firstHit(rule, doc);
    const known = hits.get(rule.reports);
    if (hit && (!known || hit.start < known.start)) hits.set(rule.reports, hit);
  }
  return hits;
}

/** The phrases of every rule in the table that reports `id`, for code that reads them directly. */
export function patternsReporting<Id extends string>(
  rules: readonly Rule<Id>[],
  id: Id,
): readonly Pattern[] {
  return rules.filter((r) => r.reports === id).flatMap((r) => r.patterns);
}

/** Every table of rules, for the generated test of their examples. */
const tables = new Map<string, readonly Rule[]>();

export function registerRules<Id extends string>(
  table: string,
  rules: readonly Rule<Id>[],
): readonly Rule<Id>[] {
  tables.set(table, rules as readonly Rule[]);
  return rules;
}

export function ruleTables(): ReadonlyMap<string, readonly Rule[]> {
  return tables;
}
