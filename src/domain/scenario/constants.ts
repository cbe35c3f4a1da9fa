/**
 * Constants of the scenario format, kept apart from the zod schema so the browser can use them
 * without loading zod.
 */

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** What may try a contact's patience (a scenario's `behaviour.patienceSpentOn`). */
export const PATIENCE_TRIALS = ['self_talk', 'small_talk', 'rudeness'] as const;
export type PatienceTrial = (typeof PATIENCE_TRIALS)[number];

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
export type BuiltInTopic = (typeof TOPICS)[number];

/**
 * A topic of a question bank: one of the fourteen built in, or one a scenario adds with an id of
 * its own (`CUSTOM_TOPIC_ID`), a name and example questions.
 */
export type Topic = string;

/** A scenario's own topic id: lowercase words joined by underscores, not a built-in one. */
export const CUSTOM_TOPIC_ID = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

const BUILT_IN_SET: ReadonlySet<string> = new Set(TOPICS);
export function isBuiltInTopic(topic: Topic): topic is BuiltInTopic {
  return BUILT_IN_SET.has(topic);
}

/** Each built-in topic in a few plain words, for what the student reads (the replay, the debrief). */
export const TOPIC_NAMES: Readonly<Record<BuiltInTopic, string>> = {
  typical_day: 'a typical day',
  skills: 'skills',
  education: 'education and training',
  career_path: 'their career path',
  likes_challenges: 'what they like and what is hard',
  outlook: 'where the field is going',
  culture: 'the workplace culture',
  associations: 'associations and communities',
  entry_titles: 'entry-level titles',
  salary: 'pay',
  geography: 'where the jobs are',
  advice: 'advice',
  referrals: 'who else to talk to',
  resume_feedback: 'feedback on your resume',
};
