import { DAY, formatClock, stamp, type CalendarOrigin } from '../calendar/calendar.ts';
import { pick } from '../random/prng.ts';
import { countWords } from '../text/words.ts';
import type { LineKey, Scenario, Topic, Weekday } from '../scenario/scenario.schema.ts';

const DAY_NAMES: Record<Weekday, string> = {
  Mon: 'Monday',
  Tue: 'Tuesday',
  Wed: 'Wednesday',
  Thu: 'Thursday',
  Fri: 'Friday',
  Sat: 'Saturday',
  Sun: 'Sunday',
};

/** "Wednesday at 2:00 p.m.", the way a person proposes a time. */
export function describeMoment(origin: CalendarOrigin, at: number): string {
  const { weekday } = stamp(origin, at);
  const [hh, mm] = formatClock(at - Math.floor(at / DAY) * DAY)
    .split(':')
    .map(Number) as [number, number];
  const suffix = hh < 12 ? 'a.m.' : 'p.m.';
  const hour = hh % 12 === 0 ? 12 : hh % 12;
  return `${DAY_NAMES[weekday]} at ${hour}:${mm < 10 ? `0${mm}` : mm} ${suffix}`;
}

/**
 * Fills `{time}` and similar placeholders of a scripted line. A value that ends in a full stop
 * ("2:00 p.m.") takes the place of the line's own full stop after it, so no sentence ends "p.m..".
 */
export function fill(line: string, vars: Record<string, string>): string {
  // No placeholder, nothing to fill (most lines): the line as it is, without running the pattern.
  if (!line.includes('{')) return line;
  return line.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
    // Only the line's own placeholders: "{constructor}" is not a property every object has.
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    if (value === undefined) return whole;
    return value.endsWith('.') ? value : `${value}${stop}`;
  });
}

/** A line this short ("Sure.", "Bye now.") may be said again: people do. */
export const REPEATABLE_WORDS = 5;

/**
 * Each line's answer, worked out once: the lines asked about are the scenarios' and the app's own
 * wordings, asked again on every turn. Bounded: emptied when full.
 */
const repeatables = new Map<string, boolean>();

export function repeatable(line: string): boolean {
  let known = repeatables.get(line);
  if (known === undefined) {
    known = countWords(line) <= REPEATABLE_WORDS;
    if (repeatables.size >= 4096) repeatables.clear();
    repeatables.set(line, known);
  }
  return known;
}

/**
 * What the contact says when every wording the scenario gives for a line has been said on this
 * call: general words in any contact's voice, longest first, and a short one last that may repeat.
 */
export const FALLBACK_LINES: Partial<Record<LineKey, readonly string[]>> = {
  clarify: ["Sorry, I'm still not sure what you're asking.", 'Sorry, say that another way?'],
  invitesQuestions: ['Okay. What else is on your list?', 'Go ahead.'],
  notesOk: ['Sure, go ahead.'],
  declineJob: ["As I said, that's not something I can help with.", "I can't help with that."],
  wrapUp: ["Well, I'm glad we talked.", 'Take care.'],
  goodbye: ['Bye now.'],
  asksForResume: ['Send it over.'],
  timeSignal: ["We're nearly out of time."],
  inviteMore: ['Keep going.'],
  offerNow: ['I have a few minutes now, actually. Go ahead.', 'Go ahead.'],
  scheduleLater: ["No problem. Let's talk {time} instead.", "That's fine. How about {time}?"],
  askAboutYou: ['Before we start, tell me a little about yourself.', 'Tell me a bit about you.'],
};

/** The wordings of a line not yet said (a short one always counts as fresh), filled in. */
export function fresh(
  lines: readonly string[],
  vars: Record<string, string>,
  said: ReadonlySet<string>,
): string[] {
  return lines.map((line) => fill(line, vars)).filter((l) => repeatable(l) || !said.has(l));
}

/**
 * Picks a wording of one of the scenario's own scripted lines with the seeded generator, one not
 * in `said` (what was said on this call); null when the scenario has no such line or every
 * wording of it has been said.
 */
export function pickOwnLine(
  scenario: Scenario,
  key: LineKey,
  rng: number,
  vars: Record<string, string> = {},
  said: ReadonlySet<string> = new Set(),
  fits: (line: string) => boolean = () => true,
): [text: string | null, rng: number] {
  const unsaid = fresh(scenario.lines[key] ?? [], vars, said).filter(fits);
  return unsaid.length > 0 ? pick(rng, unsaid) : [null, rng];
}

/**
 * As `pickOwnLine`, and when every wording was said, a fallback of `FALLBACK_LINES`. Returns null
 * when the scenario has no such line.
 */
export function pickLine(
  scenario: Scenario,
  key: LineKey,
  rng: number,
  vars: Record<string, string> = {},
  said: ReadonlySet<string> = new Set(),
  fits: (line: string) => boolean = () => true,
): [text: string | null, rng: number] {
  const variants = scenario.lines[key];
  if (!variants || variants.length === 0) return [null, rng];
  const own = pickOwnLine(scenario, key, rng, vars, said, fits);
  if (own[0] !== null) return own;
  const fallback = fresh(FALLBACK_LINES[key] ?? [], vars, said).filter(fits);
  return [fallback[0] ?? null, rng];
}

/** What the contact says when a topic's answers and follow-ups have all been given on this call. */
export const TOPIC_USED_UP: readonly string[] = [
  "I think I've told you everything I know on that one.",
  "That's really all I've got on that, honestly.",
  "I've covered that as well as I can, I think.",
  'Nothing more on that, sorry.',
];

/**
 * The contact's answer on a topic: a first answer the first time, an elaboration (a follow-up)
 * when the topic comes up again, if the bank has one; never a wording already said on this call
 * (`said`). When all are said, the contact says so (`TOPIC_USED_UP`) rather than repeat itself;
 * `usedUp` tells the caller which it got.
 */
export function pickAnswer(
  scenario: Scenario,
  topic: Topic,
  alreadyAnswered: boolean,
  rng: number,
  said: ReadonlySet<string> = new Set(),
): [text: string | null, rng: number, usedUp: boolean] {
  const entries = scenario.questionBank.filter((e) => e.topic === topic);
  if (entries.length === 0) return [null, rng, false];
  const answers = fresh(
    entries.flatMap((e) => e.answers),
    {},
    said,
  );
  const followUps = fresh(
    entries.flatMap((e) => e.followUps),
    {},
    said,
  );
  const pool = alreadyAnswered && followUps.length > 0 ? followUps : answers;
  if (pool.length > 0) {
    const [text, next] = pick(rng, pool.length > 0 ? pool : followUps);
    return [text, next, false];
  }
  if (followUps.length > 0) {
    const [text, next] = pick(rng, followUps);
    return [text, next, false];
  }
  const usedUp = fresh(TOPIC_USED_UP, {}, said);
  return [usedUp[0] ?? null, rng, true];
}

/*
 * The contact's general lines: what any contact says where a scenario has no line of its own.
 */

/** The contact takes early thanks (each short enough that a person says it again). */
export const TAKES_THANKS: readonly string[] = [
  'Of course.',
  'My pleasure.',
  'Glad it helps.',
  'Sure thing.',
];

/** A screening assistant asks who is calling and why (a scenario may word it: assistantScreens). */
export const ASSISTANT_SCREENS: readonly string[] = [
  "May I ask who's calling, and what it's regarding?",
  'And who may I say is calling? What is it about?',
];

/** A screening assistant puts a clear request through (a scenario's assistantPutsThrough). */
export const ASSISTANT_PUTS_THROUGH: readonly string[] = [
  "Thank you. One moment, I'll see if {name} is free.",
  'Thanks. Let me put you through to {name}.',
];

/** The student minds the time early in the conversation: there is time yet. */
export const TIME_IS_FINE: readonly string[] = [
  "We're fine on time, don't worry. Go ahead.",
  "No rush, we've still got some time. What's next?",
  "Thanks for keeping an eye on it, but we're okay. Go on.",
];

/**
 * Asked something the contact's public profile says (`unresearched_question`), the contact points
 * the student to it rather than answer from a topic the question resembles.
 */
export const POINTS_TO_PROFILE: readonly string[] = [
  "That's on our website, actually. What else would you like to know?",
  "You'll find that in my profile online. Ask me something it can't tell you.",
  "It's all on the site, if you want the details. What else is on your list?",
];

/** Thanks said before a question: the contact takes them in a word, then answers. */
export const THANKS_BEFORE_ASK: readonly string[] = [
  'Of course.',
  "You're welcome.",
  'My pleasure.',
  'Sure.',
];

/**
 * The contact declines, gently, an outcome it cannot promise (mentorship, an introduction to a
 * hiring manager, a lead): the guides warn that such expectations put a contact in a bind.
 */
export const DEFLECTS_OUTCOME: readonly string[] = [
  "That's not something I can promise, I'm afraid. But I'm glad to tell you what I know today.",
  "I'm not really in a position to take that on. Ask me anything about the work, though.",
  "I'd rather not promise that. What I can do is answer your questions as well as I can.",
];

/** The contact acknowledges a remark that asks nothing, and waits for a question. */
export const ACKNOWLEDGES: readonly string[] = [
  'Mm-hm. What else is on your list?',
  'Right. What else would you like to know?',
  'Sure. Go ahead with your next one.',
  'Okay.',
  'Mm-hm.',
  'Sure.',
];

/** After an answer, a curt contact says it has to go (once; then the short answers say it). */
export const CURT_AFTER_ANSWER: readonly string[] = [
  'I really do have to go soon, though.',
  "And that's about all the time I have.",
];

/** The same early in the conversation, when time is not yet what presses (professional/moments). */
export const CURT_EARLY: readonly string[] = ["Let's keep it moving.", 'Next question?'];

/** A curt contact meets more talk about the student with a prompt to ask. */
export const CURT_TO_SELF_TALK: readonly string[] = [
  "Okay. What's your question?",
  'Right. What did you want to ask?',
  'Mm. Go ahead and ask.',
];

/** How a contact closes after a job request: politely, without the warm words of a good talk. */
export const COOL_CLOSINGS: readonly string[] = [
  'Well, I should get going. Good luck with your search.',
  "Let's leave it there. I hope the rest of your search goes well.",
];

/** How a contact closes a conversation that ran over: it has to go. */
export const OVERRUN_CLOSINGS: readonly string[] = [
  "I'm sorry, I really do have to go now. We're well past our time.",
  "I have to stop here, I'm already late for my next thing.",
];
