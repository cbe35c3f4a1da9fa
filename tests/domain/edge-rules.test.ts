import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playActions, reportOf } from '../../src/domain/session/index.ts';
import type { Scenario } from '../../src/domain/scenario/scenario.schema.ts';
import { letterForm } from '../../src/domain/text/letter-form.ts';
import { analyzeRequest, splitRequestText } from '../../src/domain/text/request.ts';
import { analyzeTurn } from '../../src/domain/text/turn.ts';
import { PR_QUESTIONS, ROOT, loadScenario } from '../helpers.ts';

/**
 * The rulings of PITFALLS.md's edge rules, each as a test: where careful readers disagree, this is
 * what the product does. (Others live beside the code they rule: subjects, time asks, messages and
 * next steps in tests/domain/text/request.test.ts and detectors.test.ts, the contact's reply to a
 * late thank-you in tests/domain/session/follow-up.test.ts.)
 */
const pr = loadScenario('pr-phone-referral').scenario;
const psych = loadScenario('psych-email-referral').scenario;
const gable = loadScenario('gable-persistence').scenario;
const say = (text: string) => ({ type: 'say', text });
const ids = (text: string, scenario?: Scenario) => {
  const a = analyzeTurn(text, scenario);
  return [...a.pitfalls, ...a.credits].map((f) => f.id);
};

function play(scenario: Scenario, actions: unknown[], seed = 4) {
  const { session, rejected } = playActions(scenario, seed, actions);
  expect(rejected).toEqual([]);
  const report = reportOf(session);
  return { report, pitfalls: report.pitfalls.map((p) => p.id) };
}

const golden = JSON.parse(
  readFileSync(join(ROOT, 'tests/golden/pr-phone-referral.good.inputs.json'), 'utf8'),
) as { seed: number; actions: { type: string; text?: string }[] };
const endOfCall = golden.actions.findIndex((a) => a.type === 'end');
/** The good PR conversation without its time check and closing, then what a test adds. */
const INTRO = golden.actions.slice(0, 3);
const QUESTIONS = PR_QUESTIONS.slice(0, 10);

describe('time checks count from the second half of the agreed length', () => {
  it('"I\'ll keep it to 20 minutes" at the start is states_time_limit, not a time check', () => {
    const s = play(pr, [
      ...INTRO,
      say("Thank you. I'll keep it to 20 minutes. What does a typical day look like for you?"),
      ...QUESTIONS.slice(1).map(say),
      say('Who else would you suggest I talk to? Thank you so much.'),
      { type: 'end' },
    ]);
    expect(s.pitfalls).toContain('no_time_check');
  });
  it('acknowledging the time late in the conversation settles it', () => {
    const s = play(pr, [
      ...INTRO,
      ...QUESTIONS.map(say),
      say("I see we're close to the twenty minutes I asked for, so I'll let you go."),
      say('Who else would you suggest I talk to? Thank you so much.'),
      { type: 'end' },
    ]);
    expect(s.pitfalls).not.toContain('no_time_check');
  });
});

describe('offers_email_followup is an offer to send the remaining questions by email', () => {
  it.each([
    'Could I email you the rest of my questions?',
    "I have two more questions, but I'm happy to send them over email instead.",
  ])('"%s" offers it', (text) => expect(ids(text)).toContain('offers_email_followup'));
  it.each(["I'll follow up by email.", 'I will send you a thank-you email tonight.'])(
    '"%s" does not',
    (text) => expect(ids(text)).not.toContain('offers_email_followup'),
  );
});

describe('an unresearched question earns no open_question', () => {
  it('a question answered in the profile is flagged, not praised, even when it is open', () => {
    const found = ids('Where is your practice?', psych);
    expect(found).toContain('unresearched_question');
    expect(found).not.toContain('open_question');
    expect(ids('What drew you to assessment work?', psych)).toContain('open_question');
  });
});

describe("a contact's decline ends persistence", () => {
  it('after he declines a job request, one call is not gave_up_early', () => {
    const s = play(pr, [
      { type: 'call' },
      say(
        'Hello Mr. Smith, this is Patricia Law, a student at Cornell. Is Ezra and White hiring interns?',
      ),
      { type: 'end' },
    ]);
    expect(s.pitfalls).toContain('job_request');
    expect(s.pitfalls).not.toContain('gave_up_early');
  });
  it('without a decline, one unanswered call and stopping is gave_up_early', () => {
    const s = play(gable, [{ type: 'call' }, { type: 'end' }], 1);
    expect(s.pitfalls).toContain('gave_up_early');
  });
});

describe('the thank-you is the first message after the conversation that thanks the contact', () => {
  const conversation = golden.actions.slice(0, endOfCall + 1);
  const note = {
    type: 'email',
    subject: 'Thank you for our conversation about public relations',
    body: 'Dear Mr. Smith,\n\nThank you for your time today. Your advice to build a small portfolio of three or four pieces, a release, a pitch and a social post, is exactly what I needed.\n\nSincerely,\nPatricia Law',
  };
  const after = (extra: unknown[]) => {
    const { session, rejected } = playActions(pr, golden.seed, [...conversation, ...extra]);
    expect(rejected).toEqual([]);
    return reportOf(session).pitfalls.map((p) => p.id);
  };
  it('within 24 hours is on time', () => {
    expect(after([{ type: 'wait', hours: 3 }, note])).not.toContain('late_thank_you');
  });
  it('after 24 hours but within a week is late_thank_you', () => {
    const found = after([{ type: 'wait', days: 3 }, note]);
    expect(found).toContain('late_thank_you');
    expect(found).not.toContain('no_thank_you');
  });
  it('after a week is no_thank_you', () => {
    expect(after([{ type: 'wait', days: 9 }, note])).toContain('no_thank_you');
  });
});

describe('no_help_sought: the assistant on a third or later unanswered attempt', () => {
  const attempts = (last: string) => [
    { type: 'call' },
    { type: 'end' },
    { type: 'wait', days: 1 },
    { type: 'call' },
    { type: 'end' },
    { type: 'wait', days: 1 },
    { type: 'call' },
    say(last),
    { type: 'end' },
  ];
  it('not asking when to call is no_help_sought, once', () => {
    const s = play(
      gable,
      attempts('Could you tell her Kira Jones called? (607) 555-1212, kj247@cornell.edu.'),
      1,
    );
    expect(s.pitfalls.filter((id) => id === 'no_help_sought')).toHaveLength(1);
  });
  it('asking when is a better time to catch her is help sought', () => {
    const s = play(
      gable,
      attempts(
        'This is Kira Jones, (607) 555-1212, kj247@cornell.edu. When would be a better time to catch Ms. Gable?',
      ),
      1,
    );
    expect(s.pitfalls).not.toContain('no_help_sought');
  });
});

describe('sign-offs and salutations', () => {
  it('any closing line above the name is a sign-off ("Thank you for your time,")', () => {
    const form = letterForm(
      'Dear Ms. Li,\n\nI would value 20 minutes.\n\nThank you for your time,\nJo Park',
      'body',
      true,
    );
    expect(form.formalSignoff?.quote).toBe('Thank you for your time,');
    expect(form.informal).toBeNull();
  });
  it('"Respected Sir," is a formal salutation', () => {
    const form = letterForm(
      'Respected Sir,\n\nI am writing to ask…\n\nRegards,\nRavi Konda',
      'body',
      true,
    );
    expect(form.formalGreeting?.quote).toBe('Respected Sir,');
  });
});

describe('job requests through a third party or on a condition are job requests', () => {
  it.each([
    'Could you forward my CV to the recruiter?',
    'Would you put in a word for me with the hiring team?',
    'If your team ever needs someone, think of me.',
    "I'd love to intern with you if that's ever possible.",
    'I brought my resume in case anything opens up.',
  ])('"%s"', (text) => expect(ids(text)).toContain('job_request'));
  it('a negation does not cancel a later ask, and earns no credit', () => {
    const found = ids(
      'I know this is informational, but if your team is hiring interns I would love to be considered.',
    );
    expect(found).toContain('job_request');
    expect(found).not.toContain('states_information_not_job');
  });
  it('asking how hiring works in the field in general is not a job request', () => {
    expect(ids('What does the hiring process look like for new graduates?')).not.toContain(
      'job_request',
    );
  });
});

describe('rudeness, text-speak and slang', () => {
  it.each(['tbh this sounds kind of boring', 'what do u do all day', "I'm gonna ask about pay"])(
    'in the conversation, "%s" is unprofessional_remark',
    (text) => expect(ids(text)).toContain('unprofessional_remark'),
  );
  it('in a phone introduction, "hey greg its diego, got a sec?" is informal_tone', () => {
    const found = analyzeRequest({ body: 'hey greg its diego, got a sec?' }).pitfalls.map(
      (p) => p.id,
    );
    expect(found).toContain('informal_tone');
  });
  it('an email whose subject is "Hi" is vague_subject', () => {
    const found = analyzeRequest(
      splitRequestText(
        'Subject: Hi\n\nDear Ms. Chen,\n\nMy name is Jordan Lee, a junior at Hamilton College. I would value 20 minutes of your advice about consulting. I will call on Thursday at 10.\n\nSincerely,\nJordan Lee',
      ),
    ).pitfalls.map((p) => p.id);
    expect(found).toContain('vague_subject');
  });
});
