import { stemOf } from './stems.ts';
import { JOB_NOUNS } from './lexicon.ts';
import { CONTACT, SELF } from './word-classes.ts';
import type { Token } from './words.ts';

/**
 * The learned job-request reader: a second net behind the phrase rules of
 * `rules/job-request.ts`. PITFALLS.md's `job_request` ("the student asks for a job, internship,
 * job interview, referral for a position, or 'if you are hiring'") is said in more ways than any
 * table of phrases holds; every corpus written apart brought a fifth to a third of asks in words no
 * rule had met. This reader scores one sentence by the words, stems and word classes it holds and
 * how they follow each other, with weights learned from the labelled corpora (`tests/corpus/`,
 * trained by `scripts/job-reader.ts`, checked by `tests/domain/text/job-reader.test.ts`).
 *
 * It is linear in the sentence (a fixed number of features per word), reads no clock and no
 * randomness, and its arithmetic is in integers: the weights are small integers (-7 to 7, in
 * signed bytes), so a sentence's score is the same sum in Node and in every browser.
 *
 * A newcomer extends it by adding a sentence to rules/job-request-examples.ts or a labelled text
 * to a corpus, and running the training script.
 */

/** log2 of the number of weights: features are hashed into this many buckets. */
export const READER_BITS = 16;
export const READER_SIZE = 1 << READER_BITS;
/**
 * The most words the reader scores at once. A longer sentence (dictation, a run-on turn) is read in
 * windows of this many words, each overlapping the next by half, so its cost stays linear.
 */
export const READER_WINDOW = 40;

/** Word classes, from the words PITFALLS.md and the guides use for the matter. */
const CLASS_WORDS: Record<string, readonly string[]> = {
  self: [...SELF, 'us', 'we', 'our'],
  you: [...CONTACT, 'ya'],
  modal: [
    'could',
    'would',
    'can',
    'may',
    'might',
    'will',
    "won't",
    'shall',
    'should',
    'possible',
    'possibly',
    'chance',
    'maybe',
    'perhaps',
  ],
  job: [
    ...JOB_NOUNS,
    'interning',
    'role',
    'roles',
    'hire',
    'hires',
    'hiring',
    'hired',
    'recruit',
    'recruiting',
    'recruitment',
    'apprenticeship',
    'placement',
    'placements',
    'spot',
    'spots',
    'slot',
    'slots',
    'opportunity',
    'opportunities',
    'gig',
    'shift',
    'shifts',
    'co-op',
    'externship',
    'residency',
    'fellowship',
    'traineeship',
    'post',
    'seat',
  ],
  negation: ['not', 'never', 'no', 'cannot', 'nor'],
  third: [
    'hr',
    'manager',
    'managers',
    'recruiter',
    'recruiters',
    'boss',
    'supervisor',
    'colleague',
    'colleagues',
    'director',
    'coordinator',
    'team',
    'department',
    'lead',
    'partner',
    'partners',
    'whoever',
    'someone',
    'anyone',
    'somebody',
  ],
  resume: ['resume', 'résumé', 'cv', 'application', 'portfolio', 'reel', 'transcript'],
  want: [
    'want',
    'wanna',
    'love',
    'like',
    'hope',
    'hoping',
    'interested',
    'keen',
    'eager',
    'looking',
    'seeking',
    'wish',
    'dream',
    'glad',
    'happy',
    'willing',
  ],
  // the conversation itself and its time, which is not a place: "if your calendar opens up"
  meeting: [
    'schedule',
    'calendar',
    'diary',
    'agenda',
    'week',
    'call',
    'chat',
    'conversation',
    'meeting',
    'talk',
    'coffee',
    'minutes',
    'time',
    'afternoon',
    'morning',
    'evening',
  ],
  when: [
    'summer',
    'fall',
    'autumn',
    'spring',
    'winter',
    'now',
    'immediately',
    'soon',
    'monday',
    'tomorrow',
    'asap',
    'january',
    'june',
    'may',
    'september',
    'graduate',
    'graduation',
  ],
};

const CLASS_OF = new Map<string, number>();
const CLASS_NAMES = Object.keys(CLASS_WORDS);
CLASS_NAMES.forEach((name, index) => {
  for (const word of CLASS_WORDS[name] as readonly string[])
    if (!CLASS_OF.has(word)) CLASS_OF.set(word, index);
});

/**
 * Typed short forms read as the words they stand for. A map, not an object: a word such as
 * "constructor" must not find an object's own machinery.
 */
const SPELLED = new Map<string, string>(
  Object.entries({
    u: 'you',
    ya: 'you',
    ur: 'your',
    r: 'are',
    pls: 'please',
    plz: 'please',
    im: "i'm",
    wanna: 'want',
    gonna: 'going',
    ppl: 'people',
    b4: 'before',
    thx: 'thanks',
    cuz: 'because',
    bc: 'because',
    resumé: 'resume',
    résumé: 'resume',
  }),
);

/** 32-bit FNV-1a of a string. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes two hashes and a feature kind into one (murmur3's finalizer over their combination). */
function mix(a: number, b: number, kind: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) ^ kind;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const KIND_WORD = 1;
const KIND_STEM = 2;
const KIND_PAIR = 3;
const KIND_SHAPE = 5;
const KIND_CLASS = 7;
const KIND_CLASSES = 8;
const KIND_QUESTION = 9;
const KIND_FIRST = 10;
const BIAS_HASH = fnv('#bias');
const QUESTION_HASH = fnv('#question');
const CLASS_HASH = CLASS_NAMES.map((name) => fnv(`#${name}`));

/**
 * The feature buckets of one sentence, each once: its words, their stems, its first word, each
 * stem with the next, its shape (each word as its class where it has one, else its stem, with the
 * next), which classes it holds and which two together, each also as a question. (Runs of three
 * and stems one word apart were tried: measured with each corpus left out of the training in
 * turn, they found fewer asks for as many false alarms.)
 */
export function readerFeatures(tokens: readonly Token[], question: boolean): number[] {
  return Array.from(FEATURES.subarray(0, collect(tokens, question)));
}

/** The most features one window has: five per word, and the classes' (`collect`). */
const MOST_FEATURES = 5 * READER_WINDOW + 3 + CLASS_NAMES.length * (CLASS_NAMES.length + 1);
const FEATURES = new Int32Array(MOST_FEATURES);
const STEMS = new Int32Array(READER_WINDOW);
const SHAPES = new Int32Array(READER_WINDOW);
/**
 * Which buckets this window has already (a bucket is taken once): a small open-addressed set, a
 * slot holding a bucket while its stamp is the window's. At least four slots per feature a window
 * can have, so probes stay short: 16 kB, rather than a stamp per bucket (256 kB), which a sentence
 * would touch at random.
 */
const SEEN_BITS = 32 - Math.clz32(4 * MOST_FEATURES - 1);
const SEEN_SIZE = 1 << SEEN_BITS;
const SEEN_MASK = SEEN_SIZE - 1;
const SEEN_BUCKETS = new Int32Array(SEEN_SIZE);
const SEEN_STAMPS = new Uint32Array(SEEN_SIZE);
let stamp = 0;

/** Writes a window's buckets into `FEATURES`, each once, in a fixed order; returns how many. */
function collect(tokens: readonly Token[], question: boolean): number {
  const n = Math.min(tokens.length, READER_WINDOW);
  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) {
    SEEN_STAMPS.fill(0);
    stamp = 1;
  }
  let count = 0;
  const mask = READER_SIZE - 1;
  const add = (h: number) => {
    const bucket = h & mask;
    let slot = Math.imul(bucket, 0x9e3779b1) >>> (32 - SEEN_BITS);
    while (SEEN_STAMPS[slot] === stamp) {
      if (SEEN_BUCKETS[slot] === bucket) return;
      slot = (slot + 1) & SEEN_MASK;
    }
    SEEN_STAMPS[slot] = stamp;
    SEEN_BUCKETS[slot] = bucket;
    FEATURES[count] = bucket;
    count += 1;
  };
  add(BIAS_HASH);
  if (question) add(QUESTION_HASH);
  let classes = 0;
  for (let i = 0; i < n; i += 1) {
    const raw = (tokens[i] as Token).word;
    const word = SPELLED.get(raw) ?? raw;
    const wordHash = fnv(word);
    const stem = stemOf(word);
    const stemHash = stem === null ? wordHash : fnv(stem);
    add(mix(wordHash, 0, KIND_WORD));
    if (stem !== null) add(mix(stemHash, 0, KIND_STEM));
    if (i === 0) add(mix(wordHash, 0, KIND_FIRST));
    STEMS[i] = stemHash;
    const cls = CLASS_OF.get(word) ?? CLASS_OF.get(raw);
    if (cls !== undefined) classes |= 1 << cls;
    SHAPES[i] = cls === undefined ? stemHash : (CLASS_HASH[cls] as number);
  }
  for (let i = 0; i + 1 < n; i += 1) {
    add(mix(STEMS[i] as number, STEMS[i + 1] as number, KIND_PAIR));
    add(mix(SHAPES[i] as number, SHAPES[i + 1] as number, KIND_SHAPE));
  }
  const q = question ? 1 : 0;
  for (let a = 0; a < CLASS_NAMES.length; a += 1) {
    if (!(classes & (1 << a))) continue;
    add(mix(CLASS_HASH[a] as number, q, KIND_CLASS));
    for (let b = a + 1; b < CLASS_NAMES.length; b += 1)
      if (classes & (1 << b))
        add(mix(CLASS_HASH[a] as number, CLASS_HASH[b] as number, KIND_CLASSES + 16 * q));
  }
  add(mix(QUESTION_HASH, classes, KIND_QUESTION + 16 * q));
  return count;
}

/** A trained reader: a weight per bucket in signed bytes, and the sum a sentence must reach. */
export interface ReaderModel {
  weights: Int8Array;
  /** Fires at a sum of at least this (the logit threshold divided by the scale). */
  threshold: number;
  /** The logit one unit of weight stands for. */
  scale: number;
}

/** A sentence's score in weight units: the sum of its features' weights. */
export function readerSum(model: ReaderModel, tokens: readonly Token[], question: boolean): number {
  const count = collect(tokens, question);
  let sum = 0;
  for (let i = 0; i < count; i += 1) sum += model.weights[FEATURES[i] as number] as number;
  return sum;
}

/** A sentence's words in the windows the reader scores: the sentence itself when it is short. */
export function readerWindows(tokens: readonly Token[]): (readonly Token[])[] {
  if (tokens.length <= READER_WINDOW) return tokens.length ? [tokens] : [];
  const windows: (readonly Token[])[] = [];
  const step = READER_WINDOW / 2;
  for (let from = 0; from + step < tokens.length; from += step)
    windows.push(tokens.slice(from, from + READER_WINDOW));
  return windows;
}

/** The first window of the sentence the reader takes for a job request, or null. */
export function readerFinds(
  model: ReaderModel,
  tokens: readonly Token[],
  question: boolean,
): readonly Token[] | null {
  for (const stretch of readerWindows(tokens))
    if (readerSum(model, stretch, question) >= model.threshold) return stretch;
  return null;
}

/** Weights from the base64 text the training script writes. */
export function decodeWeights(base64: string): Int8Array {
  const binary = atob(base64);
  const weights = new Int8Array(READER_SIZE);
  for (let i = 0; i < binary.length && i < READER_SIZE; i += 1) {
    const byte = binary.charCodeAt(i);
    weights[i] = byte > 127 ? byte - 256 : byte;
  }
  return weights;
}

export function encodeWeights(weights: Int8Array): string {
  let binary = '';
  for (let i = 0; i < weights.length; i += 1) binary += String.fromCharCode(weights[i]! & 0xff);
  return btoa(binary);
}
