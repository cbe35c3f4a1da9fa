import {
  TOPICS,
  TOPIC_NAMES,
  isBuiltInTopic,
  type BuiltInTopic,
  type Topic,
} from '../scenario/constants.ts';
import type { Scenario } from '../scenario/scenario.schema.ts';
import type { TopicReading } from '../text/topic-reading.ts';
import { tokenize } from '../text/words.ts';

/**
 * How the contact makes sense of a question it cannot place with confidence: it asks what the
 * student means and offers the closest readings, in words a person would use ("Do you mean how I
 * got here, or where people usually start?"); the student's reply picks one.
 */

/** Each built-in topic as the contact says it when offering it as a reading. */
export const READING_WORDS: Readonly<Record<BuiltInTopic, string>> = {
  typical_day: 'what my days actually look like',
  skills: 'the skills the work takes',
  education: 'what to study or train in',
  career_path: 'how I got where I am',
  likes_challenges: 'what I like about it and what is hard',
  outlook: 'where the field is heading',
  culture: 'what it is like to work here',
  associations: 'the groups and reading that keep people current',
  entry_titles: 'where people usually start',
  salary: 'how the pay works',
  geography: 'where the jobs are',
  advice: 'what I would tell someone starting out',
  referrals: 'who else you could talk to',
  resume_feedback: 'feedback on your resume',
};

/**
 * A topic as the contact offers it: the scenario's own name for it (a topic of its own, or a
 * built-in one it renames), else the built-in words.
 */
export function readingWords(scenario: Scenario, topic: Topic): string {
  const named = scenario.questionBank.find((e) => e.topic === topic && e.name)?.name;
  if (named) return named;
  return isBuiltInTopic(topic) ? READING_WORDS[topic] : topic.replace(/_/g, ' ');
}

/** A topic in a few plain words for the student (the replay): the built-in name, or the scenario's. */
export function topicName(scenario: Scenario, topic: Topic): string {
  if (isBuiltInTopic(topic)) return TOPIC_NAMES[topic];
  return readingWords(scenario, topic);
}

/** A reading this weak is not offered: the question fits nothing the contact could answer. */
export const MIN_READING = 0.3;
/** A second reading is offered when it is at least this share of the first's score. */
export const SECOND_READING = 0.6;

/** The readings worth offering for a question the contact could not place (at most two). */
export function readingsToOffer(reading: TopicReading, scenario: Scenario): Topic[] {
  // Small talk ("did you watch the game?") is no work question misheard: no reading to offer.
  if (reading.offTopic) return [];
  const inBank = new Set(scenario.questionBank.map((e) => e.topic));
  const ranked = reading.ranked.filter((r) => r.score >= MIN_READING && inBank.has(r.topic));
  const [first, second] = ranked;
  if (!first) return [];
  if (second && second.score >= first.score * SECOND_READING) return [first.topic, second.topic];
  return [first.topic];
}

const FIRST = new Set(['first', 'former', 'one', '1', '1st']);
const SECOND = new Set(['second', 'latter', 'other', 'two', '2', '2nd', 'last']);
const YES = new Set(['yes', 'yeah', 'yep', 'yup', 'right', 'exactly', 'correct', 'sure', 'ya']);

/**
 * Which offered reading the student's reply chooses, or null: "the first one", "the second",
 * "yes" (to a single reading), a reply that reads as one of them, or one that repeats the
 * reading's own words ("how you got there").
 */
export function chosenReading(
  reply: string,
  offered: readonly Topic[],
  reading: TopicReading,
  scenario: Scenario,
): Topic | null {
  if (offered.length === 0) return null;
  const words = tokenize(reply.slice(0, 400)).map((t) => t.word);
  const short = words.length <= 6;
  if (short && offered.length === 2 && words.some((w) => SECOND.has(w)) && !words.includes('both'))
    return offered[1] as Topic;
  if (short && words.some((w) => FIRST.has(w))) return offered[0] as Topic;
  if (short && offered.length === 1 && words.some((w) => YES.has(w))) return offered[0] as Topic;
  for (const r of reading.ranked) if (offered.includes(r.topic)) return r.topic;
  // The reply echoes the words the contact offered ("the getting-started part", "the pay").
  let best: Topic | null = null;
  let bestShared = 0;
  const said = new Set(words);
  for (const topic of offered) {
    const shared = tokenize(readingWords(scenario, topic)).filter(
      (t) => t.word.length > 3 && said.has(t.word),
    ).length;
    if (shared > bestShared) {
      best = topic;
      bestShared = shared;
    }
  }
  return best;
}

/** The question that offers the readings, in one of a few wordings. */
export const OFFER_READINGS: readonly string[] = [
  'Do you mean {a}, or {b}?',
  'Just so I answer the right question: {a}, or {b}?',
  'Are you asking about {a}, or {b}?',
];
export const OFFER_READING: readonly string[] = [
  'Do you mean {a}?',
  'Are you asking about {a}?',
  'Sorry, you mean {a}?',
];
/** When the contact has run out of ways to ask: it names what it can talk about. */
export const NAME_TOPICS: readonly string[] = [
  "I'm not sure I'm the right person for that one. I can tell you about {list}.",
  "That's outside what I know, honestly. Ask me about {list}.",
  'I may not be much help there. I could talk about {list}.',
];

/** Up to three topics of the bank the student has not yet asked about, in a list a person says. */
export function topicsToName(scenario: Scenario, answered: readonly Topic[]): string {
  // The bank's topics, built-in ones in their usual order, then the scenario's own.
  const inBank = [...new Set(scenario.questionBank.map((e) => e.topic))];
  const order = (t: Topic) => {
    const i = (TOPICS as readonly string[]).indexOf(t);
    return i < 0 ? TOPICS.length : i;
  };
  inBank.sort((a, b) => order(a) - order(b));
  const open = inBank.filter(
    (t) => !answered.includes(t) && t !== 'referrals' && t !== 'resume_feedback',
  );
  const chosen = (open.length > 0 ? open : inBank).slice(0, 3);
  const words = chosen.map((t) => readingWords(scenario, t));
  if (words.length <= 1) return words[0] ?? 'the work';
  return `${words.slice(0, -1).join(', ')}, or ${words[words.length - 1]}`;
}
