import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactIs } from '../../../src/domain/professional/contact.machine.ts';
import {
  playActions,
  reportOf,
  thankYouDue,
  thankYouOf,
} from '../../../src/domain/session/index.ts';
import type { Scenario } from '../../../src/domain/scenario/scenario.schema.ts';
import { ROOT, loadScenario } from '../../helpers.ts';

/**
 * After the conversation: the thank-you (when, which medium, what it says), the contact's reply,
 * and staying in touch with an update on what the student did with the advice.
 */
const pr = loadScenario('pr-phone-referral').scenario;
const psych = loadScenario('psych-email-referral').scenario;

const golden = JSON.parse(
  readFileSync(join(ROOT, 'tests/golden/pr-phone-referral.good.inputs.json'), 'utf8'),
) as { seed: number; actions: { type: string }[] };
/** The good PR session up to and including hanging up after the conversation. */
const conversation = golden.actions.slice(0, golden.actions.findIndex((a) => a.type === 'end') + 1);

const letter = (body: string) => `Dear Mr. Smith,\n\n${body}\n\nSincerely,\nPatricia Law`;
const SPECIFIC = letter(
  'Thank you for your time today. Your advice to build a small portfolio of three or four pieces, a release, a pitch and a social post, is exactly what I needed.',
);
const GENERIC = letter('Thank you for your time and your valuable insights. I learned so much.');
const UPDATE = letter(
  'A quick update: I have joined our PRSSA chapter, as you suggested, and wrote my first practice release last week.',
);
const email = (
  body: string,
  subject = 'Thank you for our conversation about public relations',
) => ({
  type: 'email',
  subject,
  body,
});

function play(scenario: Scenario, extra: unknown[], base: unknown[] = conversation) {
  const { session, rejected } = playActions(scenario, golden.seed, [...base, ...extra]);
  expect(rejected).toEqual([]);
  const report = reportOf(session);
  return {
    ctx: session.snapshot.context,
    report,
    pitfalls: report.pitfalls.filter((p) => p.phase === 'follow_up').map((p) => p.id),
    credit: (id: string) => report.credits.find((c) => c.id === id),
  };
}

describe('the thank-you', () => {
  it('a specific thank-you the same day passes clean, echoes what he said, and gets a reply', () => {
    const s = play(pr, [
      { type: 'wait', hours: 2 },
      email(SPECIFIC),
      { type: 'wait', until: 'next_event' },
    ]);
    expect(s.pitfalls).toEqual([]);
    const specific = s.credit('mentions_specific_learning');
    expect(specific?.echoes?.quote).toMatch(/Build a small portfolio/);
    expect(specific?.echoes?.minute).toBeGreaterThan(0);
    expect(s.ctx.received.map((r) => r.line)).toEqual(['thankYouReply']);
    expect(s.ctx.transcript.at(-1)?.who).toBe('contact');
  });

  it('a generic thank-you is generic_thank_you, and gets no reply', () => {
    const s = play(pr, [email(GENERIC), { type: 'wait', until: 'next_event' }]);
    expect(s.pitfalls).toEqual(['generic_thank_you']);
    expect(s.ctx.received).toEqual([]);
  });

  it('after 24 hours is late; after a week is none at all', () => {
    expect(play(pr, [{ type: 'wait', days: 2 }, email(SPECIFIC)]).pitfalls).toEqual([
      'late_thank_you',
    ]);
    expect(play(pr, [{ type: 'wait', days: 8 }, email(SPECIFIC)]).pitfalls).toEqual([
      'no_thank_you',
    ]);
  });

  it('a job request in the thank-you fails the session in the follow-up phase', () => {
    const s = play(pr, [
      email(
        letter(
          'Your advice to build a portfolio of releases and pitches was so useful. If your team is hiring interns this summer, please keep me in mind.',
        ),
      ),
    ]);
    expect(s.pitfalls).toEqual(['job_request']);
    expect(s.report.passed).toBe(false);
  });

  it('a posted note to a contact who is rarely in is the wrong medium, and is never answered', () => {
    // The psych scenario's golden conversation, then a note by post.
    const psychGolden = JSON.parse(
      readFileSync(join(ROOT, 'tests/golden/psych-email-referral.good.inputs.json'), 'utf8'),
    ) as { seed: number; actions: { type: string }[] };
    const end = psychGolden.actions.findIndex((a) => a.type === 'end');
    const { session } = playActions(psych, psychGolden.seed, [
      ...psychGolden.actions.slice(0, end + 1),
      {
        type: 'note',
        text: 'Dear Dr. Okonkwo,\n\nThank you for our talk. Your advice to spend a year in a research lab before applying stayed with me.\n\nSincerely,\nEmma Nguyen',
      },
      { type: 'wait', days: 7 },
    ]);
    const report = reportOf(session);
    expect(report.pitfalls.map((p) => p.id)).toContain('wrong_medium');
    expect(session.snapshot.context.received.filter((r) => r.line === 'thankYouReply')).toEqual([]);
  });
});

describe('which mail is the thank-you', () => {
  it('is the first that thanks, whenever it comes: eight days late is no_thank_you, saying how late, and the contact still answers', () => {
    const s = play(pr, [
      { type: 'wait', days: 8 },
      email(SPECIFIC),
      { type: 'wait', until: 'next_event' },
    ]);
    const none = s.report.pitfalls.find((p) => p.id === 'no_thank_you');
    expect(none?.evidence).toMatchObject({
      missing: expect.stringMatching(/8 days after the conversation, later than a week/),
    });
    expect(s.pitfalls).not.toContain('late_thank_you');
    expect(s.ctx.received.map((r) => r.line)).toEqual(['thankYouReply']);
    expect(thankYouDue(s.ctx)).toBe(false);
    expect(thankYouOf(s.ctx)?.timing).toBe('too_late');
    expect(contactIs(s.ctx.contact, 'followUp.thanked')).toBe(true);
  });

  it('a mail that thanks nobody is not the thank-you: the reminder stays, the contact still waits', () => {
    const s = play(pr, [
      email(
        letter('I wanted to share the PRSSA chapter page I mentioned: prssa.org.'),
        'The chapter page',
      ),
      { type: 'wait', days: 8 },
    ]);
    expect(s.pitfalls).toContain('no_thank_you');
    expect(thankYouDue(s.ctx)).toBe(true);
    expect(contactIs(s.ctx.contact, 'followUp.awaitingThanks')).toBe(true);
  });

  it('a mail of remaining questions first does not make the thank-you after it an update', () => {
    const s = play(pr, [
      email(
        letter(
          'As promised, my remaining questions: which courses matter most, and how do agencies train new staff?',
        ),
        'My remaining questions',
      ),
      { type: 'wait', hours: 1 },
      email(SPECIFIC),
      { type: 'wait', until: 'next_event' },
    ]);
    expect(s.pitfalls).toEqual([]);
    expect(s.credit('mentions_specific_learning')).toBeDefined();
    expect(s.credit('stays_in_touch')).toBeUndefined();
    expect(s.ctx.received.map((r) => r.line)).toEqual(['thankYouReply']);
  });

  it("a job request in the subject line of a follow-up counts, as the contact's reply shows", () => {
    const s = play(pr, [
      email(SPECIFIC, 'Thank you, and any internships at your agency?'),
      { type: 'wait', until: 'next_event' },
    ]);
    expect(s.pitfalls).toEqual(['job_request']);
    expect(s.report.pitfalls.find((p) => p.id === 'job_request')?.evidence).toMatchObject({
      field: 'subject',
    });
    expect(s.report.passed).toBe(false);
  });
});

describe('staying in touch', () => {
  it('an update on what the student did earns stays_in_touch and a warm reply, once', () => {
    const s = play(pr, [
      { type: 'wait', hours: 2 },
      email(SPECIFIC),
      { type: 'wait', days: 10 },
      email(UPDATE, 'An update on PRSSA'),
      { type: 'wait', until: 'next_event' },
      email(UPDATE, 'Another update'),
      { type: 'wait', days: 3 },
    ]);
    expect(s.credit('stays_in_touch')?.evidence).toMatchObject({ field: 'body' });
    expect(s.ctx.received.map((r) => r.line)).toEqual(['thankYouReply', 'updateReply']);
    expect(s.pitfalls).toEqual([]);
  });

  it('an update that reports nothing done earns nothing', () => {
    const s = play(pr, [
      email(SPECIFIC),
      { type: 'wait', days: 10 },
      email(letter('I hope you are well. I am still thinking about our conversation.'), 'Hello'),
      { type: 'wait', days: 3 },
    ]);
    expect(s.credit('stays_in_touch')).toBeUndefined();
    expect(s.ctx.received.map((r) => r.line)).toEqual(['thankYouReply']);
  });
});
