import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../../src/domain/text/open-question.ts';
import { readDoc } from '../../../src/domain/text/rule.ts';

/**
 * The open-question detector's fixtures (PITFALLS.md: "a question that cannot be answered with yes
 * or no (what, how, why, which, 'tell me about'), including polite forms ('could you tell me how you
 * chose...'). A yes/no question is closed.").
 */
const OPEN: readonly string[] = [
  'What does a typical week look like for you?',
  'Could you tell me how you chose this field?',
  'Tell me about your first year at the agency.',
  'Walk me through a project from start to finish.',
  'If you were starting again today, what would you do differently?',
  'Looking back, which courses helped you most?',
  'I always assumed designers started as designers, but a friend started in QA, so what are the usual paths?',
  "okay so I'm gonna ask a basic one, um, how long did it take you to get your PE",
  'May I ask what you like least about working in a big firm?',
  'I wonder if you could tell me how a research session goes.',
  "I'd love to hear about how you got started.",
  "I'm curious how the team decides what to build.",
  'In which cities are most of the jobs?',
  'typical week for a school teacher?',
  'biggest frustration in the job?',
  'Could you please describe your typical day in the newsroom?',
  'Would you mind looking at the format and telling me what you think?',
  'when do the big firms usually recruit for internships, like is it junior year',
];
const CLOSED: readonly string[] = [
  'Do you like your job?',
  'Could you tell me whether public speaking matters in HR?',
  'I was wondering whether most people at your firm get licensed early.',
  'Is it mostly fieldwork, or mostly time at a desk?',
  'Burnout is very common for ICU nurses?',
  'hiring any data scientists this year?',
  'Any tips?',
  'Are there other people at the firm, maybe on the healthcare side, who you think I could learn from?',
  'I switched to cog sci, which is how I found out UX research is a job.',
  'I just want to understand what the work is actually like.',
  'Thank you so much for your time.',
  'When you have a minute, could you send me the link?',
];

describe('open questions', () => {
  it.each(OPEN)('"%s" is open', (text) => {
    expect(readQuestion(readDoc(text)).open).toBe(true);
  });
  it.each(CLOSED)('"%s" is not open', (text) => {
    expect(readQuestion(readDoc(text)).open).toBe(false);
  });

  it('quotes the segment that asks, from its first word to the end of its sentence', () => {
    const text = 'I know you are busy, so what is the best way to prepare? Thanks!';
    const reading = readQuestion(readDoc(text));
    expect(text.slice(reading.start, reading.end)).toBe('what is the best way to prepare');
  });
});
