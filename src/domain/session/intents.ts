import type { Topic } from '../scenario/scenario.schema.ts';
import { compileAll, findFirst } from '../text/patterns.ts';
import type { TurnAnalysis } from '../text/turn.ts';

/**
 * What a turn of the conversation means to the contact: an ordered list of intents, in the order
 * the student said them (`../shared/DESIGN.md`, "The personas"). The analyzers decide each one
 * (the turn analyzer's moves, findings and topic reading); this module only puts them in order,
 * so that the contact can answer them in one step as a person would: "Thanks, and who else should
 * I talk to?" is thanks, then a referral ask, and gets "My pleasure" before the names.
 */
export type Intent =
  | { type: 'asked_topic'; topic: Topic; confidence: number }
  /** A question the contact cannot place in its bank. */
  | { type: 'asked_unplaceable' }
  | { type: 'asked_public_fact' }
  | { type: 'asked_for_job' }
  /** Mentorship, an introduction, a lead: an outcome the contact cannot promise. */
  | { type: 'expected_outcome' }
  | { type: 'acknowledged_time' }
  | { type: 'offered_email_followup' }
  | { type: 'asked_referral' }
  | { type: 'asked_notes' }
  | { type: 'thanked' }
  | { type: 'said_goodbye' }
  /** The student answered the contact's own question (about themselves). */
  | { type: 'answered' }
  /** After "what do you mean?", the reading the student's reply chose. */
  | { type: 'chose_reading'; topic: Topic }
  /** "ok", "sure", a remark: nothing asked. */
  | { type: 'acknowledged' }
  | { type: 'talked_about_self'; words: number }
  | { type: 'unprofessional' };

export type IntentType = Intent['type'];

/** What the turn's words alone do not say: where the conversation stood when it was said. */
export interface TurnSetting {
  /** The contact had asked the student about themselves and awaits the answer. */
  answering: boolean;
  /** The topic the turn asks about, as the contact understood it (after a clarification, the
   * reading the reply chose), or null. */
  asked: Topic | null;
  /** Whether `asked` comes from the reply to a clarification rather than from the question. */
  chosen: boolean;
}

/** Goodbyes: the student takes their leave. */
const GOODBYES = compileAll([
  'bye',
  'goodbye',
  'good bye',
  'bye bye',
  'take care',
  'talk soon',
  'have a good|great|nice|lovely day|afternoon|evening|week|weekend|one',
  'until next time',
  'see you',
]);

/**
 * Where the student takes their leave, or null: a goodbye that opens its clause and ends the turn
 * (a name may follow: "Take care, Ms. Lee."), so "I take care of patients" is none.
 */
function goodbyeAt(text: string): number | null {
  const tail = text.length > 200 ? text.length - 200 : 0;
  const match = findFirst(GOODBYES, text.slice(tail));
  if (!match) return null;
  const start = tail + match.start;
  const end = tail + match.end;
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i -= 1;
  if (i >= 0 && !',.!;:\n—–-'.includes(text[i] as string)) return null;
  const after = text
    .slice(end)
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  return after.length <= 3 ? start : null;
}

/** Where a finding's evidence starts in the turn's text (the order of intents). */
function startOf(evidence: unknown): number {
  return evidence && typeof evidence === 'object' && 'start' in evidence
    ? Number((evidence as { start: number }).start)
    : 0;
}

/** Where the turn's question starts: its open words, else the sentence with its question mark. */
function questionAt(text: string, analysis: TurnAnalysis): number {
  const open = analysis.credits.find((c) => c.id === 'open_question');
  if (open) return startOf(open.evidence);
  const mark = text.indexOf('?');
  if (mark < 0) return 0;
  let i = mark - 1;
  while (i >= 0 && !'.!?\n'.includes(text[i] as string)) i -= 1;
  return i + 1;
}

const FINDING_INTENTS: Readonly<Record<string, IntentType>> = {
  job_request: 'asked_for_job',
  high_expectations: 'expected_outcome',
  unresearched_question: 'asked_public_fact',
  acknowledges_time: 'acknowledged_time',
  offers_email_followup: 'offered_email_followup',
  asks_referral: 'asked_referral',
  asks_notes_permission: 'asked_notes',
  thanks_contact: 'thanked',
  unprofessional_remark: 'unprofessional',
};

/**
 * The turn's intents, in the order they were said (ties keep the order above: what the analyzers
 * found, then the question, then what the turn is as a whole).
 */
export function intentsOf(text: string, analysis: TurnAnalysis, setting: TurnSetting): Intent[] {
  const found: { at: number; intent: Intent }[] = [];
  const add = (at: number, intent: Intent) => found.push({ at, intent });
  for (const f of [...analysis.pitfalls, ...analysis.credits]) {
    const type = FINDING_INTENTS[f.id];
    if (type) add(startOf(f.evidence), { type } as Intent);
  }
  const goodbye = goodbyeAt(text);
  if (goodbye !== null) add(goodbye, { type: 'said_goodbye' });
  const referral = analysis.moves.includes('asks_referral');
  if (setting.asked !== null && !(referral && setting.asked === 'referrals')) {
    add(
      setting.chosen ? 0 : questionAt(text, analysis),
      setting.chosen
        ? { type: 'chose_reading', topic: setting.asked }
        : { type: 'asked_topic', topic: setting.asked, confidence: analysis.reading.confidence },
    );
  } else if (
    analysis.question &&
    setting.asked === null &&
    !analysis.moves.some((m) => m === 'asks_for_job' || m === 'expects_outcome')
  ) {
    add(questionAt(text, analysis), { type: 'asked_unplaceable' });
  }
  if (setting.answering) add(0, { type: 'answered' });
  else if (analysis.selfFocused) add(0, { type: 'talked_about_self', words: analysis.words });
  // By place in the text, those at one place in the order found: Array.prototype.sort is stable.
  const intents = found.sort((a, b) => a.at - b.at).map((f) => f.intent);
  if (intents.length === 0) intents.push({ type: 'acknowledged' });
  return intents;
}

/** Whether the turn has an intent of this type. */
export function hasIntent(intents: readonly Intent[], type: IntentType): boolean {
  return intents.some((i) => i.type === type);
}

/** Each intent in a student's words, for the replay viewer ("thanks, then a referral ask"). */
const INTENT_WORDS: Record<IntentType, string> = {
  asked_topic: 'a question',
  asked_unplaceable: 'a question it could not place',
  asked_public_fact: 'a question the public profile answers',
  asked_for_job: 'a job request',
  expected_outcome: 'a request it cannot promise (mentorship, an introduction, a lead)',
  acknowledged_time: 'minding the time',
  offered_email_followup: 'an offer to email the remaining questions',
  asked_referral: 'a referral ask',
  asked_notes: 'asking leave to take notes',
  thanked: 'thanks',
  said_goodbye: 'a goodbye',
  answered: 'your answer to its question',
  chose_reading: 'your answer to "what do you mean?"',
  acknowledged: 'an acknowledgement, asking nothing',
  talked_about_self: 'talk about yourself, unasked',
  unprofessional: 'an unprofessional remark',
};

/** What the contact heard in a turn, in order: "thanks, then a referral ask". */
export function describeIntents(intents: readonly Intent[], topicWords: (t: Topic) => string) {
  return intents
    .map((i) =>
      i.type === 'asked_topic' || i.type === 'chose_reading'
        ? `${INTENT_WORDS[i.type]} (${topicWords(i.topic)})`
        : INTENT_WORDS[i.type],
    )
    .join(', then ');
}
