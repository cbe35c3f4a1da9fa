import { findAll, type Gate } from './patterns.ts';
import { EMPTY_WORDS, isName, span, stem, type Sentence } from './note-words.ts';
import { THANK_YOU_PATTERNS } from './rules/thank-you.ts';
import type { Evidence } from './turn.ts';
import type { Token } from './words.ts';

/**
 * Actions taken, a structural detector: PITFALLS.md `reports_action_taken`, "for something already
 * done on the contact's advice ('I wrote to Mr. Okoye on Friday'); a plan ('I plan to take the
 * elective') is not an action taken." The student as the subject, then a verb in the past that
 * does something to something (perhaps after "have", "already", "went ahead and"), not under a
 * condition ("once I have signed up") and not a feeling or the conversation itself ("I enjoyed");
 * or a thing said to be done ("my application went in on Friday"). Fixtures:
 * tests/domain/text/actions-taken.test.ts.
 */

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

export interface Action {
  evidence: Evidence;
  /** What the action was done to: the words after the verb. */
  object: Token[];
}

export function findActions(
  text: string,
  sentences: readonly Sentence[],
  field: 'text' | 'body',
  gate: Gate | null = null,
): Action[] {
  const actions: Action[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (const [i, t] of tokens.entries()) {
      // The student, or in a terse note no subject at all: "took ur tip and messaged Priya Shah".
      const implied = i === 0 && (isActionVerb(t.word) || t.word === 'took') && !MENTAL.has(t.word);
      const subject = t.word === 'i' || t.word === "i've" || implied;
      if (!subject) continue;
      if (CONDITIONS.has(tokens[i - 1]?.word ?? '')) continue;
      // "because I spent two days on that" tells a story; it is not advice acted on.
      if (NARRATIVE.has(tokens[i - 1]?.word ?? '')) continue;
      let j = implied ? i : i + 1;
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
    const done = findAll(THANK_YOU_PATTERNS.done, tokens, '', gate).find(
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
