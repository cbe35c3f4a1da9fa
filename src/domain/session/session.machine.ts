import { and, assign, setup, type SnapshotFrom } from 'xstate';
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
import { callStatus } from './call-status.ts';
import {
  giveResume,
  hangUp,
  initialContext,
  placeCall,
  prepare,
  send,
  speakOnCall,
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
      speak: assign(({ context, event }) =>
        event.type === 'student.said' ? speakOnCall(context, scenario, event.action.text) : context,
      ),
      hangUp: assign(({ context }) => hangUp(context, scenario)),
      takeNotes: assign(({ context }) => takeNotes(context, scenario)),
      giveResume: assign(({ context }) => giveResume(context, scenario)),
    },
    guards: {
      inConversation: ({ context }) => callStatus(context) === 'conversation',
      callOver: ({ context }) => (context.calls.at(-1)?.endedAt ?? null) !== null,
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
      // On a call: who picked up and what they are doing is the personas' charts
      // (professional/), which the steps ask; this machine only knows that a call is on.
      call: {
        tags: ['on-call'],
        // The contact may end the call (patience spent): the session is then between calls.
        always: { guard: 'callOver', target: 'idle' },
        on: {
          'student.ended': { target: 'idle', actions: ['mark', 'hangUp'] },
          'student.said': { actions: ['mark', 'speak'] },
          'student.took_notes': {
            guard: and(['inConversation', 'notTakingNotes']),
            actions: ['mark', 'takeNotes'],
          },
          'student.gave_resume': {
            guard: and(['inConversation', 'resumeNotGiven']),
            actions: ['mark', 'giveResume'],
          },
        },
      },
    },
  });
}

export type SessionMachine = ReturnType<typeof createSessionMachine>;
export type SessionSnapshot = SnapshotFrom<SessionMachine>;
