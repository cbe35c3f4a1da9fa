import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../src/domain/scenario/scenario.schema.ts';
import { analyzeTurn } from '../src/domain/text/turn.ts';
import { ROOT, loadScenario } from './helpers.ts';

/**
 * How the contact understands questions it has never seen (issue 12, "Understanding questions"):
 * tables of natural questions over every scenario, written apart from the scenario files' keywords
 * and examples and from the built-in examples (casual, indirect, long with context first, with
 * typos, in second-language English), each labelled with the topic that should answer it, or null
 * when no topic of the scenario does (small talk, the contact's private life).
 *
 * An in-bank question is answered from the right topic when the contact would answer it (it reads
 * as a question and its reading is confident) from that topic; it is met with a clarification when
 * the contact would ask what the student means. An out-of-bank question must be met with a
 * clarification rather than an answer.
 */

interface Question {
  id: string;
  scenario: string;
  text: string;
  topic: string | null;
  style: string;
}

const DIR = join(ROOT, 'tests', 'questions');
const tables = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const questions: Question[] = tables.flatMap(
  (f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Question[],
);

const scenarios = new Map<string, Scenario>();
function scenarioOf(id: string): Scenario {
  let found = scenarios.get(id);
  if (!found) {
    found = loadScenario(id).scenario;
    scenarios.set(id, found);
  }
  return found;
}

type Outcome = 'right' | 'wrong' | 'clarified';
function outcomeOf(q: Question): Outcome {
  const a = analyzeTurn(q.text, scenarioOf(q.scenario));
  const answered = a.question || a.open ? a.topic : null;
  if (answered === null) return 'clarified';
  return answered === q.topic ? 'right' : 'wrong';
}

const inBank = questions.filter((q) => q.topic !== null);
const outOfBank = questions.filter((q) => q.topic === null);
const outcomes = new Map(questions.map((q) => [q.id, outcomeOf(q)]));
const share = (qs: readonly Question[], o: Outcome) =>
  qs.filter((q) => outcomes.get(q.id) === o).length / qs.length;

describe('the natural-question tables', () => {
  it('hold at least 300 in-bank questions over every scenario and 40 that no topic answers', () => {
    expect(inBank.length).toBeGreaterThanOrEqual(300);
    expect(outOfBank.length).toBeGreaterThanOrEqual(40);
    const ids = new Set(questions.map((q) => q.id));
    expect(ids.size).toBe(questions.length);
    for (const q of questions) {
      // a topic the scenario's bank answers: a built-in one, or one of the scenario's own
      const bank = scenarioOf(q.scenario).questionBank.map((e) => e.topic);
      expect(q.topic === null || bank.includes(q.topic), q.id).toBe(true);
    }
  });
});

describe('the contact understands questions in students’ own words', () => {
  // The bar (README "Figures" has the measured values: 92% right, 2% clarified, 93% of
  // the others clarified; table c, held out, first measured 90.5%, 4.8% and 92%).
  it('answers in-bank questions from the right topic', () => {
    expect(share(inBank, 'right')).toBeGreaterThanOrEqual(FLOORS.right);
  });

  it('rarely meets an in-bank question with a clarification', () => {
    expect(share(inBank, 'clarified')).toBeLessThan(FLOORS.clarified);
  });

  it('meets a question no topic answers with a clarification, not a wrong answer', () => {
    expect(share(outOfBank, 'clarified')).toBeGreaterThanOrEqual(FLOORS.outClarified);
  });
});

const FLOORS = { right: 0.9, clarified: 0.05, outClarified: 0.9 };
