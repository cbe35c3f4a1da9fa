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
      broughtResume: ({ context }) => !context.prepared || context.prepared.bringResume,
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
            guard: and(['inConversation', 'broughtResume', 'resumeNotGiven']),
            actions: ['mark', 'giveResume'],
          },
        },
      },
    },
  });
}

export type SessionMachine = ReturnType<typeof createSessionMachine>;
export type SessionSnapshot = SnapshotFrom<SessionMachine>;

/** The session machine's named guards (the reasons table below names them). */
export type SessionGuard =
  | 'inConversation'
  | 'notTakingNotes'
  | 'resumeNotGiven'
  | 'broughtResume'
  | 'noConversationYet'
  | 'hasTarget';

/**
 * Why the machine does not take an action, for the engine and the UI alike: in each state, the
 * events it does not take at all, with the reason; and the guards of the transitions it takes,
 * in the order they are checked, each with the reason when it fails. The guards themselves are the
 * machine's own (`machine.implementations.guards`): this table only words them.
 */
type Reason = (context: SessionContext, scenario: Scenario, event: SessionEvent) => string;

export const NOT_IN_STATE: Record<
  'idle' | 'call',
  Partial<Record<SessionEvent['type'], Reason>>
> = {
  idle: {
    'student.said': () => 'you are not on a call or in a meeting: place a call before you speak',
    'student.ended': () => 'there is no call or meeting to end',
    'student.took_notes': (_, s) =>
      `you can take notes only during the conversation with ${s.contact.addressAs}`,
    'student.gave_resume': (_, s) =>
      `you can hand over your resume only during the conversation with ${s.contact.addressAs}`,
  },
  call: {
    'student.called': () => 'you are already on a call: hang up (end) before calling again',
    'student.emailed': () => 'finish the call (end) before sending an email',
    'student.noted': () => 'finish the call (end) before sending a note',
    'student.waited': () => 'hang up (end) before letting time pass',
    'student.prepared': () => 'prepare your questions before the call, not during it',
  },
};

export const GUARDS_OF: Record<
  'idle' | 'call',
  Partial<Record<SessionEvent['type'], readonly SessionGuard[]>>
> = {
  idle: { 'student.called': ['noConversationYet'], 'student.waited': ['hasTarget'] },
  call: {
    'student.took_notes': ['inConversation', 'notTakingNotes'],
    'student.gave_resume': ['inConversation', 'broughtResume', 'resumeNotGiven'],
  },
};

export const WHEN_GUARD_FAILS: Record<SessionGuard, Reason> = {
  noConversationYet: (_, s) =>
    `you have already had your conversation with ${s.contact.addressAs}; follow up in writing (an email or a note) instead of calling again`,
  hasTarget: () => 'there is no appointment pending to wait for',
  inConversation: (_, s, event) =>
    event.type === 'student.took_notes'
      ? `you can take notes only during the conversation with ${s.contact.addressAs}`
      : `you can hand over your resume only during the conversation with ${s.contact.addressAs}`,
  notTakingNotes: () => 'you are already taking notes',
  broughtResume: () => 'you did not bring your resume to this conversation',
  resumeNotGiven: () => 'you have already handed over your resume',
};
