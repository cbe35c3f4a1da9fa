import { once, remembering } from './once.ts';
import { splitClauses, tokensOf, type Clause } from './clauses.ts';
import {
  compileAll,
  findAll,
  findOwned,
  firstMatch,
  gateOf,
  mayMatch,
  meetsNeed,
  needOf,
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
  /** `starts` as a need of the gate (see patterns.ts), or -1. */
  startNeed: number;
  exceptions: readonly Pattern[];
  nearExceptions: readonly Pattern[];
  /** Each requirement as a list of one, so the matcher's index is built once per rule. */
  requirements: readonly (readonly Pattern[])[];
  /**
   * The needs a doc's gate must meet for the rule to fire at all (`canFire`): its first words'
   * (`startNeed`), then every need of each requirement, in one array read without reaching into
   * the patterns.
   */
  fireNeeds: Int32Array;
  /**
   * Every phrase's needs, one phrase after another in one array (phrase i's from
   * `phraseNeedFrom[i]` to `phraseNeedFrom[i + 1]`): `canFire` asks them of every rule of a table
   * for every text, and reading them from the compiled phrases costs a trip to each phrase.
   */
  phraseNeeds: Int32Array;
  phraseNeedFrom: Int32Array;
}

export function defineRules<Id extends string>(specs: readonly RuleSpec<Id>[]): Rule<Id>[] {
  return specs.map((spec) => {
    const patterns = compileAll(spec.match);
    const starts = patterns.every((p) => p.firstWords && p.firstPrefixes.size === 0)
      ? new Set(patterns.flatMap((p) => [...(p.firstWords as ReadonlySet<string>)]))
      : null;
    const startNeed = starts ? needOf(starts) : -1;
    const requirements = compileAll(spec.requires ?? []).map((p) => [p]);
    const phraseNeedFrom = new Int32Array(patterns.length + 1);
    for (const [i, p] of patterns.entries())
      phraseNeedFrom[i + 1] = (phraseNeedFrom[i] as number) + p.needIds.length;
    return {
      ...spec,
      patterns,
      starts,
      startNeed,
      exceptions: compileAll(spec.unless ?? []),
      nearExceptions: compileAll(spec.unlessNear ?? []),
      requirements,
      fireNeeds: Int32Array.from([
        ...(startNeed >= 0 ? [startNeed] : []),
        ...requirements.flatMap((r) => (r[0] as Pattern).needIds),
      ]),
      phraseNeeds: Int32Array.from(patterns.flatMap((p) => p.needIds)),
      phraseNeedFrom,
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
  // Read once while a log is scored, when these are the text's own clauses.
  if (remembering() && clauses === splitClauses(text))
    return once('doc', text, () => docFrom(text, clauses));
  return docFrom(text, clauses);
}

function docFrom(text: string, clauses: readonly Clause[]): Doc {
  const tokens = tokensOf(clauses);
  const words = new Set<string>();
  for (const t of tokens) {
    words.add(t.word);
    if (t.word.endsWith("'s")) words.add(t.word.slice(0, -2));
  }
  return docOf(text, clauses, tokens, words, gateOf(words));
}

function docOf(
  text: string,
  clauses: readonly Clause[],
  tokens: Token[],
  words: ReadonlySet<string>,
  gate: Gate,
): Doc {
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
  return {
    text,
    words,
    gate,
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

/** What a doc allows of a rule, read once: whether it can fire at all, and which exceptions apply. */
interface Allowed {
  active: boolean;
  /** 0 not yet asked, 1 yes, 2 no. */
  excepts: 0 | 1 | 2;
  qualifies: 0 | 1 | 2;
  rule: Rule;
  gate: Gate;
}

function excepts(allow: Allowed): boolean {
  if (allow.excepts === 0)
    allow.excepts = allow.rule.exceptions.some((p) => mayMatch(p, allow.gate)) ? 1 : 2;
  return allow.excepts === 1;
}

function qualifies(allow: Allowed): boolean {
  if (allow.qualifies === 0)
    allow.qualifies = allow.rule.nearExceptions.some((p) => mayMatch(p, allow.gate)) ? 1 : 2;
  return allow.qualifies === 1;
}

/**
 * Whether a rule can fire in a doc at all. A phrase needing a word the text lacks cannot match: a
 * rule whose first words are not in the text, or one of whose requirements cannot match, or none
 * of whose phrases has every word it needs in the text, is skipped whole. The first words alone
 * let through most of a big table on an ordinary question ("is", "do", "your" begin many phrases
 * of the job request's), and each rule let through costs its scope's walk and its bookkeeping in
 * every unit; asking of each phrase whether it can match is a few bytes read per need.
 */
function canFire(rule: Rule, gate: Gate): boolean {
  // meetsNeed(gate, rule.startNeed), and mayMatch(requirement, gate) for each requirement
  const needs = rule.fireNeeds;
  for (let k = 0; k < needs.length; k += 1) if (!meetsNeed(gate, needs[k] as number)) return false;
  // mayMatch(phrase, gate) for some phrase
  const from = rule.phraseNeedFrom;
  const phraseNeeds = rule.phraseNeeds;
  phrase: for (let p = 0; p + 1 < from.length; p += 1) {
    for (let k = from[p] as number, end = from[p + 1] as number; k < end; k += 1)
      if (!meetsNeed(gate, phraseNeeds[k] as number)) continue phrase;
    return true;
  }
  return false;
}

function allowed(rule: Rule, doc: Doc): Allowed {
  // Whether exceptions can apply is only asked once the rule has matched somewhere (0: not yet).
  return { active: canFire(rule, doc.gate), excepts: 0, qualifies: 0, rule, gate: doc.gate };
}

/**
 * The rule's hit in one unit, or null. `matches`, when given, are the rule's matches in the unit
 * already found (by a scan of its whole table), in order.
 */
function hitIn<Id extends string>(
  rule: Rule<Id>,
  unit: Unit,
  text: string,
  allow: Allowed,
  matches?: readonly Match[],
): Hit<Id> | null {
  if (rule.question && !unit.question) return null;
  // The requirements first: they are the rarer parts of a rule, so most units stop there.
  if (rule.requirements.some((r) => !firstMatch(r, unit.tokens, text, allow.gate))) return null;
  const match = firstUnexcepted(rule, unit, text, allow, matches);
  if (!match) return null;
  const whole = rule.evidence === 'unit';
  return {
    rule,
    start: whole ? unit.start : match.start,
    end: whole ? unit.end : match.end,
    unit,
    match,
  };
}

/** The rule's hits, the first in each unit it fires in (or only the first of all). */
function ruleHits<Id extends string>(rule: Rule<Id>, doc: Doc, onlyFirst: boolean): Hit<Id>[] {
  const hits: Hit<Id>[] = [];
  const allow = allowed(rule, doc);
  if (!allow.active) return hits;
  for (const unit of unitsOf(doc, rule.scope ?? 'clause')) {
    const hit = hitIn(rule, unit, doc.text, allow);
    if (!hit) continue;
    hits.push(hit);
    if (onlyFirst) break;
  }
  return hits;
}

/** A table's phrases of one scope, joined so that a unit is walked once for all its rules. */
interface ScopeScan {
  scope: Scope;
  rules: readonly number[];
  patterns: readonly Pattern[];
  /** For each phrase, the place of its rule in the table. */
  owner: readonly number[];
}

const scans = new WeakMap<readonly Rule[], readonly ScopeScan[]>();

function scansOf(rules: readonly Rule[]): readonly ScopeScan[] {
  const known = scans.get(rules);
  if (known) return known;
  const byScope = new Map<Scope, { rules: number[]; patterns: Pattern[]; owner: number[] }>();
  for (const [r, rule] of rules.entries()) {
    const scope = rule.scope ?? 'clause';
    let scan = byScope.get(scope);
    if (!scan) {
      scan = { rules: [], patterns: [], owner: [] };
      byScope.set(scope, scan);
    }
    scan.rules.push(r);
    for (const p of rule.patterns) {
      scan.patterns.push(p);
      scan.owner.push(r);
    }
  }
  const made = [...byScope].map(([scope, scan]) => ({ scope, ...scan }));
  scans.set(rules, made);
  return made;
}

/**
 * The table's hits: per rule, the first in each unit it fires in (`each`), only its first
 * (`first`), or, for `earliest`, enough to know the earliest hit of all (a scope's walk stops once
 * a unit has a hit, and one unit later for overlapping pairs). The same hits as rule by rule, but
 * each unit is walked once for all the table's phrases, and a rule that cannot fire, or has what
 * it needs, is not walked at all.
 */
const freshCounts: number[] = [];
const wantedCounts: number[] = [];

/** `list`'s first `length` places set to 0 (grown to `length` if shorter). */
function scratch(list: number[], length: number): number[] {
  for (let k = 0; k < length; k += 1) list[k] = 0;
  return list;
}

function tableHits<Id extends string>(
  rules: readonly Rule<Id>[],
  doc: Doc,
  mode: 'each' | 'first' | 'earliest',
): Hit<Id>[] {
  const hits: Hit<Id>[] = [];
  // Each rule is in one scope, so each is asked once whether it can fire, and what it allows (an
  // object only for a rule that can fire).
  const allows: (Allowed | undefined)[] = new Array<Allowed | undefined>(rules.length);
  for (const scan of scansOf(rules)) {
    const active: number[] = [];
    for (const r of scan.rules) {
      if (!canFire(rules[r] as Rule, doc.gate)) continue;
      active.push(r);
      allows[r] = {
        active: true,
        excepts: 0,
        qualifies: 0,
        rule: rules[r] as Rule,
        gate: doc.gate,
      };
    }
    if (active.length === 0) continue;
    const units = unitsOf(doc, scan.scope);
    // How many matches each rule wants in a unit: none when it cannot fire or has fired (and
    // only its first is asked for), one, or enough to find one clear of its near qualifiers.
    // The same two arrays for every table and scope (a table is scanned to its end before the
    // next is), cleared for this one: a thousand logs read several tables in every text.
    const fresh = scratch(freshCounts, rules.length);
    for (const r of active) fresh[r] = qualifies(allows[r] as Allowed) ? MAX_MATCHES_CHECKED : 1;
    const want = scratch(wantedCounts, rules.length);
    let done = 0;
    let stopAt = Infinity;
    for (let u = 0; u < units.length; u += 1) {
      if (u > stopAt) break;
      const unit = units[u] as Unit;
      for (const r of active) want[r] = fresh[r] as number;
      const matches = findOwned(scan.patterns, unit.tokens, doc.text, scan.owner, want, doc.gate);
      if (matches.length === 0) continue;
      const byRule = new Map<number, Match[]>();
      for (const m of matches) {
        const r = scan.owner[m.index] as number;
        const list = byRule.get(r);
        if (list) list.push(m);
        else byRule.set(r, [m]);
      }
      for (const [r, list] of byRule) {
        const hit = hitIn(rules[r] as Rule<Id>, unit, doc.text, allows[r] as Allowed, list);
        if (!hit) continue;
        hits.push(hit);
        if (mode !== 'each') {
          // the rule has fired: it wants no more matches in this doc
          fresh[r] = 0;
          done += 1;
        }
        if (mode === 'earliest' && stopAt === Infinity) stopAt = scan.scope === 'pair' ? u + 1 : u;
      }
      if (mode === 'first' && done === active.length) break;
    }
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
  allow: Allowed,
  found?: readonly Match[],
): Match | undefined {
  if (!found) {
    const match = firstMatch(rule.patterns, unit.tokens, text, allow.gate);
    if (!match) return undefined;
    if (!qualifies(allow)) {
      if (excepts(allow) && firstMatch(rule.exceptions, unit.tokens, text, allow.gate))
        return undefined;
      return match;
    }
  }
  const matches = found ?? findAll(rule.patterns, unit.tokens, text, allow.gate);
  if (matches.length === 0) return undefined;
  if (excepts(allow) && firstMatch(rule.exceptions, unit.tokens, text, allow.gate))
    return undefined;
  if (!qualifies(allow)) return matches[0];
  const qualifiers = findAll(rule.nearExceptions, unit.tokens, text, allow.gate);
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
  return tableHits(rules, doc, 'each').sort((a, b) => a.start - b.start);
}

/** The earliest hit of any rule in the table that reports `id`, or null. */
export function firstHitOf<Id extends string>(
  rules: readonly Rule<Id>[],
  doc: Doc,
  id?: Id,
): Hit<Id> | null {
  let best: Hit<Id> | null = null;
  const table = id === undefined ? rules : rules.filter((rule) => rule.reports === id);
  for (const hit of id === undefined
    ? tableHits(table, doc, 'earliest')
    : table.flatMap((rule) => ruleHits(rule, doc, true)))
    if (!best || hit.start < best.start) best = hit;
  return best;
}

/** Every id of the table that fires in the doc, with its earliest hit. */
export function hitsOf<Id extends string>(rules: readonly Rule<Id>[], doc: Doc): Map<Id, Hit<Id>> {
  const hits = new Map<Id, Hit<Id>>();
  for (const hit of tableHits(rules, doc, 'first')) {
    const known = hits.get(hit.rule.reports);
    if (!known || hit.start < known.start) hits.set(hit.rule.reports, hit);
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
