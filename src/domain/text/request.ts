import { firstHitOf, readDoc } from './rule.ts';
import { REQUEST_PART_PATTERNS, REQUEST_RULES } from './rules/request.ts';
import { findTimeAsk } from './time-ask.ts';
import { readSubject } from './subject.ts';
import { letterForm, lines } from './letter-form.ts';
export { findInformal, letterForm, type LetterForm } from './letter-form.ts';
import type { Scenario } from '../scenario/scenario.schema.ts';
import type { CreditId, PitfallId } from '../vocabulary.ts';
import { splitClauses, tokensOf, type Clause } from './clauses.ts';
import { findPromises, type NextStepContext, type StudentPromise } from './next-step.ts';
import {
  compileAll,
  compileKeywords,
  findAll,
  firstMatch,
  type Match,
  type Pattern,
} from './patterns.ts';
import { findJobMentions, type Evidence, type Finding } from './turn.ts';
import { countWords, tokenize, type Token } from './words.ts';

/**
 * The `request` analyzer (PITFALLS.md, "Outreach: the request"): an outreach email (its first line
 * starts with `Subject:`) or a phone introduction. Every finding quotes the student's words with
 * offsets into the field they are in (`subject` or `body` of an email, `text` of a phone
 * introduction), or says what was missing. Linear in the text.
 */

export interface RequestInput {
  /** Present for an email, even when empty; absent for a phone introduction. */
  subject?: string;
  body: string;
}

export interface RequestContext extends NextStepContext {
  scenario?: Scenario;
}

export interface RequestAnalysis {
  kind: 'request';
  medium: 'email' | 'phone';
  words: number;
  referrer: string | null;
  promises: readonly StudentPromise[];
  pitfalls: Finding<PitfallId>[];
  credits: Finding<CreditId>[];
}

/** Splits an `analyze` text: a first line starting with `Subject:` makes it an email. */
export function splitRequestText(text: string): RequestInput {
  const newline = text.indexOf('\n');
  const firstLine = newline < 0 ? text : text.slice(0, newline);
  const subject = /^\s*subject\s*:/i.exec(firstLine);
  if (!subject) return { body: text };
  return {
    subject: firstLine.slice(subject[0].length).trim(),
    body: newline < 0 ? '' : text.slice(newline + 1),
  };
}

/** Words that do not name a field, role or path on their own ("learn more about your work"). */
const NOT_A_FIELD = new Set(
  `a an the and or of for to in into on about as at with from by your you my me i it its this that
  these those some any more most much many what how why which who whom whether if so up out over
  things thing stuff work working job jobs career careers field fields industry industries role
  roles path paths experience experiences opportunities opportunity options possibilities area
  areas profession professional position positions company organization firm practice team life
  day time info information advice insight insights perspective perspectives thoughts questions
  question journey background story learn know hear understand talk chat speak ask get have be is
  are was were would could should might will can do does did great little bit better general
  sometime sometimes soon today tomorrow tonight later now week weeks month coffee lunch please
  briefly quickly quick few minutes minute hour phone call calls email meet meeting us we with
  future matters matter goals plans options ideas next steps direction guidance help something
  anything everything few couple little things lot`
    .split(/\s+/)
    .filter(Boolean),
);

/** A content word within a few words after `from`: what the student names as their interest. */
const SUBJECT_START = new Set([
  'i',
  'im',
  "i'm",
  "i'd",
  "i've",
  "i'll",
  'we',
  "we're",
  'u',
  'he',
  'she',
  'they',
]);

function namedAfter(tokens: readonly Token[], from: number): Token | null {
  for (let i = from; i < Math.min(tokens.length, from + 6); i += 1) {
    const t = tokens[i] as Token;
    if (SUBJECT_START.has(t.word)) return null; // a new clause begins: nothing was named
    if (!NOT_A_FIELD.has(t.word) && !/^\d+$/.test(t.word) && t.word.length > 1) return t;
  }
  return null;
}

const REFERRAL_VERBS = compileAll([
  'suggested|recommended|encouraged|advised .. contact|reach|call|write|email|get|speak|talk|you',
  'suggested that i',
  'recommended that i',
  'referred me',
  'referred by',
  'gave me your',
  'passed along your',
  'passed on your',
  'shared your',
  'at the suggestion of',
  'mentioned .. you',
  'told me about you',
  'told me .. you',
  'put me in touch',
  'classmate of your',
  'friend of your',
  'colleague of your',
]);

function span(
  text: string,
  start: number,
  end: number,
  field: 'text' | 'subject' | 'body',
): Evidence {
  return { quote: text.slice(start, end), field, start, end };
}

function first(patterns: readonly Pattern[], tokens: readonly Token[]): Match | null {
  return firstMatch(patterns, tokens);
}

/** Sentences of the body after the greeting line, as clause groups. */
function sentencesAfterGreeting(clauses: readonly Clause[], greetingEnd: number): Clause[][] {
  const groups = new Map<number, Clause[]>();
  for (const c of clauses) {
    if (c.end <= greetingEnd) continue;
    const list = groups.get(c.sentence) ?? [];
    list.push(c);
    groups.set(c.sentence, list);
  }
  return [...groups.values()];
}

function capitalizedNameAfter(text: string, tokens: readonly Token[], index: number): Token[] {
  const name: Token[] = [];
  for (let i = index; i < tokens.length && name.length < 3; i += 1) {
    const t = tokens[i] as Token;
    const raw = text.slice(t.start, t.end);
    if (/^[A-Z][a-z'’-]+$/.test(raw) && !['I', 'The', 'A', 'An', 'And', 'My', 'Your'].includes(raw))
      name.push(t);
    else break;
  }
  return name;
}

const NOT_A_NAME = new Set([
  'i',
  'the',
  'a',
  'an',
  'and',
  'my',
  'your',
  'at',
  'in',
  'on',
  'during',
  'after',
  'last',
  'this',
  'when',
  'while',
  'since',
  'hello',
  'hi',
  'dear',
  'good',
  'professor',
  'prof',
  'dr',
  'mr',
  'ms',
  'mrs',
  'mx',
  'also',
  'both',
  'our',
  'we',
  'recently',
  'yesterday',
]);

/**
 * The name a sentence opens on, before token `until` and followed by "from", "at", "in" or "of"
 * ("Ana Lopez from my class at…"): up to three capitalised words after any opening words.
 */
function sentenceSubject(text: string, tokens: readonly Token[], until: number): Token[] {
  let start = until;
  while (
    start > 0 &&
    !/[.!?\n]/.test(text.slice((tokens[start - 1] as Token).end, (tokens[start] as Token).start))
  )
    start -= 1;
  const name: Token[] = [];
  let next = start;
  for (; next < until && next < start + 6; next += 1) {
    const t = tokens[next] as Token;
    const raw = text.slice(t.start, t.end);
    if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(raw) && !NOT_A_NAME.has(t.word)) {
      name.push(t);
      if (name.length === 3) {
        next += 1;
        break;
      }
    } else if (name.length > 0) break;
    else if (!NOT_A_NAME.has(t.word)) return [];
  }
  const follower = tokens[next];
  const last = name[name.length - 1];
  // "Ana Lopez from my class…", "Mrs. Ellen Pike, my former principal, suggested…"
  const appositive =
    last !== undefined &&
    follower !== undefined &&
    text.slice(last.end, follower.start).includes(',');
  return name.length > 0 &&
    (appositive || ['from', 'at', 'in', 'of', 'who', 'whom'].includes(follower?.word ?? ''))
    ? name
    : [];
}

/** Finds the referrer the wording names, e.g. "Priya Shah suggested I contact you". */
function findReferrerInWording(
  text: string,
  tokens: readonly Token[],
): { name: string; start: number; end: number } | null {
  const match = first(REFERRAL_VERBS, tokens);
  if (!match) return null;
  // "classmate of your son": the relation itself is the referrer.
  if (['classmate', 'friend', 'colleague'].includes(match.pattern.split(' ')[0] ?? '')) {
    const next = tokens[match.last + 1];
    return {
      name: text.slice(match.start, next ? next.end : match.end),
      start: match.start,
      end: next ? next.end : match.end,
    };
  }
  // A capitalised name just before the verb, or after "by" / "of".
  let i = match.first - 1;
  const before: Token[] = [];
  while (i >= 0 && before.length < 3) {
    const t = tokens[i] as Token;
    const raw = text.slice(t.start, t.end);
    if (/^[A-Z][a-z'’-]+$/.test(raw) && raw !== 'I') before.unshift(t);
    else if (
      before.length === 0 &&
      ['professor', 'prof', 'dr', 'mr', 'ms', 'mrs', 'my', 'advisor', 'adviser'].includes(t.word)
    ) {
      i -= 1;
      continue;
    } else break;
    i -= 1;
  }
  // The clause's own subject comes first: in "Ana from my class at Georgia State gave me your
  // name" the name nearest the verb is the school; the referrer is the name the sentence opens on.
  const opening = sentenceSubject(text, tokens, match.first);
  const after = before.length > 0 ? [] : capitalizedNameAfter(text, tokens, match.last + 1);
  const name = opening.length > 0 ? opening : before.length > 0 ? before : after;
  // Referral words with no one named ("as you mentioned", "I shared your post") name no referrer.
  if (name.length === 0) return null;
  const start = Math.min((name[0] as Token).start, match.start);
  const end = Math.max((name[name.length - 1] as Token).end, match.end);
  return { name: name.map((t) => text.slice(t.start, t.end)).join(' '), start, end };
}

/** A scenario's own words, compiled once per scenario object rather than on every request. */
interface ScenarioWords {
  referrer: Pattern[];
  link: Pattern[];
  field: Pattern[];
}
const scenarioWords = new WeakMap<Scenario, ScenarioWords>();

function wordsOf(scenario: Scenario): ScenarioWords {
  let words = scenarioWords.get(scenario);
  if (!words) {
    const { referrer, link } = scenario.contact.connection;
    const parts = referrer ? referrer.name.split(/\s+/) : [];
    words = {
      referrer: referrer
        ? compileKeywords([
            referrer.name,
            ...referrer.keywords,
            ...(parts.length > 1 ? [parts[0] as string] : []),
          ])
        : [],
      link: link ? compileKeywords(link.keywords) : [],
      field: compileKeywords([
        scenario.contact.field,
        ...scenario.contact.field.split(/\s+/).filter((w) => w.length > 4),
      ]),
    };
    scenarioWords.set(scenario, words);
  }
  return words;
}

function referrerPatterns(scenario: Scenario): Pattern[] {
  return wordsOf(scenario).referrer;
}

const NOT_NAMES = new Set([
  'i',
  'hi',
  'hello',
  'dear',
  'hey',
  'good',
  'the',
  'my',
  'your',
  'thank',
  'thanks',
]);
const NAME_TITLES_BEFORE = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor']);

/**
 * A name the student gives without "my name is": "Sam Okoro here", "Sam Patel, junior in
 * architecture", "Mike's friend Devon Price from Cornell". Two or three capitalised words, not a
 * title's name, followed by "here", "from" or a comma.
 */
function namesSelf(text: string, tokens: readonly Token[], scenario?: Scenario): boolean {
  const contact = new Set(
    scenario
      ? tokenize(`${scenario.contact.name} ${scenario.contact.addressAs}`).map((t) => t.word)
      : [],
  );
  const capital = (t: Token | undefined) =>
    t !== undefined &&
    /^\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.end)) &&
    !NOT_NAMES.has(t.word) &&
    !contact.has(t.word);
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    if (!capital(tokens[i]) || NAME_TITLES_BEFORE.has(tokens[i - 1]?.word ?? '')) continue;
    let k = i + 1;
    while (k < tokens.length && k - i < 3 && capital(tokens[k])) k += 1;
    if (k - i < 2) continue;
    const last = tokens[k - 1] as Token;
    const next = tokens[k];
    const gap = next ? text.slice(last.end, next.start) : '';
    if (next?.word === 'here' || next?.word === 'from' || /^\s*[,–—-]/.test(gap)) return true;
    i = k - 1;
  }
  return false;
}

const SELF_NAME = REQUEST_PART_PATTERNS.says_name;
const BACKGROUND = REQUEST_PART_PATTERNS.background;
const SEEKING = REQUEST_PART_PATTERNS.seeking;
const FIELD_CUES = REQUEST_PART_PATTERNS.names_field;

/** Analyzes an outreach request. */
export function analyzeRequest(input: RequestInput, context: RequestContext = {}): RequestAnalysis {
  const isEmail = input.subject !== undefined;
  const field = isEmail ? 'body' : 'text';
  const body = input.body;
  const subject = input.subject ?? '';
  const scenario = context.scenario;
  const clauses = splitClauses(body);
  const tokens = tokensOf(clauses);
  const subjectTokens = tokenize(subject);
  const pitfalls: Finding<PitfallId>[] = [];
  const credits: Finding<CreditId>[] = [];
  const at = (start: number, end: number) => span(body, start, end, field);

  // Job requests, and negated mentions of a job.
  const doc = readDoc(body, clauses);
  const jobs = findJobMentions(body, clauses, doc);
  const subjectJob = findJobMentions(subject).requests[0];
  if (jobs.requests[0])
    pitfalls.push({ id: 'job_request', evidence: { ...jobs.requests[0], field } as Evidence });
  else if (subjectJob)
    pitfalls.push({ id: 'job_request', evidence: { ...subjectJob, field: 'subject' } as Evidence });
  else if (jobs.negated[0])
    credits.push({
      id: 'states_information_not_job',
      evidence: { ...jobs.negated[0], field } as Evidence,
    });

  // Greeting and sign-off (emails and letters only).
  const form = letterForm(body, field, isEmail, isEmail ? subject : undefined, tokens);
  const { greetingEnd, informal } = form;
  if (isEmail && form.formalGreeting)
    credits.push({ id: 'formal_greeting', evidence: form.formalGreeting });
  if (isEmail && form.formalSignoff)
    credits.push({ id: 'formal_signoff', evidence: form.formalSignoff });
  const tail = lines(body).slice(-3);
  if (informal) pitfalls.push({ id: 'informal_tone', evidence: informal });

  // The subject line (emails only).
  if (isEmail) {
    const referrerWords = scenario ? firstMatch(referrerPatterns(scenario), subjectTokens) : null;
    const specific = readSubject(subject, scenario).specific;
    if (subject.trim() === '' || (!specific && !referrerWords)) {
      pitfalls.push({
        id: 'vague_subject',
        evidence:
          subject.trim() === ''
            ? { quote: '', missing: 'a subject line naming your link, your referrer or the field' }
            : span(subject, 0, subject.length, 'subject'),
      });
    } else {
      credits.push({
        id: 'specific_subject',
        evidence: span(subject, 0, subject.length, 'subject'),
      });
    }
  }

  // Who the student is: a name and a school, program or background.
  const nameMatch = findAll(SELF_NAME, tokens).find((m) => {
    const next = tokens[m.last + 1];
    return (
      next !== undefined &&
      /^[A-Z]/.test(body.slice(next.start, next.end)) &&
      !['I'].includes(body.slice(next.start, next.end))
    );
  });
  const studentName = scenario?.brief.student.name.toLowerCase().split(/\s+/) ?? [];
  const namedByScenario = tokens.find((t) => studentName.includes(t.word));
  const signatureName = tail.some((line) =>
    /^[-–—~]?\s*\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+)*\s*$/u.test(line.text.trim()),
  );
  const statedName = namesSelf(body, tokens, scenario);
  const background = first(BACKGROUND, tokens);
  if (!(nameMatch || namedByScenario || signatureName || statedName) || !background) {
    pitfalls.push({
      id: 'no_self_introduction',
      evidence: {
        quote: '',
        missing: !(nameMatch || namedByScenario || signatureName || statedName)
          ? 'your name and who you are (school, program or background)'
          : 'your school, program or background',
      },
    });
  }

  // What the student is seeking: information or advice about a named field, role or path.
  const seeking = first(SEEKING, tokens);
  const fieldWords = scenario ? wordsOf(scenario).field : [];
  // The interest must be named near the asking words, in the same clause ("learn about
  // restructuring", "careers in psychological assessment"), not "hear more about you".
  const namedField =
    first(FIELD_CUES, tokens) ??
    (fieldWords.length > 0 ? first(fieldWords, tokens) : null) ??
    clauses
      .flatMap((c) => findAll(SEEKING, c.tokens).map((m) => namedAfter(c.tokens, m.last + 1)))
      .find((t) => t !== null) ??
    null;
  if (!seeking || !namedField) {
    pitfalls.push({
      id: 'vague_purpose',
      evidence: {
        quote: '',
        missing:
          'what you are seeking: information or advice about a named field, role or career path',
      },
    });
  }

  // A short, definite time ask.
  const timeAsk = findTimeAsk(doc);
  if (timeAsk) credits.push({ id: 'states_time_limit', evidence: at(timeAsk.start, timeAsk.end) });
  else
    pitfalls.push({
      id: 'no_time_limit',
      evidence: { quote: '', missing: 'a short time ask, such as "20 minutes" or "half an hour"' },
    });

  // The next step: the student says when they will call or follow up (emails and letters only).
  const promises = findPromises(body, context, clauses);
  const promise = promises[0];
  if (promise) {
    credits.push({ id: 'proactive_next_step', evidence: at(promise.start, promise.end) });
  } else if (isEmail) {
    pitfalls.push({
      id: 'no_next_step',
      evidence: {
        quote: '',
        missing: 'when you will call or follow up, e.g. "I will call you Thursday at 10"',
      },
    });
  }

  // The referrer, named in the first two sentences.
  const sentences = sentencesAfterGreeting(clauses, greetingEnd);
  const earlyEnd = (sentences[1] ?? sentences[0])?.at(-1)?.end ?? 0;
  let referrer: string | null = null;
  const scenarioReferrer = scenario ? referrerPatterns(scenario) : [];
  const mention = scenarioReferrer.length > 0 ? first(scenarioReferrer, tokens) : null;
  const inSubject = scenarioReferrer.length > 0 ? first(scenarioReferrer, subjectTokens) : null;
  const worded = findReferrerInWording(body, tokens);
  if (scenario?.contact.connection.referrer) {
    referrer = scenario.contact.connection.referrer.name;
    const spot = mention ?? (worded ? { start: worded.start, end: worded.end } : null);
    if ((spot && spot.start <= earlyEnd) || inSubject) {
      credits.push({
        id: 'names_referrer_early',
        evidence:
          spot && spot.start <= earlyEnd
            ? at(spot.start, spot.end)
            : span(subject, inSubject?.start ?? 0, inSubject?.end ?? 0, 'subject'),
      });
    } else {
      pitfalls.push({
        id: 'referral_not_early',
        evidence: spot
          ? at(spot.start, spot.end)
          : { quote: '', missing: `${referrer}'s name in your first two sentences` },
      });
    }
  } else if (worded && !scenario) {
    // Without a scenario, the referrer is the one the text names (a named person, never a bare
    // "you mentioned…": no referrer, no referral pitfall).
    referrer = worded.name;
    if (worded.start <= earlyEnd)
      credits.push({ id: 'names_referrer_early', evidence: at(worded.start, worded.end) });
    else pitfalls.push({ id: 'referral_not_early', evidence: at(worded.start, worded.end) });
  }

  // A substantive link.
  const link = scenario?.contact.connection.link;
  const linkMatch =
    (link && scenario ? first(wordsOf(scenario).link, tokens) : null) ??
    firstHitOf(REQUEST_RULES, doc, 'uses_connection');
  if (linkMatch)
    credits.push({ id: 'uses_connection', evidence: at(linkMatch.start, linkMatch.end) });
  else if (link)
    pitfalls.push({
      id: 'no_connection',
      evidence: { quote: '', missing: `your link with the contact (${link.description})` },
    });

  // No resume before the meeting.
  const resume = firstHitOf(REQUEST_RULES, doc, 'resume_sent_early');
  if (resume) pitfalls.push({ id: 'resume_sent_early', evidence: at(resume.start, resume.end) });

  // Succinct: about 250 words for an email or letter, 90 seconds (about 220 words) on the phone.
  const words = countWords(subject) + countWords(body);
  if (words > (isEmail ? 250 : 220)) {
    pitfalls.push({
      id: 'too_long',
      evidence: {
        quote: '',
        missing: `a shorter ${isEmail ? 'email' : 'introduction'}: this one has ${words} words (aim for under ${isEmail ? 250 : 220})`,
      },
    });
  }

  // A graceful exit for a busy contact.
  const exit = firstHitOf(REQUEST_RULES, doc, 'graceful_exit');
  if (exit) credits.push({ id: 'graceful_exit', evidence: at(exit.start, exit.end) });

  return {
    kind: 'request',
    medium: isEmail ? 'email' : 'phone',
    words,
    referrer,
    promises,
    pitfalls,
    credits,
  };
}
