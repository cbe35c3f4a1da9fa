import { describe, expect, it } from 'vitest';
import { sentence, waitAction, waitChoices } from '../../src/app/session-view.ts';
import { act, startSession, type Session } from '../../src/domain/session/index.ts';
import { loadScenario } from '../helpers.ts';

const scenario = loadScenario('pr-phone-referral').scenario;
const INTRO =
  'Hello, Mr. Smith. My name is Patricia Law, and I am a classmate of your son, Mike. He suggested that I give you a call. I am a second-year Communication student at Cornell considering public relations as a career, and I am looking for information and advice, not a job. Might you have 20 minutes to talk with me sometime this week?';

function play(actions: unknown[], seed = 3): Session {
  let session = startSession(scenario, seed);
  for (const action of actions) {
    const step = act(session, action);
    if (!step.ok) throw new Error(step.reason);
    session = step.session;
  }
  return session;
}

const values = (session: Session) => waitChoices(session).choices.map((c) => c.value);

describe('the wait menu', () => {
  it('offers every wait but the agreed time when nothing is agreed', () => {
    expect(values(play([]))).toEqual(['hour', 'day', 'next_event', 'at']);
    expect(waitChoices(play([])).reason).toBeNull();
  });

  it('offers the agreed time while one is pending, and drops it once it has passed', () => {
    const scheduled = play([
      { type: 'call' },
      { type: 'say', text: INTRO },
      { type: 'say', text: 'I am sorry, right now is not a good time. Could we talk tomorrow?' },
      { type: 'end' },
    ]);
    expect(values(scheduled)).toContain('next_appointment');
    const step = act(scheduled, waitAction('next_appointment', 'Mon', '09:30'));
    expect(step.ok).toBe(true);
    expect(values(step.session)).not.toContain('next_appointment');
  });

  it('offers nothing on a call, and says why', () => {
    const onCall = play([{ type: 'call' }]);
    expect(waitChoices(onCall)).toEqual({
      choices: [],
      reason: 'Hang up (end) before letting time pass.',
    });
  });

  it('builds each choice as an action the session accepts', () => {
    const session = play([]);
    for (const choice of waitChoices(session).choices) {
      expect(act(session, waitAction(choice.value, 'Tue', '10:00')).ok).toBe(true);
    }
    expect(waitAction('at', 'Tue', '10:00')).toEqual({ type: 'wait', until: 'Tue 10:00' });
  });
});

describe('sentence', () => {
  it.each([
    ['there is no call or meeting to end', 'There is no call or meeting to end.'],
    ['Type what you want to say first.', 'Type what you want to say first.'],
    ['  is it?  ', 'Is it?'],
    ['', ''],
  ])('%j reads %j', (text, expected) => {
    expect(sentence(text)).toBe(expected);
  });
});
