import { describe, expect, it } from 'vitest';
import {
  act,
  playActions,
  startSession,
  type Session,
} from '../../../src/domain/session/engine.ts';
import { loadScenario } from '../../helpers.ts';
import { callStatus } from '../../../src/domain/session/index.ts';

const { scenario } = loadScenario('pr-phone-referral');
const INTRO =
  'Hello, Mr. Smith. My name is Patricia Law, a classmate of your son Mike, who suggested I call. I am exploring public relations and would value 20 minutes of information and advice, not a job.';

function run(actions: unknown[], seed = 3): Session {
  return playActions(scenario, seed, actions).session;
}

describe('session engine', () => {
  it('refuses an action in the wrong state with a reason, and changes nothing', () => {
    const session = startSession(scenario, 1);
    for (const [raw, reason] of [
      [{ type: 'say', text: 'Hello?' }, 'not on a call'],
      [{ type: 'end' }, 'no call or meeting to end'],
      [{ type: 'take_notes' }, 'only during the conversation'],
      [{ type: 'give_resume' }, 'only during the conversation'],
      [{ type: 'wait', until: 'next_appointment' }, 'no appointment pending'],
    ] as const) {
      const step = act(session, raw);
      expect(step.ok).toBe(false);
      if (!step.ok) expect(step.reason).toContain(reason);
      expect(step.session.snapshot).toBe(session.snapshot);
      expect(step.session.accepted).toEqual([]);
    }
  });

  it('refuses a second call while on one, and any call after the conversation', () => {
    const onCall = run([{ type: 'call' }]);
    const again = act(onCall, { type: 'call' });
    expect(again.ok).toBe(false);
    const after = run([
      { type: 'call' },
      { type: 'say', text: INTRO },
      { type: 'say', text: 'Yes, now works. Thank you!' },
      { type: 'end' },
    ]);
    const step = act(after, { type: 'call' });
    expect(step.ok).toBe(false);
    if (!step.ok) expect(step.reason).toContain('already had your conversation');
  });

  it('goes on past a refused action and lists it with its index', () => {
    const { rejected, session } = playActions(scenario, 5, [
      { type: 'end' },
      { type: 'call' },
      { type: 'bogus' },
      { type: 'say', text: INTRO },
    ]);
    expect(rejected.map((r) => r.index)).toEqual([0, 2]);
    expect(session.accepted.map((a) => a.index)).toEqual([1, 3]);
    expect(callStatus(session.snapshot.context)).toBe('offered');
  });

  it('reaches Mr. Smith on the first call, and he offers to talk now after a good introduction', () => {
    const session = run([{ type: 'call' }, { type: 'say', text: INTRO }]);
    const lines = session.snapshot.context.transcript.filter((l) => l.who === 'contact');
    expect(lines.length).toBe(2);
    expect(scenario.lines.answerPhone).toContain(lines[0]?.text);
    expect(scenario.lines.offerNow).toContain(lines[1]?.text);
  });

  it('declines politely after a job request in the introduction', () => {
    const session = run([
      { type: 'call' },
      {
        type: 'say',
        text: 'Hi Mr. Smith, I am Patricia Law. Is your firm hiring? I would love a job at Ezra and White.',
      },
    ]);
    expect(callStatus(session.snapshot.context)).toBe('declined');
    expect(scenario.lines.declineJob).toContain(session.snapshot.context.transcript.at(-1)?.text);
  });

  it('answers a question from the bank on its topic and advances the conversation clock', () => {
    const session = run([
      { type: 'call' },
      { type: 'say', text: INTRO },
      { type: 'say', text: 'What does a typical day look like for you?' },
    ]);
    const answer =
      session.snapshot.context.transcript.filter((l) => l.who === 'contact').at(-2)?.text ?? '';
    const bank = scenario.questionBank
      .filter((e) => e.topic === 'typical_day')
      .flatMap((e) => e.answers);
    expect(bank).toContain(answer);
    expect(session.snapshot.context.conversations[0]?.elapsedMs).toBeGreaterThan(60_000);
  });

  it('gives the same transcript for the same seed and may differ for another', () => {
    const actions = [
      { type: 'call' },
      { type: 'say', text: INTRO },
      { type: 'say', text: 'What skills matter most?' },
      { type: 'say', text: 'What do you like best about your work?' },
    ];
    expect(run(actions, 9).snapshot.context).toEqual(run(actions, 9).snapshot.context);
    const variants = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) =>
        JSON.stringify(run(actions, seed).snapshot.context.transcript),
      ),
    );
    expect(variants.size).toBeGreaterThan(1);
  });

  it('lets time pass by minutes, hours, days and to a weekday and time', () => {
    const after = (wait: object) => run([{ type: 'wait', ...wait }]).snapshot.context.now;
    const start = startSession(scenario, 1).snapshot.context.now; // Tue 10:00
    expect(after({ minutes: 30 }) - start).toBe(30 * 60_000);
    expect(after({ hours: 2 }) - start).toBe(2 * 3_600_000);
    expect(after({ days: 1 }) - start).toBe(86_400_000);
    expect(after({ until: 'Thu 09:30' })).toBe(2 * 86_400_000 + 9.5 * 3_600_000);
    expect(after({ until: 'next_event' }) - start).toBe(7 * 86_400_000);
  });

  it('sends a call outside working hours to voicemail', () => {
    const session = run([{ type: 'wait', until: 'Tue 19:00' }, { type: 'call' }]);
    expect(callStatus(session.snapshot.context)).toBe('voicemail');
  });

  it('refuses a wait during a call', () => {
    const step = act(run([{ type: 'call' }]), { type: 'wait', minutes: 5 });
    expect(step.ok).toBe(false);
  });
});
