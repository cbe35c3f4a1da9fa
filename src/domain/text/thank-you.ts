import type { Scenario } from '../scenario/scenario.schema.ts';
import type { CreditId, PitfallId } from '../vocabulary.ts';
import { splitClauses, tokensOf, type Clause } from './clauses.ts';
import { findAll, firstMatch, type Gate } from './patterns.ts';
import { readDoc } from './rule.ts';
import { findActions } from './actions-taken.ts';
import { EMPTY_WORDS, isName, span, stem, type Sentence } from './note-words.ts';
import { THANK_YOU_PATTERNS } from './rules/thank-you.ts';
import { letterForm, type RequestInput } from './request.ts';
import { onceFor, remembering } from './once.ts';
import { findJobMentions, type Evidence, type Finding } from './turn.ts';
import { countWords, tokenize, type Token } from './words.ts';

/**
 * The thank-you analyzer (PITFALLS.md, follow-up): does the note name something specific the
 * student learned, or report something already done on the contact's advice? Does it ask for a
 * job? Is its tone a letter's? In a session it also says which specific point echoes something the
 * contact actually said, so the debrief can credit it more.
 */

/** Something the contact said in the conversation, to match the note's specifics against. */
export interface Heard {
  text: string;
  minute?: number;
}

export interface ThankYouContext {
  scenario?: Scenario;
  /** The contact's lines in the conversation, when the note follows a session. */
  heard?: readonly Heard[];
}

/** A specific point the note names, and whether it echoes what the contact said. */
export interface Specific {
  evidence: Evidence;
  /** The content words the point is made of. */
  words: string[];
  /** The contact's line it echoes, if any. */
  echoes: { text: string; minute?: number; shared: string[] } | null;
}

export interface ThankYouAnalysis {
  kind: 'thank_you';
  medium: 'email' | 'note';
  words: number;
  specifics: Specific[];
  actions: Evidence[];
  pitfalls: Finding<PitfallId>[];
  credits: Finding<CreditId>[];
}

/** The student back as the subject: what follows is about them, not what they learned. */
const STUDENT_WORDS = new Set(['i', "i'm", "i've", "i'll", "i'd"]);

/** Field-naming frames: the words of "the X field", "careers in X", "the field of X". */
const FIELD_NOUNS = new Set([
  'field',
  'fields',
  'industry',
  'profession',
  'sector',
  'world',
  'area',
  'career',
  'careers',
  'work',
]);

/** The little words left out when a note's point is matched against what the contact said. */
const FUNCTION_WORDS = new Set(
  `a an the and or but so of to in on at for with from by about into over as is are was were be
  been being am it its this that these those there here then than what which who how why when
  where all any some very really also just i me my we us our you your he him his she her they
  them their can could would should will may might must do does did have has had not`.split(/\s+/),
);

/** Conjunctions after which "I" starts the student's own clause ("... as I plan"). */
const CLAUSE_JOINS = new Set([
  'as',
  'and',
  'so',
  'because',
  'since',
  'while',
  'when',
  'but',
  'which',
  'before',
  'after',
  'until',
  'if',
  'now',
]);

/** Words that name the field itself (the scenario's field, and the frames around it). */
function fieldWords(scenario: Scenario | undefined, tokens: readonly Token[]): Set<string> {
  const words = new Set<string>(tokenize(scenario?.contact.field ?? '').map((t) => t.word));
  const contact = scenario?.contact;
  for (const name of [contact?.name, contact?.addressAs, contact?.title, contact?.organization])
    for (const t of tokenize(name ?? '')) words.add(t.word);
  for (const [i, t] of tokens.entries()) {
    if (!FIELD_NOUNS.has(t.word)) continue;
    // "biostatisticians at CROs work on…": "work" as a verb frames no field.
    if (
      t.word === 'work' &&
      ['on', 'at', 'with', 'for', 'as', 'to', 'through', 'in'].includes(tokens[i + 1]?.word ?? '')
    )
      continue;
    // "the public relations field", "careers in urban planning", "the field of nursing".
    const before = tokens.slice(Math.max(0, i - 2), i).filter((x) => !EMPTY_WORDS.has(x.word));
    const next = tokens[i + 1]?.word;
    const after =
      next === 'in' || next === 'of' ? tokens.slice(i + 2, i + 4) : ([] as readonly Token[]);
    for (const x of [...before, ...after]) if (!EMPTY_WORDS.has(x.word)) words.add(x.word);
  }
  return words;
}

const isDigit = (word: string) => /^\d/.test(word);

export function sentencesOf(clauses: readonly Clause[], from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  for (const clause of clauses) {
    if (clause.end <= from || clause.start >= to) continue;
    const current = out[out.length - 1];
    if (current && current.clauses[0]?.sentence === clause.sentence) {
      current.clauses.push(clause);
      current.tokens.push(...clause.tokens);
      current.end = clause.end;
    } else {
      out.push({
        clauses: [clause],
        tokens: [...clause.tokens],
        start: clause.start,
        end: clause.end,
      });
    }
  }
  return out;
}

/** The body lines before the sign-off: where the note says what it has to say. */
function contentRange(
  body: string,
  greetingEnd: number,
  signoff: Evidence | null,
): [number, number] {
  const end = signoff && 'start' in signoff ? signoff.start : body.length;
  return [greetingEnd, end];
}

interface HeardLine {
  line: Heard;
  stems: ReadonlySet<string>;
}

/**
 * Each line's stems, by its text, kept for the next analysis (bounded): the session and the score
 * read the same conversation's hundreds of lines for every mail after it. Never changed once made.
 */
const lineStems = new Map<string, ReadonlySet<string>>();

function stemsOfLine(text: string): ReadonlySet<string> {
  let stems = lineStems.get(text);
  if (stems === undefined) {
    stems = new Set(
      tokenize(text)
        .filter((t) => !FUNCTION_WORDS.has(t.word))
        .map((t) => stem(t.word)),
    );
    if (lineStems.size >= 4096) lineStems.clear();
    lineStems.set(text, stems);
  }
  return stems;
}

function heardLines(heard: readonly Heard[]): HeardLine[] {
  return heard.map((line) => ({ line, stems: stemsOfLine(line.text) }));
}

/**
 * The contact's line a point echoes: three of the point's words are in it (or two, when that is a
 * third of them), or it names the same person ("Mr. Raman", "Raj Patel").
 */
function echoOf(
  text: string,
  tokens: readonly Token[],
  heard: readonly HeardLine[],
): Specific['echoes'] {
  const stems = [
    ...new Set(tokens.filter((t) => !FUNCTION_WORDS.has(t.word)).map((t) => stem(t.word))),
  ];
  const people = tokens
    .filter(
      (t, i) =>
        isName(text, t, false) &&
        (isTitle(tokens[i - 1]) ||
          isName(text, tokens[i + 1], false) ||
          isName(text, tokens[i - 1], false)),
    )
    .map((t) => stem(t.word));
  let best: Specific['echoes'] = null;
  for (const h of heard) {
    const shared = stems.filter((w) => h.stems.has(w));
    const person = people.some((p) => h.stems.has(p));
    const enough = shared.length >= 3 || (shared.length >= 2 && shared.length >= stems.length / 3);
    if ((enough || person) && (!best || shared.length > best.shared.length)) {
      best = {
        text: h.line.text,
        ...(h.line.minute !== undefined ? { minute: h.line.minute } : {}),
        shared,
      };
    }
  }
  return best;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'professor', 'prof']);
const isTitle = (token: Token | undefined) => token !== undefined && TITLES.has(token.word);

/** Where the student's own clause begins again, after a comma or a joining word. */
function ownClause(text: string, after: readonly Token[]): number {
  return after.findIndex((t, i) => {
    if (!STUDENT_WORDS.has(t.word)) return false;
    const previous = after[i - 1];
    const gap = text.slice(previous ? previous.end : Math.max(0, t.start - 2), t.start);
    return /[,;:]/.test(gap) || CLAUSE_JOINS.has(previous?.word ?? '');
  });
}

/** The tokens of a sentence less its thanks ("Thank you for your time") and its plans. */
function substance(text: string, tokens: readonly Token[], gate: Gate): Token[] {
  const kept: Token[] = [];
  let skipping = false;
  // Where a plan starts (a match of at most four words), found in one pass over the sentence.
  const plans = new Set(
    findAll(THANK_YOU_PATTERNS.plans, tokens, text, gate)
      .filter((m) => m.last - m.first < 4)
      .map((m) => m.first),
  );
  for (const [i, t] of tokens.entries()) {
    const gap = i === 0 ? '' : text.slice((tokens[i - 1] as Token).end, t.start);
    if (/[,;:]/.test(gap)) skipping = false;
    if (t.word.startsWith('thank')) skipping = true;
    if (plans.has(i)) skipping = true;
    if (!skipping) kept.push(t);
  }
  return kept;
}

function findSpecifics(
  text: string,
  sentences: readonly Sentence[],
  field: 'text' | 'body',
  fieldish: Set<string>,
  heard: readonly HeardLine[],
  jobSpans: readonly Evidence[],
  gate: Gate,
): Specific[] {
  const specifics: Specific[] = [];
  const spans = jobSpans
    .flatMap((j) => ('start' in j ? [{ start: j.start, end: j.end }] : []))
    .sort((a, b) => a.start - b.start);
  let next = 0;
  for (const sentence of sentences) {
    const cue = firstMatch(THANK_YOU_PATTERNS.learning, sentence.tokens, '', gate);
    let rest: Token[];
    let needed: number;
    if (cue) {
      // What the contact said ends where the student speaks of themselves again ("..., as I
      // plan"); "You suggested that I get hours in both settings" is still the advice.
      const after = sentence.tokens.slice(cue.last + 1);
      const own = ownClause(text, after);
      rest = substance(text, own < 0 ? after : after.slice(0, own), gate);
      needed = 3;
    } else {
      // A job ask (or a word about not asking for one) is not something learned. The spans are in text order
      // and so are the sentences: one pointer walks them, linear in both.
      while (next < spans.length && (spans[next] as { end: number }).end <= sentence.start)
        next += 1;
      const span = spans[next];
      if (span && span.start < sentence.end) continue;
      const kept = substance(text, sentence.tokens, gate);
      if (!firstMatch(THANK_YOU_PATTERNS.reactions, kept, '', gate)) continue;
      rest = kept;
      needed = 4;
    }
    // The contact's employer ("your work at Deloitte") is no point learned.
    const employer = (i: number) =>
      ['at', 'with', 'for'].includes(rest[i - 1]?.word ?? '') &&
      ['work', 'job', 'role', 'time', 'career', 'position', 'team', 'experience'].includes(
        rest[i - 2]?.word ?? '',
      );
    const names = rest.filter(
      (t, i) => isName(text, t, t === sentence.tokens[0]) && !fieldish.has(t.word) && !employer(i),
    );
    const employers = new Set(rest.filter((_t, i) => employer(i)).map((t) => t.word));
    const content = rest.filter(
      (t) =>
        !EMPTY_WORDS.has(t.word) &&
        !fieldish.has(t.word) &&
        t.word.length > 1 &&
        !employers.has(t.word),
    );
    const numbers = rest.filter((t) => isDigit(t.word));
    // A compound counts its parts: "the fuel-gauge chip" names three things.
    const distinct = new Set(
      content.flatMap((t) =>
        t.word
          .split('-')
          .filter((w) => w.length > 1 && !EMPTY_WORDS.has(w))
          .map(stem),
      ),
    );
    const substantial =
      distinct.size >= needed ||
      ((names.length > 0 || numbers.length > 0) && distinct.size >= needed - 2);
    if (!substantial) continue;
    specifics.push({
      evidence: span(text, sentence.start, sentence.end, field),
      words: [...distinct],
      echoes: echoOf(text, rest, heard),
    });
  }
  return specifics;
}

/** Whether a mail thanks the contact at all: the one after a conversation that does is the thank-you. */
export function thanksIn(text: string): boolean {
  return /\b(thank|thanks|grateful|gratitude|appreciat)/i.test(text);
}

/** Analyzes a thank-you note (a letter by post) or email (a text starting `Subject:`). */
export function analyzeThankYou(
  input: RequestInput,
  context: ThankYouContext = {},
): ThankYouAnalysis {
  // Read once while a log is scored: the session reads the note when it arrives, the report again.
  if (!remembering()) return thankYouAnalysis(input, context);
  const key = JSON.stringify([input.subject ?? null, input.body, context.heard ?? null]);
  return onceFor('thank-yous', context.scenario, key, () => thankYouAnalysis(input, context));
}

function thankYouAnalysis(input: RequestInput, context: ThankYouContext): ThankYouAnalysis {
  const isEmail = input.subject !== undefined;
  const field = isEmail ? 'body' : 'text';
  const body = input.body;
  const subject = input.subject ?? '';
  const clauses = splitClauses(body);
  const tokens = tokensOf(clauses);
  const pitfalls: Finding<PitfallId>[] = [];
  const credits: Finding<CreditId>[] = [];

  // One reading of the body for every table: its gate lets each phrase that cannot match go.
  const doc = readDoc(body, clauses);
  const mentions = findJobMentions(body, clauses, doc);
  const jobs = mentions.requests[0];
  const subjectJob = isEmail ? findJobMentions(subject).requests[0] : undefined;
  if (jobs) pitfalls.push({ id: 'job_request', evidence: { ...jobs, field } as Evidence });
  else if (subjectJob)
    pitfalls.push({ id: 'job_request', evidence: { ...subjectJob, field: 'subject' } as Evidence });

  const form = letterForm(body, field, true, isEmail ? subject : undefined, tokens);
  if (form.informal) pitfalls.push({ id: 'informal_tone', evidence: form.informal });

  const [from, to] = contentRange(body, form.greetingEnd, form.formalSignoff);
  const sentences = sentencesOf(clauses, from, to);
  const fieldish = fieldWords(context.scenario, tokens);
  const heard = heardLines(context.heard ?? []);
  const specifics = findSpecifics(
    body,
    sentences,
    field,
    fieldish,
    heard,
    [...mentions.requests, ...mentions.negated],
    doc.gate,
  );
  const actions = findActions(body, sentences, field, doc.gate);
  // An action names what was learned too when it names someone or something the contact
  // pointed to ("I wrote to Jen Park on Thursday"), or echoes what they said.
  // Where the specifics start, once, so each action is checked against them in constant time.
  const specificStarts = new Set(
    specifics.flatMap((sp) => ('start' in sp.evidence ? [sp.evidence.start] : [])),
  );
  for (const action of actions) {
    if ('start' in action.evidence && specificStarts.has(action.evidence.start)) continue;
    const names = action.object.filter((t) => isName(body, t, false) && !fieldish.has(t.word));
    const echoes = echoOf(body, action.object, heard);
    if (names.length === 0 && !echoes) continue;
    specifics.push({
      evidence: action.evidence,
      words: [
        ...new Set(action.object.filter((t) => !EMPTY_WORDS.has(t.word)).map((t) => stem(t.word))),
      ],
      echoes,
    });
  }

  const best = specifics.find((s) => s.echoes) ?? specifics[0];
  const done = actions[0];
  if (best) credits.push({ id: 'mentions_specific_learning', evidence: best.evidence });
  if (done) credits.push({ id: 'reports_action_taken', evidence: done.evidence });
  if (!best && !done) {
    pitfalls.unshift({
      id: 'generic_thank_you',
      evidence: {
        quote: '',
        missing: 'something specific you learned in the conversation, or did with the advice',
      },
    });
  }

  return {
    kind: 'thank_you',
    medium: isEmail ? 'email' : 'note',
    words: countWords(body),
    specifics,
    actions: actions.map((a) => a.evidence),
    pitfalls,
    credits,
  };
}
