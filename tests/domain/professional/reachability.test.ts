import { matchesState, type StateValue } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { assistantMachine } from '../../../src/domain/professional/assistant.machine.ts';
import {
  contactInput,
  contactMachine,
  type ContactEvent,
  type ContactInput,
} from '../../../src/domain/professional/contact.machine.ts';
import { voicemailMachine } from '../../../src/domain/professional/voicemail.machine.ts';
import { loadScenario, scenarioFiles } from '../../helpers.ts';

/** Every leaf state of a machine's definition, as dotted paths ("conversation.clock.invited"). */
function leaves(root: { states: Record<string, unknown> }, prefix = ''): string[] {
  return Object.entries(root.states).flatMap(([key, node]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const children = node as { states: Record<string, unknown> };
    return Object.keys(children.states).length === 0 ? [path] : leaves(children, path);
  });
}

function reached(values: readonly StateValue[], all: readonly string[]): string[] {
  return all.filter((path) => values.some((v) => matchesState(path, v)));
}

const contactEvents = (threshold: number, input: ContactInput): ContactEvent[] => [
  // the clock at each moment that matters: the start, half-time, the signal, past an overrun
  ...[0, input.agreedMs / 2, input.signalAtMs ?? 0, input.overrunAtMs + 1].map(
    (elapsedMs) => ({ type: 'clock.advanced', elapsedMs }) as const,
  ),
  ...[0, input.overrunAtMs + 1].flatMap((elapsedMs) => [
    { type: 'question.asked', elapsedMs } as const,
    ...(['self_talk', 'small_talk', 'rudeness'] as const).map(
      (why) => ({ type: 'off.track', why, elapsedMs }) as const,
    ),
  ]),
  { type: 'phone.answered' },
  { type: 'introduced', asksForJob: false, unclear: false },
  { type: 'introduced', asksForJob: true, unclear: false },
  { type: 'introduced', asksForJob: false, unclear: true },
  { type: 'appointment.kept', asksForJob: false },
  { type: 'appointment.kept', asksForJob: true },
  { type: 'offer.accepted' },
  { type: 'offer.declined' },
  { type: 'hung.up' },
  { type: 'student.turn' },
  { type: 'time.checked' },
  { type: 'notes.asked' },
  { type: 'contact.asked_about_student' },
  { type: 'contact.asked_for_resume' },
  { type: 'contact.mentioned_opening' },
  { type: 'rapport.changed', rapport: 0 },
  { type: 'rapport.changed', rapport: Math.min(1, threshold) },
  { type: 'job.asked' },
  { type: 'mail.read', thanks: true, reportsAction: false },
  { type: 'mail.read', thanks: false, reportsAction: true },
];

describe.each(scenarioFiles().map((f) => f.replace(/\.yaml$/, '')))('the personas of %s', (id) => {
  const { scenario } = loadScenario(id);

  it("reach every state of the contact's chart the scenario's choices allow", () => {
    const input = contactInput(scenario);
    const paths = getShortestPaths(contactMachine, {
      input,
      events: contactEvents(scenario.behaviour.inviteMoreAtRapport, input),
    });
    const all = leaves(contactMachine.root as never);
    // warm needs a rapport the contact can reach (at most 1); only a busy contact signals the
    // time; an impatient one turns curt at once, never merely tested
    const allowed = all.filter(
      (p) =>
        (p !== 'conversation.goodwill.warm' || scenario.behaviour.inviteMoreAtRapport <= 1) &&
        (p !== 'conversation.clock.signalled' || input.signalAtMs !== null) &&
        (p !== 'conversation.patience.tested' || !input.impatient) &&
        // a contact who ends the call on a job request (onJobRequest: end_call) only
        (p !== 'phone.ending' || input.endsOnJobRequest),
    );
    expect(
      reached(
        paths.map((p) => p.state.value),
        all,
      ),
    ).toEqual(allowed);
  });

  it("reach every state of the assistant's and the voicemail's charts the choices allow", () => {
    const screens = scenario.behaviour.assistantScreens;
    const assistant = getShortestPaths(assistantMachine, {
      input: { suggestsATime: scenario.behaviour.assistantSuggests !== undefined, screens },
      events: [
        { type: 'phone.answered' },
        ...[false, true].flatMap((asksWhenToCall) =>
          [false, true].flatMap((clear) =>
            [false, true].map(
              (asksForJob) => ({ type: 'said', asksWhenToCall, clear, asksForJob }) as const,
            ),
          ),
        ),
        { type: 'hung.up' },
      ],
    });
    const all = leaves(assistantMachine.root as never);
    // an assistant who screens calls (behaviour.assistantScreens) screens, asks, puts through
    const allowed = all.filter(
      (p) =>
        (p !== 'suggested' || scenario.behaviour.assistantSuggests !== undefined) &&
        (!['screening', 'asking', 'puttingThrough'].includes(p) || screens),
    );
    expect(
      reached(
        assistant.map((p) => p.state.value),
        all,
      ),
    ).toEqual(allowed);
    if (!screens) {
      // the same scenario with a screening assistant reaches those states too
      const screening = getShortestPaths(assistantMachine, {
        input: { suggestsATime: false, screens: true },
        events: [
          { type: 'phone.answered' },
          { type: 'said', asksWhenToCall: false, clear: false, asksForJob: false },
          { type: 'said', asksWhenToCall: false, clear: true, asksForJob: false },
        ],
      });
      expect(
        reached(
          screening.map((p) => p.state.value),
          all,
        ),
      ).toEqual(expect.arrayContaining(['screening', 'asking', 'puttingThrough']));
    }
    const voicemail = getShortestPaths(voicemailMachine, {
      input: {},
      events: [{ type: 'phone.answered' }, { type: 'hung.up' }],
    });
    expect(
      reached(
        voicemail.map((p) => p.state.value),
        leaves(voicemailMachine.root as never),
      ),
    ).toEqual(['away', 'recording']);
  });
});

describe('a scenario that ends the call on a job request', () => {
  it('reaches the phone state where the contact hangs up after declining', () => {
    const base = loadScenario('pr-phone-referral').scenario;
    const scenario = {
      ...base,
      behaviour: { ...base.behaviour, onJobRequest: 'end_call' as const },
    };
    const input = contactInput(scenario);
    const paths = getShortestPaths(contactMachine, {
      input,
      events: contactEvents(scenario.behaviour.inviteMoreAtRapport, input),
    });
    const all = leaves(contactMachine.root as never);
    expect(
      reached(
        paths.map((p) => p.state.value),
        all,
      ),
    ).toContain('phone.ending');
  });
});
