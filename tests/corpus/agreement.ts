import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../src/domain/scenario/scenario.schema.ts';
import { analyzeMessage } from '../../src/domain/text/message.ts';
import { analyzeRequest, splitRequestText } from '../../src/domain/text/request.ts';
import { analyzeThankYou } from '../../src/domain/text/thank-you.ts';
import { analyzeTurn } from '../../src/domain/text/turn.ts';
import { loadScenario } from '../helpers.ts';

/**
 * The labelled corpora (written fresh, to PITFALLS.md) and the analyzers' agreement with them:
 * per item, the reported ids against the labels; per id, precision and recall.
 */

export interface Labelled {
  id: string;
  text: string;
  scenario?: string | null;
  withAssistant?: boolean;
  /** Thank-yous: the medium, and what the contact said in the conversation. */
  medium?: 'email' | 'note';
  heard?: string[];
  studentName?: string | null;
  expect: {
    pitfalls: string[];
    credits: string[];
    topic?: string | null;
    open?: boolean;
    question?: boolean;
    moves?: string[];
    matchesConversation?: boolean;
  };
  note?: string;
}

export interface Outcome {
  item: Labelled;
  actual: {
    pitfalls: string[];
    credits: string[];
    topic?: string | null;
    open?: boolean;
    matchesConversation?: boolean;
  };
  agrees: boolean;
}

const scenarios = new Map<string, Scenario>();
function scenarioOf(id: string | null | undefined): Scenario | undefined {
  if (!id) return undefined;
  if (!scenarios.has(id)) scenarios.set(id, loadScenario(id).scenario);
  return scenarios.get(id);
}

export type CorpusName =
  | 'requests'
  | 'messages'
  | 'turns'
  | 'turns-apart-a'
  | 'turns-apart-b'
  | 'turns-apart-c'
  | 'requests-apart-a'
  | 'requests-apart-c'
  | 'messages-apart-a'
  | 'messages-apart-c'
  | 'thank-yous-apart-a'
  | 'thank-yous-apart-c'
  | 'turns-apart-d'
  | 'requests-apart-d'
  | 'messages-apart-d'
  | 'thank-yous-apart-d'
  | 'turns-apart-e'
  | 'requests-apart-e'
  | 'turns-apart-f'
  | 'requests-apart-f'
  | 'turns-apart-g'
  | 'turns-apart-h'
  | 'turns-apart-i'
  | 'requests-apart-g'
  | 'messages-apart-e'
  | 'thank-yous-apart-e'
  | 'turns-apart-j'
  | 'messages-apart-f'
  | 'turns-apart-k'
  | 'requests-apart-h'
  | 'turns-apart-l'
  | 'thank-yous-apart-f'
  | 'messages-apart-g'
  | 'requests-apart-i'
  | 'turns-apart-n'
  | 'turns-apart-o'
  | 'turns-apart-p'
  | 'turns-apart-q'
  | 'turns-apart-r'
  | 'turns-apart-s'
  | 'turns-apart-t'
  | 'turns-apart-u'
  | 'turns-apart-v'
  | 'turns-apart-w'
  | 'turns-apart-x'
  | 'requests-apart-j'
  | 'messages-apart-h'
  | 'turns-apart-y'
  | 'turns-apart-z'
  | 'requests-apart-k'
  | 'messages-apart-i'
  | 'turns-apart-aa'
  | 'turns-apart-ab'
  | 'requests-apart-l'
  | 'thank-yous-apart-g'
  | 'thank-yous'
  | 'thank-yous-holdout'
  | 'thank-yous-third';

export function readCorpus(name: CorpusName): Labelled[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, `${name}.json`), 'utf8')) as Labelled[];
}

const sorted = (ids: readonly string[]) => [...new Set(ids)].sort();

export function runCorpus(kind: CorpusName): Outcome[] {
  return readCorpus(kind).map((item) => {
    const scenario = scenarioOf(item.scenario);
    let matches: boolean | undefined;
    let result: {
      pitfalls: { id: string }[];
      credits: { id: string }[];
      topic?: string | null;
      open?: boolean;
    };
    if (kind.startsWith('requests'))
      result = analyzeRequest(splitRequestText(item.text), { scenario });
    else if (kind.startsWith('messages')) {
      result = analyzeMessage(item.text, {
        withAssistant: item.withAssistant ?? false,
        ...(item.studentName ? { studentName: item.studentName } : {}),
      });
    } else if (kind.startsWith('thank-yous')) {
      const analysis = analyzeThankYou(splitRequestText(item.text), {
        ...(scenario ? { scenario } : {}),
        ...(item.heard ? { heard: item.heard.map((text) => ({ text })) } : {}),
      });
      result = analysis;
      if (item.heard && analysis.credits.some((c) => c.id === 'mentions_specific_learning')) {
        matches = analysis.specifics.some((s) => s.echoes !== null);
      }
    } else result = analyzeTurn(item.text, scenario);
    const actual = {
      pitfalls: sorted(result.pitfalls.map((p) => p.id)),
      credits: sorted(result.credits.map((c) => c.id)),
      ...(kind.startsWith('turns')
        ? { topic: result.topic ?? null, open: result.open ?? false }
        : {}),
      ...(matches === undefined ? {} : { matchesConversation: matches }),
    };
    const same = (a: readonly string[], b: readonly string[]) =>
      sorted(a).join() === sorted(b).join();
    let agrees =
      same(actual.pitfalls, item.expect.pitfalls) && same(actual.credits, item.expect.credits);
    if (kind.startsWith('turns')) agrees = agrees && actual.topic === (item.expect.topic ?? null);
    if (item.expect.matchesConversation !== undefined)
      agrees = agrees && actual.matchesConversation === item.expect.matchesConversation;
    return { item, actual, agrees };
  });
}

export interface IdScore {
  id: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export function perId(outcomes: readonly Outcome[]): IdScore[] {
  const ids = new Set<string>();
  for (const o of outcomes)
    for (const id of [
      ...o.item.expect.pitfalls,
      ...o.item.expect.credits,
      ...o.actual.pitfalls,
      ...o.actual.credits,
    ])
      ids.add(id);
  return [...ids].sort().map((id) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const o of outcomes) {
      const expected = [...o.item.expect.pitfalls, ...o.item.expect.credits].includes(id);
      const actual = [...o.actual.pitfalls, ...o.actual.credits].includes(id);
      if (expected && actual) tp += 1;
      else if (actual) fp += 1;
      else if (expected) fn += 1;
    }
    return {
      id,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    };
  });
}

/** The ids a turn is checked for: each one present or absent in each text is one check. */
export const TURN_IDS = [
  'job_request',
  'hard_question',
  'high_expectations',
  'resume_offered_unasked',
  'unprofessional_remark',
  'open_question',
  'asks_notes_permission',
  'acknowledges_time',
  'offers_email_followup',
  'asks_referral',
  'thanks_contact',
  'states_information_not_job',
] as const;

/**
 * Agreement counted per check (each id present or absent in each text, and the topic) and per
 * text (every check right), with the job request's recall and its false alarms among texts
 * labelled with no pitfall.
 */
export function turnAgreement(outcomes: readonly Outcome[]) {
  const t = tally('turn', outcomes);
  return {
    texts: outcomes.length,
    exact: outcomes.filter((o) => o.agrees).length,
    checks: t.checks,
    agreed: t.agreed,
    jobRequests: t.asks,
    jobRequestsFound: t.found,
    ordinary: t.ordinary,
    jobRequestFalseAlarms: t.falseAlarms,
  };
}

/** The ids each kind's texts are checked for (PITFALLS.md, "Analyzer kinds and what each reports"). */
export const KIND_IDS = {
  request: [
    'job_request',
    'vague_subject',
    'informal_tone',
    'no_self_introduction',
    'vague_purpose',
    'no_next_step',
    'no_time_limit',
    'referral_not_early',
    'no_connection',
    'resume_sent_early',
    'too_long',
    'states_information_not_job',
    'names_referrer_early',
    'uses_connection',
    'states_time_limit',
    'proactive_next_step',
    'specific_subject',
    'formal_greeting',
    'formal_signoff',
    'graceful_exit',
  ],
  message: ['incomplete_message', 'job_request', 'informal_tone', 'proactive_next_step'],
  thank_you: [
    'generic_thank_you',
    'job_request',
    'informal_tone',
    'mentions_specific_learning',
    'reports_action_taken',
  ],
  turn: TURN_IDS,
} as const;

export function kindOfCorpus(name: CorpusName): keyof typeof KIND_IDS {
  if (name.startsWith('requests')) return 'request';
  if (name.startsWith('messages')) return 'message';
  if (name.startsWith('thank-yous')) return 'thank_you';
  return 'turn';
}

/**
 * Any corpus's agreement, counted per check (each of its kind's ids present or absent in each
 * text, and a turn's topic) and per text (every check right), with the job request's recall and
 * its false alarms among texts labelled with no pitfall.
 */
export function agreementOf(name: CorpusName) {
  const kind = kindOfCorpus(name);
  const outcomes = runCorpus(name);
  return { kind, texts: outcomes.length, ...tally(kind, outcomes) };
}

/** The counts behind both: checks agreed, texts exactly right, job requests found and false alarms. */
function tally(kind: keyof typeof KIND_IDS, outcomes: readonly Outcome[]) {
  let checks = 0;
  let agreed = 0;
  let exact = 0;
  let asks = 0;
  let found = 0;
  let ordinary = 0;
  let falseAlarms = 0;
  for (const o of outcomes) {
    const expected = new Set([...o.item.expect.pitfalls, ...o.item.expect.credits]);
    const actual = new Set([...o.actual.pitfalls, ...o.actual.credits]);
    let all = true;
    for (const id of KIND_IDS[kind]) {
      checks += 1;
      if (expected.has(id) === actual.has(id)) agreed += 1;
      else all = false;
    }
    if (kind === 'turn') {
      checks += 1;
      if ((o.actual.topic ?? null) === (o.item.expect.topic ?? null)) agreed += 1;
      else all = false;
    }
    if (all) exact += 1;
    if (expected.has('job_request')) {
      asks += 1;
      if (actual.has('job_request')) found += 1;
    } else if (o.item.expect.pitfalls.length === 0) {
      ordinary += 1;
      if (actual.has('job_request')) falseAlarms += 1;
    }
  }
  return { checks, agreed, exact, asks, found, ordinary, falseAlarms };
}
