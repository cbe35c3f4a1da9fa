import type { Scenario, Topic } from '../scenario/scenario.schema.ts';
import { TOPICS, isBuiltInTopic } from '../scenario/constants.ts';
import { TOPIC_EXAMPLES } from './rules/topic-examples.ts';
import { TOPIC_EXAMPLES_VOICES_A } from './rules/topic-examples-voices-a.ts';
import { TOPIC_EXAMPLES_VOICES_B } from './rules/topic-examples-voices-b.ts';
import { TOPIC_EXAMPLES_VOICES_C } from './rules/topic-examples-voices-c.ts';
import { OFF_TOPIC_EXAMPLES } from './rules/topic-examples-off-topic.ts';
import { OFF_TOPIC_EXAMPLES_B } from './rules/topic-examples-off-topic-b.ts';
import { stemOf } from './stems.ts';
import { tokenize, type Token } from './words.ts';

/**
 * What a question is about, read from its meaning rather than from one keyword. Every topic has
 * example questions (the guides' sample questions paraphrased, many more in students' own words,
 * and the scenario's own keywords); a question's stemmed words and word pairs are weighed against
 * them (naive Bayes: how often each topic's examples use each feature), with the topic cues of
 * rules/topics.ts as further evidence. The result is a ranking with a confidence (the best
 * topic's share), so a question close to no topic, or close to two, is not answered from a guess:
 * the contact asks what the student means. Linear in the question's words, bounded at
 * `MAX_QUERY_WORDS`.
 */

export interface Reading {
  topic: Topic;
  /** The topic's share of the evidence, 0 to 1. */
  score: number;
}

export interface TopicReading {
  /** The best reading when it is confident enough to answer from, else null. */
  topic: Topic | null;
  /** The best reading's score. */
  confidence: number;
  /** The closest readings, best first (at most three), for a clarification. */
  ranked: Reading[];
  /** The question is closer to small talk than to the work (no reading is worth offering). */
  offTopic: boolean;
}

/**
 * The reading's settings, chosen on the natural-question tables (tests/questions, README
 * "Figures"): a topic is answered from when it holds at least `CONFIDENT` of the evidence and the
 * question's share of small talk stays under `OFF_TOPIC`; the cues weigh `CUE_WEIGHT` nats per
 * doubling of the words they meet; `ALPHA` smooths the counts.
 */
export const CONFIDENT = 0.2;
export const OFF_TOPIC = 0.1;
const CUE_WEIGHT = 3;
const ALPHA = 0.5;

/** The words of a question read at most (a question is never longer; a paste is bounded). */
export const MAX_QUERY_WORDS = 80;

/** Each built-in topic's place in TOPICS, for ranking ties (a scenario's own topics come after). */
const TOPIC_ORDER: ReadonlyMap<Topic, number> = new Map(TOPICS.map((topic, i) => [topic, i]));
const orderOf = (topic: Topic): number => TOPIC_ORDER.get(topic) ?? TOPICS.length;

/** A class of the model: a topic, or a question no topic answers. */
type Class = Topic | 'off_topic';

interface Model {
  classes: readonly Class[];
  /** Per class, the log-probability of a feature none of its examples has (the smoothing). */
  unseen: Float64Array;
  /**
   * Per stem, what the examples have of it: the stem itself, and pairs of stems in a row it
   * begins, by the second stem (one lookup per word of a question, not two).
   */
  stems: Map<string, StemEntry>;
  /** The topic classes in the model's order, and the place of each among `classes`. */
  topics: readonly Topic[];
  topicClasses: readonly number[];
  /** The place of the off-topic class among `classes`, or -1. */
  off: number;
}

interface Seen {
  classes: Uint8Array;
  gain: Float64Array;
}

interface StemEntry {
  /** The classes whose examples have the stem and how much more likely it is in each. */
  seen: Seen | null;
  /** The same for the pairs it begins, by their second stem. */
  pairs: Map<string, Seen> | null;
}

function featuresOf(tokens: readonly Token[]): string[] {
  const stems: string[] = [];
  for (const t of tokens) {
    const s = stemOf(t.word);
    if (s !== null && s.length > 1) stems.push(s);
  }
  const features = new Set(stems);
  for (let i = 1; i < stems.length; i += 1) features.add(`${stems[i - 1]} ${stems[i]}`);
  return [...features];
}

/** An example's features (`featuresOf` its words), read once. */
interface Example {
  topic: Class;
  features: readonly string[];
}

const exampleOf = (e: { topic: Class; text: string }): Example => ({
  topic: e.topic,
  features: featuresOf(tokenize(e.text)),
});

/** Naive Bayes over binary features, worked out once: a query then costs a few additions. */
function train(examples: readonly Example[]): Model {
  const counts = new Map<string, Map<Class, number>>();
  const totals = new Map<Class, number>();
  for (const e of examples) {
    for (const f of e.features) {
      let byClass = counts.get(f);
      if (!byClass) counts.set(f, (byClass = new Map()));
      byClass.set(e.topic, (byClass.get(e.topic) ?? 0) + 1);
      totals.set(e.topic, (totals.get(e.topic) ?? 0) + 1);
    }
  }
  const classes = [...totals.keys()];
  const vocabulary = counts.size;
  const denominator = classes.map((c) => (totals.get(c) ?? 0) + ALPHA * vocabulary);
  const unseen = Float64Array.from(denominator, (d) => Math.log(ALPHA / d));
  const stems = new Map<string, StemEntry>();
  const entryOf = (stem: string): StemEntry => {
    let entry = stems.get(stem);
    if (!entry) stems.set(stem, (entry = { seen: null, pairs: null }));
    return entry;
  };
  for (const [f, byClass] of counts) {
    const which = new Uint8Array(byClass.size);
    const gain = new Float64Array(byClass.size);
    let k = 0;
    for (const [c, n] of byClass) {
      const i = classes.indexOf(c);
      which[k] = i;
      gain[k] = Math.log((n + ALPHA) / (denominator[i] as number)) - (unseen[i] as number);
      k += 1;
    }
    const entry = { classes: which, gain };
    const space = f.indexOf(' ');
    if (space < 0) entryOf(f).seen = entry;
    else {
      const first = entryOf(f.slice(0, space));
      first.pairs ??= new Map();
      first.pairs.set(f.slice(space + 1), entry);
    }
  }
  const topics: Topic[] = [];
  const topicClasses: number[] = [];
  classes.forEach((c, i) => {
    if (c === 'off_topic') return;
    topics.push(c);
    topicClasses.push(i);
  });
  return { classes, unseen, stems, topics, topicClasses, off: classes.indexOf('off_topic') };
}

const BUILT_IN: readonly { topic: Class; text: string }[] = TOPICS.flatMap((topic) =>
  [
    ...TOPIC_EXAMPLES[topic],
    ...TOPIC_EXAMPLES_VOICES_A[topic],
    ...TOPIC_EXAMPLES_VOICES_B[topic],
    ...TOPIC_EXAMPLES_VOICES_C[topic],
  ].map((text) => ({ topic, text })),
);
const offTopic: readonly string[] = [...OFF_TOPIC_EXAMPLES, ...OFF_TOPIC_EXAMPLES_B];
/** How many built-in examples a topic has on average, and the most a scenario's own counts. */
const BUILT_IN_PER_TOPIC = BUILT_IN.length / TOPICS.length;
const MAX_OWN_WEIGHT = 20;

const models = new WeakMap<object, Model>();
let builtIn: Model | null = null;

let builtInRead: readonly Example[] | null = null;

/**
 * The built-in examples, each read once (every scenario's model is trained on them, and reading
 * them is most of a model's training).
 */
function builtInExamples(): readonly Example[] {
  builtInRead ??= [
    ...BUILT_IN,
    ...offTopic.map((text) => ({ topic: 'off_topic' as const, text })),
  ].map(exampleOf);
  return builtInRead;
}

function modelFor(scenario?: Scenario): Model {
  if (!scenario) return (builtIn ??= train(builtInExamples()));
  let model = models.get(scenario);
  if (!model) {
    const own = scenario.questionBank.flatMap((e) => {
      const texts = [...e.keywords, ...e.examples].map((text) => ({ topic: e.topic, text }));
      // A topic of the scenario's own has only its author's examples, against the hundreds of
      // each built-in topic: they count as many times as it takes to weigh as much.
      if (isBuiltInTopic(e.topic) || texts.length === 0) return texts;
      const weight = Math.min(MAX_OWN_WEIGHT, Math.round(BUILT_IN_PER_TOPIC / texts.length));
      return Array.from({ length: Math.max(1, weight) }, () => texts).flat();
    });
    model = train([...builtInExamples(), ...own.map(exampleOf)]);
    models.set(scenario, model);
  }
  return model;
}

/** Trains the scenario's model now rather than at its first question (a worker warming up). */
export function prepareTopics(scenario: Scenario): void {
  modelFor(scenario);
}

/** Each log-likelihood's share of their sum (a plain array: a typed one costs more to make). */
function softmax(logs: readonly number[]): number[] {
  let max = -Infinity;
  for (let i = 0; i < logs.length; i += 1) if ((logs[i] as number) > max) max = logs[i] as number;
  const out = new Array<number>(logs.length).fill(0);
  let z = 0;
  for (let i = 0; i < logs.length; i += 1) z += out[i] = Math.exp((logs[i] as number) - max);
  for (let i = 0; i < out.length; i += 1) out[i] = (out[i] as number) / z;
  return out;
}

/**
 * Ranks the topics a question may be about: each class's naive Bayes log-likelihood over the
 * question's features, plus its cues' score (`cues`, words of the topic's cues the question meets),
 * turned into shares of the evidence.
 */
export function readTopic(
  tokens: readonly Token[],
  cues: ReadonlyMap<Topic, number>,
  scenario?: Scenario,
): TopicReading {
  const query = tokens.length > MAX_QUERY_WORDS ? tokens.slice(-MAX_QUERY_WORDS) : tokens;
  const model = modelFor(scenario);
  // The question's stems and pairs of stems in a row that some example has, each once.
  const met = new Set<Seen>();
  // the previous stem's entry (undefined when no example has that stem, null before the first)
  let previous: StemEntry | undefined | null = null;
  for (const t of query) {
    const stem = stemOf(t.word);
    if (stem === null || stem.length < 2) continue;
    const entry = model.stems.get(stem);
    if (entry?.seen) met.add(entry.seen);
    const two = previous?.pairs?.get(stem);
    if (two) met.add(two);
    previous = entry;
  }
  const logs = new Array<number>(model.unseen.length).fill(0);
  for (let i = 0; i < logs.length; i += 1) logs[i] = (model.unseen[i] as number) * met.size;
  for (const { classes, gain } of met) {
    for (let k = 0; k < classes.length; k += 1)
      logs[classes[k] as number] = (logs[classes[k] as number] as number) + (gain[k] as number);
  }
  // First, whether the question is about the work at all: the off-topic examples against all the
  // topics' (the cues, written to tell topics apart, take no part in this).
  const off = model.off;
  const offShare = off < 0 ? 0 : (softmax(logs)[off] as number);
  // Then which topic, the cues adding their evidence.
  const topics = model.topics;
  const topical = topics.map(
    (c, k) =>
      (logs[model.topicClasses[k] as number] as number) +
      CUE_WEIGHT * Math.log(1 + (cues.get(c) ?? 0)),
  );
  const shares = softmax(topical);
  const ranked: Reading[] = [];
  topics.forEach((topic, i) => {
    const score = Math.round((shares[i] as number) * 1000) / 1000;
    if (score > 0) ranked.push({ topic, score });
  });
  // A question that meets nothing any example has says nothing the contact can place.
  if (met.size === 0) ranked.length = 0;
  ranked.sort((a, b) => b.score - a.score || orderOf(a.topic) - orderOf(b.topic));
  const top = ranked.slice(0, 3);
  const best = top[0];
  const confidence = best?.score ?? 0;
  return {
    topic: best && confidence >= CONFIDENT && offShare < OFF_TOPIC ? best.topic : null,
    confidence,
    ranked: top,
    offTopic: offShare >= OFF_TOPIC,
  };
}
