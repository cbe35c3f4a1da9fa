/**
 * Constants of the scenario format, kept apart from the zod schema so the browser can use them
 * without loading zod.
 */

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The topics of a question bank (the guides' sample questions, grouped). */
export const TOPICS = [
  'typical_day',
  'skills',
  'education',
  'career_path',
  'likes_challenges',
  'outlook',
  'culture',
  'associations',
  'entry_titles',
  'salary',
  'geography',
  'advice',
  'referrals',
  'resume_feedback',
] as const;
export type Topic = (typeof TOPICS)[number];
