import { describe, expect, it } from 'vitest';
import { splitRequestText } from '../../../src/domain/text/request.ts';
import { analyzeThankYou } from '../../../src/domain/text/thank-you.ts';
import { findJobMentions } from '../../../src/domain/text/turn.ts';
import { loadScenario } from '../../helpers.ts';

const { scenario } = loadScenario('pr-phone-referral');
const ids = (a: { pitfalls: { id: string }[]; credits: { id: string }[] }) => ({
  pitfalls: a.pitfalls.map((p) => p.id).sort(),
  credits: a.credits.map((c) => c.id).sort(),
});
const letter = (body: string) => `Dear Mr. Smith,\n\n${body}\n\nSincerely,\nDana Cho`;
const analyze = (text: string, heard?: string[]) =>
  analyzeThankYou(splitRequestText(text), {
    scenario,
    ...(heard ? { heard: heard.map((t, i) => ({ text: t, minute: i + 1 })) } : {}),
  });

describe('thank-you analyzer', () => {
  it('finds a note that names nothing specific generic, however warm', () => {
    const a = analyze(
      letter(
        'Thank you so much for your time and for sharing your valuable insights about public relations. I learned so much and truly appreciate your generosity.',
      ),
    );
    expect(ids(a)).toEqual({ pitfalls: ['generic_thank_you'], credits: [] });
    expect(a.pitfalls[0]?.evidence).toMatchObject({ quote: '' });
  });

  it('credits a specific point, quoting its sentence at its offsets', () => {
    const text = letter(
      'Your point that junior staff at an agency juggle four or five client accounts at once changed how I see the work.',
    );
    const a = analyze(text);
    expect(ids(a)).toEqual({ pitfalls: [], credits: ['mentions_specific_learning'] });
    const e = a.credits[0]?.evidence as { quote: string; start: number; end: number };
    expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(e.quote).toMatch(/^Your point that junior staff/);
  });

  it('tells an action already taken from a plan', () => {
    const done = analyze(letter('Following your suggestion, I have already written to Jen Park.'));
    expect(ids(done).credits).toContain('reports_action_taken');
    const plan = analyze(letter('I plan to write to Jen Park next week, as you suggested.'));
    expect(ids(plan).credits).not.toContain('reports_action_taken');
    const going = analyze(letter("I'm going to join PRSSA this semester."));
    expect(ids(going).credits).not.toContain('reports_action_taken');
  });

  it('does not count writing to the contact as acting on their advice', () => {
    const a = analyze(letter('I emailed you last week to ask for the meeting, and I enjoyed it.'));
    expect(ids(a).credits).not.toContain('reports_action_taken');
  });

  it('says which line of the conversation a point echoes, and when', () => {
    const heard = [
      'Most of my week goes to client calls.',
      'Build a small portfolio: three or four pieces that show you can write a release, a pitch and a social post.',
    ];
    const a = analyze(
      letter(
        'Your advice to build a portfolio of three or four pieces, a release, a pitch and a social post, is exactly what I needed.',
      ),
      heard,
    );
    expect(a.specifics[0]?.echoes).toMatchObject({ text: heard[1], minute: 2 });
    const invented = analyze(
      letter('Your story about launching the museum campaign in Chicago stayed with me.'),
      heard,
    );
    expect(ids(invented).credits).toEqual(['mentions_specific_learning']);
    expect(invented.specifics[0]?.echoes).toBeNull();
  });

  it('finds a job request after a negation, and leaves a general hiring question alone', () => {
    expect(
      ids(
        analyze(
          letter(
            'Your point about media lists was eye-opening. I am not asking for a job, but if anything opens up on your team, please keep me in mind.',
          ),
        ),
      ).pitfalls,
    ).toContain('job_request');
    expect(
      ids(
        analyze(
          letter(
            'Your point about media lists was eye-opening. How do agencies generally hire new graduates in the field?',
          ),
        ),
      ).pitfalls,
    ).not.toContain('job_request');
  });

  it('wants a letter: a greeting and a signed sign-off, no text-speak or emoji', () => {
    const point = 'Your point about media lists and coverage reports was eye-opening.';
    expect(ids(analyze(`hey mr smith, thx!! ${point}`)).pitfalls).toContain('informal_tone');
    expect(ids(analyze(letter(`${point} 🙂`))).pitfalls).toContain('informal_tone');
    const unsigned = analyze(`Dear Mr. Smith,\n\n${point}\n\nThanks again!`);
    expect(unsigned.pitfalls.find((p) => p.id === 'informal_tone')?.evidence).toEqual({
      quote: '',
      missing: 'your name under the sign-off',
    });
    expect(ids(analyze(letter(point))).pitfalls).toEqual([]);
  });

  it('reads a `Subject:` text as an email and anything else as a note', () => {
    expect(analyze(`Subject: Thank you\n\n${letter('Thanks.')}`).medium).toBe('email');
    expect(analyze(letter('Thanks.')).medium).toBe('note');
    const email = analyze(
      `Subject: Thank you\n\n${letter('Your point about media lists and coverage reports was eye-opening.')}`,
    );
    expect(email.credits[0]?.evidence).toMatchObject({ field: 'body' });
  });

  it('does not mistake ordinary sentences with "opens up", "in case" or "my name" for job asks', () => {
    for (const text of [
      'What changes for an agency when a new client account opens up?',
      'In case a client needs a statement overnight, who writes it?',
      'If your schedule opens up later this month, I would be glad to talk.',
      'I put my name in for the PRSSA case competition, as you suggested.',
    ]) {
      expect(findJobMentions(text).requests, text).toEqual([]);
    }
    for (const text of [
      'If anything opens up on your team, please keep me in mind.',
      'In case a spot opens up on the firmware team, I have attached my resume.',
      'Could you pass my name along to the hiring manager?',
    ]) {
      expect(findJobMentions(text).requests.length, text).toBeGreaterThan(0);
    }
  });
});
