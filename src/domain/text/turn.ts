import type { Scenario, Topic } from '../scenario/scenario.schema.ts';
import type { CreditId, PitfallId } from '../vocabulary.ts';
import { splitClauses, type Clause } from './clauses.ts';
import {
  INDIRECT_ASKS,
  CLOSED_OPENERS,
  JOB_NOUNS,
  MOVES,
  NEGATIONS,
  OPEN_IMPERATIVES,
  QUESTION_OPENERS,
  SELF_WORDS,
  TOPIC_CUES,
  TOPIC_PRIORITY,
} from './lexicon.ts';
import { compileKeywords, findAll, type Pattern } from './patterns.ts';
import type { Token } from './words.ts';
import { firstHitOf, readDoc } from './rule.ts';
import { JOB_REQUEST_RULES } from './rules/job-request.ts';

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
  | 'asks_about_own_future';

export interface TurnAnalysis {
  kind: 'turn';
  words: number;
  /** The bank topic the turn asks about, if any. */
  topic: Topic | null;
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
 * clause; a general question about hiring in the field is not an ask.
 */
export function findJobMentions(
  text: string,
  clauses: readonly Clause[] = splitClauses(text),
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
  const ask = firstHitOf(JOB_REQUEST_RULES, readDoc(text, clauses));
  if (ask) requests.push(span(text, ask.start, ask.end));
  return { requests, negated };
}

/**
 * The bank topic a turn asks about: the topic whose cues match most words, a cue in the first
 * words of a question counting double ("Which courses matter most?" is about courses).
 */
/** A scenario's own keywords, compiled once per scenario object rather than on every turn. */
interface ScenarioPatterns {
  topics: Map<Topic, readonly Pattern[]>;
  facts: readonly Pattern[];
}

const compiled = new WeakMap<Scenario, ScenarioPatterns>();

function compiledFor(scenario: Scenario): ScenarioPatterns {
  let found = compiled.get(scenario);
  if (!found) {
    found = {
      topics: new Map(),
      facts: compileKeywords(scenario.publicFacts.flatMap((f) => f.keywords)),
    };
    compiled.set(scenario, found);
  }
  return found;
}

/** The cues of a topic, and the scenario's extra keywords for it. */
function topicPatterns(topic: Topic, scenario?: Scenario): readonly Pattern[] {
  if (!scenario) return TOPIC_CUES[topic];
  const cache = compiledFor(scenario).topics;
  let patterns = cache.get(topic);
  if (!patterns) {
    const extra = scenario.questionBank.filter((e) => e.topic === topic).flatMap((e) => e.keywords);
    patterns = [...TOPIC_CUES[topic], ...compileKeywords(extra)];
    cache.set(topic, patterns);
  }
  return patterns;
}

function topicOf(
  tokens: readonly Token[],
  scenario?: Scenario,
  heads: readonly number[] = [],
): { topic: Topic | null; start: number; end: number } {
  let best: { topic: Topic; score: number; start: number; end: number } | null = null;
  for (const topic of TOPIC_PRIORITY) {
    const matches = findAll(topicPatterns(topic, scenario), tokens);
    if (matches.length === 0) continue;
    const nearHead = (first: number) => heads.some((h) => first >= h && first - h <= 3);
    const score = matches.reduce(
      (sum, m) => sum + (m.last - m.first + 1) * (nearHead(m.first) ? 2 : 1),
      0,
    );
    const first0 = (matches[0] as { start: number }).start;
    if (!best || score > best.score || (score === best.score && first0 < best.start)) {
      const first = matches[0] as { start: number; end: number };
      best = { topic, score, start: first.start, end: first.end };
    }
  }
  return best ? best : { topic: null, start: 0, end: 0 };
}

/** Where each question clause's head word sits among all the turn's tokens. */
function questionHeads(
  text: string,
  clauses: readonly Clause[],
  tokens: readonly Token[],
): number[] {
  return clauses
    .filter((c) => c.question)
    .map((c) => tokens.indexOf(c.tokens[headIndex(text, c)] as Token))
    .filter((i) => i >= 0);
}

/** Words that may lead a question without deciding its form ("so what...", "sorry, one more:"). */
const DISCOURSE = new Set([
  'so',
  'ok',
  'okay',
  'and',
  'also',
  'wait',
  'sorry',
  'well',
  'honestly',
  'um',
  'uh',
  'like',
  'hi',
  'hey',
  'oh',
  'one',
  'more',
  'last',
  'question',
  'quick',
  'then',
  'now',
  'lol',
  'alright',
  'right',
  'actually',
]);
const LEADING_SUBORDINATE = new Set([
  'if',
  'when',
  'since',
  'as',
  'given',
  'assuming',
  'for',
  'besides',
  'knowing',
]);
const POLITE_VERBS = new Set([
  'tell',
  'explain',
  'describe',
  'share',
  'walk',
  'say',
  'talk',
  'ask',
  'give',
]);

/**
 * Where the question proper starts: after discourse words, and after a leading subordinate clause
 * ("If you were starting again today, what would you do differently?").
 */
function headIndex(text: string, clause: Clause): number {
  const tokens = clause.tokens;
  let i = 0;
  if (
    LEADING_SUBORDINATE.has(tokens[0]?.word ?? '') ||
    tokens[0]?.word === "i'm" ||
    tokens[0]?.word === 'i'
  ) {
    for (let k = 1; k < tokens.length; k += 1) {
      const gap = text.slice(
        (tokens[k - 1] as { end: number }).end,
        (tokens[k] as { start: number }).start,
      );
      if (gap.includes(',') || gap.includes(':') || gap.includes('—')) {
        if (LEADING_SUBORDINATE.has(tokens[0]?.word ?? '')) i = k;
        break;
      }
    }
  }
  while (i < tokens.length - 1 && DISCOURSE.has((tokens[i] as { word: string }).word)) i += 1;
  return i;
}

/**
 * An open question cannot be answered yes or no (PITFALLS.md): what, how, why, which, "tell me
 * about", polite forms ("could you tell me how..."), indirect ones ("I'm curious how..."). A
 * yes/no question is closed,
 * and so is an either-or question that opens like one ("Is it X, or Y?").
 */
function isOpenQuestion(
  text: string,
  clauses: readonly Clause[],
): { open: boolean; clause: Clause | null } {
  for (const clause of clauses) {
    const words = clause.tokens.map((t) => t.word);
    const head = headIndex(text, clause);
    const first = words[head] ?? '';
    const rest = words.slice(head + 1);
    const asks = clause.question || words.length - head > 2;
    if (QUESTION_OPENERS.has(first) && asks) return { open: true, clause };
    const imperative = findAll(OPEN_IMPERATIVES, clause.tokens.slice(head)).find(
      (m) => m.first === 0,
    );
    if (imperative) return { open: true, clause };
    const indirect = findAll(INDIRECT_ASKS, clause.tokens).find((m) => {
      const next = words[m.last + 1] ?? '';
      return (
        QUESTION_OPENERS.has(next) ||
        next === 'about' ||
        next === 'any' ||
        next === 'your' ||
        next === 'whether'
      );
    });
    if (indirect) return { open: true, clause };
    if (!clause.question) continue;
    if (CLOSED_OPENERS.has(first)) {
      // "Could you tell me how you chose...?" is open; "Do you like it?" is closed.
      const polite = rest.findIndex((w) => POLITE_VERBS.has(w));
      if (
        polite >= 0 &&
        polite <= 2 &&
        rest.slice(polite + 1).some((w) => QUESTION_OPENERS.has(w) || w === 'about')
      ) {
        return { open: true, clause };
      }
    } else {
      const wh = rest.findIndex((w) => QUESTION_OPENERS.has(w));
      if (wh >= 0 && wh <= 2) return { open: true, clause };
    }
  }
  return { open: false, clause: null };
}

/**
 * Analyzes one thing the student says in a conversation: its topic, its conversational moves and
 * the `turn` pitfalls and credits of PITFALLS.md, each with the span of text that shows it.
 */
export function analyzeTurn(text: string, scenario?: Scenario): TurnAnalysis {
  const clauses = splitClauses(text);
  const tokens = clauses.flatMap((c) => c.tokens);
  const words = tokens.length;
  const pitfalls: Finding<PitfallId>[] = [];
  const credits: Finding<CreditId>[] = [];
  const moves: TurnMove[] = [];
  const question =
    clauses.some((c) => c.question) ||
    isOpenQuestion(text, clauses).open ||
    findAll(INDIRECT_ASKS, tokens).length > 0;

  const jobs = findJobMentions(text, clauses);
  if (jobs.requests.length > 0) {
    moves.push('asks_for_job');
    pitfalls.push({ id: 'job_request', evidence: jobs.requests[0] as Evidence });
  } else if (jobs.negated.length > 0) {
    credits.push({ id: 'states_information_not_job', evidence: jobs.negated[0] as Evidence });
  }

  const found = (patterns: readonly Pattern[], within: (c: Clause) => boolean = () => true) => {
    for (const clause of clauses) {
      if (!within(clause)) continue;
      const match = findAll(patterns, clause.tokens)[0];
      if (match) return match;
    }
    return null;
  };

  const notes = found(
    MOVES.asks_notes_permission,
    // The student's own notes ("if I take notes"), not "do you take a lot of notes?"
    (c) =>
      c.tokens.some((t) => t.word === 'i' || t.word === "i'm" || t.word === "i'll") &&
      (c.question ||
        c.tokens.some(
          (t) => t.word === 'mind' || t.word === 'okay' || t.word === 'ok' || t.word === 'alright',
        )),
  );
  if (notes) {
    moves.push('asks_notes_permission');
    credits.push({ id: 'asks_notes_permission', evidence: span(text, notes.start, notes.end) });
  }
  const time = found(MOVES.acknowledges_time);
  if (time) {
    moves.push('acknowledges_time');
    credits.push({ id: 'acknowledges_time', evidence: span(text, time.start, time.end) });
  }
  // Offering to email questions or follow up, not to email a resume.
  const email = found(
    MOVES.offers_email_followup,
    (c) => !c.tokens.some((t) => t.word === 'resume' || t.word === 'cv' || t.word === 'résumé'),
  );
  if (email) {
    moves.push('offers_email_followup');
    credits.push({ id: 'offers_email_followup', evidence: span(text, email.start, email.end) });
  }
  const referral = found(
    MOVES.asks_referral,
    (c) =>
      c.question ||
      findAll(OPEN_IMPERATIVES, c.tokens).length > 0 ||
      c.tokens.some(
        (t) => t.word === 'wondering' || t.word === 'recommend' || t.word === 'suggest',
      ),
  );
  if (referral) {
    moves.push('asks_referral');
    credits.push({ id: 'asks_referral', evidence: span(text, referral.start, referral.end) });
  }
  // Not thanks: "thanks to your panel", "please thank Mike", a thank-you note promised, or
  // "I'd appreciate any advice".
  const thanks = findAll(MOVES.thanks_contact, tokens).find((m) => {
    const next = tokens[m.last + 1]?.word;
    const before = tokens[m.first - 1]?.word;
    const word = tokens[m.first]?.word ?? '';
    if (word === 'thanks' && next === 'to') return false;
    if (before === 'please' || word.startsWith('thank-you')) return false;
    if (
      word.startsWith('appreciat') &&
      (next === 'any' || (next === 'it' && tokens[m.last + 2]?.word === 'if'))
    )
      return false;
    return true;
  });
  if (thanks) {
    moves.push('thanks_contact');
    credits.push({ id: 'thanks_contact', evidence: span(text, thanks.start, thanks.end) });
  }
  const resume = found(MOVES.resume_offered);
  if (resume) {
    moves.push('offers_resume');
    pitfalls.push({ id: 'resume_offered_unasked', evidence: span(text, resume.start, resume.end) });
  }
  // "I'm not expecting any job leads" expects nothing.
  const expects = findAll(MOVES.high_expectations, tokens).find(
    (m) => !tokens.slice(Math.max(0, m.first - 4), m.first).some((t) => isNegation(t.word)),
  );
  if (expects) {
    moves.push('expects_outcome');
    pitfalls.push({ id: 'high_expectations', evidence: span(text, expects.start, expects.end) });
  }
  const future = found(MOVES.hard_question, (c) => c.question);
  if (future) {
    moves.push('asks_about_own_future');
    pitfalls.push({ id: 'hard_question', evidence: span(text, future.start, future.end) });
  }
  if (scenario && scenario.publicFacts.length > 0) {
    const facts = compiledFor(scenario).facts;
    const asked = found(facts, (c) => c.question);
    if (asked) {
      moves.push('asks_public_fact');
      pitfalls.push({ id: 'unresearched_question', evidence: span(text, asked.start, asked.end) });
    }
  }

  const open = isOpenQuestion(text, clauses);
  if (open.open && open.clause) {
    credits.push({ id: 'open_question', evidence: clauseSpan(text, open.clause) });
  }

  const self = tokens.filter((t) => SELF_WORDS.has(t.word)).length;
  const selfRatio = words === 0 ? 0 : self / words;
  const statements = clauses.filter((c) => !c.question);
  const statementWords = statements.reduce((n, c) => n + c.tokens.length, 0);
  // Talking about oneself: a statement of some length in the first person, not a closing line.
  const closingMove = moves.some(
    (m) =>
      m === 'acknowledges_time' ||
      m === 'offers_email_followup' ||
      m === 'thanks_contact' ||
      m === 'asks_referral',
  );
  const selfFocused =
    words >= 12 && selfRatio >= 0.06 && statementWords / words >= 0.6 && !closingMove;
  if (selfFocused) moves.push('talks_about_self');

  // A job ask, a resume offered or a question about one's own future asks about no bank topic.
  const offTopic = moves.some(
    (m) => m === 'asks_for_job' || m === 'offers_resume' || m === 'asks_about_own_future',
  );
  const { topic } = offTopic
    ? { topic: null }
    : referral
      ? { topic: 'referrals' as Topic }
      : topicOf(tokens, scenario, questionHeads(text, clauses, tokens));
  return {
    kind: 'turn',
    words,
    // The topic is what the turn asks about: a statement ("my degree is in...") asks nothing.
    topic: question ? topic : null,
    moves,
    question,
    open: open.open,
    selfRatio,
    selfFocused,
    pitfalls,
    credits,
  };
}
