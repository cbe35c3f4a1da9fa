import type { Scenario } from '../scenario/scenario.schema.ts';
import type { CreditId, PitfallId } from '../vocabulary.ts';
import { splitClauses, type Clause } from './clauses.ts';
import { compileAll, findAll } from './patterns.ts';
import { letterForm, type RequestInput } from './request.ts';
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

/**
 * Where a note points at something it learned: "you mentioned", "your advice to", "I learned
 * that", "hearing how", "I hadn't realized". What follows the cue, in its sentence, must then name
 * something: words that are not about thanks, time, help, or the field in general.
 */
const LEARNING_CUES = compileAll([
  'learn|learned|learnt|learning that|about|how|what|why|where|when|to|of',
  'i learned|learnt',
  'you mentioned|said|explained|described|suggested|recommended|noted|stressed|emphasized|emphasised|told|shared|showed|pointed|gave|walked|talked|spoke',
  'you .. mentioned|explained|described|suggested|recommended|told|shared|pointed',
  'your advice|suggestion|suggestions|recommendation|recommendations|tip|tips|point|points|description|explanation|story|stories|example|examples|comment|comments|idea|ideas|account|observation|reminder|warning|encouragement|perspective|insight|insights|view|take|thoughts|pointer|pointers|answer|note|remark|emphasis|list|breakdown',
  'the advice|suggestion|recommendation|tip|point|idea|reminder|story|example|description|explanation|insight|insights|pointer|breakdown',
  'hearing|hear about|how|that|what|why|your',
  'to hear|know|understand|see|learn about|how|that|what|why',
  'realize|realized|realise|realised|realizing|knew|understood|appreciate|appreciated|noticed|surprised',
  'especially|particularly',
  'in particular',
  'above all',
  'most of all',
  'the way you|how you',
  'what you said|shared|described|told|explained',
  'now know|understand|see',
  'knowing that|how',
  'struck|stayed|stuck me',
  'stayed|stuck with me',
  'resonated|eye-opening|memorable|valuable|helpful|useful|interesting|fascinating|surprising',
  'eye opening',
  'the name|names of',
  'introducing|pointing|connecting|referring|directing me',
  'for explaining|describing|telling|showing|outlining|walking|clarifying|mentioning|suggesting|recommending|sharing',
  'had|have no idea',
  'had|have not|never known|realized|realised|heard|thought',
  "hadn't|haven't|didn't|never known|realized|realised|know|knew|heard|thought",
  'did not know|realize|realise',
  'your trick|lesson|lessons|framing|distinction|rule|habit|approach|method|technique|practice|strategy|anecdote|analogy|metaphor|question|caution|candor|honesty|checklist|reading|formula',
  'the trick|lesson|framing|distinction|rule|habit|approach|technique|practice|strategy|anecdote|analogy|caution|checklist',
  'the part|bit|piece|line|detail|moment about|where|when|that|on',
  'you|u were right about|that',
  'seeing|watching|observing how|what|the|that|your',
]);

/**
 * Other signs that a sentence is about what the contact said or showed: a reaction ("was news to
 * me", "changed how I think", "who knew"), or the contact in it ("you", "your"). The whole
 * sentence, less its thanks and the student's plans, must then name enough to be specific.
 */
const REACTIONS = compileAll([
  'news to me',
  'new to me',
  'surprised|struck|stayed|stuck me',
  'changed|changes|shifted how|the way',
  'made .. sense',
  'who knew',
  "did not|didn't|never expect|expected|realize|realise|know",
  'came up',
  'you|u|your|yours',
  'advice|suggestion|suggestions|recommendation|recommendations|tip|tips|point',
]);

/** Where a plan starts: what follows is not yet learned or done ("I'll rewrite", "I plan to"). */
const PLANS = compileAll([
  "i'll",
  'i will|shall',
  "i'm|i am going|planning|hoping|hope|intending",
  'i plan|intend|hope|mean|want|would',
  "i'd like|love",
  'going to',
]);

/**
 * Words that name nothing specific: thanks, time, help, the conversation, the field in general,
 * praise, and the little words of a sentence.
 */
const EMPTY_WORDS = new Set(
  `a an the and or but so of to in on at for with from by about into over as is are was were be
  been being am it its it's this that these those there here then than what which who whom whose
  how why when where all any some much many more most very really truly so too also just still even
  again ever i me my mine myself we us our you your yours yourself he him his she her they them
  their i'm i've i'd i'll you're you've it's that's we're can could would should will shall may
  might must do does did done have has had having get got make made take took taken give gave
  given go going went come came not no yes thank thanks thanking thankful grateful gratitude
  appreciate appreciated appreciation appreciative time times minutes hour hours schedule busy
  day days week weeks today yesterday tomorrow morning afternoon evening help helpful helped
  helping useful valuable invaluable insightful insight insights informative information info
  advice guidance knowledge wisdom perspective perspectives experience experiences expertise
  thoughts thought ideas idea story stories tips tip pointers suggestions suggestion
  recommendations answers answer questions question conversation conversations meeting meet met
  talk talking talked chat chatting call calls discussion discussing speaking speak spoke spoken
  interview informational sharing share shared willing willingness generous generosity kind
  kindness wonderful great greatly good nice lovely amazing incredible incredibly fantastic
  excellent interesting fascinating inspiring inspired inspiration enjoyed enjoy enjoying pleasure
  honor honour privilege opportunity glad happy delighted lot lots everything something anything
  things thing stuff way ways field fields industry industries profession professional
  professionals career careers job jobs work working works role roles position path paths
  journey world area areas sector sectors life day-to-day daily typical like learn learned learnt
  learning know knew knowing understand understanding understood see saw hear heard hearing
  mentioned said say says told tell explained explain described describe suggested suggest
  recommended recommend noted stressed emphasized pointed shown showed walked particularly
  especially definitely certainly sure hope hoping look looking forward future soon best regards
  sincerely warmly warm cheers dear mr mrs ms dr professor once one two first next last new own
  well better clear clearer sense better understanding realize realized realise realised struck
  stayed stuck resonated eye-opening valuable clarity clarified feel felt think came away
  certain confident direction right ever road ahead encouraged motivated excited decision
  decisions decide deciding pursue pursuing goals goal steps step interest interests passion
  contagious deeper appreciation rare someone students student granted minute every stay carry
  left feeling meant deal care honesty honest answered practising practicing undergraduate
  already often always usually general generally kindly truly deeply personal personally
  experienced pursue background path-breaking entire whole real really actual actually
  certainly clearly helpful worthwhile meaningful extremely semester semesters class classes
  ten fifteen twenty thirty forty sixty ups downs enthusiasm accomplished excited heartfelt
  everyone anyone somebody if let pls please wanted write writing express sincere taking out
  through shines shine regard regarded other office again person touch sent send invitation
  linkedin`.split(/\s+/),
);

const WEEKDAY_AND_MONTH = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december`.split(/\s+/),
);

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

/** Something done: the student, then a past action (perhaps "have", "already", "since"). */
const ACTION_VERBS = new Set(
  `contacted reached emailed e-mailed wrote written called phoned rang joined signed registered
  enrolled applied messaged texted requested reserved offered spent moved put cut removed practiced practised
  ordered bought borrowed downloaded subscribed researched looked checked spoke
  spoken talked met visited attended went started begun began updated revised rewrote rewritten
  redid redone reworked tailored set scheduled booked arranged followed sent submitted
  volunteered connected introduced asked shadowed interviewed watched completed finished
  created built drafted added changed switched picked read made got gotten been did done found
  ran run pitched gone tested fixed audited re-read reread revisited
  enrolled took taken`.split(/\s+/),
);
/** Words allowed between "I" and the verb: "I have already", "I've since", "I went ahead and". */
const ACTION_FILLERS = new Set([
  'have',
  'had',
  'already',
  'since',
  'just',
  'also',
  'then',
  'finally',
  'recently',
  'immediately',
  'actually',
  'now',
  'promptly',
  'gladly',
  'successfully',
  'went',
  'ahead',
  'and',
]);
/** Before "I", a word that makes the action a condition or a plan: "once I have signed up". */
const CONDITIONS = new Set(['if', 'once', 'when', 'whenever', 'until', 'unless', 'before']);
const NARRATIVE = new Set(['because', 'as', 'while']);
/** Words that name no thing done: "putting your advice into practice". */
const VAGUE_OBJECTS = new Set([
  'putting',
  'practice',
  'use',
  'action',
  'motion',
  'mind',
  'heart',
  'back',
  'notes',
]);

/**
 * Past forms that are feelings, thoughts or the conversation itself, not something done on
 * advice: "I learned", "I enjoyed", "I wanted".
 */
const MENTAL = new Set(
  `learned learnt enjoyed appreciated wanted hoped loved liked realized realised noticed decided
  needed wondered thought felt worried expected assumed believed considered imagined remembered
  forgot forgotten wished meant intended planned talked spoke spoken met chatted listened heard
  gained benefited benefitted valued treasured admired missed reflected struggled used aimed
  attached enclosed included
  tried agreed owed mentioned stopped think enjoy learn want hope lov lik realiz notic
  decid need wonder feel worry expect assum believ consider imagin remember wish mean intend
  plan talk speak meet chat listen hear gain valu admir reflect`.split(/\s+/),
);

/** A verb in the past that reports something done: the known ones, or a regular "-ed" form. */
function isActionVerb(word: string): boolean {
  if (ACTION_VERBS.has(word)) return true;
  return word.length > 4 && word.endsWith('ed') && !MENTAL.has(word);
}

/** Something done, said of the thing: "my request is drafted", "the email went out Tuesday". */
const DONE_THINGS = compileAll([
  'my|mine ... ... is|was|has|have|went|got been|already|now|finally .. sent|submitted|drafted|booked|scheduled|filed|mailed|posted|done|through|out|in|accepted|approved|set|confirmed|written|finished|completed',
  'my|mine ... ... is|was|went|got sent|submitted|drafted|booked|scheduled|filed|mailed|posted|done|through|out|in|accepted|approved|confirmed|written|finished|completed',
  'the email|emails|letter|request|application|message|note|call|meeting|form .. went|is|was|has out|through|sent|set|booked|scheduled|submitted',
  'the email|emails|letter|request|application|message|note|call|meeting|form .. has|have been sent|submitted|booked|set|scheduled',
]);
/** After the verb, the student writing about the contact or the note itself: not advice acted on. */
const NOT_ON_ADVICE = new Set(['you', 'your', 'yours', 'lot', 'away', 'much', 'so', 'this']);
/** Verbs whose sense depends on what follows them; they need an object that names something. */
const LOOSE_VERBS = new Set([
  'got',
  'gotten',
  'made',
  'took',
  'taken',
  'been',
  'went',
  'put',
  'did',
  'done',
  'found',
  'ran',
  'run',
]);

function span(text: string, start: number, end: number, field: 'text' | 'body'): Evidence {
  return { quote: text.slice(start, end), field, start, end };
}

/** Irregular past forms, so "wrote" meets "write". */
const IRREGULAR: Record<string, string> = {
  wrote: 'write',
  written: 'write',
  rewrote: 'rewrite',
  rewritten: 'rewrite',
  spoke: 'speak',
  spoken: 'speak',
  took: 'take',
  taken: 'take',
  met: 'meet',
  ran: 'run',
  began: 'begin',
  begun: 'begin',
  went: 'go',
  built: 'build',
  sent: 'send',
  bought: 'buy',
  told: 'tell',
  thought: 'think',
  found: 'find',
  made: 'make',
  gave: 'give',
  given: 'give',
  spent: 'spend',
};

/** A rough stem, so "accounts" meets "account", "joined" meets "join", "wrote" meets "write". */
function stem(word: string): string {
  let w = word.replace(/'s$/, '');
  w = IRREGULAR[w] ?? w;
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ies', 'ed', 'es', 's', 'ly']) {
    if (w.length > suffix.length + 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

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
    // "the public relations field", "careers in urban planning", "the field of nursing".
    const before = tokens.slice(Math.max(0, i - 2), i).filter((x) => !EMPTY_WORDS.has(x.word));
    const next = tokens[i + 1]?.word;
    const after =
      next === 'in' || next === 'of' ? tokens.slice(i + 2, i + 4) : ([] as readonly Token[]);
    for (const x of [...before, ...after]) if (!EMPTY_WORDS.has(x.word)) words.add(x.word);
  }
  return words;
}

/** A capitalised word that is not the first of its sentence: a name, a place, an organization. */
function isName(text: string, token: Token | undefined, first: boolean): boolean {
  if (!token || first || token.word === 'i' || token.word.startsWith("i'")) return false;
  if (WEEKDAY_AND_MONTH.has(token.word)) return false;
  const c = text.charCodeAt(token.start);
  return c >= 65 && c <= 90;
}

const isDigit = (word: string) => /^\d/.test(word);

interface Sentence {
  clauses: Clause[];
  tokens: Token[];
  start: number;
  end: number;
}

function sentencesOf(clauses: readonly Clause[], from: number, to: number): Sentence[] {
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
  stems: Set<string>;
}

function heardLines(heard: readonly Heard[]): HeardLine[] {
  return heard.map((line) => ({
    line,
    stems: new Set(
      tokenize(line.text)
        .filter((t) => !FUNCTION_WORDS.has(t.word))
        .map((t) => stem(t.word)),
    ),
  }));
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
function substance(text: string, tokens: readonly Token[]): Token[] {
  const kept: Token[] = [];
  let skipping = false;
  for (const [i, t] of tokens.entries()) {
    const gap = i === 0 ? '' : text.slice((tokens[i - 1] as Token).end, t.start);
    if (/[,;:]/.test(gap)) skipping = false;
    if (t.word.startsWith('thank')) skipping = true;
    if (findAll(PLANS, tokens.slice(i, i + 4)).some((m) => m.first === 0)) skipping = true;
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
): Specific[] {
  const specifics: Specific[] = [];
  for (const sentence of sentences) {
    const cue = findAll(LEARNING_CUES, sentence.tokens)[0];
    let rest: Token[];
    let needed: number;
    if (cue) {
      // What the contact said ends where the student speaks of themselves again ("..., as I
      // plan"); "You suggested that I get hours in both settings" is still the advice.
      const after = sentence.tokens.slice(cue.last + 1);
      const own = ownClause(text, after);
      rest = substance(text, own < 0 ? after : after.slice(0, own));
      needed = 3;
    } else {
      // A job ask is not something learned.
      const jobs = findJobMentions(text.slice(sentence.start, sentence.end));
      if (jobs.requests.length > 0 || jobs.negated.length > 0) continue;
      const kept = substance(text, sentence.tokens);
      if (findAll(REACTIONS, kept).length === 0) continue;
      rest = kept;
      needed = 4;
    }
    const content = rest.filter(
      (t) => !EMPTY_WORDS.has(t.word) && !fieldish.has(t.word) && t.word.length > 1,
    );
    const names = rest.filter(
      (t) => isName(text, t, t === sentence.tokens[0]) && !fieldish.has(t.word),
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

/** The words after token `j` up to the end of its clause (a comma, semicolon or colon). */
function clauseAfter(text: string, tokens: readonly Token[], j: number): Token[] {
  const out: Token[] = [];
  for (let k = j + 1; k < tokens.length && out.length < 10; k += 1) {
    const gap = text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start);
    if (/[,;:]/.test(gap)) break;
    out.push(tokens[k] as Token);
  }
  return out;
}

function sameSentence(action: Action | undefined, sentence: Sentence): boolean {
  return (
    action !== undefined &&
    'start' in action.evidence &&
    action.evidence.start >= sentence.start &&
    action.evidence.start < sentence.end
  );
}

interface Action {
  evidence: Evidence;
  /** What the action was done to: the words after the verb. */
  object: Token[];
}

function findActions(
  text: string,
  sentences: readonly Sentence[],
  field: 'text' | 'body',
): Action[] {
  const actions: Action[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (const [i, t] of tokens.entries()) {
      const subject = t.word === 'i' || t.word === "i've";
      if (!subject) continue;
      if (CONDITIONS.has(tokens[i - 1]?.word ?? '')) continue;
      // "because I spent two days on that" tells a story; it is not advice acted on.
      if (NARRATIVE.has(tokens[i - 1]?.word ?? '')) continue;
      let j = i + 1;
      // "I went ahead and ...": "went" is a filler only when "ahead" follows.
      while (
        tokens[j] &&
        ACTION_FILLERS.has((tokens[j] as Token).word) &&
        !((tokens[j] as Token).word === 'went' && tokens[j + 1]?.word !== 'ahead')
      )
        j += 1;
      const verb = tokens[j];
      if (!verb) continue;
      // "I've been pulling my clips together": begun, so done in part ("I had been ignoring
      // them" tells what was so before).
      const pastPerfect = tokens.slice(i + 1, j).some((x) => x.word === 'had');
      if (
        !pastPerfect &&
        verb.word === 'been' &&
        tokens[j + 1]?.word.endsWith('ing') &&
        !MENTAL.has(tokens[j + 1]?.word.slice(0, -3) ?? '')
      ) {
        actions.push({
          evidence: span(text, t.start, sentence.end, field),
          object: tokens.slice(j + 2),
        });
        break;
      }
      if (!isActionVerb(verb.word)) continue;
      // "I did not expect ...": a negated verb reports nothing done.
      if (['not', "n't", 'never'].includes(tokens[j + 1]?.word ?? '')) continue;
      // "I did, and ...": the advice just named, done.
      const doneOutright =
        ['did', 'done'].includes(verb.word) &&
        /^[,;.]/.test(text.slice(verb.end, verb.end + 1)) &&
        !tokens
          .slice(Math.max(0, i - 4), i)
          .some((x) => MENTAL.has(x.word) || MENTAL.has(stem(x.word)));
      const object = tokens.slice(j + 1, j + 4).map((x) => x.word);
      const firstObject = object[0] === 'with' || object[0] === 'to' ? object[1] : object[0];
      if (firstObject !== undefined && NOT_ON_ADVICE.has(firstObject)) {
        // "I took your advice and joined..." is still an action: look on for the next one.
        if (!(verb.word === 'took' && object[1] === 'advice')) continue;
      }
      if (
        verb.word === 'been' &&
        !(object[0] === 'in' && ['touch', 'contact'].includes(object[1] ?? ''))
      )
        continue;
      // Something must have been done to something: "I've started putting your advice into
      // practice" names nothing done.
      const acted = clauseAfter(text, tokens, j).some(
        (x) => !EMPTY_WORDS.has(x.word) && !VAGUE_OBJECTS.has(x.word),
      );
      if (!acted && !doneOutright && verb.word !== 'been') continue;
      if (LOOSE_VERBS.has(verb.word) && verb.word !== 'been' && !doneOutright) {
        const named = tokens
          .slice(j + 1, j + 6)
          .filter((x) => !EMPTY_WORDS.has(x.word) || isName(text, x, false));
        if (named.length === 0) continue;
      }
      if (
        verb.word === 'took' &&
        object[1] === 'advice' &&
        !tokens.slice(j + 3, j + 12).some((x) => ACTION_VERBS.has(x.word))
      )
        continue;
      actions.push({
        evidence: span(text, t.start, sentence.end, field),
        object: tokens.slice(j + 1),
      });
      break;
    }
    if (actions.at(-1)?.evidence !== undefined && sameSentence(actions.at(-1), sentence)) continue;
    const done = findAll(DONE_THINGS, tokens).find(
      (m) => !tokens.slice(Math.max(0, m.first - 2), m.first).some((x) => CONDITIONS.has(x.word)),
    );
    if (done) {
      actions.push({
        evidence: span(text, done.start, sentence.end, field),
        object: tokens.slice(done.first),
      });
    }
  }
  return actions;
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
  const isEmail = input.subject !== undefined;
  const field = isEmail ? 'body' : 'text';
  const body = input.body;
  const subject = input.subject ?? '';
  const clauses = splitClauses(body);
  const tokens = clauses.flatMap((c) => c.tokens);
  const pitfalls: Finding<PitfallId>[] = [];
  const credits: Finding<CreditId>[] = [];

  const jobs = findJobMentions(body, clauses).requests[0];
  const subjectJob = isEmail ? findJobMentions(subject).requests[0] : undefined;
  if (jobs) pitfalls.push({ id: 'job_request', evidence: { ...jobs, field } as Evidence });
  else if (subjectJob)
    pitfalls.push({ id: 'job_request', evidence: { ...subjectJob, field: 'subject' } as Evidence });

  const form = letterForm(body, field, true, isEmail ? subject : undefined);
  if (form.informal) pitfalls.push({ id: 'informal_tone', evidence: form.informal });

  const [from, to] = contentRange(body, form.greetingEnd, form.formalSignoff);
  const sentences = sentencesOf(clauses, from, to);
  const fieldish = fieldWords(context.scenario, tokens);
  const heard = heardLines(context.heard ?? []);
  const specifics = findSpecifics(body, sentences, field, fieldish, heard);
  const actions = findActions(body, sentences, field);
  // An action names what was learned too when it names someone or something the contact
  // pointed to ("I wrote to Jen Park on Thursday"), or echoes what they said.
  for (const action of actions) {
    if (
      specifics.some(
        (s) =>
          'start' in s.evidence &&
          'start' in action.evidence &&
          s.evidence.start === action.evidence.start,
      )
    )
      continue;
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
