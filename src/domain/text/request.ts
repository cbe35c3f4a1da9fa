import type { Scenario } from '../scenario/scenario.schema.ts';
import type { CreditId, PitfallId } from '../vocabulary.ts';
import { splitClauses, type Clause } from './clauses.ts';
import { findPromises, type NextStepContext, type StudentPromise } from './next-step.ts';
import { compileAll, compileKeywords, findAll, type Match, type Pattern } from './patterns.ts';
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
  promises: StudentPromise[];
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

/** Words that name only the kind of request, never its substance (PITFALLS.md: subjects). */
const GENERIC_SUBJECT_WORDS = new Set(
  `a an the and or of for to from with about on in my your our me you i hi hello hey dear
  quick question questions query request requesting informational information info interview
  interviews meeting meet chat coffee call phone conversation talk connect connecting connection
  introduction intro hoping seeking time minutes min advice help favor opportunity networking
  career careers follow followup follow-up up re fw fwd inquiry reaching out student yo sup hiya
  heya howdy greetings there everyone all good morning afternoon evening`
    .split(/\s+/)
    .filter(Boolean),
);

/** Titles before a name: a subject that only greets someone by name ("Hi Dr. Lee") names nothing. */
const NAME_TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor']);

const INFORMAL_GREETINGS = new Set([
  'hey',
  'yo',
  'hiya',
  'sup',
  'heya',
  'howdy',
  'wassup',
  'whats',
  "what's",
]);
const TEXT_SPEAK = new Set([
  'u',
  'ur',
  'thx',
  'thnx',
  'tnx',
  'pls',
  'plz',
  'gonna',
  'wanna',
  'gotta',
  'lol',
  'btw',
  'idk',
  'tbh',
  'lmk',
  'omg',
  'ya',
  'ty',
  'cuz',
  'bc',
  'b4',
  'msg',
  'kinda',
  'sorta',
  'imo',
  'imho',
  'asap',
  'np',
  'dunno',
  'yeah',
  'yep',
  'nope',
  'hru',
  'rn',
]);

const FORMAL_GREETING = compileAll([
  'dear',
  'hello',
  'good morning|afternoon|evening',
  'greetings',
]);
/** Closings that end a professional letter ("Thanks," closes one too, but less formally). */
const FORMAL_SIGNOFF = compileAll([
  'sincerely',
  'regards',
  'best regards',
  'kind regards',
  'warmest|warmly|warm regards|wishes',
  'warm regards',
  'warmly',
  'best wishes',
  'respectfully',
  'yours truly',
  'yours sincerely',
  'all the best',
  'best',
  'with thanks',
  'with .. thanks|gratitude|appreciation',
  'with gratitude',
  'with appreciation',
  'many thanks',
  'gratefully',
]);
const ANY_SIGNOFF = compileAll([
  'thank*',
  'thanks',
  'many thanks',
  'cheers',
  'take care',
  'talk soon',
  'gratefully',
  'thx',
  'ty',
]);

const SELF_NAME = compileAll([
  'my name is',
  'this is',
  'i am',
  "i'm",
  'im',
  'it is',
  "it's",
  'its',
]);
const BACKGROUND = compileAll([
  'student',
  'students',
  'studying',
  'study',
  'major*',
  'minor*',
  'graduate',
  'graduating',
  'graduated',
  'undergrad*',
  'freshman',
  'sophomore',
  'junior',
  'senior',
  'first-year|second-year|third-year|fourth-year|final-year',
  'year',
  'university',
  'college',
  'program*',
  'degree',
  'phd',
  'ph d',
  'alum*',
  'class of',
  'i work|worked as|at|in',
  'background in',
  'career changer',
  'school',
  'classmate*',
  'seminar',
  'class',
  'classes',
  'course',
  'department',
]);

const SEEKING = compileAll([
  'learn',
  'learning',
  'information',
  'info',
  'advice',
  'insight*',
  'perspective*',
  'hear about',
  'hear more',
  'ask .. about',
  'questions about',
  'explore',
  'exploring',
  'interested in',
  'interest in',
  'curious about',
  'understand',
  'considering',
  'thinking about',
  'looking into',
  'find out',
  'know more',
  'guidance',
  'talk|chat|speak .. about',
  'talk|chat|discuss',
  'got|get|getting|break|move|moved into',
  'careers|career|work|working|job|role in|into',
  'pursue|pursuing|pursuit',
]);
const FIELD_CUES = compileAll(['as a career', 'as a profession']);

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
  briefly quickly quick few minutes minute hour phone call calls email meet meeting us we with`
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

const TIME_UNITS = new Set(['minutes', 'minute', 'mins', 'min']);
const NUMBER_WORDS: Record<string, number> = {
  five: 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  'twenty-five': 25,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
};
const HALF_HOUR = compileAll([
  'half an hour',
  'half-hour',
  'half hour',
  'quick 15|20|10|fifteen|twenty|ten',
  'a quarter of an hour',
]);

const RESUME_SENT = compileAll([
  'attached .. resume|cv|résumé',
  'attaching .. resume|cv|résumé',
  'resume|cv|résumé .. attached|enclosed|included',
  'enclosed .. resume|cv|résumé',
  'included .. resume|cv|résumé',
  'here is|is .. my resume|cv|résumé',
  "here's .. my resume|cv|résumé",
  'find .. my resume|cv|résumé',
  'sending .. my resume|cv|résumé',
  'sent .. my resume|cv|résumé',
  'emailed .. my resume|cv|résumé',
  'pasted .. resume|cv|résumé',
  'resume|cv|résumé .. below',
]);

/** An easy way to decline, or another way to help: not merely another time (PITFALLS.md). */
const GRACEFUL_EXIT = compileAll([
  'understand if',
  'no worries if',
  'no problem if',
  'if you are too|not able|unable',
  "if you're too|not able|unable",
  'if a call is hard|difficult|not',
  'if a conversation is hard|difficult|not',
  "if (you would|you'd) prefer",
  "if you'd prefer",
  "if (it is|it's) easier",
  "if it's easier",
  'alternatively',
  'by email instead',
  'over email instead',
  'send .. questions',
  'questions by|over|via email|e-mail',
  'reply by|over|via email|e-mail',
  'answer .. by|over|via email|e-mail',
  'short reply',
  'someone else .. who',
  'colleague .. who|might|could',
  'perfectly fine if',
  'completely understand',
]);

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

const LINK_CUES = compileAll([
  'fellow',
  'also a|an .. graduate|alum*|student|member',
  'graduate|alum* as well',
  "you're a|an .. graduate|alum*",
  'you are a|an .. graduate|alum*',
  'where you also',
  'your alma mater',
  'heard u speak|talk',
  'ur talk|panel|presentation',
  'also .. studied|graduated|attended',
  'same .. school|university|college|major|program|hometown|town',
  'heard you speak',
  'heard you talk',
  'your talk',
  'your panel',
  'your presentation',
  'your lecture',
  'your session',
  'your article',
  'saw you speak',
  'both .. from|at',
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
  return findAll(patterns, tokens)[0] ?? null;
}

function isEmoji(code: number): boolean {
  return (
    (code >= 0x1f000 && code <= 0x1faff) ||
    (code >= 0x2600 && code <= 0x27bf) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    code === 0x2764 ||
    code === 0x263a
  );
}

/** The first emoji of a text, as a span; linear. */
function findEmoji(text: string): { start: number; end: number } | null {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.codePointAt(i) ?? 0;
    if (isEmoji(code)) return { start: i, end: i + (code > 0xffff ? 2 : 1) };
    if (code > 0xffff) i += 1;
  }
  // Text emoticons.
  for (const face of [':)', ':-)', ':D', ';)', ':(', 'xD', '<3']) {
    const at = text.indexOf(face);
    if (at >= 0 && (at === 0 || /\s/.test(text[at - 1] as string)))
      return { start: at, end: at + face.length };
  }
  return null;
}

/** A lowercase standalone "i" in the original text. */
function findLowercaseI(text: string, tokens: readonly Token[]): Token | null {
  return (
    tokens.find(
      (t) =>
        (t.word === 'i' || t.word.startsWith("i'")) &&
        text[t.start] === 'i' &&
        // "i.e." is an abbreviation, not the pronoun.
        !(t.word === 'i' && text.slice(t.end, t.end + 3).toLowerCase() === '.e.'),
    ) ?? null
  );
}

function lines(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || text[i] === '\n') {
      const line = text.slice(start, i);
      if (line.trim() !== '') out.push({ start, end: i, text: line });
      start = i + 1;
    }
  }
  return out;
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
  const after = before.length > 0 ? [] : capitalizedNameAfter(text, tokens, match.last + 1);
  const name = before.length > 0 ? before : after;
  if (name.length === 0) return { name: '', start: match.start, end: match.end };
  const start = Math.min((name[0] as Token).start, match.start);
  const end = Math.max((name[name.length - 1] as Token).end, match.end);
  return { name: name.map((t) => text.slice(t.start, t.end)).join(' '), start, end };
}

function referrerPatterns(scenario: Scenario): Pattern[] {
  const referrer = scenario.contact.connection.referrer;
  if (!referrer) return [];
  const parts = referrer.name.split(/\s+/);
  return compileKeywords([
    referrer.name,
    ...referrer.keywords,
    ...(parts.length > 1 ? [parts[0] as string] : []),
  ]);
}

/** Text-speak, emoji, a "hey"-style opener or a lowercase "i": the first sign of an informal tone. */
export function findInformal(
  text: string,
  tokens: readonly Token[] = tokenize(text),
): { start: number; end: number } | null {
  const opener = tokens[0];
  if (opener && INFORMAL_GREETINGS.has(opener.word))
    return { start: opener.start, end: opener.end };
  // One-letter text-speak (u, r, k, y) counts only as typed in lower case.
  const spelled = (i: number) =>
    (tokens[i - 1]?.word.length ?? 0) === 1 || (tokens[i + 1]?.word.length ?? 0) === 1;
  const speak = tokens.find(
    (t, i) =>
      TEXT_SPEAK.has(t.word) && (t.word.length > 1 || (text[t.start] === t.word && !spelled(i))),
  );
  if (speak) return { start: speak.start, end: speak.end };
  const emoji = findEmoji(text);
  if (emoji) return emoji;
  const lowerI = findLowercaseI(text, tokens);
  return lowerI ? { start: lowerI.start, end: lowerI.end } : null;
}

/** The form of a letter or email: its greeting, its sign-off, and the first sign of an informal tone. */
export interface LetterForm {
  /** Where the greeting line ends (0 when there is none). */
  greetingEnd: number;
  formalGreeting: Evidence | null;
  formalSignoff: Evidence | null;
  informal: Evidence | null;
}

/**
 * Reads a text's greeting and sign-off and its tone. A letter (an email or a posted note) needs a
 * greeting and a sign-off; a phone introduction or a message has neither to judge.
 */
export function letterForm(
  body: string,
  field: 'text' | 'body',
  letter: boolean,
  subject?: string,
): LetterForm {
  const bodyLines = lines(body);
  const tokens = tokenize(body);
  const at = (start: number, end: number) => span(body, start, end, field);
  const firstLine = bodyLines[0];
  let greetingEnd = 0;
  let hasGreeting = false;
  let informal: Evidence | null = null;
  let formalGreeting: Evidence | null = null;
  let formalSignoff: Evidence | null = null;
  if (firstLine) {
    const lineTokens = tokenize(firstLine.text);
    const firstWord = lineTokens[0]?.word ?? '';
    if (INFORMAL_GREETINGS.has(firstWord)) {
      const t = lineTokens[0] as Token;
      informal = at(firstLine.start + t.start, firstLine.start + t.end);
      hasGreeting = true;
      greetingEnd = firstLine.start + (lineTokens.length <= 5 ? firstLine.text.length : t.end);
    } else {
      const greeting = findAll(FORMAL_GREETING, lineTokens).find((m) => m.first === 0);
      if (greeting && (lineTokens.length <= 6 || /[,:!]\s*$/.test(firstLine.text.trim()))) {
        hasGreeting = true;
        greetingEnd = firstLine.start + firstLine.text.length;
        formalGreeting = at(
          firstLine.start + greeting.start,
          firstLine.start + firstLine.text.trimEnd().length,
        );
      } else if (
        (['hi', 'hello'].includes(firstWord) && lineTokens.length <= 4) ||
        // "Ms. Gable," alone on its line is a salutation too, if not a formal one.
        (['mr', 'mrs', 'ms', 'dr', 'professor', 'prof'].includes(firstWord) &&
          lineTokens.length <= 4 &&
          /,\s*$/.test(firstLine.text))
      ) {
        hasGreeting = true;
        greetingEnd = firstLine.start + firstLine.text.length;
      }
    }
  }
  // The sign-off: a closing line near the end, perhaps followed by a signature block.
  let hasSignoff = false;
  const closing = bodyLines
    .slice(-7)
    .filter((line) => line !== firstLine && tokenize(line.text).length <= 6);
  const startsWith = (patterns: readonly Pattern[], line: { text: string }) =>
    findAll(patterns, tokenize(line.text)).find((x) => x.first === 0);
  const formalLine = closing.find((line) => startsWith(FORMAL_SIGNOFF, line));
  if (formalLine) {
    hasSignoff = true;
    const m = startsWith(FORMAL_SIGNOFF, formalLine) as Match;
    formalSignoff = at(
      formalLine.start + m.start,
      formalLine.start + formalLine.text.trimEnd().length,
    );
  } else if (closing.some((line) => startsWith(ANY_SIGNOFF, line))) {
    hasSignoff = true;
  }
  // Any short closing line ending in a comma above a name is a sign-off ("Merci encore,").
  const nameLine = bodyLines[bodyLines.length - 1];
  const closingLine = bodyLines[bodyLines.length - 2];
  if (
    !hasSignoff &&
    nameLine &&
    closingLine &&
    closingLine !== firstLine &&
    /,\s*$/.test(closingLine.text) &&
    tokenize(closingLine.text).length <= 4 &&
    /^\s*[-–—]?\s*(\p{Lu}[\p{L}'’.-]*\s*){1,4}$/u.test(nameLine.text)
  )
    hasSignoff = true;
  // A sign-off is signed: a closing phrase as the very last line, with no name, is not one.
  const lastLine = bodyLines[bodyLines.length - 1];
  const closer = lastLine
    ? (startsWith(FORMAL_SIGNOFF, lastLine) ?? startsWith(ANY_SIGNOFF, lastLine))
    : undefined;
  const unsigned =
    lastLine !== undefined &&
    closer !== undefined &&
    closing
      .filter((line) => line !== lastLine)
      .every((line) => !startsWith(ANY_SIGNOFF, line) && !startsWith(FORMAL_SIGNOFF, line)) &&
    tokenize(lastLine.text)
      .slice(closer.last + 1)
      .every((t) => !/^[A-Z]/.test(lastLine.text.slice(t.start, t.start + 1)));

  const casual = findInformal(body, tokens) ?? (subject !== undefined ? findEmoji(subject) : null);
  if (!informal && casual) informal = at(casual.start, casual.end);
  if (!informal && letter && body.trim() !== '' && !hasGreeting)
    informal = { quote: '', missing: 'a greeting such as "Dear Dr. Okonkwo,"' };
  if (!informal && letter && body.trim() !== '' && !hasSignoff)
    informal = { quote: '', missing: 'a sign-off such as "Sincerely," and your name' };
  if (!informal && letter && unsigned)
    informal = { quote: '', missing: 'your name under the sign-off' };
  return { greetingEnd, formalGreeting, formalSignoff, informal };
}

/** Analyzes an outreach request. */
export function analyzeRequest(input: RequestInput, context: RequestContext = {}): RequestAnalysis {
  const isEmail = input.subject !== undefined;
  const field = isEmail ? 'body' : 'text';
  const body = input.body;
  const subject = input.subject ?? '';
  const scenario = context.scenario;
  const clauses = splitClauses(body);
  const tokens = clauses.flatMap((c) => c.tokens);
  const subjectTokens = tokenize(subject);
  const pitfalls: Finding<PitfallId>[] = [];
  const credits: Finding<CreditId>[] = [];
  const at = (start: number, end: number) => span(body, start, end, field);

  // Job requests, and negated mentions of a job.
  const jobs = findJobMentions(body, clauses);
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
  const form = letterForm(body, field, isEmail, isEmail ? subject : undefined);
  const { greetingEnd, informal } = form;
  if (isEmail && form.formalGreeting)
    credits.push({ id: 'formal_greeting', evidence: form.formalGreeting });
  if (isEmail && form.formalSignoff)
    credits.push({ id: 'formal_signoff', evidence: form.formalSignoff });
  const tail = lines(body).slice(-3);
  if (informal) pitfalls.push({ id: 'informal_tone', evidence: informal });

  // The subject line (emails only).
  if (isEmail) {
    const referrerWords = scenario ? findAll(referrerPatterns(scenario), subjectTokens)[0] : null;
    // The contact's own name is no subject either: "Hi Dr. Okonkwo" is only a greeting.
    const contactName = new Set(
      scenario
        ? tokenize(`${scenario.contact.name} ${scenario.contact.addressAs}`).map((t) => t.word)
        : [],
    );
    const specific = subjectTokens.find(
      (t, i) =>
        !GENERIC_SUBJECT_WORDS.has(t.word) &&
        !NAME_TITLES.has(t.word) &&
        !contactName.has(t.word) &&
        !NAME_TITLES.has(subjectTokens[i - 1]?.word ?? '') &&
        !/^\d+$/.test(t.word),
    );
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
    /^[A-Z][a-z'’-]+(\s+[A-Z][a-z'’-]+)+\s*$/.test(line.text.trim()),
  );
  const background = first(BACKGROUND, tokens);
  if (!(nameMatch || namedByScenario || signatureName) || !background) {
    pitfalls.push({
      id: 'no_self_introduction',
      evidence: {
        quote: '',
        missing: !(nameMatch || namedByScenario || signatureName)
          ? 'your name and who you are (school, program or background)'
          : 'your school, program or background',
      },
    });
  }

  // What the student is seeking: information or advice about a named field, role or path.
  const seeking = first(SEEKING, tokens);
  const fieldWords = scenario
    ? compileAll([
        scenario.contact.field,
        ...scenario.contact.field.split(/\s+/).filter((w) => w.length > 4),
      ])
    : [];
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
  let timeAsk: { start: number; end: number } | null = null;
  const half = first(HALF_HOUR, tokens);
  if (half) timeAsk = { start: half.start, end: half.end };
  for (let i = 0; i < tokens.length && !timeAsk; i += 1) {
    const unit = tokens[i] as Token;
    if (!TIME_UNITS.has(unit.word)) continue;
    // "20 minutes", "20-30 minutes", "15 or 20 minutes", "twenty minutes", "a quick 15-minute"
    for (let back = 1; back <= 3 && i - back >= 0; back += 1) {
      const t = tokens[i - back] as Token;
      const n = /^\d+$/.test(t.word) ? Number(t.word) : (NUMBER_WORDS[t.word] ?? null);
      if (n !== null && n >= 5 && n <= 45) {
        timeAsk = { start: t.start, end: unit.end };
        break;
      }
    }
    for (let back = 1; back <= 2 && !timeAsk && i - back >= 0; back += 1) {
      // "20-30 minutes" is one token
      const t = tokens[i - back] as Token;
      const range = /^(\d+)[-–](\d+)$/.exec(t.word);
      if (range && Number(range[1]) >= 5 && Number(range[2]) <= 60)
        timeAsk = { start: t.start, end: unit.end };
    }
  }
  if (!timeAsk) {
    const compound = tokens.find((t) =>
      /^(\d+|fifteen|twenty|thirty|ten)-?(minute|minutes|min|mins)$/.test(t.word),
    );
    if (compound) timeAsk = { start: compound.start, end: compound.end };
  }
  if (timeAsk) credits.push({ id: 'states_time_limit', evidence: at(timeAsk.start, timeAsk.end) });
  else
    pitfalls.push({
      id: 'no_time_limit',
      evidence: { quote: '', missing: 'a short time ask, such as "20 minutes" or "half an hour"' },
    });

  // The next step: the student says when they will call or follow up (emails and letters only).
  const promises = findPromises(body, context);
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
    referrer = worded.name || null;
    if (worded.start <= earlyEnd)
      credits.push({ id: 'names_referrer_early', evidence: at(worded.start, worded.end) });
    else pitfalls.push({ id: 'referral_not_early', evidence: at(worded.start, worded.end) });
  }

  // A substantive link.
  const link = scenario?.contact.connection.link;
  const linkMatch = link
    ? (first(compileKeywords(link.keywords), tokens) ?? first(LINK_CUES, tokens))
    : first(LINK_CUES, tokens);
  if (linkMatch)
    credits.push({ id: 'uses_connection', evidence: at(linkMatch.start, linkMatch.end) });
  else if (link)
    pitfalls.push({
      id: 'no_connection',
      evidence: { quote: '', missing: `your link with the contact (${link.description})` },
    });

  // No resume before the meeting.
  const resume = first(RESUME_SENT, tokens);
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
  const exit = first(GRACEFUL_EXIT, tokens);
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
