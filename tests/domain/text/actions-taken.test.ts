import { describe, expect, it } from 'vitest';
import { findActions } from '../../../src/domain/text/actions-taken.ts';
import { splitClauses } from '../../../src/domain/text/clauses.ts';
import { sentencesOf } from '../../../src/domain/text/thank-you.ts';

/**
 * Fixtures of the detector of actions taken (PITFALLS.md `reports_action_taken`: "something
 * already done on the contact's advice ('I wrote to Mr. Okoye on Friday'); a plan ('I plan to take
 * the elective') is not an action taken").
 */
const actionsIn = (text: string) =>
  findActions(text, sentencesOf(splitClauses(text), 0, text.length), 'text').length;

describe('actions taken', () => {
  it.each([
    'I wrote to Mr. Okoye on Friday.',
    'On your advice I have already signed up for the GIS elective.',
    'I went ahead and joined PRSSA this week.',
    'My application to the county planning office went in on Friday.',
    "I've been rewriting my portfolio around two case studies.",
    'took ur tip and messaged Priya Shah on LinkedIn, she already said yes',
    'You mentioned the county GIS office takes volunteers, so I called them Tuesday.',
  ])('"%s" reports something done', (text) => expect(actionsIn(text)).toBeGreaterThan(0));
  it.each([
    'I plan to take the elective next term.',
    'Once I have signed up, I will let you know.',
    'I enjoyed our conversation very much.',
    'I did not expect the field to be so collaborative.',
    "I've started putting your advice into practice.",
    'Because I spent two days on that project, I know how hard it is.',
  ])('"%s" reports nothing done', (text) => expect(actionsIn(text)).toBe(0));
});
