import { describe, expect, it } from 'vitest';
import { callStatus, playActions, reportOf } from '../../../src/domain/session/index.ts';
import type { Scenario } from '../../../src/domain/scenario/scenario.schema.ts';
import { ASSISTANT_SCREENS } from '../../../src/domain/professional/lines.ts';
import { loadScenario } from '../../helpers.ts';

/**
 * A scenario's choice `behaviour.assistantScreens`: the assistant asks who is calling and why,
 * puts a clear request through to the contact, and takes a job request or an unclear one as a
 * message. Transcript fixtures: what the student says, what must and must not follow.
 */
const gable = loadScenario('gable-persistence').scenario;
const screened: Scenario = {
  ...gable,
  behaviour: { ...gable.behaviour, calls: ['assistant'], assistantScreens: true },
};
const say = (text: string) => ({ type: 'say', text });

function call(scenario: Scenario, turns: string[]) {
  const { session, rejected } = playActions(scenario, 21, [{ type: 'call' }, ...turns.map(say)]);
  expect(rejected).toEqual([]);
  const ctx = session.snapshot.context;
  return { ctx, session, lines: ctx.transcript.map((l) => `${l.who}: ${l.text}`) };
}

const CLEAR =
  'Good morning, this is Kira Jones, a planning student at Cornell. I emailed Ms. Gable last week asking for 20 minutes of her advice about careers in urban planning. Is she available?';

describe('an assistant who screens calls', () => {
  it('puts a clear request through: the contact picks up and the call reached her', () => {
    const { ctx, lines } = call(screened, [CLEAR]);
    expect(callStatus(ctx)).toBe('introducing');
    expect(ctx.calls[0]?.reached).toBe('contact');
    expect(ctx.calls[0]?.message).toBe('');
    expect(lines.at(-2)).toMatch(/^assistant: .*Ms\. Gable/);
    expect(gable.lines.answerPhone.map((l) => `contact: ${l}`)).toContain(lines.at(-1));
  });

  it('asks once who is calling and why, then puts the answer through', () => {
    const { ctx, lines } = call(screened, ['Hi, is Ms. Gable in?', CLEAR]);
    expect(ASSISTANT_SCREENS.map((l) => `assistant: ${l}`)).toContain(
      lines[lines.indexOf('student: Hi, is Ms. Gable in?') + 1],
    );
    expect(callStatus(ctx)).toBe('introducing');
  });

  it('takes a job request as a message, however clear, and does not put it through', () => {
    const ask =
      'Good morning, this is Kira Jones, a planning student at Cornell. I am calling to ask whether Ms. Gable has any openings for interns this summer.';
    const { ctx, session } = call(screened, [ask]);
    expect(callStatus(ctx)).toBe('assistant');
    expect(ctx.calls[0]?.reached).toBe('assistant');
    expect(ctx.calls[0]?.message).toBe(ask);
    const ended = playActions(screened, 21, [{ type: 'call' }, say(ask), { type: 'end' }]);
    expect(reportOf(ended.session).pitfalls.map((p) => p.id)).toContain('job_request');
    expect(session.snapshot.context.transcript.at(-1)?.who).toBe('assistant');
  });

  it('without the choice, the assistant takes the same clear words as a message', () => {
    const plain: Scenario = { ...gable, behaviour: { ...gable.behaviour, calls: ['assistant'] } };
    const { ctx } = call(plain, [CLEAR]);
    expect(callStatus(ctx)).toBe('assistant');
    expect(ctx.calls[0]?.reached).toBe('assistant');
  });
});
