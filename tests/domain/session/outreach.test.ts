import { describe, expect, it } from 'vitest';
import { stamp } from '../../../src/domain/calendar/calendar.ts';
import { playActions, reportOf } from '../../../src/domain/session/index.ts';
import type { Scenario } from '../../../src/domain/scenario/scenario.schema.ts';
import { loadScenario } from '../../helpers.ts';
import { callStatus, withContact } from '../../../src/domain/session/index.ts';

/**
 * The outreach branches of the three seed scenarios, driven on the simulated calendar: who a call
 * reaches, how the contact reacts to the wording, what waiting brings, and how it is scored.
 */
const psych = loadScenario('psych-email-referral').scenario;
const gable = loadScenario('gable-persistence').scenario;
const pr = loadScenario('pr-phone-referral').scenario;
const say = (text: string) => ({ type: 'say', text });

function play(scenario: Scenario, actions: unknown[], seed = 1) {
  const { session, rejected } = playActions(scenario, seed, actions);
  const ctx = session.snapshot.context;
  return {
    session,
    ctx,
    rejected,
    report: reportOf(session),
    when: (at: number) => stamp({ weekday: scenario.start.weekday }, at),
    pitfalls: () => reportOf(session).pitfalls.map((p) => p.id),
    credits: () => reportOf(session).credits.map((c) => c.id),
  };
}

const GOOD_EMAIL = {
  type: 'email',
  subject: "Referred by Ian Moreau: a Queen's psychology student's questions about clinical work",
  body: "Dear Dr. Okonkwo,\n\nIan Moreau suggested I contact you. My name is Emma Nguyen, a third-year psychology student at Queen's, where you also studied. I would value 20 minutes of your advice about careers in clinical psychology; I am not looking for a job.\n\nI will call your office on Thursday at 10 a.m. to follow up.\n\nSincerely,\nEmma Nguyen",
};
const POOR_EMAIL = { type: 'email', subject: 'hi', body: 'hey!! can u chat sometime? thx' };
const JOB_EMAIL = {
  type: 'email',
  subject: 'Position in your practice',
  body: "Dear Dr. Okonkwo,\n\nMy name is Emma Nguyen, a psychology student at Queen's. Are you hiring a research assistant? I would love to be considered for a position in your practice. Could we talk for 20 minutes? I will call on Thursday at 10 a.m.\n\nSincerely,\nEmma Nguyen",
};

describe('psych-email-referral: the email request', () => {
  it('a good email gets a reply within two working days proposing a time, and a call then reaches her', () => {
    const s = play(psych, [GOOD_EMAIL, { type: 'wait', until: 'next_event' }]);
    const reply = s.ctx.received[0];
    expect(reply?.line).toBe('emailReplyAccept');
    expect(s.when(reply?.at ?? 0)).toMatchObject({ day: 2, weekday: 'Wed' });
    const appointment = s.ctx.appointments[0];
    expect(appointment?.by).toBe('contact');
    const call = play(psych, [
      GOOD_EMAIL,
      { type: 'wait', until: 'next_event' },
      { type: 'wait', until: 'next_appointment' },
      { type: 'call' },
    ]);
    expect(withContact(call.session.snapshot.context)).toBe(true);
    expect(call.ctx.calls[0]?.appointment).toBe(true);
  });

  it('a poor email gets no reply within a week, and a better follow-up recovers, keeping the first pitfalls', () => {
    const ignored = play(psych, [POOR_EMAIL, { type: 'wait', until: 'next_event' }]);
    expect(ignored.ctx.received).toEqual([]);
    expect(ignored.ctx.transcript.at(-1)?.text).toBe('A week goes by with no reply.');
    expect(ignored.ctx.now - 10 * 3_600_000).toBe(7 * 86_400_000);
    const recovered = play(psych, [
      POOR_EMAIL,
      { type: 'wait', days: 2 },
      GOOD_EMAIL,
      { type: 'wait', until: 'next_event' },
    ]);
    expect(recovered.ctx.received[0]?.line).toBe('emailReplyAccept');
    expect(recovered.pitfalls()).toEqual(
      expect.arrayContaining(['informal_tone', 'vague_subject']),
    );
  });

  it('a job request gets a polite decline and fails the session', () => {
    const s = play(psych, [JOB_EMAIL, { type: 'wait', until: 'next_event' }]);
    expect(s.ctx.received[0]?.line).toBe('emailReplyDecline');
    expect(s.ctx.appointments).toEqual([]);
    expect(s.pitfalls()).toContain('job_request');
    expect(s.report.passed).toBe(false);
  });

  it('a call outside an appointment reaches her voicemail', () => {
    expect(callStatus(play(psych, [{ type: 'call' }]).session.snapshot.context)).toBe('voicemail');
  });
});

describe('gable-persistence: follow-up calls', () => {
  const MESSAGE = (next: string) =>
    say(
      `Ms. Gable, this is Kira Jones, (607) 555-1212, kj247@cornell.edu. I will call again ${next}. Thank you.`,
    );

  it('reaches voicemail twice, then the assistant, who suggests a time that reaches Ms. Gable', () => {
    const s = play(gable, [
      { type: 'call' },
      MESSAGE('Tuesday at 9:30'),
      { type: 'end' },
      { type: 'wait', until: 'Tue 09:30' },
      { type: 'call' },
      MESSAGE('Thursday at 9:30'),
      { type: 'end' },
      { type: 'wait', until: 'Thu 09:30' },
      { type: 'call' },
      say(
        'This is Kira Jones, (607) 555-1212, kj247@cornell.edu. When would be a good time to reach Ms. Gable?',
      ),
      { type: 'end' },
      { type: 'wait', until: 'next_appointment' },
      { type: 'call' },
    ]);
    expect(s.ctx.calls.map((c) => c.reached)).toEqual([
      'voicemail',
      'voicemail',
      'assistant',
      'contact',
    ]);
    expect(s.ctx.appointments[0]).toMatchObject({ by: 'assistant', kept: true });
    expect(s.credits().filter((c) => c === 'kept_promise')).toHaveLength(2);
    expect(s.pitfalls()).toEqual([]);
  });

  it('a promise not kept is broken once its window has passed', () => {
    const s = play(gable, [
      { type: 'call' },
      MESSAGE('Tuesday at 9:30'),
      { type: 'end' },
      { type: 'wait', until: 'Wed 09:00' },
    ]);
    expect(s.pitfalls()).toContain('broken_promise');
  });

  it('a promise kept late (beyond two hours) is broken', () => {
    const s = play(gable, [
      { type: 'call' },
      MESSAGE('Tuesday at 9:30'),
      { type: 'end' },
      { type: 'wait', until: 'Tue 14:00' },
      { type: 'call' },
    ]);
    expect(s.pitfalls()).toContain('broken_promise');
  });

  it('two unanswered calls on one working day are too persistent; giving up after two is too early', () => {
    const s = play(gable, [
      { type: 'call' },
      MESSAGE('Tuesday at 9:30'),
      { type: 'end' },
      { type: 'wait', hours: 2 },
      { type: 'call' },
      { type: 'end' },
    ]);
    expect(s.pitfalls()).toEqual(expect.arrayContaining(['too_persistent', 'gave_up_early']));
  });

  it('not asking the assistant for help on the final attempt is no_help_sought', () => {
    const s = play(gable, [
      { type: 'call' },
      { type: 'end' },
      { type: 'wait', days: 1 },
      { type: 'call' },
      { type: 'end' },
      { type: 'wait', days: 1 },
      { type: 'call' },
      say('Could you tell her Kira Jones called? (607) 555-1212, kj247@cornell.edu.'),
      { type: 'end' },
    ]);
    expect(s.pitfalls()).toContain('no_help_sought');
  });

  it('a message missing the email and the next try is incomplete, saying what is missing', () => {
    const s = play(gable, [
      { type: 'call' },
      say('Hi, this is Kira Jones, (607) 555-1212. Please call me back.'),
      { type: 'end' },
    ]);
    const incomplete = s.report.pitfalls.find((p) => p.id === 'incomplete_message');
    expect(incomplete?.evidence).toMatchObject({
      missing: 'the message leaves out your email address, when you will try again',
    });
  });
});

describe('pr-phone-referral: the phone introduction', () => {
  const INTRO =
    'Hello, Mr. Smith. My name is Patricia Law, and I am a classmate of your son, Mike. He suggested I call. I am exploring public relations and would value 20 minutes of your advice, not a job.';

  it('after a good introduction he offers to talk now', () => {
    const s = play(pr, [{ type: 'call' }, say(INTRO)]);
    expect(callStatus(s.session.snapshot.context)).toBe('offered');
    expect(s.ctx.requests[0]?.reaction).toBe('offer_now');
  });

  it('after a job request he declines politely', () => {
    const s = play(pr, [
      { type: 'call' },
      say(
        'Hello Mr. Smith, this is Patricia Law, a student at Cornell. Is Ezra and White hiring interns?',
      ),
    ]);
    expect(callStatus(s.session.snapshot.context)).toBe('declined');
    expect(pr.lines.declineJob).toContain(s.ctx.transcript.at(-1)?.text);
  });

  it('when the introduction says nothing about who is calling, he asks, and a better try gets the offer', () => {
    const s = play(pr, [{ type: 'call' }, say('Hi, can we talk?')]);
    expect(callStatus(s.session.snapshot.context)).toBe('introducing');
    expect(pr.lines.clarify).toContain(s.ctx.transcript.at(-1)?.text);
    const t = play(pr, [{ type: 'call' }, say('Hi, can we talk?'), say(INTRO)]);
    expect(callStatus(t.session.snapshot.context)).toBe('offered');
  });

  it('turning down the offer without an alternative is inflexible, and he proposes a later time', () => {
    const s = play(pr, [
      { type: 'call' },
      say(INTRO),
      say("Oh, I'm not ready right now. Could I call you back another time?"),
    ]);
    expect(callStatus(s.session.snapshot.context)).toBe('scheduled');
    expect(s.ctx.appointments).toHaveLength(1);
    expect(s.pitfalls()).toContain('inflexible');
  });

  it('offering a specific alternative is not inflexible', () => {
    const s = play(pr, [
      { type: 'call' },
      say(INTRO),
      say("I'm in class right now; could we talk tomorrow at 10 a.m. instead?"),
    ]);
    expect(s.pitfalls()).not.toContain('inflexible');
  });
});
