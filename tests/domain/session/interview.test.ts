import { describe, expect, it } from 'vitest';
import { playActions, reportOf } from '../../../src/domain/session/index.ts';
import type { Scenario } from '../../../src/domain/scenario/scenario.schema.ts';
import { COOL_CLOSINGS } from '../../../src/domain/professional/lines.ts';
import { PR_QUESTIONS, loadScenario } from '../../helpers.ts';

/**
 * The contact in the conversation, on the conversation clock: time signals, invitations to go
 * on, overruns, cooling after a job request, the resume, and answers from the bank.
 */
const pr = loadScenario('pr-phone-referral').scenario;
const say = (text: string) => ({ type: 'say', text });
const INTRO =
  'Hello, Mr. Smith. My name is Patricia Law, and I am a classmate of your son, Mike. He suggested I call. I am exploring public relations and would value 20 minutes of your advice, not a job.';
const QUESTIONS = PR_QUESTIONS.slice(0, 12);

function conversation(scenario: Scenario, turns: unknown[], seed = 4) {
  const { session, rejected } = playActions(scenario, seed, [
    { type: 'prepare', questions: QUESTIONS.slice(0, 3), bring_resume: true },
    { type: 'call' },
    say(INTRO),
    say('Yes, thank you, that works. What does a typical day look like for you?'),
    say('I study Communication at Cornell and write for the campus magazine.'),
    ...turns,
  ]);
  const ctx = session.snapshot.context;
  const conv = ctx.conversations[0];
  const contactLines = ctx.transcript.filter((l) => l.who === 'contact').map((l) => l.text);
  return { session, rejected, ctx, conv, contactLines, report: reportOf(session) };
}

const until = (n: number) => QUESTIONS.slice(1, n).map(say);

describe('the conversation clock', () => {
  it('advances with every turn, the contact elaborating by talkativeness', () => {
    const { conv } = conversation(pr, until(3));
    expect(conv?.turns.map((t) => t.minute)).toEqual(
      [...(conv?.turns.map((t) => t.minute) ?? [])].sort((a, b) => a - b),
    );
    expect(conv?.elapsedMs ?? 0).toBeGreaterThan(4 * 60_000);
  });

  it('a busy contact signals the time near the agreed end', () => {
    const { contactLines } = conversation(pr, until(12));
    expect(contactLines.some((l) => pr.lines.timeSignal.includes(l))).toBe(true);
  });

  it('a contact with all the patience in the world never signals', () => {
    const patient: Scenario = { ...pr, contact: { ...pr.contact, patience: 0.95 } };
    const { contactLines } = conversation(patient, until(12));
    expect(contactLines.some((l) => patient.lines.timeSignal.includes(l))).toBe(false);
  });
});

describe('time, invitations and overruns', () => {
  const ACK = say(
    "I see we're close to the twenty minutes I asked for. May I email you my remaining questions?",
  );

  it('acknowledging the time with good rapport earns an invitation, and going on is then no overrun', () => {
    const { contactLines, report, conv } = conversation(pr, [
      ...until(9),
      ACK,
      ...QUESTIONS.slice(9).map(say),
      say('Who else should I talk to? Thank you so much.'),
      { type: 'end' },
    ]);
    // the turns after the invitation are marked as said in the time the contact offered
    expect(conv?.turns.some((t) => t.invited)).toBe(true);
    expect(contactLines.some((l) => pr.lines.inviteMore.includes(l))).toBe(true);
    expect(report.pitfalls.map((p) => p.id)).not.toContain('overran_clock');
    expect(report.pitfalls.map((p) => p.id)).not.toContain('no_time_check');
  });

  it('keeping on past the agreed length without an invitation is an overrun, and fails', () => {
    const { report } = conversation(pr, [
      ...until(12),
      ...QUESTIONS.slice(1).map(say),
      { type: 'end' },
    ]);
    const overrun = report.pitfalls.find((p) => p.id === 'overran_clock');
    expect(overrun?.severity).toBe('critical');
    // past the agreed 20 minutes and the grace of 2 (the minute is rounded to a tenth)
    expect(overrun?.at.minute).toBeGreaterThanOrEqual(22);
    expect(report.pitfalls.map((p) => p.id)).toContain('no_time_check');
    expect(report.passed).toBe(false);
  });

  it('thanks and the referral question past the end are closing words, not an overrun', () => {
    const { report } = conversation(pr, [
      ...until(12),
      ACK,
      say('Who else would you suggest I talk to?'),
      say('Thank you so much for your time.'),
      { type: 'end' },
    ]);
    expect(report.pitfalls.map((p) => p.id)).not.toContain('overran_clock');
  });

  it('"I will keep it to twenty minutes" at the start is no time check at the end', () => {
    const { report } = conversation(pr, [
      say("I'll keep it to twenty minutes, I promise."),
      ...until(12),
      { type: 'end' },
    ]);
    expect(report.pitfalls.map((p) => p.id)).toContain('no_time_check');
  });
});

describe('rapport', () => {
  it('a job request cools the conversation and the contact declines it', () => {
    const warm = conversation(pr, until(3));
    const cold = conversation(pr, [
      ...until(3),
      say('By the way, is Ezra and White hiring interns this summer?'),
    ]);
    expect((cold.conv?.rapport ?? 1) - (warm.conv?.rapport ?? 0)).toBeCloseTo(-0.3, 5);
    expect(pr.lines.declineJob).toContain(cold.contactLines.at(-1));
    expect(cold.report.pitfalls.find((p) => p.id === 'job_request')?.phase).toBe('interview');
  });

  it('after a job request, acknowledging the time gets a cool closing rather than an invitation', () => {
    const { contactLines, conv } = conversation(pr, [
      say('Is Ezra and White hiring interns this summer?'),
      ...until(9),
      say("I see we're at the twenty minutes. May I email you my remaining questions?"),
    ]);
    expect(conv?.turns.some((t) => t.invited)).toBe(false);
    expect(contactLines.some((l) => pr.lines.inviteMore.includes(l))).toBe(false);
    // not the warm words of a good talk ("You were prepared…") right after a job request
    expect(contactLines.some((l) => pr.lines.wrapUp.includes(l))).toBe(false);
    expect(contactLines.some((l) => COOL_CLOSINGS.includes(l))).toBe(true);
  });
});

describe('the resume and the bank', () => {
  it('asked about the resume, the contact asks to see it, and handing it over is then fine', () => {
    const { report, contactLines } = conversation(pr, [
      say('What do you think makes a strong resume for an entry-level PR job?'),
      { type: 'give_resume' },
    ]);
    expect(contactLines.some((l) => (pr.lines.asksForResume ?? []).includes(l))).toBe(true);
    expect(report.pitfalls.map((p) => p.id)).not.toContain('resume_offered_unasked');
  });

  it('handing over the resume unasked is a pitfall', () => {
    const { report } = conversation(pr, [{ type: 'give_resume' }]);
    expect(report.pitfalls.map((p) => p.id)).toContain('resume_offered_unasked');
  });

  it('an unclear question gets a request to say more', () => {
    const { contactLines } = conversation(pr, [say('What about the thing with the stuff?')]);
    expect(pr.lines.clarify).toContain(contactLines.at(-1));
  });

  it('the contact mentions the opening unprompted once the clock reaches it', () => {
    const { contactLines } = conversation(pr, until(12));
    expect(contactLines.filter((l) => (pr.lines.openingMention ?? []).includes(l))).toHaveLength(1);
  });

  it('a student who talks more than the contact has talked about self', () => {
    const long = say(
      `I really like writing, and I think my experience on the magazine and with my club's social media means I would be a good fit for agency work, and I have been thinking about it a lot.`,
    );
    const { report } = conversation(pr, [
      long,
      long,
      long,
      long,
      long,
      long,
      long,
      long,
      { type: 'end' },
    ]);
    expect(report.pitfalls.map((p) => p.id)).toContain('talked_about_self');
    expect(report.stats.studentWordShare).toBeGreaterThan(0.4);
  });
});
