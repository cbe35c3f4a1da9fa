import { and, not, setup, type StateValue } from 'xstate';
import type { Scenario } from '../scenario/scenario.schema.ts';
import { isIn, personaChart } from './persona.ts';

/**
 * The contact's assistant (or receptionist) as a statechart:
 *
 * - `away`: not on a call with the student;
 * - `screening` (an assistant who screens calls, the scenario's `assistantScreens`): picked up and
 *   waits to hear who is calling and why;
 * - `asking`: the caller did not say, so the assistant asked who is calling and why (once);
 * - `puttingThrough`: a clear request that asks for no job; the assistant puts the call through to
 *   the contact (the session hands the call over);
 * - `listening`: picked up the contact's line, takes what the student says as a message;
 * - `suggested`: asked when to call back, proposed the time the scenario gives and booked it
 *   (once a call; later questions are taken as part of the message).
 *
 * Its events are what the student did, as the analyzers read it.
 */

export interface AssistantInput {
  /** The scenario gives a time the assistant proposes when asked (`behaviour.assistantSuggests`). */
  suggestsATime: boolean;
  /** The assistant screens calls (`behaviour.assistantScreens`). */
  screens: boolean;
}

export type AssistantEvent =
  | { type: 'phone.answered' }
  /**
   * The student said something: whether they asked when to reach the contact; and, read as a
   * request (what they said on this call so far), whether it says who they are and why they call
   * (`clear`) and whether it asks for a job.
   */
  | { type: 'said'; asksWhenToCall: boolean; clear: boolean; asksForJob: boolean }
  | { type: 'hung.up' };

export const assistantMachine = setup({
  types: {
    context: {} as AssistantInput,
    input: {} as AssistantInput,
    events: {} as AssistantEvent,
  },
  guards: {
    asksWhenToCall: ({ event }) => event.type === 'said' && event.asksWhenToCall,
    suggestsATime: ({ context }) => context.suggestsATime,
    screens: ({ context }) => context.screens,
    clear: ({ event }) => event.type === 'said' && event.clear,
    asksForJob: ({ event }) => event.type === 'said' && event.asksForJob,
  },
}).createMachine({
  id: 'assistant',
  context: ({ input }) => ({ ...input }),
  initial: 'away',
  states: {
    away: {
      on: {
        'phone.answered': [{ guard: 'screens', target: 'screening' }, { target: 'listening' }],
      },
    },
    // A job request is not put through; a clear request is; otherwise the assistant asks once.
    screening: {
      on: {
        said: [
          { guard: 'asksForJob', target: 'listening' },
          { guard: 'clear', target: 'puttingThrough' },
          { guard: and(['asksWhenToCall', 'suggestsATime']), target: 'suggested' },
          { target: 'asking' },
        ],
        'hung.up': 'away',
      },
    },
    asking: {
      on: {
        said: [
          { guard: and(['clear', not('asksForJob')]), target: 'puttingThrough' },
          { guard: and(['asksWhenToCall', 'suggestsATime']), target: 'suggested' },
          { target: 'listening' },
        ],
        'hung.up': 'away',
      },
    },
    puttingThrough: { on: { 'hung.up': 'away' } },
    listening: {
      on: {
        said: [{ guard: and(['asksWhenToCall', 'suggestsATime']), target: 'suggested' }],
        'hung.up': 'away',
      },
    },
    suggested: { on: { 'hung.up': 'away' } },
  },
});

export type AssistantState = StateValue;
export type AssistantPath =
  'away' | 'screening' | 'asking' | 'puttingThrough' | 'listening' | 'suggested';

export const assistantChart = personaChart(assistantMachine, (scenario: Scenario) => ({
  suggestsATime: scenario.behaviour.assistantSuggests !== undefined,
  screens: scenario.behaviour.assistantScreens,
}));

export function assistantIs(state: AssistantState, path: AssistantPath): boolean {
  return isIn(state, path);
}
