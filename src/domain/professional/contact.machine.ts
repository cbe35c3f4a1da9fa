import { setup, type StateValue } from 'xstate';
import type { Scenario } from '../scenario/scenario.schema.ts';
import { isIn, personaChart } from './persona.ts';

/**
 * The contact as a statechart: what the professional is doing with the student, as states rather
 * than flags. This is its phone region, the first part of the persona chart of
 * `../shared/DESIGN.md` ("The personas"):
 *
 * - `away`: not on a call with the student (before a call, after it, or the call reached voicemail
 *   or the assistant);
 * - `phone.introduction`: the contact picked up and waits to hear who is calling and why;
 * - `phone.clarifying`: the introduction did not say, so the contact asked (once);
 * - `phone.declined`: the student asked for a job, and the contact declined politely;
 * - `phone.offered`: the contact offered to talk now;
 * - `phone.scheduled`: the contact proposed a later time;
 * - `conversation`: the informational interview itself, in parallel regions:
 *   - `selfIntro`: the contact has not yet asked about the student, has asked and awaits the
 *     answer, or has heard it;
 *   - `clock`: running; the student checked the time; the contact signalled that time is nearly
 *     up; or the contact invited the student to go on;
 *   - `resume`: the contact has or has not asked to see the student's resume;
 *   - `notes`: the student has or has not asked to take notes;
 *   - `opening`: the contact has or has not mentioned an opening (a scenario's choice);
 *   - `goodwill`: neutral, warm (rapport at the scenario's threshold for offering more time), or
 *     cool for good after a job request.
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
  /** The student minded the clock in the second half of the agreed time. */
  | { type: 'time.checked' }
  /** The student asked whether they may take notes. */
  | { type: 'notes.asked' }
  /** What the contact did in reply (its lines), kept as states so it is not done twice. */
  | { type: 'contact.asked_about_student' }
  | { type: 'contact.signalled_time' }
  | { type: 'contact.invited_more' }
  | { type: 'contact.asked_for_resume' }
  | { type: 'contact.mentioned_opening' }
  /** The rapport after the student's turn (0 to 1, in steps of 0.05). */
  | { type: 'rapport.changed'; rapport: number }
  /** The student asked for a job in the conversation. */
  | { type: 'job.asked' };

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
  },
}).createMachine({
  id: 'contact',
  context: ({ input }) => ({
    offersToTalkNow: input.offersToTalkNow,
    inviteMoreAtRapport: input.inviteMoreAtRapport,
  }),
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
        declined: {},
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
      on: { 'hung.up': 'away' },
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
          initial: 'running',
          states: {
            running: {
              on: {
                'time.checked': 'checked',
                'contact.signalled_time': 'signalled',
                'contact.invited_more': 'invited',
              },
            },
            checked: { on: { 'contact.invited_more': 'invited' } },
            signalled: { on: { 'contact.invited_more': 'invited' } },
            invited: {},
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
  | 'phone.offered'
  | 'phone.scheduled'
  | 'conversation'
  | 'conversation.selfIntro.notAsked'
  | 'conversation.selfIntro.awaiting'
  | 'conversation.selfIntro.answered'
  | 'conversation.clock.running'
  | 'conversation.clock.checked'
  | 'conversation.clock.signalled'
  | 'conversation.clock.invited'
  | 'conversation.resume.requested'
  | 'conversation.notes.asked'
  | 'conversation.opening.mentioned'
  | 'conversation.goodwill.neutral'
  | 'conversation.goodwill.warm'
  | 'conversation.goodwill.cool';

export const contactChart = personaChart(contactMachine, (scenario: Scenario): ContactInput => ({
  offersToTalkNow: scenario.behaviour.offersToTalkNow,
  inviteMoreAtRapport: scenario.behaviour.inviteMoreAtRapport,
}));

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

/** Whether the contact is in a state (or one of its children), read from the state value alone. */
export function contactIs(state: ContactState, path: ContactPath): boolean {
  return isIn(state, path);
}
