import { describe, expect, it } from 'vitest';
import { reportOf } from '../../../src/domain/session/outcome.ts';
import { playActions } from '../../../src/domain/session/engine.ts';
import type { Scenario } from '../../../src/domain/scenario/scenario.schema.ts';
import { PHASES } from '../../../src/domain/vocabulary.ts';
import { loadScenario } from '../../helpers.ts';

const pr = loadScenario('pr-phone-referral').scenario;
const gable = loadScenario('gable-persistence').scenario;
const INTRO =
  'Hello Mr. Smith, I am Patricia Law, a classmate of your son Mike. I am exploring PR and would value 20 minutes of information and advice.';
const say = (text: string) => ({ type: 'say', text });

function report(scenario: Scenario, actions: unknown[], seed = 1) {
  return reportOf(playActions(scenario, seed, actions).session);
}
const pitfall = (r: ReturnType<typeof report>, id: string) => r.pitfalls.find((p) => p.id === id);

describe('scoring', () => {
  it('always reports the five phases, and phases before the start as not scored', () => {
    const r = report(gable, []);
    expect(Object.keys(r.phases)).toEqual([...PHASES]);
    expect(r.phases.request).toEqual({ scored: false, lost: 0, pitfalls: 0 });
    expect(r.phases.persistence.scored).toBe(true);
  });

  it('fails a session with no conversation, whatever else it did', () => {
    const r = report(pr, []);
    expect(r.passed).toBe(false);
    expect(pitfall(r, 'gave_up_early')?.evidence).toMatchObject({
      quote: '',
      missing: expect.stringContaining('0 call attempts'),
    });
  });

  it('caps the score at 59 after a critical pitfall and quotes the student', () => {
    const r = report(pr, [
      { type: 'call' },
      say(INTRO),
      say('Great. So is your firm hiring?'),
      { type: 'end' },
    ]);
    const job = pitfall(r, 'job_request');
    expect(job).toMatchObject({
      phase: 'interview',
      severity: 'critical',
      evidence: { quote: 'is your firm hiring', field: 'text' },
    });
    expect(job?.at).toMatchObject({ action: 2, weekday: 'Tue', time: '10:00' });
    expect(r.score).toBeLessThanOrEqual(59);
    expect(r.passed).toBe(false);
  });

  it('reports a job request in the phone introduction under the request phase', () => {
    const r = report(pr, [{ type: 'call' }, say('Hi, this is Patricia. Are you hiring interns?')]);
    expect(pitfall(r, 'job_request')?.phase).toBe('request');
  });

  it('flags a self-focused monologue over 200 words and states the longest turn', () => {
    const monologue = `I ${'really love writing and I think my experience makes me a strong fit, '.repeat(18)}`;
    const r = report(pr, [{ type: 'call' }, say(INTRO), say('Sure, thank you.'), say(monologue)]);
    expect(pitfall(r, 'talked_about_self')?.evidence).toMatchObject({
      quote: monologue,
      start: 0,
      end: monologue.length,
    });
    expect(r.stats.longestMonologueWords).toBeGreaterThan(200);
  });

  it('asks for the referral question and thanks, with the end of the call as the moment', () => {
    const r = report(pr, [
      { type: 'call' },
      say(INTRO),
      say('What does a typical day look like?'),
      { type: 'end' },
    ]);
    expect(pitfall(r, 'no_referral_ask')?.at.action).toBe(3);
    expect(pitfall(r, 'no_thanks_in_meeting')).toBeDefined();
    // ended long before the agreed 20 minutes: no time check is needed
    expect(pitfall(r, 'no_time_check')).toBeUndefined();
  });

  it('credits the referral question and a thank-you within a day', () => {
    const r = report(pr, [
      { type: 'call' },
      say(INTRO),
      say('Who else would you suggest I talk to? Thank you for your time.'),
      { type: 'end' },
      { type: 'wait', hours: 2 },
      {
        type: 'email',
        subject: 'Thank you',
        body: 'Dear Mr. Smith, thank you for the advice about PRSSA.',
      },
    ]);
    expect(r.credits.map((c) => c.id)).toEqual(
      expect.arrayContaining(['asks_referral', 'thanks_contact']),
    );
    expect(pitfall(r, 'no_thank_you')).toBeUndefined();
    expect(pitfall(r, 'late_thank_you')).toBeUndefined();
  });

  it('marks a thank-you after 24 hours as late', () => {
    const r = report(pr, [
      { type: 'call' },
      say(INTRO),
      say('Yes, thank you. What does a typical day look like?'),
      { type: 'end' },
      { type: 'wait', days: 2 },
      { type: 'email', subject: 'Thanks', body: 'Thank you.' },
    ]);
    expect(pitfall(r, 'late_thank_you')).toBeDefined();
  });

  it('counts unanswered calls: two on one working day are too persistent', () => {
    const message = say(
      'This is Kira Jones, (607) 555-1212, kj247@cornell.edu. I will call again Thursday at 9:30.',
    );
    const r = report(gable, [
      { type: 'call' },
      message,
      { type: 'end' },
      { type: 'wait', hours: 1 },
      { type: 'call' },
      message,
      { type: 'end' },
    ]);
    expect(pitfall(r, 'too_persistent')?.at.action).toBe(4);
    expect(r.stats.attempts).toBe(2);
  });

  it('flags an incomplete voicemail with what it lacks', () => {
    const r = report(gable, [
      { type: 'call' },
      say('Hi, this is Kira Jones, please call me back.'),
      { type: 'end' },
    ]);
    expect(pitfall(r, 'incomplete_message')?.evidence).toMatchObject({
      missing: expect.stringContaining('phone number'),
    });
  });

  it('applies a scenario rubric override', () => {
    const strict: Scenario = { ...pr, rubric: { no_thanks_in_meeting: { weight: 30 } } };
    const actions = [
      { type: 'call' },
      say(INTRO),
      say('Who else should I talk to?'),
      { type: 'end' },
    ];
    expect(report(pr, actions).phases.interview.lost + 25).toBe(
      report(strict, actions).phases.interview.lost,
    );
  });
});
