import {
  DAY,
  HOUR,
  MINUTE,
  isWorkingTime,
  nextOccurrence,
  parseClock,
  stamp,
  workingDaysAfter,
  type CalendarOrigin,
} from '../calendar/calendar.ts';
import { elaboration, toMinutes, turnDurationMs } from '../calendar/conversation-clock.ts';
import {
  contactAfter,
  contactAfterAll,
  contactAtStart,
  contactIs,
  type ContactEvent,
} from '../professional/contact.machine.ts';
import { assistantChart, assistantIs } from '../professional/assistant.machine.ts';
import {
  ACKNOWLEDGES,
  COOL_CLOSINGS,
  CURT_AFTER_ANSWER,
  CURT_EARLY,
  ASSISTANT_PUTS_THROUGH,
  ASSISTANT_SCREENS,
  CURT_TO_SELF_TALK,
  DEFLECTS_OUTCOME,
  FALLBACK_LINES,
  OVERRUN_CLOSINGS,
  POINTS_TO_PROFILE,
  TAKES_THANKS,
  THANKS_BEFORE_ASK,
  TIME_IS_FINE,
  describeMoment,
  fresh,
  pickAnswer,
  pickLine,
  pickOwnLine,
} from '../professional/lines.ts';
import {
  NAME_TOPICS,
  OFFER_READING,
  OFFER_READINGS,
  chosenReading,
  readingWords,
  readingsToOffer,
  topicsToName,
} from '../professional/understanding.ts';
import { fitsTheMoment, type Moment } from '../professional/moments.ts';
import { pick } from '../random/prng.ts';
import { voicemailChart } from '../professional/voicemail.machine.ts';
import type { LineKey, Scenario, Topic, Weekday } from '../scenario/scenario.schema.ts';
import { compileAll, findFirst } from '../text/patterns.ts';
import { ASKS_WHEN_TO_CALL } from '../text/message.ts';
import { findPromises } from '../text/next-step.ts';
import { analyzeRequest } from '../text/request.ts';
import { analyzeThankYou, type Heard } from '../text/thank-you.ts';
import { endedConversation, isMajorRequestFlaw, mailThanks } from './facts.ts';
import { analyzeTurn, findJobMentions, readTurnTopic, type TurnAnalysis } from '../text/turn.ts';
import { countWords } from '../text/words.ts';
import type { EmailAction, NoteAction, PrepareAction, WaitAction } from './actions.ts';
import { callStatus, withContact } from './call-status.ts';
import { hasIntent, intentsOf, type IntentType } from './intents.ts';
import type {
  CallRecord,
  ConversationRecord,
  EmailRecord,
  Pending,
  Reached,
  RequestRecord,
  SessionContext,
  Speaker,
  TurnRecord,
} from './types.ts';

/**
 * The pure steps the session machine takes. Each takes the context and returns a new one; none
 * mutates its input, reads a clock or draws randomness except through the context's generator.
 */

export const origin = (scenario: Scenario): CalendarOrigin => ({ weekday: scenario.start.weekday });

/** How long a `next_event` wait runs when nothing happens (docs/formats.md). */
export const NEXT_EVENT_LIMIT = 7 * DAY;
/** A call this close to an appointment (before / after) is a call at that appointment. */
export const APPOINTMENT_EARLY = 15 * MINUTE;
export const APPOINTMENT_LATE = 60 * MINUTE;

function last<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

function replaceLast<T>(items: readonly T[], update: (item: T) => T): T[] {
  const copy = items.slice();
  const item = last(copy);
  if (item !== undefined) copy[copy.length - 1] = update(item);
  return copy;
}

export function currentConversation(ctx: SessionContext): ConversationRecord | undefined {
  const conv = last(ctx.conversations);
  return conv && conv.endedAt === null ? conv : undefined;
}

export function currentCall(ctx: SessionContext): CallRecord | undefined {
  const call = last(ctx.calls);
  return call && call.endedAt === null ? call : undefined;
}

/**
 * Appends a line to the transcript and lets the time it takes to say pass; `stretch` makes an
 * answer from the bank last longer than its words (the contact elaborates).
 */
function speak(
  ctx: SessionContext,
  scenario: Scenario,
  who: Speaker,
  text: string,
  stretch = 1,
): SessionContext {
  const conv = currentConversation(ctx);
  const words = countWords(text);
  const duration = turnDurationMs(Math.round(words * stretch));
  const entry = {
    who,
    text,
    at: stamp(origin(scenario), ctx.now),
    ...(conv ? { minute: toMinutes(conv.elapsedMs) } : {}),
  };
  return {
    ...ctx,
    now: ctx.now + duration,
    transcript: [...ctx.transcript, entry],
    conversations: conv
      ? replaceLast(ctx.conversations, (c) => ({
          ...c,
          elapsedMs: c.elapsedMs + duration,
          studentWords: c.studentWords + (who === 'student' ? words : 0),
          contactWords: c.contactWords + (who === 'contact' ? words : 0),
        }))
      : ctx.conversations,
  };
}

/** What the contact has said on the current call (a person does not say the same line twice). */
export function saidOnCall(ctx: SessionContext): Set<string> {
  const said = new Set<string>();
  const call = currentCall(ctx);
  if (!call) return said;
  for (let i = call.transcriptFrom; i < ctx.transcript.length; i += 1) {
    const entry = ctx.transcript[i];
    if (entry && entry.who === 'contact') said.add(entry.text);
  }
  return said;
}

/**
 * The contact (or assistant, or voicemail) says one of the scenario's lines, a wording not yet
 * said on this call; when every wording of the line has been said, a fallback in general words.
 */
function sayLine(
  ctx: SessionContext,
  scenario: Scenario,
  who: Speaker,
  key: LineKey,
  vars: Record<string, string> = {},
): SessionContext {
  const moment = momentOf(ctx);
  const fits = (line: string) => fitsTheMoment(line, moment);
  const [text, rng] = pickLine(scenario, key, ctx.rng, vars, saidOnCall(ctx), fits);
  if (text === null) return ctx;
  return speak({ ...ctx, rng }, scenario, who, text);
}

/** The moment a line would be said in, for the wordings that presume one (professional/moments). */
function momentOf(ctx: SessionContext): Moment {
  return {
    offeredNow: contactIs(ctx.contact, 'phone.offered'),
    appointment: currentCall(ctx)?.appointment ?? false,
    hasSpoken: (currentConversation(ctx)?.topicsAnswered.length ?? 0) > 0,
    late: !contactIs(ctx.contact, 'conversation.clock.early'),
  };
}

/** The asides a turn's question is read without: minding the time, asking leave to take notes. */
const ASIDES: ReadonlySet<string> = new Set([
  'acknowledges_time',
  'offers_email_followup',
  'asks_notes_permission',
]);

/**
 * What a turn asks beside its asides ("I'll keep it to 20 minutes. What does a typical day look
 * like?", "Could I take notes while we talk?"): the turn read without the sentences that make them.
 */
function besideTheAsides(text: string, analysis: TurnAnalysis, scenario: Scenario): TurnAnalysis {
  let rest = text;
  const spans = analysis.credits
    .filter((c) => ASIDES.has(c.id))
    .map((c) => c.evidence)
    .filter((e) => 'start' in e)
    .sort((a, b) => ('start' in b ? b.start : 0) - ('start' in a ? a.start : 0));
  for (const e of spans) {
    if (!('start' in e)) continue;
    // the whole sentence the time words are in goes
    const from =
      Math.max(
        text.lastIndexOf('.', e.start),
        text.lastIndexOf('?', e.start),
        text.lastIndexOf('!', e.start),
      ) + 1;
    const stops = ['.', '?', '!'].map((c) => text.indexOf(c, e.end)).filter((i) => i >= 0);
    const to = stops.length > 0 ? Math.min(...stops) + 1 : text.length;
    rest = rest.slice(0, from) + ' '.repeat(to - from) + rest.slice(to);
  }
  return rest.trim() === ''
    ? { ...analysis, topic: null, question: false, open: false }
    : analyzeTurn(rest, scenario);
}

/** An answer cut to its first two sentences: what a contact with no time left says. */
export function briefly(answer: string): string {
  let stops = 0;
  for (let i = 0; i < answer.length; i += 1) {
    const c = answer.charCodeAt(i);
    if (
      (c === 46 || c === 33 || c === 63) &&
      (answer.charCodeAt(i + 1) === 32 || i + 1 === answer.length)
    ) {
      stops += 1;
      if (stops === 2) return answer.slice(0, i + 1);
    }
  }
  return answer;
}

/** The contact closes the conversation in words that fit what happened in it. */
function closeConversation(ctx: SessionContext, scenario: Scenario): SessionContext {
  if (contactIs(ctx.contact, 'conversation.goodwill.cool'))
    return sayOneOf(ctx, scenario, COOL_CLOSINGS, {}) ?? ctx;
  if (
    contactIs(ctx.contact, 'conversation.clock.overrun') ||
    contactIs(ctx.contact, 'conversation.patience.curt') ||
    contactIs(ctx.contact, 'conversation.patience.ending')
  )
    return sayOneOf(ctx, scenario, OVERRUN_CLOSINGS, {}) ?? ctx;
  return sayLine(ctx, scenario, 'contact', 'wrapUp');
}

/** The contact says one of the general wordings given (one not yet said on the call), if any. */
function sayOneOf(
  ctx: SessionContext,
  scenario: Scenario,
  lines: readonly string[],
  vars: Record<string, string>,
): SessionContext | null {
  const moment = momentOf(ctx);
  const unsaid = fresh(lines, vars, saidOnCall(ctx)).filter((l) => fitsTheMoment(l, moment));
  if (unsaid.length === 0) return null;
  const [text, rng] = pick(ctx.rng, unsaid);
  return speak({ ...ctx, rng }, scenario, 'contact', text);
}

/**
 * The contact asks what the student means: offering the closest readings when there are any,
 * else in the scenario's own words, and when those are used up by naming what it can talk about.
 */
function askWhatTheyMean(
  ctx: SessionContext,
  scenario: Scenario,
  readings: readonly Topic[],
): SessionContext {
  const [a, b] = readings;
  const vars = { a: a ? readingWords(scenario, a) : '', b: b ? readingWords(scenario, b) : '' };
  const offered =
    b !== undefined
      ? sayOneOf(ctx, scenario, OFFER_READINGS, vars)
      : a !== undefined
        ? sayOneOf(ctx, scenario, OFFER_READING, vars)
        : null;
  let next = offered;
  if (next === null) {
    // The scenario's own wordings first; the general fallbacks only after naming the topics.
    const [own, rng] = pickOwnLine(scenario, 'clarify', ctx.rng, {}, saidOnCall(ctx));
    if (own !== null) next = speak({ ...ctx, rng }, scenario, 'contact', own);
  }
  next ??=
    sayOneOf(ctx, scenario, NAME_TOPICS, {
      list: topicsToName(scenario, currentConversation(ctx)?.topicsAnswered ?? []),
    }) ?? sayLine(ctx, scenario, 'contact', 'clarify');
  return updateConversation(next, (c) => ({ ...c, offered: offered ? [...readings] : [] }));
}

function system(ctx: SessionContext, scenario: Scenario, text: string): SessionContext {
  const entry = { who: 'system' as const, text, at: stamp(origin(scenario), ctx.now) };
  return { ...ctx, transcript: [...ctx.transcript, entry] };
}

export function initialContext(scenario: Scenario, rng: number): SessionContext {
  const start = parseClock(scenario.start.time) ?? 9 * HOUR;
  // A scenario that starts at the interview has the conversation agreed for its start time: the
  // student's first call (or arrival) is at that appointment.
  const agreed =
    scenario.start.phase === 'interview'
      ? [{ at: start, by: 'contact' as const, kind: 'call' as const, kept: false }]
      : [];
  return {
    rng,
    now: start,
    index: -1,
    transcript: [],
    calls: [],
    emails: [],
    conversations: [],
    appointments: agreed,
    pending: [],
    contact: contactAtStart(scenario),
    assistant: assistantChart.atStart(scenario),
    voicemail: voicemailChart.atStart(scenario),
    requests: [],
    promises: [],
    settlements: [],
    declinedOffers: [],
    received: [],
    offeredAt: null,
    prepared: null,
  };
}

/** Every promise to call or write at a day or time in the student's words, kept for scoring. */
function recordPromises(
  ctx: SessionContext,
  scenario: Scenario,
  text: string,
  field: 'text' | 'body',
): SessionContext {
  const found = findPromises(text, {
    weekday: scenario.start.weekday,
    now: ctx.now,
    toleranceMinutes: scenario.behaviour.promiseToleranceMinutes,
  });
  if (found.length === 0) return ctx;
  return {
    ...ctx,
    promises: [
      ...ctx.promises,
      ...found.map((promise) => ({ action: ctx.index, at: ctx.now, promise, field })),
    ],
  };
}

/** Adds an appointment; setting one settles every promise made before it (PITFALLS.md). */
function addAppointment(
  ctx: SessionContext,
  at: number,
  by: 'contact' | 'assistant',
): SessionContext {
  return {
    ...ctx,
    appointments: [...ctx.appointments, { at, by, kind: 'call', kept: false }],
    settlements: [...ctx.settlements, ctx.now],
  };
}

/** When the contact proposes to talk later: the scenario's time, else the next working day at 10. */
function laterTime(ctx: SessionContext, scenario: Scenario): number {
  const later = scenario.behaviour.schedulesLater;
  if (later)
    return nextOccurrence(
      origin(scenario),
      ctx.now,
      later.weekday,
      parseClock(later.time) ?? 10 * HOUR,
    );
  return workingDaysAfter(origin(scenario), ctx.now, 1, 10 * HOUR);
}

/** The pending appointment a call at `at` would keep, if any. */
export function appointmentAt(ctx: SessionContext, at: number): number {
  return ctx.appointments.findIndex(
    (a) => !a.kept && at >= a.at - APPOINTMENT_EARLY && at <= a.at + APPOINTMENT_LATE,
  );
}

/** Who a call placed now reaches (docs/formats.md's calendar; the scenario's attempt table). */
export function whoAnswers(ctx: SessionContext, scenario: Scenario): Reached {
  if (appointmentAt(ctx, ctx.now) >= 0) return 'contact';
  if (!isWorkingTime(origin(scenario), ctx.now)) return 'voicemail';
  const attempt = ctx.calls.filter((c) => !c.appointment).length;
  const table = scenario.behaviour.calls;
  return table[Math.min(attempt, table.length - 1)] as Reached;
}

export function placeCall(ctx: SessionContext, scenario: Scenario): SessionContext {
  const reached = whoAnswers(ctx, scenario);
  const appointment = appointmentAt(ctx, ctx.now);
  const record: CallRecord = {
    action: ctx.index,
    at: ctx.now,
    reached,
    appointment: appointment >= 0,
    message: '',
    askedForHelp: false,
    introduction: null,
    transcriptFrom: ctx.transcript.length,
    endedAt: null,
  };
  let next: SessionContext = {
    ...ctx,
    calls: [...ctx.calls, record],
    appointments: ctx.appointments.map((a, i) => (i === appointment ? { ...a, kept: true } : a)),
    // The persona who picked up.
    contact:
      reached === 'contact'
        ? contactAfter(scenario, ctx.contact, { type: 'phone.answered' })
        : ctx.contact,
    assistant:
      reached === 'assistant'
        ? assistantChart.after(scenario, ctx.assistant, { type: 'phone.answered' })
        : ctx.assistant,
    voicemail:
      reached === 'voicemail'
        ? voicemailChart.after(scenario, ctx.voicemail, { type: 'phone.answered' })
        : ctx.voicemail,
  };
  next = system(next, scenario, `You call ${scenario.contact.addressAs}.`);
  if (reached === 'contact') return sayLine(next, scenario, 'contact', 'answerPhone');
  if (reached === 'assistant') return sayLine(next, scenario, 'assistant', 'assistantGreeting');
  next = sayLine(next, scenario, 'voicemail', 'voicemail');
  return system(next, scenario, 'Beep. Leave your message after the tone.');
}

/** What the student said to a screening assistant on this call, read as a request. */
function screenedRequest(
  ctx: SessionContext,
  scenario: Scenario,
): { clear: boolean; asksForJob: boolean } {
  const said = currentCall(ctx)?.message ?? '';
  const flaws = analyzeRequest(
    { body: said },
    {
      scenario,
      weekday: scenario.start.weekday,
      now: ctx.now,
      toleranceMinutes: scenario.behaviour.promiseToleranceMinutes,
    },
  ).pitfalls.map((p) => p.id);
  return {
    clear: !flaws.includes('no_self_introduction') && !flaws.includes('vague_purpose'),
    asksForJob: flaws.includes('job_request'),
  };
}

/**
 * A screening assistant puts the call through: it says so, and the contact picks up. The call now
 * reached the contact (no message was left); the student introduces themselves to the contact.
 */
function putThrough(ctx: SessionContext, scenario: Scenario): SessionContext {
  let next = sayOwnOr(ctx, scenario, 'assistant', 'assistantPutsThrough', ASSISTANT_PUTS_THROUGH, {
    name: scenario.contact.addressAs,
  });
  next = {
    ...next,
    assistant: assistantChart.after(scenario, next.assistant, { type: 'hung.up' }),
    contact: contactAfter(scenario, next.contact, { type: 'phone.answered' }),
    calls: replaceLast(next.calls, (c) => ({
      ...c,
      reached: 'contact',
      message: '',
      askedForHelp: false,
    })),
  };
  return sayLine(next, scenario, 'contact', 'answerPhone');
}

/** One of the scenario's wordings of a line, or else one of the general ones given. */
function sayOwnOr(
  ctx: SessionContext,
  scenario: Scenario,
  who: Speaker,
  key: LineKey,
  general: readonly string[],
  vars: Record<string, string>,
): SessionContext {
  const said = saidOnCall(ctx);
  const moment = momentOf(ctx);
  const fits = (line: string) => fitsTheMoment(line, moment);
  const [own, rng] = pickOwnLine(scenario, key, ctx.rng, vars, said, fits);
  if (own !== null) return speak({ ...ctx, rng }, scenario, who, own);
  const unsaid = fresh(general, vars, said).filter(fits);
  if (unsaid.length === 0) return ctx;
  const [text, next] = pick(ctx.rng, unsaid);
  return speak({ ...ctx, rng: next }, scenario, who, text);
}

function studentSays(ctx: SessionContext, scenario: Scenario, text: string): SessionContext {
  return speak(ctx, scenario, 'student', text);
}

/** The student speaks to the voicemail or the assistant: it all becomes the message. */
export function leaveMessage(
  ctx: SessionContext,
  scenario: Scenario,
  text: string,
): SessionContext {
  const call = currentCall(ctx);
  if (!call) return ctx;
  const asksForHelp = call.reached === 'assistant' && findFirst(ASKS_WHEN_TO_CALL, text) !== null;
  let next = recordPromises(studentSays(ctx, scenario, text), scenario, text, 'text');
  next = {
    ...next,
    calls: replaceLast(next.calls, (c) => ({
      ...c,
      message: c.message ? `${c.message}\n${text}` : text,
      askedForHelp: c.askedForHelp || asksForHelp,
    })),
  };
  if (call.reached !== 'assistant') return next;
  // The assistant's chart: the first question about when to call gets the scenario's time, once;
  // an assistant who screens calls reads what the student said so far as a request.
  const before = next.assistant;
  const screening = assistantIs(before, 'screening') || assistantIs(before, 'asking');
  const heard = screening ? screenedRequest(next, scenario) : { clear: false, asksForJob: false };
  next = {
    ...next,
    assistant: assistantChart.after(scenario, before, {
      type: 'said',
      asksWhenToCall: asksForHelp,
      ...heard,
    }),
  };
  if (assistantIs(next.assistant, 'puttingThrough')) return putThrough(next, scenario);
  if (assistantIs(next.assistant, 'asking'))
    return sayOwnOr(next, scenario, 'assistant', 'assistantScreens', ASSISTANT_SCREENS, {});
  const suggestion = scenario.behaviour.assistantSuggests;
  if (suggestion && !assistantIs(before, 'suggested') && assistantIs(next.assistant, 'suggested')) {
    const at = nextOccurrence(
      origin(scenario),
      next.now,
      suggestion.weekday,
      parseClock(suggestion.time) ?? 9 * HOUR,
    );
    next = sayLine(next, scenario, 'assistant', 'assistantSuggestsTime', {
      time: describeMoment(origin(scenario), at),
    });
    return addAppointment(next, at, 'assistant');
  }
  return sayLine(next, scenario, 'assistant', 'assistantTakesMessage');
}

function newConversation(ctx: SessionContext): ConversationRecord {
  return {
    action: currentCall(ctx)?.action ?? ctx.index,
    startedAt: ctx.offeredAt ?? ctx.now,
    elapsedMs: ctx.offeredAt === null ? 0 : ctx.now - ctx.offeredAt,
    studentWords: 0,
    contactWords: 0,
    turns: [],
    topicsAnswered: [],
    offered: null,
    rapport: 0.5,
    notesStarted: null,
    resumeHandedOver: null,
    endedAt: null,
    endAction: null,
  };
}

/**
 * The student introduces themselves to the contact who answered the phone. The contact declines
 * a job request politely; asks who is calling and why when the introduction does not say; and
 * otherwise offers to talk now or proposes a later time, as the scenario says.
 */
export function introduce(ctx: SessionContext, scenario: Scenario, text: string): SessionContext {
  const call = currentCall(ctx);
  if (call?.appointment) {
    // A call at an agreed time is no request: the contact expects it and is ready to talk. A job
    // ask in its first words is already part of the conversation.
    const kept = { type: 'appointment.kept', asksForJob: false } as const;
    if (findJobMentions(text).requests.length > 0) {
      const started = {
        ...ctx,
        contact: contactAfter(scenario, ctx.contact, { ...kept, asksForJob: true }),
        offeredAt: ctx.now,
      };
      const conversation = newConversation(started);
      return converse(
        { ...started, conversations: [...ctx.conversations, conversation] },
        scenario,
        text,
      );
    }
    const next = studentSays(ctx, scenario, text);
    return sayLine(
      { ...next, contact: contactAfter(scenario, next.contact, kept), offeredAt: next.now },
      scenario,
      'contact',
      'offerNow',
    );
  }
  const earlier = call?.introduction?.text;
  const whole = earlier ? `${earlier}\n${text}` : text;
  const analysis = analyzeRequest(
    { body: whole },
    {
      scenario,
      weekday: scenario.start.weekday,
      now: ctx.now,
      toleranceMinutes: scenario.behaviour.promiseToleranceMinutes,
    },
  );
  let next = studentSays(ctx, scenario, text);
  next = {
    ...next,
    calls: replaceLast(next.calls, (c) => ({
      ...c,
      introduction: c.introduction
        ? { ...c.introduction, text: whole }
        : { action: ctx.index, at: ctx.now, text },
    })),
  };
  // The contact's chart decides: a job ask is declined, an unclear introduction asked about once,
  // and otherwise the contact offers to talk now or proposes a time, as the scenario says.
  const flaws = analysis.pitfalls.map((p) => p.id);
  const introduced: ContactEvent = {
    type: 'introduced',
    asksForJob: flaws.includes('job_request'),
    unclear: flaws.includes('no_self_introduction') || flaws.includes('vague_purpose'),
  };
  const contact = contactAfter(scenario, ctx.contact, introduced);
  const reaction: RequestRecord['reaction'] =
    contactIs(contact, 'phone.declined') || contactIs(contact, 'phone.ending')
      ? 'decline'
      : contactIs(contact, 'phone.clarifying')
        ? 'clarify'
        : contactIs(contact, 'phone.offered')
          ? 'offer_now'
          : 'schedule';
  // A second try at the introduction is the same request, dated from its first words.
  const first = call?.introduction ?? { action: ctx.index, at: ctx.now };
  const record: RequestRecord = {
    action: first.action,
    at: first.at,
    medium: 'phone',
    body: whole,
    analysis,
    reaction,
  };
  next = {
    ...next,
    contact,
    requests: earlier ? replaceLast(next.requests, () => record) : [...next.requests, record],
  };
  switch (reaction) {
    case 'decline': {
      next = sayLine(next, scenario, 'contact', 'declineJob');
      // A contact who ends the call on a job request (the scenario's `onJobRequest`) hangs up.
      return contactIs(next.contact, 'phone.ending') ? hangUp(next, scenario) : next;
    }
    case 'clarify':
      return sayLine(next, scenario, 'contact', 'clarify');
    case 'offer_now':
      next = { ...next, offeredAt: next.now };
      return sayLine(next, scenario, 'contact', 'offerNow');
    default: {
      const at = laterTime(next, scenario);
      next = sayLine(next, scenario, 'contact', 'scheduleLater', {
        time: describeMoment(origin(scenario), at),
      });
      return addAppointment(next, at, 'contact');
    }
  }
}

/** Taking the offer to talk now. */
const ACCEPTS_NOW = compileAll([
  'yes',
  'sure',
  'absolutely',
  'of course',
  'now works',
  'now is great|good|perfect|fine',
  'that would be great|wonderful|perfect|fantastic',
  "let's do it",
  'happy to',
  'i would love to',
  "i'd love to",
  'great',
]);
/** A specific alternative: a day, or a clock time. */
const NAMES_A_TIME = compileAll([
  'monday|tuesday|wednesday|thursday|friday|tomorrow',
  "at .. (am|pm|a m|p m|o'clock|oclock)",
  "o'clock",
]);

/** Turning the offer down: not now, not ready, call back later. */
const DECLINES_NOW = compileAll([
  'not a good time',
  'not the best time',
  'not right now',
  "(can't|cannot|can not) (talk|speak|do this|chat)",
  'not now',
  'not ready',
  "don't have my questions",
  'do not have my questions',
  'call you back',
  'call back',
  'another time',
  'a different time',
  'a better time',
  'later today|this|in',
  'schedule .. time|call|meeting|conversation',
  'set up a time',
  'could we talk|speak|meet on|at|later|another|tomorrow|next',
  'can we talk|speak|meet on|at|later|another|tomorrow|next',
  'i am in class',
  "i'm in class",
  'i have class',
  'need to prepare',
  'rather wait',
]);

/**
 * The student answers the contact's offer to talk now: taking it starts the conversation;
 * turning it down (not ready, call back later) is `inflexible` unless the student offers a
 * specific alternative, and the contact proposes a later time.
 */
export function answerOffer(ctx: SessionContext, scenario: Scenario, text: string): SessionContext {
  const declines = findFirst(DECLINES_NOW, text) !== null && findFirst(ACCEPTS_NOW, text) === null;
  if (!declines) {
    const conv = newConversation(ctx);
    return converse(
      {
        ...ctx,
        contact: contactAfter(scenario, ctx.contact, { type: 'offer.accepted' }),
        conversations: [...ctx.conversations, conv],
      },
      scenario,
      text,
    );
  }
  const alternative =
    findPromises(text, { weekday: scenario.start.weekday, now: ctx.now }).length > 0 ||
    findFirst(NAMES_A_TIME, text) !== null;
  let next = studentSays(ctx, scenario, text);
  next = {
    ...next,
    declinedOffers: [...next.declinedOffers, { action: ctx.index, at: ctx.now, text, alternative }],
  };
  const at = laterTime(next, scenario);
  next = sayLine(next, scenario, 'contact', 'scheduleLater', {
    time: describeMoment(origin(scenario), at),
  });
  return {
    ...addAppointment(next, at, 'contact'),
    contact: contactAfter(scenario, next.contact, { type: 'offer.declined' }),
    offeredAt: null,
  };
}

/** After a decline or a scheduled time, anything more the student says gets a polite goodbye. */
/**
 * Something the student says on a call, to whoever picked up, as the personas' charts say where
 * the call stands: a message for voicemail or the assistant; to the contact, the introduction, the
 * answer to an offer, words after a decline or a scheduled time, or a turn of the conversation.
 */
export function speakOnCall(ctx: SessionContext, scenario: Scenario, text: string): SessionContext {
  switch (callStatus(ctx)) {
    case 'voicemail':
    case 'assistant':
      return leaveMessage(ctx, scenario, text);
    case 'introducing':
      return introduce(ctx, scenario, text);
    case 'offered':
      return answerOffer(ctx, scenario, text);
    case 'declined':
    case 'scheduled':
      return afterDecline(ctx, scenario, text);
    case 'conversation':
      return converse(ctx, scenario, text);
    case 'idle':
      return ctx;
  }
}

export function afterDecline(
  ctx: SessionContext,
  scenario: Scenario,
  text: string,
): SessionContext {
  return sayLine(studentSays(ctx, scenario, text), scenario, 'contact', 'goodbye');
}

function clamp01(n: number): number {
  return Math.max(0, Math.min(1, n));
}

/** The contact's chart after an event. */
function tell(ctx: SessionContext, scenario: Scenario, event: ContactEvent): SessionContext {
  return { ...ctx, contact: contactAfter(scenario, ctx.contact, event) };
}

function updateConversation(
  ctx: SessionContext,
  update: (c: ConversationRecord) => ConversationRecord,
): SessionContext {
  return { ...ctx, conversations: replaceLast(ctx.conversations, update) };
}

/** The intents that ask the contact something it answers (what comes before them is a preface). */
const ASKS: ReadonlySet<IntentType> = new Set(['asked_topic', 'chose_reading', 'asked_referral']);

/** One student turn in the conversation, and the contact's reply. */
export function converse(ctx: SessionContext, scenario: Scenario, text: string): SessionContext {
  const conv = currentConversation(ctx);
  if (!conv) return ctx;
  // Where the contact was when the student spoke.
  const awaitingSelfIntro = contactIs(ctx.contact, 'conversation.selfIntro.awaiting');
  const analysis = analyzeTurn(text, scenario);
  const agreedMs = scenario.agreedMinutes * MINUTE;
  const has = (move: (typeof analysis.moves)[number]) => analysis.moves.includes(move);
  const mindsTime = has('acknowledges_time') || has('offers_email_followup');
  // The topic the contact answers: the question's, when it placed it with confidence; after the
  // contact asked what the student meant, the reading the reply chooses.
  // Minding the time ("may I email you my remaining questions?") asks about no topic: what asks
  // is what is said beside it ("I'll keep it to 20 minutes. What does a typical day look like?").
  const topical =
    (mindsTime && analysis.topic !== 'referrals') ||
    (has('asks_notes_permission') && !has('asks_referral'))
      ? besideTheAsides(text, analysis, scenario)
      : analysis;
  let asked = topical.topic && (topical.question || topical.open) ? topical.topic : null;
  let chosen = false;
  if (asked === null && conv.offered !== null && !has('asks_for_job')) {
    // The reply to "what do you mean?" says it in other words, or picks a reading offered.
    const said = analysis.question ? analysis.reading : readTurnTopic(text, scenario);
    asked = said.topic ?? chosenReading(text, conv.offered, said, scenario);
    chosen = asked !== null;
  }
  // What the turn means to the contact, in the order it was said.
  const intents = intentsOf(text, analysis, { answering: awaitingSelfIntro, asked, chosen });
  const turn: TurnRecord = {
    action: ctx.index,
    at: ctx.now,
    minute: toMinutes(conv.elapsedMs),
    elapsedMs: conv.elapsedMs,
    text,
    words: analysis.words,
    analysis,
    answeringAboutSelf: awaitingSelfIntro,
    invited: contactIs(ctx.contact, 'conversation.clock.invited'),
    intents,
  };
  let rapport = conv.rapport;
  if (has('asks_for_job')) rapport -= 0.3;
  if (has('expects_outcome')) rapport -= 0.15;
  if (has('asks_public_fact')) rapport -= 0.1;
  if (analysis.open && analysis.topic) rapport += 0.05;
  if (has('thanks_contact')) rapport += 0.02;
  const closing =
    has('acknowledges_time') ||
    has('offers_email_followup') ||
    has('thanks_contact') ||
    has('asks_referral');
  if (analysis.selfFocused && !awaitingSelfIntro && !closing) rapport -= 0.05;
  // Rapport moves in steps of 0.05; keep it exact so thresholds mean what they say.
  rapport = Math.round(rapport * 100) / 100;

  // Minding the clock counts in the second half of the agreed time; "I'll keep it to twenty
  // minutes" at the start is a courtesy, not a time check (the contact's clock lets it pass).
  const late = conv.elapsedMs >= agreedMs / 2;
  const checksTime = late && mindsTime;
  const signalledBefore = contactIs(ctx.contact, 'conversation.clock.signalled');
  const invitedBefore = contactIs(ctx.contact, 'conversation.clock.invited');
  let next = studentSays(ctx, scenario, text);
  next = updateConversation(next, (c) => ({
    ...c,
    turns: [...c.turns, turn],
    rapport: clamp01(rapport),
  }));
  // What the turn tells the contact, told at once below (nothing in between reads the contact).
  const told: ContactEvent[] = [
    { type: 'clock.advanced', elapsedMs: conv.elapsedMs },
    { type: 'student.turn' },
    { type: 'rapport.changed', rapport: clamp01(rapport) },
  ];
  if (has('asks_for_job')) told.push({ type: 'job.asked' });
  if (mindsTime) told.push({ type: 'time.checked' });
  if (has('asks_notes_permission')) told.push({ type: 'notes.asked' });

  const first = conv.turns.length === 0;
  if (conv.offered !== null) next = updateConversation(next, (c) => ({ ...c, offered: null }));

  // Patience: something new asked when the contact is closing; off track (talk about oneself
  // unasked, small talk, a rude remark), which tries it when the scenario says it does.
  const elapsedMs = conv.elapsedMs;
  const smallTalk = analysis.question && asked === null && analysis.reading.offTopic;
  if (!closing && !has('asks_for_job') && (asked !== null || analysis.question))
    told.push({ type: 'question.asked', elapsedMs });
  else if (analysis.selfFocused && !awaitingSelfIntro && !closing)
    told.push({ type: 'off.track', why: 'self_talk', elapsedMs });
  if (smallTalk && !has('asks_for_job'))
    told.push({ type: 'off.track', why: 'small_talk', elapsedMs });
  if (has('remarks_unprofessionally')) told.push({ type: 'off.track', why: 'rudeness', elapsedMs });
  next = { ...next, contact: contactAfterAll(scenario, next.contact, told) };
  if (!has('asks_for_job') && contactIs(next.contact, 'conversation.patience.ending')) {
    // Patience spent, past the agreed length and then some: the contact ends the call.
    return hangUp(closeConversation(next, scenario), scenario);
  }
  const curt = contactIs(next.contact, 'conversation.patience.curt');
  // Closing (time nearly up, wrapping up, overrun) or curt, the contact keeps answers short.
  const brief =
    curt ||
    contactIs(next.contact, 'conversation.clock.signalled') ||
    contactIs(next.contact, 'conversation.clock.wrappingUp') ||
    contactIs(next.contact, 'conversation.clock.overrun');

  // What the student said before their question gets its answer first, as a person would: thanks
  // are taken ("My pleasure."), leave to take notes given; an outcome the contact cannot promise
  // (mentorship, an introduction) is declined gently, wherever it was said.
  const asks = asked !== null || has('asks_referral');
  let notesAnswered = false;
  if (!has('asks_for_job')) {
    for (const intent of intents) {
      if (ASKS.has(intent.type)) break;
      if (intent.type === 'thanked' && asks)
        next = sayOneOf(next, scenario, THANKS_BEFORE_ASK, {}) ?? next;
      if (intent.type === 'asked_notes' && asks) {
        next = sayLine(next, scenario, 'contact', 'notesOk');
        notesAnswered = true;
      }
    }
    if (hasIntent(intents, 'expected_outcome'))
      next = sayOneOf(next, scenario, DEFLECTS_OUTCOME, {}) ?? next;
  }

  if (has('asks_for_job')) {
    next = sayLine(next, scenario, 'contact', 'declineJob');
    // A contact who ends the call on a job request says it has to go, and hangs up.
    if (contactIs(next.contact, 'conversation.patience.ending'))
      return hangUp(closeConversation(next, scenario), scenario);
  } else if (has('asks_public_fact')) {
    // Asked what the profile says: a person points the student to it, a little coolly.
    next = sayOneOf(next, scenario, POINTS_TO_PROFILE, {}) ?? next;
  } else if (asked !== null) {
    const topic = asked;
    const [answer, rng, usedUp] = pickAnswer(
      scenario,
      topic,
      conv.topicsAnswered.includes(topic),
      next.rng,
      saidOnCall(next),
    );
    next = answer
      ? speak(
          { ...next, rng },
          scenario,
          'contact',
          brief ? briefly(answer) : answer,
          usedUp || brief ? 1 : elaboration(scenario.contact.talkativeness),
        )
      : sayLine(next, scenario, 'contact', 'clarify');
    // Leave to take notes asked after the question is given after the answer.
    if (has('asks_notes_permission') && !notesAnswered)
      next = sayLine(next, scenario, 'contact', 'notesOk');
    // Curt, it says time presses; early on, when it does not yet, only to keep moving.
    if (curt)
      next =
        sayOneOf(next, scenario, momentOf(next).late ? CURT_AFTER_ANSWER : CURT_EARLY, {}) ?? next;
    next = updateConversation(next, (c) => ({
      ...c,
      topicsAnswered: [...c.topicsAnswered, topic],
    }));
  } else if (checksTime) {
    // handled below, after any answer
  } else if (mindsTime) {
    // Minding the time early is a courtesy: the contact says there is time, and waits.
    next = sayOneOf(next, scenario, TIME_IS_FINE, {}) ?? next;
  } else if (has('asks_notes_permission')) {
    next = sayLine(next, scenario, 'contact', 'notesOk');
  } else if (hasIntent(intents, 'expected_outcome')) {
    // declined gently above; the contact waits for a question it can answer
  } else if (hasIntent(intents, 'said_goodbye') && !analysis.question) {
    // The student takes their leave: the contact closes, in words that fit the conversation.
    next = closeConversation(next, scenario);
  } else if (analysis.question && smallTalk && curt) {
    // Curt, the contact does not play along with small talk.
    next = sayOneOf(next, scenario, CURT_TO_SELF_TALK, {}) ?? next;
  } else if (analysis.question) {
    next = askWhatTheyMean(next, scenario, readingsToOffer(analysis.reading, scenario));
  } else if (awaitingSelfIntro) {
    next = sayLine(next, scenario, 'contact', 'invitesQuestions');
  } else if (has('thanks_contact') && late) {
    // Thanks in the second half of the call read as a goodbye; early, they are just politeness.
    next = closeConversation(next, scenario);
  } else if (first) {
    // The student accepted the offer without a question: the contact asks about them first.
  } else if (has('thanks_contact')) {
    // Thanks early in the call are politeness: a person takes them and waits for the next question.
    next = sayOneOf(next, scenario, TAKES_THANKS, {}) ?? next;
  } else if (analysis.selfFocused) {
    next = curt
      ? (sayOneOf(next, scenario, CURT_TO_SELF_TALK, {}) ?? next)
      : sayLine(
          next,
          scenario,
          'contact',
          scenario.lines.invitesQuestions ? 'invitesQuestions' : 'clarify',
        );
  } else {
    // "ok", "that makes sense", a remark on what the contact said: acknowledged, not answered.
    next = sayOneOf(next, scenario, ACKNOWLEDGES, {}) ?? next;
  }

  if (
    asked === 'resume_feedback' &&
    !contactIs(ctx.contact, 'conversation.resume.requested') &&
    !has('asks_for_job')
  ) {
    // Asked about their resume, the contact asks to see it: handing it over is then no pitfall.
    next = sayLine(next, scenario, 'contact', 'asksForResume');
    next = tell(next, scenario, { type: 'contact.asked_for_resume' });
  }
  const after = currentConversation(next) as ConversationRecord;
  if (checksTime && !has('asks_for_job')) {
    // The contact's clock decided: warm enough (and never asked for a job, which leaves goodwill
    // cool for good), it invites the student to go on; otherwise it closes.
    if (!invitedBefore && contactIs(next.contact, 'conversation.clock.invited')) {
      next = sayLine(next, scenario, 'contact', 'inviteMore');
    } else if (!has('asks_referral')) {
      next = closeConversation(next, scenario);
    }
  }
  if (
    contactIs(next.contact, 'conversation.selfIntro.notAsked') &&
    !has('asks_for_job') &&
    (first || after.turns.length >= 2)
  ) {
    next = sayLine(next, scenario, 'contact', 'askAboutYou');
    next = tell(next, scenario, { type: 'contact.asked_about_student' });
  }
  const now = currentConversation(next) as ConversationRecord;
  const opening = scenario.behaviour.mentionsOpeningAtMinute;
  if (
    opening !== undefined &&
    !contactIs(next.contact, 'conversation.opening.mentioned') &&
    now.elapsedMs >= opening * MINUTE &&
    !contactIs(next.contact, 'conversation.selfIntro.awaiting')
  ) {
    next = sayLine(next, scenario, 'contact', 'openingMention');
    next = tell(next, scenario, { type: 'contact.mentioned_opening' });
  }
  // The clock after the contact's reply: a busy contact says when the agreed time is nearly up.
  const latest = currentConversation(next) as ConversationRecord;
  next = tell(next, scenario, { type: 'clock.advanced', elapsedMs: latest.elapsedMs });
  if (!signalledBefore && contactIs(next.contact, 'conversation.clock.signalled')) {
    next = sayLine(next, scenario, 'contact', 'timeSignal');
  }
  return next;
}

export function hangUp(ctx: SessionContext, scenario: Scenario): SessionContext {
  let next = ctx;
  // The contact says goodbye as the call ends, unless it already has on this call.
  const said = saidOnCall(ctx);
  const saidGoodbye = [...scenario.lines.goodbye, ...(FALLBACK_LINES.goodbye ?? [])].some((l) =>
    said.has(l),
  );
  if (withContact(ctx) && currentCall(ctx)?.reached === 'contact' && !saidGoodbye) {
    next = sayLine(next, scenario, 'contact', 'goodbye');
  }
  const endedAt = next.now;
  next = {
    ...next,
    contact: contactAfter(scenario, next.contact, { type: 'hung.up' }),
    assistant: assistantChart.after(scenario, next.assistant, { type: 'hung.up' }),
    voicemail: voicemailChart.after(scenario, next.voicemail, { type: 'hung.up' }),
    offeredAt: null,
    calls: replaceLast(next.calls, (c) => (c.endedAt === null ? { ...c, endedAt } : c)),
    conversations: replaceLast(next.conversations, (c) =>
      c.endedAt === null ? { ...c, endedAt, endAction: ctx.index } : c,
    ),
  };
  return system(next, scenario, 'The call ends.');
}

export function takeNotes(ctx: SessionContext, scenario: Scenario): SessionContext {
  return system(
    updateConversation(ctx, (c) => ({
      ...c,
      notesStarted: {
        action: ctx.index,
        at: ctx.now,
        minute: toMinutes(c.elapsedMs),
        asked: contactIs(ctx.contact, 'conversation.notes.asked'),
      },
    })),
    scenario,
    'You start taking notes.',
  );
}

export function giveResume(ctx: SessionContext, scenario: Scenario): SessionContext {
  return system(
    updateConversation(ctx, (c) => ({
      ...c,
      resumeHandedOver: {
        action: ctx.index,
        at: ctx.now,
        minute: toMinutes(c.elapsedMs),
        requested: contactIs(ctx.contact, 'conversation.resume.requested'),
      },
    })),
    scenario,
    `You hand ${scenario.contact.addressAs} your resume.`,
  );
}

export function prepare(
  ctx: SessionContext,
  scenario: Scenario,
  action: PrepareAction,
): SessionContext {
  return system(
    { ...ctx, prepared: { questions: action.questions, bringResume: action.bring_resume } },
    scenario,
    `You prepare ${action.questions.length} question${action.questions.length === 1 ? '' : 's'}${
      action.bring_resume ? ' and bring your resume' : ''
    }.`,
  );
}

/** Sends an email or posts a note; a request email schedules the contact's reply. */
export function send(
  ctx: SessionContext,
  scenario: Scenario,
  action: EmailAction | NoteAction,
): SessionContext {
  const isEmail = action.type === 'email';
  const record: EmailRecord = {
    action: ctx.index,
    at: ctx.now,
    subject: isEmail ? action.subject : '',
    body: isEmail ? action.body : action.text,
    medium: isEmail ? ('email' as const) : ('note' as const),
  };
  let next: SessionContext = {
    ...ctx,
    emails: [...ctx.emails, record],
    transcript: [
      ...ctx.transcript,
      {
        who: 'student',
        text: isEmail ? `Subject: ${action.subject}\n\n${action.body}` : action.text,
        at: stamp(origin(scenario), ctx.now),
      },
    ],
  };
  next = recordPromises(next, scenario, record.body, isEmail ? 'body' : 'text');
  const reply = scenario.behaviour.emailReply;
  // A request is an email before any conversation or accepted time; later mail is follow-up.
  const isRequest =
    isEmail &&
    scenario.start.phase === 'request' &&
    next.conversations.length === 0 &&
    !next.appointments.some((a) => a.by === 'contact') &&
    !next.pending.some((p) => p.line === 'emailReplyAccept');
  if (!isRequest) return followUpMail(next, scenario, record);
  const analysis = analyzeRequest(
    { subject: action.subject, body: action.body },
    {
      scenario,
      weekday: scenario.start.weekday,
      now: ctx.now,
      toleranceMinutes: scenario.behaviour.promiseToleranceMinutes,
    },
  );
  const flaws = analysis.pitfalls.map((p) => p.id);
  const majors = flaws.filter((id) => isMajorRequestFlaw(scenario, id)).length;
  const reaction: RequestRecord['reaction'] = flaws.includes('job_request')
    ? 'decline'
    : majors >= 2
      ? 'ignore'
      : majors === 1 && scenario.lines.emailReplyGracefulExit
        ? 'graceful_exit'
        : 'accept';
  next = {
    ...next,
    requests: [
      ...next.requests,
      {
        action: ctx.index,
        at: ctx.now,
        medium: 'email',
        subject: action.subject,
        body: action.body,
        analysis,
        reaction,
      },
    ],
  };
  if (!reply || reaction === 'ignore') return next;
  const replyAt = Math.max(
    workingDaysAfter(origin(scenario), ctx.now, reply.afterWorkingDays, 10 * HOUR),
    ctx.now + 2 * HOUR,
  );
  const proposes =
    reaction === 'accept'
      ? nextOccurrence(
          origin(scenario),
          replyAt,
          reply.proposes.weekday,
          parseClock(reply.proposes.time) ?? 10 * HOUR,
        )
      : null;
  const line =
    reaction === 'accept'
      ? 'emailReplyAccept'
      : reaction === 'decline'
        ? 'emailReplyDecline'
        : 'emailReplyGracefulExit';
  return {
    ...next,
    pending: [
      ...next.pending,
      { at: replyAt, kind: 'email_reply', line, action: ctx.index, proposes },
    ],
  };
}

/** What the contact said in conversation with the student: the lines a thank-you can echo. */
export function contactLines(ctx: SessionContext): Heard[] {
  return ctx.transcript
    .filter((e) => e.who === 'contact' && e.minute !== undefined)
    .map((e) => ({ text: e.text, ...(e.minute !== undefined ? { minute: e.minute } : {}) }));
}

/** A posted note takes this many working days to arrive. */
const POST_DAYS = 2;

/**
 * Mail after the conversation, as the contact's follow-up region takes it: the first mail that
 * thanks the contact is the thank-you (whenever it comes), and one naming something specific
 * gets a short reply; a later update reporting what the student did with the advice gets a warm
 * one, once; a job request gets the decline. A contact who is rarely in the office never reads
 * a posted note, and one asked for a job in the conversation (silent) answers nothing.
 */
function followUpMail(ctx: SessionContext, scenario: Scenario, mail: EmailRecord): SessionContext {
  const conversation = endedConversation(ctx);
  if (!conversation || conversation.endedAt > mail.at) return ctx;
  if (!contactIs(ctx.contact, 'followUp') || contactIs(ctx.contact, 'followUp.silent')) return ctx;
  if (mail.medium === 'note' && scenario.contact.officePresence === 'rarely') return ctx;
  const analysis = analyzeThankYou(
    mail.medium === 'email' ? { subject: mail.subject, body: mail.body } : { body: mail.body },
    { scenario, heard: contactLines(ctx) },
  );
  const ids = new Set([...analysis.pitfalls, ...analysis.credits].map((f) => f.id));
  const contact = contactAfter(scenario, ctx.contact, {
    type: 'mail.read',
    thanks: mailThanks(mail),
    reportsAction: ids.has('reports_action_taken'),
  });
  const thanked =
    contactIs(ctx.contact, 'followUp.awaitingThanks') && contactIs(contact, 'followUp.thanked');
  const updated =
    contactIs(ctx.contact, 'followUp.thanked') && contactIs(contact, 'followUp.updated');
  const next = { ...ctx, contact };
  const replied = (line: Pending['line']) =>
    ctx.pending.some((p) => p.line === line) || ctx.received.some((r) => r.line === line);
  let line: Pending['line'] | null = null;
  if (ids.has('job_request')) line = scenario.lines.emailReplyDecline ? 'emailReplyDecline' : null;
  else if (thanked && !ids.has('generic_thank_you')) line = 'thankYouReply';
  else if (updated) line = 'updateReply';
  if (line === null || !scenario.lines[line] || replied(line)) return next;
  const arrives = mail.medium === 'note' ? POST_DAYS : 0;
  const at = Math.max(
    workingDaysAfter(origin(scenario), mail.at, arrives + 1, 10 * HOUR),
    mail.at + 2 * HOUR,
  );
  return {
    ...next,
    pending: [
      ...next.pending,
      { at, kind: 'email_reply', line, action: mail.action, proposes: null },
    ],
  };
}

/** The moment a `wait` action leads to, or null when it cannot (no appointment pending). */
export function waitTarget(
  ctx: SessionContext,
  scenario: Scenario,
  action: WaitAction,
): number | null {
  if (action.minutes !== undefined) return ctx.now + Math.round(action.minutes * MINUTE);
  if (action.hours !== undefined) return ctx.now + Math.round(action.hours * HOUR);
  if (action.days !== undefined) return ctx.now + Math.round(action.days * DAY);
  const until = action.until ?? 'next_event';
  if (until === 'next_event') {
    const upcoming = ctx.pending.map((p) => p.at).filter((at) => at > ctx.now);
    return upcoming.length > 0 ? Math.min(...upcoming) : ctx.now + NEXT_EVENT_LIMIT;
  }
  if (until === 'next_appointment') {
    const upcoming = ctx.appointments.filter((a) => !a.kept && a.at > ctx.now).map((a) => a.at);
    return upcoming.length > 0 ? Math.min(...upcoming) : null;
  }
  const [weekday, time] = until.split(' ') as [Weekday, string];
  return nextOccurrence(origin(scenario), ctx.now, weekday, parseClock(time) ?? 0);
}

/** Lets time pass to `target`, delivering what was due on the way (replies, and their proposals). */
export function advance(ctx: SessionContext, scenario: Scenario, target: number): SessionContext {
  let next = ctx;
  const due = ctx.pending.filter((p) => p.at <= target).sort((a, b) => a.at - b.at);
  for (const item of due) {
    // A reply settles every promise the student made before it.
    next = {
      ...next,
      now: Math.max(next.now, item.at),
      settlements: [...next.settlements, item.at],
      received: [...next.received, { at: item.at, action: item.action, line: item.line }],
    };
    // A time the assistant booked meanwhile is the one the contact's reply confirms, not a second.
    const booked =
      item.proposes === null
        ? undefined
        : next.appointments.find((a) => a.by === 'assistant' && !a.kept && a.at > item.at);
    const proposes = booked ? booked.at : item.proposes;
    const vars: Record<string, string> =
      proposes === null ? {} : { time: describeMoment(origin(scenario), proposes) };
    const [text, rng] = pickLine(scenario, item.line, next.rng, vars);
    next = { ...next, rng };
    if (text !== null) {
      next = {
        ...next,
        transcript: [
          ...next.transcript,
          { who: 'contact', text, at: stamp(origin(scenario), next.now) },
        ],
      };
    }
    // The reply's time is an appointment, unless it confirms one already booked.
    if (proposes !== null && !booked) next = addAppointment(next, proposes, 'contact');
  }
  return {
    ...next,
    now: Math.max(next.now, target),
    pending: next.pending.filter((p) => p.at > target),
  };
}

/** Whether a wait is for an appointment or a weekday and time, to report it readably. */
export function describeWait(action: WaitAction): string {
  if (action.minutes !== undefined)
    return `${action.minutes} minute${action.minutes === 1 ? '' : 's'}`;
  if (action.hours !== undefined) return `${action.hours} hour${action.hours === 1 ? '' : 's'}`;
  if (action.days !== undefined) return `${action.days} day${action.days === 1 ? '' : 's'}`;
  return action.until === 'next_event'
    ? 'until something happens'
    : action.until === 'next_appointment'
      ? 'until the next appointment'
      : `until ${action.until}`;
}

export function waitFor(
  ctx: SessionContext,
  scenario: Scenario,
  action: WaitAction,
): SessionContext {
  const target = waitTarget(ctx, scenario, action);
  if (target === null) return ctx;
  const next = advance(
    system(ctx, scenario, `You wait ${describeWait(action)}.`),
    scenario,
    target,
  );
  // Waiting for something that never comes is worth saying, not just a silent week.
  if (action.until === 'next_event' && next.received.length === ctx.received.length) {
    return system(next, scenario, 'A week goes by with no reply.');
  }
  return next;
}
