import { and, setup, type StateValue } from 'xstate';
import type { Scenario } from '../scenario/scenario.schema.ts';
import { isIn, personaChart } from './persona.ts';

/**
 * The contact's assistant (or receptionist) as a statechart:
 *
 * - `away`: not on a call with the student;
 * - `listening`: picked up the contact's line, takes what the student says as a message;
 * - `suggested`: asked when to call back, proposed the time the scenario gives and booked it
 *   (once a call; later questions are taken as part of the message).
 *
 * Its events are what the student did, as the analyzers read it.
 */

export interface AssistantInput {
  /** The scenario gives a time the assistant proposes when asked (`behaviour.assistantSuggests`). */
  suggestsATime: boolean;
}

export type AssistantEvent =
  | { type: 'phone.answered' }
  /** The student said something; `asksWhenToCall`: they asked when to reach the contact. */
  | { type: 'said'; asksWhenToCall: boolean }
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
  },
}).createMachine({
  id: 'assistant',
  context: ({ input }) => ({ suggestsATime: input.suggestsATime }),
  initial: 'away',
  states: {
    away: { on: { 'phone.answered': 'listening' } },
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
export type AssistantPath = 'away' | 'listening' | 'suggested';

export const assistantChart = personaChart(assistantMachine, (scenario: Scenario) => ({
  suggestsATime: scenario.behaviour.assistantSuggests !== undefined,
}));

export function assistantIs(state: AssistantState, path: AssistantPath): boolean {
  return isIn(state, path);
}
