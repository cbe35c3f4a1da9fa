import { describe, expect, it } from 'vitest';
import { matcherSteps } from '../../../src/domain/text/patterns.ts';
import { analyzeTurn } from '../../../src/domain/text/turn.ts';
import { loadScenario } from '../../helpers.ts';

/** The phrase matcher's steps one call takes: its work, counted rather than timed. */
function stepsOf(run: () => unknown): number {
  const before = matcherSteps();
  run();
  return matcherSteps() - before;
}

const { scenario } = loadScenario('pr-phone-referral');
const ids = (text: string) => {
  const a = analyzeTurn(text, scenario);
  return {
    pitfalls: a.pitfalls.map((p) => p.id),
    credits: a.credits.map((c) => c.id),
    topic: a.topic,
    moves: a.moves,
  };
};

// The timeout only ends a hang: Vitest's default of 5 s assumes a quiet machine.
describe('turn analyzer', { timeout: 120_000 }, () => {
  it.each([
    ['Are you hiring right now?'],
    ['Could you pass my resume to HR?'],
    ["I'd love to hear about any openings at your agency."],
    ["I know this is informational, but if your team is hiring interns I'd love to be considered."],
  ])('flags a job request: %s', (text) => {
    const found = ids(text);
    expect(found.pitfalls).toContain('job_request');
    expect(found.credits).not.toContain('states_information_not_job');
  });

  it.each([
    ['What does the hiring process look like for new graduates in general?'],
    ['What do you look for in entry-level candidates?'],
  ])('does not flag a general question about hiring: %s', (text) => {
    expect(ids(text).pitfalls).not.toContain('job_request');
  });

  it('credits a negated mention of a job', () => {
    const found = ids("I'm not asking for a job, just your perspective on the field.");
    expect(found.pitfalls).toEqual([]);
    expect(found.credits).toContain('states_information_not_job');
  });

  it('quotes the span that triggered a pitfall, with offsets into the text', () => {
    const text = 'This is great. Are you hiring at Ezra and White?';
    const pitfall = analyzeTurn(text, scenario).pitfalls[0];
    expect(pitfall?.evidence).toEqual({
      quote: 'Are you hiring',
      field: 'text',
      start: 15,
      end: 29,
    });
  });

  it('classifies topics and open questions', () => {
    expect(ids('What does a typical day look like for you?')).toMatchObject({
      topic: 'typical_day',
      credits: ['open_question'],
    });
    expect(ids('Could you tell me how you got into PR?').credits).toContain('open_question');
    expect(ids('Do you like your job?').credits).not.toContain('open_question');
    expect(ids('Who else would you suggest I talk to?')).toMatchObject({ topic: 'referrals' });
  });

  it('recognises the closing moves', () => {
    expect(
      ids("I see we've been talking for twenty minutes. May I email you my remaining questions?")
        .moves,
    ).toEqual(expect.arrayContaining(['acknowledges_time', 'offers_email_followup']));
    expect(ids('Thank you for your time.').moves).toEqual(['thanks_contact']);
    expect(ids('Would you mind if I take notes?').moves).toContain('asks_notes_permission');
  });

  it('flags hard questions, high expectations and an unasked resume', () => {
    expect(ids('Do you think I will be successful in PR?').pitfalls).toContain('hard_question');
    expect(ids('Would you be willing to mentor me?').pitfalls).toContain('high_expectations');
    expect(ids('I brought my resume, would you like a copy?').pitfalls).toContain(
      'resume_offered_unasked',
    );
  });

  it('flags a question the public profile answers, only with a scenario', () => {
    const fact = scenario.publicFacts[0]?.keywords[0] ?? '';
    const text = `Could you tell me ${fact}?`;
    expect(analyzeTurn(text, scenario).pitfalls.map((p) => p.id)).toContain(
      'unresearched_question',
    );
    expect(analyzeTurn(text).pitfalls.map((p) => p.id)).not.toContain('unresearched_question');
  });

  it('marks a first-person statement as talking about oneself', () => {
    const turn = analyzeTurn(
      'I study communication, I write for the magazine, and my club keeps me busy.',
    );
    expect(turn.selfFocused).toBe(true);
    expect(turn.topic).toBeNull();
  });

  it('never throws on hostile input, and its matching work grows with the text (counted, not timed)', () => {
    // Each input at half and at full length (about 100,000 characters); the clock is never read.
    const inputs: [unit: string, times: number][] = [
      ['', 1],
      ['🙂', 25_000],
      ['?', 50_000],
      ['a ', 25_000],
      ['a? ', 16_500],
      ["I'm not asking for a job, are you hiring? ", 1_200],
      ['Thank you, who else should I talk to? ', 1_300],
      ['\u0000\uffff\ud800', 1],
    ];
    for (const [unit, times] of inputs) {
      const once = unit.repeat(times);
      const twice = unit.repeat(2 * times);
      let steps = { once: 0, twice: 0 };
      expect(() => {
        steps = {
          once: stepsOf(() => analyzeTurn(once, scenario)),
          twice: stepsOf(() => analyzeTurn(twice, scenario)),
        };
      }).not.toThrow();
      expect(steps.twice, unit).toBeLessThanOrEqual(2 * steps.once + 5_000);
      expect(steps.twice, unit).toBeLessThanOrEqual(400 * twice.length);
    }
  });
});
