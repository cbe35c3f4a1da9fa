import { describe, expect, it } from 'vitest';
import { draftFeedback, feedbackSummary, fixedSince } from '../../src/app/draft-feedback.ts';
import { startSession } from '../../src/domain/session/index.ts';
import { loadScenario } from '../helpers.ts';

const scenario = loadScenario('psych-email-referral').scenario;
const ctx = startSession(scenario, 1).snapshot.context;
const ids = (f: { pitfalls: { id: string }[] }) => f.pitfalls.map((p) => p.id);
const words = (id: string) => id.replace(/_/g, ' ');

describe('draft feedback', () => {
  it.each(['Hi', '', 'hi!'])('an email with the subject %j and no body is empty and vague', (s) => {
    const feedback = draftFeedback('email', { subject: s, body: '' }, scenario, ctx);
    expect(feedback.empty).toBe('The message is empty: an email needs a body.');
    expect(ids(feedback)).toContain('vague_subject');
    expect(feedbackSummary(feedback, words)).toMatch(
      /^Feedback on your email: The message is empty: an email needs a body\. \d+ pitfalls: .*vague subject/,
    );
  });

  it('an empty thank-you note says so', () => {
    const feedback = draftFeedback('thank_you', { body: '  ' }, scenario, ctx);
    expect(feedback.empty).toBe('The note is empty: write it first.');
  });

  it.each(['turn', 'message', 'introduction'] as const)(
    'an empty %s has nothing to check and never "passes"',
    (kind) => {
      const feedback = draftFeedback(kind, { body: ' \n ' }, scenario, ctx);
      expect(feedback).toMatchObject({ pitfalls: [], credits: [] });
      expect(feedback.empty).toMatch(/^There is nothing to check yet/);
      expect(feedbackSummary(feedback, words)).not.toContain('no pitfalls found');
    },
  );

  it('a draft with a body is not empty', () => {
    const feedback = draftFeedback(
      'email',
      {
        subject: 'Referred by Ian Moreau',
        body: 'Dear Dr. Okonkwo,\n\nHello.\n\nSincerely,\nEmma',
      },
      scenario,
      ctx,
    );
    expect(feedback.empty).toBeUndefined();
    expect(ids(feedback)).not.toContain('vague_subject');
  });

  it('names what a later version of the draft has fixed', () => {
    const before = draftFeedback('email', { subject: 'Hi', body: '' }, scenario, ctx);
    const after = draftFeedback(
      'email',
      { subject: 'Referred by Ian Moreau', body: '' },
      scenario,
      ctx,
    );
    expect(fixedSince(before, after)).toContain('vague_subject');
    expect(fixedSince(after, before)).toEqual([]);
  });
});
