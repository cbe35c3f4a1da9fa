import { and, or, setup, stateIn, type StateValue } from 'xstate';
import type { PatienceTrial } from '../scenario/constants.ts';
import type { Scenario } from '../scenario/scenario.schema.ts';
import { isIn, personaChart } from './persona.ts';

/**
 * The contact as a statechart: what the professional is doing with the student, as states rather
 * than flags. This is its phone region, the first part of the persona chart of
 * `../shared/DESIGN.md` ("The personas"):
 *
 * - `away`: not on a call with the student (before the conversation: before a call, after one, or
 *   when the call reached voicemail or the assistant);
 * - `phone.introduction`: the contact picked up and waits to hear who is calling and why;
 * - `phone.clarifying`: the introduction did not say, so the contact asked (once);
 * - `phone.declined`: the student asked for a job, and the contact declined politely;
 * - `phone.ending`: declined, a contact who ends the call on a job request (a scenario's
 *   `onJobRequest`) says goodbye;
 * - `phone.offered`: the contact offered to talk now;
 * - `phone.scheduled`: the contact proposed a later time;
 * - `conversation`: the informational interview itself, in parallel regions:
 *   - `selfIntro`: the contact has not yet asked about the student, has asked and awaits the
 *     answer, or has heard it;
 *   - `clock`: early (the first half of the agreed time); the second half; signalled (a busy
 *     contact said time is nearly up); wrapping up (the student minded the time and the contact
 *     closes); invited (warm enough, the contact invited the student to go on); overrun (more than
 *     two minutes past the agreed length, uninvited);
 *   - `patience`: patient; tested (once off track); curt (answers short, replies shorter); ending
 *     (the contact ends the call, never before the agreed length plus two minutes);
 *   - `resume`: the contact has or has not asked to see the student's resume;
 *   - `notes`: the student has or has not asked to take notes;
 *   - `opening`: the contact has or has not mentioned an opening (a scenario's choice);
 *   - `goodwill`: neutral, warm (rapport at the scenario's threshold for offering more time), or
 *     cool for good after a job request.
 * - `followUp`: after the conversation, awaiting the thank-you, thanked, updated (a later mail
 *   reported what the student did with the advice), or silent (asked for a job, the contact
 *   answers no mail).
 *
 * Its events are what the student did, as the analyzers read it (intents), never raw text. The
 * machine has only pure transitions; the session holds its state value in its own context and
 * advances it with xstate's pure `transition()` (no invoked or spawned actor), so a session is
 * still one fold of `transition()` and one JSON value.
 */

export interface ContactInput {
  /** The scenario's choice: a contact who can talk now offers to; otherwise a later time. */
  offersToTalkNow: boolean;
  /** The rapport from which the contact is warm enough to offer more time (`behaviour`). */
  inviteMoreAtRapport: number;
  /** The agreed length of the conversation, ms. */
  agreedMs: number;
  /** When a busy contact says time is nearly up, ms into the conversation; null: never. */
  signalAtMs: number | null;
  /** A contact of little patience turns curt at the first turn that tries it (`curtAfter` 1). */
  impatient: boolean;
  /** What tries the contact's patience (the scenario's `patienceSpentOn`). */
  spentOn: readonly PatienceTrial[];
  /** Past this, ms into the conversation, an uninvited conversation is overrun (PITFALLS.md). */
  overrunAtMs: number;
  /** The scenario's choice: a contact who ends the call when asked for a job. */
  endsOnJobRequest: boolean;
}

export type ContactEvent =
  /** The student's call reached the contact. */
  | { type: 'phone.answered' }
  /** The student introduced themselves (their words so far, read by the request analyzer). */
  | { type: 'introduced'; asksForJob: boolean; unclear: boolean }
  /** The student called at the time agreed: no request, the contact expects the call. */
  | { type: 'appointment.kept'; asksForJob: boolean }
  | { type: 'offer.accepted' }
  | { type: 'offer.declined' }
  | { type: 'hung.up' }
  /** The student said something in the conversation. */
  | { type: 'student.turn' }
  /** Conversation time passed (the words spoken): the clock's place, in ms into the call. */
  | { type: 'clock.advanced'; elapsedMs: number }
  /** The student minded the clock (early, it is a courtesy the contact lets pass). */
  | { type: 'time.checked' }
  /** The student asked something new (a question the contact answers or asks about). */
  | { type: 'question.asked'; elapsedMs: number }
  /**
   * The student went off track: talked about themselves unasked (self_talk), asked small talk the
   * contact cannot place (small_talk), or was rude (rudeness). It tries the contact's patience
   * when the scenario says it does.
   */
  | { type: 'off.track'; why: PatienceTrial; elapsedMs: number }
  /** The student asked whether they may take notes. */
  | { type: 'notes.asked' }
  /** What the contact did in reply (its lines), kept as states so it is not done twice. */
  | { type: 'contact.asked_about_student' }
  | { type: 'contact.asked_for_resume' }
  | { type: 'contact.mentioned_opening' }
  /** The rapport after the student's turn (0 to 1, in steps of 0.05). */
  | { type: 'rapport.changed'; rapport: number }
  /** The student asked for a job in the conversation. */
  | { type: 'job.asked' }
  /**
   * After the conversation, the contact read a mail from the student: whether it thanks them,
   * and whether it reports what the student did with their advice (a posted note to a contact
   * who is rarely in is never read).
   */
  | { type: 'mail.read'; thanks: boolean; reportsAction: boolean };

export const contactMachine = setup({
  types: {
    context: {} as ContactInput,
    input: {} as ContactInput,
    events: {} as ContactEvent,
  },
  guards: {
    asksForJob: ({ event }) =>
      (event.type === 'introduced' || event.type === 'appointment.kept') && event.asksForJob,
    unclear: ({ event }) => event.type === 'introduced' && event.unclear,
    offersToTalkNow: ({ context }) => context.offersToTalkNow,
    warmEnough: ({ context, event }) =>
      event.type === 'rapport.changed' && event.rapport >= context.inviteMoreAtRapport,
    warm: stateIn('#contact.conversation.goodwill.warm'),
    pastHalf: ({ context, event }) =>
      event.type === 'clock.advanced' && event.elapsedMs >= context.agreedMs / 2,
    nearEnd: ({ context, event }) =>
      event.type === 'clock.advanced' &&
      context.signalAtMs !== null &&
      event.elapsedMs >= context.signalAtMs,
    pastOverrun: ({ context, event }) =>
      event.type === 'clock.advanced' && event.elapsedMs > context.overrunAtMs,
    impatient: ({ context }) => context.impatient,
    tries: ({ context, event }) =>
      event.type === 'off.track' && context.spentOn.includes(event.why),
    endsOnJobRequest: ({ context }) => context.endsOnJobRequest,
    // The contact may end the call only once an overrun is the student's to have made.
    mayEnd: ({ context, event }) =>
      (event.type === 'question.asked' || event.type === 'off.track') &&
      event.elapsedMs > context.overrunAtMs,
    thanks: ({ event }) => event.type === 'mail.read' && event.thanks,
    reportsAction: ({ event }) => event.type === 'mail.read' && event.reportsAction,
    cool: stateIn('#contact.conversation.goodwill.cool'),
    // The contact said time is nearly up, began to close, or the conversation ran over.
    closingTime: or([
      stateIn('#contact.conversation.clock.signalled'),
      stateIn('#contact.conversation.clock.wrappingUp'),
      stateIn('#contact.conversation.clock.overrun'),
    ]),
  },
}).createMachine({
  id: 'contact',
  context: ({ input }) => ({ ...input }),
  initial: 'away',
  states: {
    away: {
      on: { 'phone.answered': 'phone' },
    },
    phone: {
      initial: 'introduction',
      on: { 'hung.up': 'away' },
      states: {
        introduction: {
          on: {
            introduced: [
              { guard: 'asksForJob', target: 'declined' },
              { guard: 'unclear', target: 'clarifying' },
              { guard: 'offersToTalkNow', target: 'offered' },
              { target: 'scheduled' },
            ],
            // A job ask in the first words of an agreed call is already part of the conversation.
            'appointment.kept': [
              { guard: 'asksForJob', target: '#contact.conversation' },
              { target: 'offered' },
            ],
          },
        },
        // The contact asks who is calling and why only once; the next try is taken as it is.
        clarifying: {
          on: {
            introduced: [
              { guard: 'asksForJob', target: 'declined' },
              { guard: 'offersToTalkNow', target: 'offered' },
              { target: 'scheduled' },
            ],
          },
        },
        // Asked for a job on the phone: the contact declines; a contact who ends the call on a job
        // request says goodbye (the session hangs up for them).
        declined: {
          always: [{ guard: 'endsOnJobRequest', target: 'ending' }],
        },
        ending: {},
        offered: {
          on: {
            'offer.accepted': '#contact.conversation',
            'offer.declined': 'scheduled',
          },
        },
        scheduled: {},
      },
    },
    conversation: {
      type: 'parallel',
      // The conversation over, the contact waits for the thank-you; asked for a job, they stay
      // silent.
      on: {
        'hung.up': [
          { guard: 'cool', target: 'followUp.silent' },
          { target: 'followUp.awaitingThanks' },
        ],
      },
      states: {
        selfIntro: {
          initial: 'notAsked',
          states: {
            notAsked: { on: { 'contact.asked_about_student': 'awaiting' } },
            awaiting: { on: { 'student.turn': 'answered' } },
            answered: {},
          },
        },
        clock: {
          initial: 'early',
          states: {
            early: {
              on: {
                'clock.advanced': [
                  { guard: 'pastOverrun', target: 'overrun' },
                  { guard: 'nearEnd', target: 'signalled' },
                  { guard: 'pastHalf', target: 'secondHalf' },
                ],
              },
            },
            secondHalf: {
              on: {
                'clock.advanced': [
                  { guard: 'pastOverrun', target: 'overrun' },
                  { guard: 'nearEnd', target: 'signalled' },
                ],
                'time.checked': [{ guard: 'warm', target: 'invited' }, { target: 'wrappingUp' }],
              },
            },
            signalled: {
              on: {
                'clock.advanced': [{ guard: 'pastOverrun', target: 'overrun' }],
                'time.checked': [{ guard: 'warm', target: 'invited' }, { target: 'wrappingUp' }],
              },
            },
            wrappingUp: {
              on: { 'clock.advanced': [{ guard: 'pastOverrun', target: 'overrun' }] },
            },
            // Invited to go on, the student cannot overrun: the contact asked for more.
            invited: {},
            overrun: {
              on: { 'time.checked': [{ guard: 'warm', target: 'invited' }] },
            },
          },
        },
        patience: {
          initial: 'patient',
          // A contact who ends the call on a job request does so whatever its patience (each
          // state says so, so that the chart in docs/personas.md draws it).
          states: {
            patient: {
              on: {
                'job.asked': [{ guard: 'endsOnJobRequest', target: 'ending' }],
                'off.track': [
                  { guard: and(['tries', 'impatient']), target: 'curt' },
                  { guard: 'tries', target: 'tested' },
                ],
                // A question after the contact said time is nearly up, or began to close.
                'question.asked': [{ guard: 'closingTime', target: 'curt' }],
              },
            },
            tested: {
              on: {
                'job.asked': [{ guard: 'endsOnJobRequest', target: 'ending' }],
                'off.track': [{ guard: 'tries', target: 'curt' }],
                'question.asked': [{ guard: 'closingTime', target: 'curt' }],
              },
            },
            curt: {
              on: {
                'job.asked': [{ guard: 'endsOnJobRequest', target: 'ending' }],
                'off.track': [{ guard: and(['tries', 'mayEnd']), target: 'ending' }],
                'question.asked': [{ guard: 'mayEnd', target: 'ending' }],
              },
            },
            // The contact ends the call (the session hangs up for them).
            ending: {},
          },
        },
        resume: {
          initial: 'notRequested',
          states: {
            notRequested: { on: { 'contact.asked_for_resume': 'requested' } },
            requested: {},
          },
        },
        notes: {
          initial: 'notAsked',
          states: {
            notAsked: { on: { 'notes.asked': 'asked' } },
            asked: {},
          },
        },
        opening: {
          initial: 'notMentioned',
          states: {
            notMentioned: { on: { 'contact.mentioned_opening': 'mentioned' } },
            mentioned: {},
          },
        },
        goodwill: {
          initial: 'neutral',
          states: {
            neutral: {
              on: {
                'rapport.changed': [{ guard: 'warmEnough', target: 'warm' }],
                'job.asked': 'cool',
              },
            },
            warm: {
              on: {
                'rapport.changed': [{ guard: 'warmEnough', target: 'warm' }, { target: 'neutral' }],
                'job.asked': 'cool',
              },
            },
            // A job request leaves its mark: no more time is offered in this conversation.
            cool: {},
          },
        },
      },
    },
    // After the conversation (there is only one): the thank-you is the first mail that thanks
    // the contact, whenever it comes (PITFALLS.md's edge rule); an update after it reports what
    // the student did with the advice. A contact asked for a job in the conversation answers no
    // mail.
    followUp: {
      initial: 'awaitingThanks',
      states: {
        awaitingThanks: { on: { 'mail.read': [{ guard: 'thanks', target: 'thanked' }] } },
        thanked: { on: { 'mail.read': [{ guard: 'reportsAction', target: 'updated' }] } },
        updated: {},
        silent: {},
      },
    },
  },
});

/** Where the contact is: the state value of its chart, plain JSON the session keeps. */
export type ContactState = StateValue;

/** The states a caller may ask about, as dotted paths of the chart. */
export type ContactPath =
  | 'away'
  | 'phone'
  | 'phone.introduction'
  | 'phone.clarifying'
  | 'phone.declined'
  | 'phone.ending'
  | 'phone.offered'
  | 'phone.scheduled'
  | 'conversation'
  | 'conversation.selfIntro.notAsked'
  | 'conversation.selfIntro.awaiting'
  | 'conversation.selfIntro.answered'
  | 'conversation.clock.early'
  | 'conversation.clock.secondHalf'
  | 'conversation.clock.signalled'
  | 'conversation.clock.wrappingUp'
  | 'conversation.clock.invited'
  | 'conversation.clock.overrun'
  | 'conversation.patience.patient'
  | 'conversation.patience.tested'
  | 'conversation.patience.curt'
  | 'conversation.patience.ending'
  | 'conversation.resume.requested'
  | 'conversation.notes.asked'
  | 'conversation.opening.mentioned'
  | 'conversation.goodwill.neutral'
  | 'conversation.goodwill.warm'
  | 'conversation.goodwill.cool'
  | 'followUp'
  | 'followUp.awaitingThanks'
  | 'followUp.thanked'
  | 'followUp.updated'
  | 'followUp.silent';

/** What the contact's chart takes from a scenario. */
export const contactInput = (scenario: Scenario): ContactInput => ({
  offersToTalkNow: scenario.behaviour.offersToTalkNow,
  inviteMoreAtRapport: scenario.behaviour.inviteMoreAtRapport,
  agreedMs: scenario.agreedMinutes * 60_000,
  // A busy contact (not endlessly patient) says when the agreed time is nearly up.
  signalAtMs:
    scenario.contact.patience < 0.85
      ? (scenario.agreedMinutes - scenario.behaviour.timeSignalBeforeEnd) * 60_000
      : null,
  impatient: (scenario.behaviour.curtAfter ?? (scenario.contact.patience < 0.5 ? 1 : 2)) === 1,
  spentOn: scenario.behaviour.patienceSpentOn,
  overrunAtMs: (scenario.agreedMinutes + scenario.behaviour.overrunGraceMinutes) * 60_000,
  endsOnJobRequest: scenario.behaviour.onJobRequest === 'end_call',
});

export const contactChart = personaChart(contactMachine, contactInput);

/** The contact before anything happened. */
export function contactAtStart(scenario: Scenario): ContactState {
  return contactChart.atStart(scenario);
}

/** The contact after an event; an event the state does not take leaves it as it was. */
export function contactAfter(
  scenario: Scenario,
  state: ContactState,
  event: ContactEvent,
): ContactState {
  return contactChart.after(scenario, state, event);
}

/** The contact after each of the events in turn, as `contactAfter` of each would leave it. */
export function contactAfterAll(
  scenario: Scenario,
  state: ContactState,
  events: readonly ContactEvent[],
): ContactState {
  return events.length === 0 ? state : contactChart.afterAll(scenario, state, events);
}

/** Whether the contact is in a state (or one of its children), read from the state value alone. */
export function contactIs(state: ContactState, path: ContactPath): boolean {
  return isIn(state, path);
}

/** The contact's mood in a conversation, in words a student reads (the replay viewer shows it). */
export interface ContactMood {
  goodwill: string;
  patience: string;
  clock: string;
}

const GOODWILL_WORDS = {
  neutral: 'neutral',
  warm: 'warm: may offer you more time',
  cool: 'cool for good, after a job request',
} as const;
const PATIENCE_WORDS = {
  patient: 'patient',
  tested: 'tested: you went off track once',
  curt: 'curt: short answers, wants to go',
  ending: 'ending the call',
} as const;
const CLOCK_WORDS = {
  early: 'the first half of the agreed time',
  secondHalf: 'the second half of the agreed time',
  signalled: 'said time is nearly up',
  wrappingUp: 'wrapping up',
  invited: 'invited you to go on',
  overrun: 'overrun: past the agreed time, uninvited',
} as const;

/** What the contact's chart says of its goodwill, patience and clock, or null off a conversation. */
export function contactMood(state: ContactState): ContactMood | null {
  if (!contactIs(state, 'conversation')) return null;
  const region = <K extends string>(name: string, words: Record<K, string>): string => {
    for (const key of Object.keys(words) as K[])
      if (isIn(state, `conversation.${name}.${key}`)) return words[key];
    return '';
  };
  return {
    goodwill: region('goodwill', GOODWILL_WORDS),
    patience: region('patience', PATIENCE_WORDS),
    clock: region('clock', CLOCK_WORDS),
  };
}

const FOLLOW_UP_WORDS = {
  awaitingThanks: 'awaiting your thank-you',
  thanked: 'thanked',
  updated: 'thanked, and glad of your news',
  silent: 'silent: asked for a job, they will not answer mail',
} as const;

/** Where the contact's follow-up stands after the conversation, in words, or null before it. */
export function contactFollowUp(state: ContactState): string | null {
  for (const key of Object.keys(FOLLOW_UP_WORDS) as (keyof typeof FOLLOW_UP_WORDS)[])
    if (isIn(state, `followUp.${key}`)) return FOLLOW_UP_WORDS[key];
  return null;
}
