import { describe, expect, it } from 'vitest';
import {
  assistantChart,
  assistantIs,
  type AssistantEvent,
} from '../../../src/domain/professional/assistant.machine.ts';
import { voicemailChart, voicemailIs } from '../../../src/domain/professional/voicemail.machine.ts';
import type { Scenario } from '../../../src/domain/scenario/scenario.schema.ts';
import { loadScenario } from '../../helpers.ts';

const gable = loadScenario('gable-persistence').scenario;
const suggests: Scenario = {
  ...gable,
  behaviour: { ...gable.behaviour, assistantSuggests: { weekday: 'Thu', time: '12:30' } },
};
const never: Scenario = {
  ...gable,
  behaviour: { ...gable.behaviour, assistantSuggests: undefined },
};

const run = (scenario: Scenario, events: readonly AssistantEvent[]) =>
  events.reduce(
    (state, e) => assistantChart.after(scenario, state, e),
    assistantChart.atStart(scenario),
  );
const said = (asksWhenToCall: boolean, clear = false, asksForJob = false): AssistantEvent => ({
  type: 'said',
  asksWhenToCall,
  clear,
  asksForJob,
});
const answered: AssistantEvent = { type: 'phone.answered' };

const screens: Scenario = { ...gable, behaviour: { ...gable.behaviour, assistantScreens: true } };

describe("the assistant's chart", () => {
  it('screening, puts a clear request through, and asks once who is calling when it is not', () => {
    expect(assistantIs(run(screens, [answered]), 'screening')).toBe(true);
    expect(assistantIs(run(screens, [answered, said(false, true)]), 'puttingThrough')).toBe(true);
    const asked = run(screens, [answered, said(false)]);
    expect(assistantIs(asked, 'asking')).toBe(true);
    expect(
      assistantIs(assistantChart.after(screens, asked, said(false, true)), 'puttingThrough'),
    ).toBe(true);
    expect(assistantIs(assistantChart.after(screens, asked, said(false)), 'listening')).toBe(true);
  });

  it('screening, takes a job request as a message, however clear', () => {
    expect(assistantIs(run(screens, [answered, said(false, true, true)]), 'listening')).toBe(true);
    const asked = run(screens, [answered, said(false)]);
    expect(
      assistantIs(assistantChart.after(screens, asked, said(false, true, true)), 'listening'),
    ).toBe(true);
  });

  it('picks up and takes what the student says as a message', () => {
    expect(assistantIs(assistantChart.atStart(suggests), 'away')).toBe(true);
    expect(assistantIs(run(suggests, [answered, said(false)]), 'listening')).toBe(true);
  });

  it('proposes the scenario’s time when asked when to call, once a call', () => {
    const asked = run(suggests, [answered, said(false), said(true)]);
    expect(assistantIs(asked, 'suggested')).toBe(true);
    expect(assistantIs(assistantChart.after(suggests, asked, said(true)), 'suggested')).toBe(true);
  });

  it('has no time to propose when the scenario gives none', () => {
    expect(assistantIs(run(never, [answered, said(true), said(true)]), 'listening')).toBe(true);
  });

  it('is away when the call ends, and listens afresh on the next call', () => {
    const ended = run(suggests, [answered, said(true), { type: 'hung.up' }]);
    expect(assistantIs(ended, 'away')).toBe(true);
    expect(assistantIs(assistantChart.after(suggests, ended, answered), 'listening')).toBe(true);
  });
});

describe("the voicemail's chart", () => {
  it('records from the beep until the student hangs up', () => {
    const start = voicemailChart.atStart(gable);
    expect(voicemailIs(start, 'away')).toBe(true);
    const recording = voicemailChart.after(gable, start, { type: 'phone.answered' });
    expect(voicemailIs(recording, 'recording')).toBe(true);
    expect(voicemailIs(voicemailChart.after(gable, recording, { type: 'hung.up' }), 'away')).toBe(
      true,
    );
  });
});
