/**
 * Trains the learned job-request reader (src/domain/text/job-reader.ts) on the labelled corpora in
 * tests/corpus/ and writes its weights to src/domain/text/rules/job-request-weights.ts.
 *
 *   npx tsx scripts/job-reader.ts            train on every corpus and write the weights
 *   npx tsx scripts/job-reader.ts --check    fail if the written weights are not what training gives
 *   npx tsx scripts/job-reader.ts --heldout  leave each corpus out in turn: train on the others,
 *                                            score it; print the reader's asks found and false
 *                                            alarms at several probabilities
 *
 * Training is deterministic: a fixed order shuffled by a seeded generator, plain arithmetic, and
 * weights rounded to signed bytes. What a sentence is labelled:
 * - in a text labelled `job_request`, the sentences the phrase rules quote as the ask are asks; the
 *   text's other sentences are left out (a sentence before the ask may set it up). Where the rules
 *   find no ask, the text's best-scoring sentence is taken as its ask once the reader has learned
 *   a little (multiple-instance learning);
 * - every sentence of a text labelled without `job_request` is not an ask;
 * - every rule table's examples are labelled by the job-request rules, and the sentences of
 *   rules/job-request-examples.ts by their list (asks, not asks).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import '../src/domain/text/index.ts';
import '../src/domain/text/thank-you.ts';
import { readDoc, ruleTables } from '../src/domain/text/rule.ts';
import { JOB_REQUEST_EXAMPLES } from '../src/domain/text/rules/job-request-examples.ts';
import { splitRequestText } from '../src/domain/text/request.ts';
import { findJobMentions } from '../src/domain/text/turn.ts';
import {
  READER_SIZE,
  encodeWeights,
  readerFeatures,
  readerWindows,
  type ReaderModel,
} from '../src/domain/text/job-reader.ts';

const ROOT = join(import.meta.dirname, '..');
const CORPORA = join(ROOT, 'tests', 'corpus');
export const WEIGHTS_FILE = join(ROOT, 'src', 'domain', 'text', 'rules', 'job-request-weights.ts');

/** The probability a sentence must reach to be read as an ask: a second net, so a high one. */
export const FIRE_PROBABILITY = 0.97;
const knob = (name: string, value: number) => Number(process.env[`READER_${name}`] ?? value);
const EPOCHS = knob('EPOCHS', 16);
const WARM_EPOCHS = 4;
const AVERAGE_FROM = knob('AVG', 8);
const RATE = knob('RATE', 0.3);
const L2 = knob('L2', 1e-4);
const POSITIVE_WEIGHT = knob('POS', 1);
const SEED = 20261203;
const LEVELS = 7;

interface Labelled {
  id: string;
  text: string;
  expect: { pitfalls: string[] };
}

/** One text's sentences (windows) as feature lists, and what is known of them. */
export interface TextExample {
  corpus: string;
  id: string;
  ask: boolean;
  /** Per window: its features, and whether the rules quote it as the ask. */
  windows: { features: number[]; quoted: boolean }[];
  /** The phrase rules find an ask in the text. */
  rulesFind: boolean;
}

export function corpusNames(): string[] {
  return readdirSync(CORPORA)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** The texts the reader reads in an item: a request's or a thank-you's subject and body apart. */
function partsOf(corpus: string, text: string): string[] {
  if (corpus.startsWith('requests') || corpus.startsWith('thank-yous')) {
    const { subject, body } = splitRequestText(text);
    return subject ? [subject, body] : [body];
  }
  return [text];
}

/**
 * The rule tables' own examples (every analyzer's, `match` and `noMatch`), read as short texts the
 * job-request rules label: an ask where they find one, else not. They hold the near misses the
 * tables were written against ("if your schedule opens up later this month…").
 */
export function ruleExamples(): TextExample[] {
  const texts = new Set<string>();
  for (const [, rules] of ruleTables())
    for (const rule of rules)
      for (const text of [...rule.examples.match, ...rule.examples.noMatch]) texts.add(text);
  return [...texts].map((text, i) => {
    const example = exampleOf('rules', { id: `rule-example-${i}`, text, expect: { pitfalls: [] } });
    return { ...example, ask: example.rulesFind };
  });
}

/** The table of labelled sentences written for the reader (rules/job-request-examples.ts). */
export function tableExamples(): TextExample[] {
  const { asks, notAsks } = JOB_REQUEST_EXAMPLES;
  return [
    ...asks.map((text, i) => ({ text, id: `ask-${i}`, expect: { pitfalls: ['job_request'] } })),
    ...notAsks.map((text, i) => ({ text, id: `not-ask-${i}`, expect: { pitfalls: [] } })),
  ].map((item) => exampleOf('examples', item));
}

export function examplesOf(corpus: string): TextExample[] {
  const items = JSON.parse(readFileSync(join(CORPORA, `${corpus}.json`), 'utf8')) as Labelled[];
  return items.map((item) => exampleOf(corpus, item));
}

function exampleOf(corpus: string, item: Labelled): TextExample {
  {
    const windows: TextExample['windows'] = [];
    let rulesFind = false;
    for (const part of partsOf(corpus, item.text)) {
      const doc = readDoc(part);
      const mentions = findJobMentions(part, doc.clauses, doc, true, false);
      const spans = (list: readonly object[]) =>
        list.flatMap((e) =>
          'start' in e && 'end' in e ? [e as { start: number; end: number }] : [],
        );
      const quoted = spans(mentions.requests);
      const negated = spans(mentions.negated);
      if (quoted.length) rulesFind = true;
      for (const sentence of doc.sentences) {
        // A negated mention's words are not read ("I'm not asking for a job, but…").
        const words = sentence.tokens.filter(
          (t) => !negated.some((q) => q.start <= t.start && q.end >= t.end),
        );
        for (const window of readerWindows(words)) {
          const start = window[0]?.start ?? 0;
          const end = window[window.length - 1]?.end ?? 0;
          windows.push({
            features: readerFeatures(window, sentence.question),
            quoted: quoted.some((q) => q.start < end && q.end > start),
          });
        }
      }
    }
    return {
      corpus,
      id: item.id,
      ask: item.expect.pitfalls.includes('job_request'),
      windows,
      rulesFind,
    };
  }
}

/** A small seeded generator (mulberry32), so the order is the same on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Logistic regression by AdaGrad over the windows, in a seeded order. */
export function train(texts: readonly TextExample[]): Float64Array {
  const w = new Float64Array(READER_SIZE);
  const g2 = new Float64Array(READER_SIZE).fill(1e-8);
  const score = (features: readonly number[]) => {
    let z = 0;
    for (const f of features) z += w[f] as number;
    return z;
  };
  const step = (features: readonly number[], label: number, weight: number) => {
    const p = sigmoid(score(features));
    const g = (p - label) * weight;
    for (const f of features) {
      const grad = g + L2 * (w[f] as number);
      g2[f] = (g2[f] as number) + grad * grad;
      w[f] = (w[f] as number) - (RATE * grad) / Math.sqrt(g2[f] as number);
    }
  };
  const random = generator(SEED);
  const order = texts.map((_, i) => i);
  // The weights averaged over the later epochs' ends: steadier than the last epoch's alone.
  const average = new Float64Array(READER_SIZE);
  let averaged = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    if (epoch >= AVERAGE_FROM) {
      for (let i = 0; i < READER_SIZE; i += 1)
        average[i] = (average[i] as number) + (w[i] as number);
      averaged += 1;
    }
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const text = texts[index] as TextExample;
      if (!text.ask) {
        for (const window of text.windows) step(window.features, 0, 1);
      } else if (text.rulesFind) {
        for (const window of text.windows)
          if (window.quoted) step(window.features, 1, POSITIVE_WEIGHT);
      } else if (epoch >= WARM_EPOCHS && text.windows.length) {
        let best = text.windows[0] as TextExample['windows'][number];
        let bestScore = -Infinity;
        for (const window of text.windows) {
          const z = score(window.features);
          if (z > bestScore) {
            best = window;
            bestScore = z;
          }
        }
        step(best.features, 1, POSITIVE_WEIGHT);
      }
    }
  }
  for (let i = 0; i < READER_SIZE; i += 1) average[i] = (average[i] as number) + (w[i] as number);
  averaged += 1;
  for (let i = 0; i < READER_SIZE; i += 1) average[i] = (average[i] as number) / averaged;
  return average;
}

/** The weights as signed bytes, and the sum that stands for `FIRE_PROBABILITY`. */
/**
 * The weights rounded to `LEVELS` steps either side of zero, the step set so that the largest
 * 0.1% of weights are cut to the top step: fifteen values fit in four bits of entropy, which
 * gzip keeps to about 30 kB, and leaving each corpus out in turn finds as many asks for as many
 * false alarms as with 255 values (46 kB).
 */
export function quantize(w: Float64Array): ReaderModel {
  const sorted = Array.from(w, Math.abs).sort((a, b) => a - b);
  const top = sorted[Math.floor(sorted.length * 0.999) - 1] ?? 0;
  const scale = top / LEVELS || 1;
  const weights = new Int8Array(w.length);
  for (let i = 0; i < w.length; i += 1)
    weights[i] = Math.max(-LEVELS, Math.min(LEVELS, Math.round((w[i] as number) / scale)));
  const logit = Math.log(FIRE_PROBABILITY / (1 - FIRE_PROBABILITY));
  return { weights, scale, threshold: Math.ceil(logit / scale) };
}

export function trainedModel(corpora: readonly string[] = corpusNames()): ReaderModel {
  return quantize(
    train([...ruleExamples(), ...tableExamples(), ...corpora.flatMap((c) => examplesOf(c))]),
  );
}

export function weightsModule(model: ReaderModel): string {
  return [
    '// Written by scripts/job-reader.ts from the labelled corpora in tests/corpus/; do not edit.',
    '// Run `npx tsx scripts/job-reader.ts` after changing a corpus, the rules or the reader.',
    `export const JOB_READER_THRESHOLD = ${model.threshold};`,
    `export const JOB_READER_SCALE = ${model.scale};`,
    `export const JOB_READER_WEIGHTS =`,
    `  '${encodeWeights(model.weights)}';`,
    '',
  ].join('\n');
}

/** A text's highest window score, as a logit. */
function bestLogit(model: ReaderModel, text: TextExample): number {
  let best = -Infinity;
  for (const window of text.windows) {
    let sum = 0;
    for (const f of window.features) sum += model.weights[f] as number;
    best = Math.max(best, sum * model.scale);
  }
  return best;
}

/**
 * Leaves each corpus out in turn, trains on the rest, and scores the corpus left out; prints, per
 * probability, the asks found by the reader alone and the texts without an ask it fires on.
 */
function heldOut(): void {
  const names = corpusNames();
  const all = new Map(names.map((n) => [n, examplesOf(n)]));
  const fromRules = [...ruleExamples(), ...tableExamples()];
  const scored: { text: TextExample; logit: number }[] = [];
  for (const name of names) {
    const model = quantize(
      train([...fromRules, ...names.filter((n) => n !== name).flatMap((n) => all.get(n)!)]),
    );
    for (const text of all.get(name)!) scored.push({ text, logit: bestLogit(model, text) });
  }
  const asks = scored.filter((s) => s.text.ask);
  const clean = scored.filter((s) => !s.text.ask);
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  for (const p of [0.5, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995]) {
    const t = Math.log(p / (1 - p));
    const found = asks.filter((s) => s.logit >= t).length;
    const alarms = clean.filter((s) => s.logit >= t);
    console.log(
      `p >= ${p}: reader finds ${found}/${asks.length} (${pct(found, asks.length)}), alarms ${alarms.length}/${clean.length} (${pct(alarms.length, clean.length)})`,
    );
  }
  const cleanLogits = clean.map((c) => c.logit).sort((a, b) => b - a);
  for (const n of [5, 10, 20]) {
    const bar = cleanLogits[n] ?? -Infinity;
    const found = asks.filter((s) => s.logit > bar).length;
    console.log(
      `at ${n} alarms: reader finds ${found}/${asks.length} (${pct(found, asks.length)})`,
    );
  }
  const t = Math.log(FIRE_PROBABILITY / (1 - FIRE_PROBABILITY));
  for (const s of clean.filter((c) => c.logit >= t)) console.log(`  alarm ${s.text.id}`);
  for (const s of asks.filter((c) => c.logit < t)) console.log(`  missed ${s.text.id}`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  if (process.argv.includes('--heldout')) heldOut();
  else {
    const written = weightsModule(trainedModel());
    if (process.argv.includes('--check')) {
      if (readFileSync(WEIGHTS_FILE, 'utf8') !== written) {
        console.error(
          'job-request-weights.ts is not what training gives: run scripts/job-reader.ts',
        );
        process.exit(1);
      }
    } else writeFileSync(WEIGHTS_FILE, written);
  }
}
