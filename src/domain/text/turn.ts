import type { Scenario, Topic } from '../scenario/scenario.schema.ts';
import { isBuiltInTopic } from '../scenario/constants.ts';
import type { CreditId, PitfallId } from '../vocabulary.ts';
import { splitClauses, tokensOf, type Clause } from './clauses.ts';
import { INDIRECT_ASKS, JOB_NOUNS, NEGATIONS } from './lexicon.ts';
import { TOPIC_CUES, TOPIC_PRIORITY } from './rules/topics.ts';
import { prepareTopics, readTopic, type TopicReading } from './topic-reading.ts';
import { compileKeywords, findAll, firstMatch, type Gate, type Pattern } from './patterns.ts';
import type { Token } from './words.ts';
import { allHits, firstHitOf, hitsOf, readDoc, type Doc } from './rule.ts';
import { readQuestion } from './open-question.ts';
import { CLOSING_MOVES, TURN_RULES, type TurnRuleId } from './rules/turn.ts';
import { PITFALLS } from '../vocabulary.ts';
import { SELF } from './word-classes.ts';
import { once, remembering } from './once.ts';

const SELF_SET = new Set<string>(SELF);
import { JOB_REQUEST_RULES, NOT_A_JOB_RULES } from './rules/job-request.ts';
import {
  JOB_READER_SCALE,
  JOB_READER_THRESHOLD,
  JOB_READER_WEIGHTS,
} from './rules/job-request-weights.ts';
import { decodeWeights, readerFinds, type ReaderModel } from './job-reader.ts';

/** Evidence for a feature: the quoted span of the student's text, or what was missing. */
export type Evidence =
  | { quote: string; field: 'text' | 'subject' | 'body'; start: number; end: number }
  | { quote: ''; missing: string };

export interface Finding<Id extends string> {
  id: Id;
  evidence: Evidence;
}

export type TurnMove =
  | 'asks_notes_permission'
  | 'acknowledges_time'
  | 'offers_email_followup'
  | 'asks_referral'
  | 'thanks_contact'
  | 'talks_about_self'
  | 'offers_resume'
  | 'asks_for_job'
  | 'expects_outcome'
  | 'asks_public_fact'
  | 'asks_about_own_future'
  | 'remarks_unprofessionally';

export interface TurnAnalysis {
  kind: 'turn';
  words: number;
  /** The bank topic the turn asks about, if any: the reading, when it is a confident question. */
  topic: Topic | null;
  /** The topics the turn may be about, ranked, with how confident the best one is. */
  reading: TopicReading;
  moves: TurnMove[];
  question: boolean;
  /** Whether the turn's question is open (cannot be answered yes or no). */
  open: boolean;
  /** Share of the turn's words that are first-person references. */
  selfRatio: number;
  /** The turn is mostly about the student (statements in the first person, no question). */
  selfFocused: boolean;
  pitfalls: Finding<PitfallId>[];
  credits: Finding<CreditId>[];
}

function span(text: string, start: number, end: number): Evidence {
  return { quote: text.slice(start, end), field: 'text', start, end };
}

/** Words that follow a negation of asking for a job ("not asking", "not here for", "not a job"). */
const NEGATED_ASKS = new Set([
  'asking',
  'looking',
  'seeking',
  'requesting',
  'applying',
  'hoping',
  'expecting',
  'here',
  'after',
  'calling',
  'writing',
  'about',
  'for',
  'a',
  'an',
  'interested',
  'trying',
  'job',
  'jobs',
  'position',
  'employment',
  'in',
]);

function isNegation(word: string): boolean {
  return NEGATIONS.has(word) || word.endsWith("n't");
}

function clauseSpan(text: string, clause: Clause): Evidence {
  return span(text, clause.start, clause.end);
}

export interface JobMention {
  requests: Evidence[];
  negated: Evidence[];
}

/**
 * Job asks and negated job mentions, clause by clause. A negation cancels only an ask in its own
 * clause; a general question about hiring in the field is not an ask. Unless `all` is asked for,
 * only the earliest ask is found (each rule stops at its first), which is all a verdict needs.
 */
export function findJobMentions(
  text: string,
  clauses: readonly Clause[] = splitClauses(text),
  doc: Doc = readDoc(text, clauses),
  all = false,
  reader = true,
): JobMention {
  // Read once while a log is scored, when this is the text's own reading.
  if (remembering() && !all && reader && clauses === doc.clauses && doc === readDoc(text))
    return once('jobs', text, () => jobMentionsIn(text, clauses, doc, false, true));
  return jobMentionsIn(text, clauses, doc, all, reader);
}

/** The learned reader's weights, decoded at its first use. */
let jobReader: ReaderModel | undefined;
function theJobReader(): ReaderModel {
  jobReader ??= {
    weights: decodeWeights(JOB_READER_WEIGHTS),
    threshold: JOB_READER_THRESHOLD,
    scale: JOB_READER_SCALE,
  };
  return jobReader;
}

/**
 * The learned reader's asks (job-reader.ts), sentence by sentence, in a text where the rules found
 * none (or in every sentence the rules quote nothing, when `all` are asked for). A negated
 * mention's words are left out of what it reads, so "I'm not asking for a job" stays a credit.
 */
function readerAsks(
  text: string,
  doc: Doc,
  negated: readonly Evidence[],
  found: readonly Evidence[],
  all: boolean,
): Evidence[] {
  const asks: Evidence[] = [];
  const inside = (list: readonly Evidence[], start: number, end: number) =>
    list.some((e) => 'start' in e && e.start < end && e.end > start);
  for (const sentence of doc.sentences) {
    if (all && inside(found, sentence.start, sentence.end)) continue;
    const words = negated.length
      ? sentence.tokens.filter(
          (t) => !negated.some((n) => 'start' in n && n.start <= t.start && n.end >= t.end),
        )
      : sentence.tokens;
    const stretch = readerFinds(theJobReader(), words, sentence.question);
    if (!stretch) continue;
    asks.push(span(text, (stretch[0] as Token).start, (stretch[stretch.length - 1] as Token).end));
    if (!all) break;
  }
  return asks;
}

function jobMentionsIn(
  text: string,
  clauses: readonly Clause[],
  doc: Doc,
  all: boolean,
  reader: boolean,
): JobMention {
  const requests: Evidence[] = [];
  const negated: Evidence[] = [];
  for (const clause of clauses) {
    const words = clause.tokens.map((t) => t.word);
    const negation = words.findIndex(isNegation);
    const jobNoun = words.findIndex((w) => JOB_NOUNS.has(w) || w === 'hiring' || w === 'hire');
    // "not asking for a job", "information, not a job", "this isn't about a position"; but
    // "I'm not sure I want a job in finance" negates something else.
    const negatedWord = words[negation + 1] ?? '';
    const negatedJob =
      negation >= 0 &&
      jobNoun > negation &&
      jobNoun - negation <= 6 &&
      NEGATED_ASKS.has(negatedWord);
    if (negatedJob) negated.push(clauseSpan(text, clause));
  }
  // The table's phrasings too ("that's not why I'm writing", "information, not a job"), one per
  // clause.
  for (const said of allHits(NOT_A_JOB_RULES, doc)) {
    if (!negated.some((n) => 'start' in n && n.start === said.unit.start))
      negated.push(span(text, said.unit.start, said.unit.end));
  }
  negated.sort((a, b) => ('start' in a ? a.start : 0) - ('start' in b ? b.start : 0));
  // An ask the negation itself holds is the negation's ("I'm not going to ask whether you're
  // hiring").
  const negates = (start: number, end: number) =>
    negated.some((n) => 'start' in n && n.start <= start && n.end >= end);
  const first = all ? null : firstHitOf(JOB_REQUEST_RULES, doc);
  if (first && !negates(first.start, first.end)) requests.push(span(text, first.start, first.end));
  else if (all || first) {
    for (const ask of allHits(JOB_REQUEST_RULES, doc)) {
      if (negates(ask.start, ask.end)) continue;
      requests.push(span(text, ask.start, ask.end));
      if (!all) break;
    }
  }
  if (reader && (all || requests.length === 0)) {
    requests.push(...readerAsks(text, doc, negated, requests, all));
    requests.sort((a, b) => ('start' in a ? a.start : 0) - ('start' in b ? b.start : 0));
  }
  return { requests, negated };
}

/**
 * The bank topic a turn asks about: the topic whose cues match most words, a cue in the first
 * words of a question counting double ("Which courses matter most?" is about courses).
 */
/** A scenario's own keywords, compiled once per scenario object rather than on every turn. */
interface ScenarioPatterns {
  topics?: TopicCues;
  facts: readonly Pattern[];
}

const compiled = new WeakMap<Scenario, ScenarioPatterns>();

function compiledFor(scenario: Scenario): ScenarioPatterns {
  let found = compiled.get(scenario);
  if (!found) {
    found = { facts: compileKeywords(scenario.publicFacts.flatMap((f) => f.keywords)) };
    compiled.set(scenario, found);
  }
  return found;
}

/** Every topic's cues in one list (and the topic of each), so a turn is read once for all. */
interface TopicCues {
  patterns: readonly Pattern[];
  topics: readonly Topic[];
}

function cuesOf(
  extra: (topic: Topic) => readonly Pattern[],
  ownTopics: readonly Topic[] = [],
): TopicCues {
  const patterns: Pattern[] = [];
  const topics: Topic[] = [];
  // The built-in topics in their priority, then the scenario's own (their keywords only).
  for (const topic of [...TOPIC_PRIORITY, ...ownTopics]) {
    const builtIn = isBuiltInTopic(topic) ? TOPIC_CUES[topic] : [];
    for (const p of [...builtIn, ...extra(topic)]) {
      patterns.push(p);
      topics.push(topic);
    }
  }
  return { patterns, topics };
}

const BUILT_IN_CUES = cuesOf(() => []);

/**
 * Makes ready what reading a scenario's turns needs, which is otherwise made at its first turn:
 * its keywords compiled and its topic model trained (a worker about to score many logs does this
 * while it waits for them).
 */
export function prepareTurns(scenario: Scenario): void {
  topicCues(scenario);
  compiledFor(scenario);
  prepareTopics(scenario);
}

/** The built-in cues, and the scenario's extra keywords for each topic. */
function topicCues(scenario?: Scenario): TopicCues {
  if (!scenario) return BUILT_IN_CUES;
  const found = compiledFor(scenario);
  found.topics ??= cuesOf(
    (topic) =>
      compileKeywords(
        scenario.questionBank.filter((e) => e.topic === topic).flatMap((e) => e.keywords),
      ),
    [...new Set(scenario.questionBank.map((e) => e.topic).filter((t) => !isBuiltInTopic(t)))],
  );
  return found.topics;
}

/**
 * How strongly each topic's cues meet a turn: the words its cues match, a cue within three words
 * after the head of a question counting double ("Which courses matter most?" is about courses).
 */
export function topicCueScores(
  tokens: readonly Token[],
  scenario?: Scenario,
  heads: readonly number[] = [],
  gate: Gate | null = null,
): Map<Topic, number> {
  const cues = topicCues(scenario);
  const near = new Uint8Array(tokens.length);
  for (const h of heads) for (let k = h; k <= h + 3 && k < tokens.length; k += 1) near[k] = 1;
  const scores = new Map<Topic, number>();
  for (const m of findAll(cues.patterns, tokens, '', gate)) {
    const topic = cues.topics[m.index] as Topic;
    const add = (m.last - m.first + 1) * (near[m.first] ? 2 : 1);
    scores.set(topic, (scores.get(topic) ?? 0) + add);
  }
  return scores;
}

/**
 * The words a turn's question is in: its question sentences (context before them, "I'm a junior
 * in nursing and…", says who asks, not what), else every word.
 */
function questionTokens(clauses: readonly Clause[], tokens: readonly Token[]): readonly Token[] {
  const asked = clauses.filter((c) => c.question);
  if (asked.length === 0) return tokens;
  const sentences = new Set(asked.map((c) => c.sentence));
  return tokensOf(clauses.filter((c) => sentences.has(c.sentence)));
}

const NO_READING: TopicReading = { topic: null, confidence: 0, ranked: [], offTopic: false };

/**
 * What a turn is about even when it asks nothing: the reply to the contact's "what do you mean?"
 * ("Sorry, I meant how you moved into PR.") says it as a statement.
 */
export function readTurnTopic(text: string, scenario?: Scenario): TopicReading {
  const clauses = splitClauses(text);
  const doc = readDoc(text, clauses);
  return readAsked(clauses, doc.whole.tokens, scenario, readQuestion(doc).heads, doc.gate);
}

/** The topic reading of a turn's question (its cues read in the same words). */
function readAsked(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  scenario: Scenario | undefined,
  heads: readonly number[],
  gate: Gate,
): TopicReading {
  // the words read are the question's; the cues are met anywhere in the turn
  const cues = topicCueScores(tokens, scenario, heads, gate);
  const asked = questionTokens(clauses, tokens);
  const reading = readTopic(asked, cues, scenario);
  // a question that only points back ("Should I rearrange it?") is read with what came before
  return reading.ranked.length === 0 && asked !== tokens
    ? readTopic(tokens, cues, scenario)
    : reading;
}

/**
 * Analyzes one thing the student says in a conversation: its topic, its conversational moves and
 * the `turn` pitfalls and credits of PITFALLS.md, each with the span of text that shows it.
 */
export function analyzeTurn(text: string, scenario?: Scenario): TurnAnalysis {
  if (!remembering()) return turnAnalysis(text, scenario);
  const known = once('turns', scenario ?? null, () => new Map<string, TurnAnalysis>());
  let analysis = known.get(text);
  if (!analysis) known.set(text, (analysis = turnAnalysis(text, scenario)));
  return analysis;
}

function turnAnalysis(text: string, scenario?: Scenario): TurnAnalysis {
  const clauses = splitClauses(text);
  const tokens = tokensOf(clauses);
  const words = tokens.length;
  const pitfalls: Finding<PitfallId>[] = [];
  const credits: Finding<CreditId>[] = [];
  const moves: TurnMove[] = [];
  const doc = readDoc(text, clauses);
  const reading = readQuestion(doc);
  const question =
    clauses.some((c) => c.question) ||
    reading.open ||
    firstMatch(INDIRECT_ASKS, tokens, '', doc.gate) !== null;

  const jobs = findJobMentions(text, clauses, doc);
  if (jobs.requests.length > 0) {
    moves.push('asks_for_job');
    pitfalls.push({ id: 'job_request', evidence: jobs.requests[0] as Evidence });
  } else if (jobs.negated.length > 0) {
    credits.push({ id: 'states_information_not_job', evidence: jobs.negated[0] as Evidence });
  }

  const hits = hitsOf(TURN_RULES, doc);
  const report = (id: TurnRuleId, move: TurnMove) => {
    const hit = hits.get(id);
    if (!hit) return null;
    moves.push(move);
    const finding = { id, evidence: span(text, hit.start, hit.end) };
    if (id in PITFALLS) pitfalls.push(finding as Finding<PitfallId>);
    else credits.push(finding as Finding<CreditId>);
    return hit;
  };
  report('asks_notes_permission', 'asks_notes_permission');
  report('acknowledges_time', 'acknowledges_time');
  report('offers_email_followup', 'offers_email_followup');
  const referral = report('asks_referral', 'asks_referral');
  report('thanks_contact', 'thanks_contact');
  report('resume_offered_unasked', 'offers_resume');
  report('high_expectations', 'expects_outcome');
  report('hard_question', 'asks_about_own_future');
  report('unprofessional_remark', 'remarks_unprofessionally');

  const found = (patterns: readonly Pattern[], within: (c: Clause) => boolean = () => true) => {
    for (const clause of clauses) {
      if (!within(clause)) continue;
      const match = firstMatch(patterns, clause.tokens, text, doc.gate);
      if (match) return match;
    }
    return null;
  };
  if (scenario && scenario.publicFacts.length > 0) {
    const facts = compiledFor(scenario).facts;
    const asked = found(facts, (c) => c.question);
    if (asked) {
      moves.push('asks_public_fact');
      pitfalls.push({ id: 'unresearched_question', evidence: span(text, asked.start, asked.end) });
    }
  }

  // An open question, unless the open words are the job request itself ("…and tell me when your
  // team has an opening?").
  const ask = pitfalls.find((p) => p.id === 'job_request')?.evidence;
  const open =
    reading.open && !(ask && 'start' in ask && reading.start < ask.end && ask.start < reading.end);
  // "An unresearched question earns no open_question" (PITFALLS.md edge rules).
  const unresearched = pitfalls.some((p) => p.id === 'unresearched_question');
  if (open && !unresearched)
    credits.push({ id: 'open_question', evidence: span(text, reading.start, reading.end) });

  const self = tokens.filter((t) => SELF_SET.has(t.word)).length;
  const selfRatio = words === 0 ? 0 : self / words;
  const statements = clauses.filter((c) => !c.question);
  const statementWords = statements.reduce((n, c) => n + c.tokens.length, 0);
  // Talking about oneself: a statement of some length in the first person, not a closing line.
  const closingMove = moves.some((m) => (CLOSING_MOVES as readonly string[]).includes(m));
  const selfFocused =
    words >= 12 && selfRatio >= 0.06 && statementWords / words >= 0.6 && !closingMove;
  if (selfFocused) moves.push('talks_about_self');

  // A job ask or a question about one's own future asks about no bank topic.
  const offTopic = moves.some((m) => m === 'asks_for_job' || m === 'asks_about_own_future');
  // A statement asks no topic, so it is not read for one (readTurnTopic reads it when needed).
  const understood: TopicReading =
    offTopic || !question
      ? NO_READING
      : referral
        ? {
            topic: 'referrals',
            confidence: 1,
            ranked: [{ topic: 'referrals', score: 1 }],
            offTopic: false,
          }
        : readAsked(clauses, tokens, scenario, reading.heads, doc.gate);
  const topic = understood.topic;
  return {
    kind: 'turn',
    words,
    // The topic is what the turn asks about: a statement ("my degree is in...") asks nothing.
    topic: question ? topic : null,
    reading: understood,
    moves,
    question,
    open,
    selfRatio,
    selfFocused,
    pitfalls,
    credits,
  };
}
