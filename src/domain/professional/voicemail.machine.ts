import { setup, type StateValue } from 'xstate';
import type { Scenario } from '../scenario/scenario.schema.ts';
import { isIn, personaChart } from './persona.ts';

/**
 * The contact's voicemail as a statechart: `away`, or `recording` from the beep until the student
 * hangs up (everything said in between is the message, PITFALLS.md's edge rule).
 */

export type VoicemailEvent = { type: 'phone.answered' } | { type: 'hung.up' };

export const voicemailMachine = setup({
  types: {
    context: {} as Record<string, never>,
    input: {} as Record<string, never>,
    events: {} as VoicemailEvent,
  },
}).createMachine({
  id: 'voicemail',
  context: {},
  initial: 'away',
  states: {
    away: { on: { 'phone.answered': 'recording' } },
    recording: { on: { 'hung.up': 'away' } },
  },
});

export type VoicemailState = StateValue;

export const voicemailChart = personaChart(voicemailMachine, (_scenario: Scenario) => ({}));

export function voicemailIs(state: VoicemailState, path: 'away' | 'recording'): boolean {
  return isIn(state, path);
}
