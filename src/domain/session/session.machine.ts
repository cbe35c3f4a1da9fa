import { assign, setup, type SnapshotFrom } from 'xstate';
import { assistantIs } from '../professional/assistant.machine.ts';
import { contactIs } from '../professional/contact.machine.ts';
import { seedState } from '../random/prng.ts';
import type { Scenario } from '../scenario/scenario.schema.ts';
import type {
  Action,
  EmailAction,
  NoteAction,
  PrepareAction,
  SayAction,
  WaitAction,
} from './actions.ts';
import {
  afterDecline,
  answerOffer,
  converse,
  giveResume,
  hangUp,
  initialContext,
  introduce,
  leaveMessage,
  placeCall,
  prepare,
  send,
  takeNotes,
  waitFor,
} from './steps.ts';
import type { SessionContext } from './types.ts';

/**
 * The session orchestrator: one machine per scenario. Its events are the student's actions, named
 * `student.<verb>`; its context is plain data (the calendar, the transcript, the calls and the
 * conversation records scoring reads). Time passes only through `student.waited` and through the
 * words spoken, so the machine needs no timers and replays exactly.
 */

export type SessionEvent =
  | { type: 'student.emailed'; index: number; action: EmailAction }
  | { type: 'student.noted'; index: number; action: NoteAction }
  | { type: 'student.called'; index: number }
  | { type: 'student.said'; index: number; action: SayAction }
  | { type: 'student.ended'; index: number }
  | { type: 'student.waited'; index: number; action: WaitAction }
  | { type: 'student.prepared'; index: number; action: PrepareAction }
  | { type: 'student.took_notes'; index: number }
  | { type: 'student.gave_resume'; index: number };

/** The machine event for an action at position `index` of the inputs. */
export function toEvent(action: Action, index: number): SessionEvent {
  switch (action.type) {
    case 'email':
      return { type: 'student.emailed', index, action };
    case 'note':
      return { type: 'student.noted', index, action };
    case 'call':
      return { type: 'student.called', index };
    case 'say':
      return { type: 'student.said', index, action };
    case 'end':
      return { type: 'student.ended', index };
    case 'wait':
      return { type: 'student.waited', index, action };
    case 'prepare':
      return { type: 'student.prepared', index, action };
    case 'take_notes':
      return { type: 'student.took_notes', index };
    case 'give_resume':
      return { type: 'student.gave_resume', index };
  }
}

export interface SessionInput {
  seed: number;
}

export function createSessionMachine(scenario: Scenario) {
  return setup({
    types: {
      context: {} as SessionContext,
      events: {} as SessionEvent,
      input: {} as SessionInput,
    },
    actions: {
      mark: assign(({ event }) => ({ index: event.index })),
      send: assign(({ context, event }) =>
        event.type === 'student.emailed' || event.type === 'student.noted'
          ? send(context, scenario, event.action)
          : context,
      ),
      wait: assign(({ context, event }) =>
        event.type === 'student.waited' ? waitFor(context, scenario, event.action) : context,
      ),
      prepare: assign(({ context, event }) =>
        event.type === 'student.prepared' ? prepare(context, scenario, event.action) : context,
      ),
      call: assign(({ context }) => placeCall(context, scenario)),
      leaveMessage: assign(({ context, event }) =>
        event.type === 'student.said'
          ? leaveMessage(context, scenario, event.action.text)
          : context,
      ),
      introduce: assign(({ context, event }) =>
        event.type === 'student.said' ? introduce(context, scenario, event.action.text) : context,
      ),
      answerOffer: assign(({ context, event }) =>
        event.type === 'student.said' ? answerOffer(context, scenario, event.action.text) : context,
      ),
      afterDecline: assign(({ context, event }) =>
        event.type === 'student.said'
          ? afterDecline(context, scenario, event.action.text)
          : context,
      ),
      converse: assign(({ context, event }) =>
        event.type === 'student.said' ? converse(context, scenario, event.action.text) : context,
      ),
      hangUp: assign(({ context }) => hangUp(context, scenario)),
      takeNotes: assign(({ context }) => takeNotes(context, scenario)),
      giveResume: assign(({ context }) => giveResume(context, scenario)),
    },
    guards: {
      notTakingNotes: ({ context }) => !context.conversations.at(-1)?.notesStarted,
      resumeNotGiven: ({ context }) => !context.conversations.at(-1)?.resumeHandedOver,
      noConversationYet: ({ context }) => context.conversations.length === 0,
      hasTarget: ({ context, event }) =>
        event.type !== 'student.waited' ||
        event.action.until !== 'next_appointment' ||
        context.appointments.some((a) => !a.kept && a.at > context.now),
    },
  }).createMachine({
    id: `session:${scenario.id}`,
    context: ({ input }) => initialContext(scenario, seedState(input.seed)),
    initial: 'idle',
    states: {
      idle: {
        tags: ['between-calls'],
        on: {
          'student.emailed': { actions: ['mark', 'send'] },
          'student.noted': { actions: ['mark', 'send'] },
          'student.waited': { guard: 'hasTarget', actions: ['mark', 'wait'] },
          'student.prepared': { actions: ['mark', 'prepare'] },
          'student.called': [
            { guard: 'noConversationYet', target: 'call', actions: ['mark', 'call'] },
          ],
        },
      },
      call: {
        tags: ['on-call'],
        initial: 'routing',
        on: {
          'student.ended': { target: 'idle', actions: ['mark', 'hangUp'] },
        },
        states: {
          // Transient: the call was placed in `idle`'s transition; route on who picked up.
          routing: {
            always: [
              {
                guard: ({ context }) => !contactIs(context.contact, 'away'),
                target: 'contact',
              },
              {
                guard: ({ context }) => !assistantIs(context.assistant, 'away'),
                target: 'assistant',
              },
              { target: 'voicemail' },
            ],
          },
          voicemail: {
            tags: ['leaving-message'],
            on: { 'student.said': { actions: ['mark', 'leaveMessage'] } },
          },
          assistant: {
            tags: ['with-assistant'],
            on: { 'student.said': { actions: ['mark', 'leaveMessage'] } },
          },
          contact: {
            initial: 'introduction',
            states: {
              introduction: {
                tags: ['with-contact', 'introducing'],
                on: { 'student.said': { target: 'deciding', actions: ['mark', 'introduce'] } },
              },
              // Transient: the contact has reacted to the introduction or to the offer; follow it.
              deciding: {
                always: [
                  {
                    guard: ({ context }) => contactIs(context.contact, 'phone.declined'),
                    target: 'declined',
                  },
                  {
                    guard: ({ context }) => contactIs(context.contact, 'phone.offered'),
                    target: 'offered',
                  },
                  {
                    guard: ({ context }) => contactIs(context.contact, 'phone.scheduled'),
                    target: 'scheduled',
                  },
                  {
                    guard: ({ context }) => contactIs(context.contact, 'conversation'),
                    target: 'conversation',
                  },
                  { target: 'introduction' },
                ],
              },
              declined: {
                tags: ['with-contact', 'declined'],
                on: { 'student.said': { actions: ['mark', 'afterDecline'] } },
              },
              offered: {
                tags: ['with-contact', 'offered'],
                on: { 'student.said': { target: 'deciding', actions: ['mark', 'answerOffer'] } },
              },
              scheduled: {
                tags: ['with-contact', 'scheduled'],
                on: { 'student.said': { actions: ['mark', 'afterDecline'] } },
              },
              conversation: {
                tags: ['with-contact', 'in-conversation'],
                on: {
                  'student.said': { actions: ['mark', 'converse'] },
                  'student.took_notes': {
                    guard: 'notTakingNotes',
                    actions: ['mark', 'takeNotes'],
                  },
                  'student.gave_resume': {
                    guard: 'resumeNotGiven',
                    actions: ['mark', 'giveResume'],
                  },
                },
              },
            },
          },
        },
      },
    },
  });
}

export type SessionMachine = ReturnType<typeof createSessionMachine>;
export type SessionSnapshot = SnapshotFrom<SessionMachine>;
