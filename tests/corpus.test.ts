import { describe, expect, it } from 'vitest';
import { TOPICS } from '../src/domain/scenario/constants.ts';
import {
  KIND_IDS,
  TURN_IDS,
  agreementOf,
  kindOfCorpus,
  perId,
  readCorpus,
  runCorpus,
  turnAgreement,
} from './corpus/agreement.ts';

/**
 * The labelled corpora in tests/corpus (written fresh to PITFALLS.md, edge rules included) as
 * table-driven tests: every request and message is a test; the turn corpus is held to agreement
 * floors while the interview analyzer grows (see the closing notes of the outreach issue).
 */

describe.each(['requests', 'messages'] as const)('%s corpus', (kind) => {
  const outcomes = runCorpus(kind);

  it.each(outcomes.map((o) => [o.item.id, o] as const))(
    '%s: reports exactly the labelled ids',
    (_id, outcome) => {
      expect({ pitfalls: outcome.actual.pitfalls, credits: outcome.actual.credits }).toEqual({
        pitfalls: [...outcome.item.expect.pitfalls].sort(),
        credits: [...outcome.item.expect.credits].sort(),
      });
    },
  );

  it('has enough items, good, bad and borderline', () => {
    expect(readCorpus(kind).length).toBeGreaterThanOrEqual(kind === 'requests' ? 60 : 30);
  });
});

describe('thank-you corpus', () => {
  const outcomes = runCorpus('thank-yous');

  it.each(outcomes.map((o) => [o.item.id, o] as const))(
    '%s: reports exactly the labelled ids, and whether the point echoes the conversation',
    (_id, outcome) => {
      expect(outcome.actual).toEqual({
        pitfalls: [...outcome.item.expect.pitfalls].sort(),
        credits: [...outcome.item.expect.credits].sort(),
        ...(outcome.item.expect.matchesConversation === undefined || !outcome.item.heard
          ? {}
          : { matchesConversation: outcome.item.expect.matchesConversation }),
      });
    },
  );

  it('has at least 50 notes, good, generic, job asks and informal ones', () => {
    const items = readCorpus('thank-yous');
    expect(items.length).toBeGreaterThanOrEqual(50);
    for (const id of ['generic_thank_you', 'job_request', 'informal_tone'])
      expect(items.filter((i) => i.expect.pitfalls.includes(id)).length).toBeGreaterThan(5);
  });
});

describe.each([
  // Each written apart from the analyzer and the earlier sets, and measured before any tuning
  // (22 of 40, then 21 of 30 agreed); the rules were then generalised on them, so they are
  // floors now, not held-out scores.
  ['second', 'thank-yous-holdout', 40],
  ['third', 'thank-yous-third', 30],
] as const)('%s thank-you corpus', (_which, name, size) => {
  const outcomes = runCorpus(name);

  it('keeps the thank-you analyzer above its agreement floors', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(size);
    const scores = Object.fromEntries(perId(outcomes).map((s) => [s.id, s]));
    expect(outcomes.filter((o) => o.agrees).length / outcomes.length).toBeGreaterThanOrEqual(0.85);
    expect(scores.generic_thank_you?.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.mentions_specific_learning?.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.reports_action_taken?.recall).toBeGreaterThanOrEqual(0.85);
    expect(scores.job_request?.recall).toBeGreaterThanOrEqual(0.85);
  });
});

describe('turns corpus', () => {
  const outcomes = runCorpus('turns');

  it('has at least 150 utterances', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(150);
  });

  it('keeps the turn analyzer above its agreement floors', () => {
    const scores = Object.fromEntries(perId(outcomes).map((s) => [s.id, s]));
    expect(scores.job_request?.precision).toBeGreaterThanOrEqual(0.85);
    expect(scores.states_information_not_job?.recall).toBeGreaterThanOrEqual(0.85);
    expect(scores.open_question?.precision).toBeGreaterThanOrEqual(0.85);
    expect(scores.thanks_contact?.recall).toBeGreaterThanOrEqual(0.85);
    expect(outcomes.filter((o) => o.agrees).length / outcomes.length).toBeGreaterThanOrEqual(0.45);
  });
});

describe.each([
  // Written apart from the analyzers and the earlier corpora (the writers saw PITFALLS.md and the
  // guides only), in student voices unlike the guides' samples, and measured once before any
  // change to the rules: these floors are that measurement, so a change can only raise them.
  // The rule-language issue tunes on one and reports on a corpus written after the tuning.
  ['non-native and terse', 'turns-apart-a', { texts: 140, exact: 70, agreed: 1733, found: 21 }],
  ['rambling and spoken', 'turns-apart-b', { texts: 140, exact: 59, agreed: 1701, found: 19 }],
] as const)('turns written apart (%s)', (_voice, name, before) => {
  const outcomes = runCorpus(name);
  const measured = turnAgreement(outcomes);

  it('is labelled with turn ids and topics only', () => {
    const ids = new Set<string>(TURN_IDS);
    for (const o of outcomes) {
      for (const id of [...o.item.expect.pitfalls, ...o.item.expect.credits])
        expect(ids.has(id), `${o.item.id}: ${id}`).toBe(true);
      expect(
        o.item.expect.topic === null ||
          (TOPICS as readonly string[]).includes(o.item.expect.topic ?? ''),
      ).toBe(true);
    }
    expect(measured.jobRequests).toBeGreaterThanOrEqual(35);
  });

  it('keeps the turn analyzer at or above what it scored before any tuning', () => {
    expect(measured.texts).toBe(before.texts);
    expect(measured.exact).toBeGreaterThanOrEqual(before.exact);
    expect(measured.agreed).toBeGreaterThanOrEqual(before.agreed);
    expect(measured.jobRequestsFound).toBeGreaterThanOrEqual(before.found);
    expect(measured.jobRequestFalseAlarms).toBe(0);
  });
});

describe.each([
  // Written apart from the rules, each in voices unlike the guides' samples, and measured once
  // before any change (README, "Figures"). The rule-language issue tuned the rules on them, by the
  // definitions: these floors are what they score now, so a change can only keep or raise them.
  ['turns-apart-a', 0.97],
  ['turns-apart-b', 0.96],
  ['turns-apart-c', 0.97],
  ['requests-apart-a', 0.99],
  ['requests-apart-c', 0.99],
  ['messages-apart-a', 1],
  ['messages-apart-c', 0.98],
  ['thank-yous-apart-a', 0.99],
  ['thank-yous-apart-c', 0.98],
  ['turns-apart-d', 0.96],
  ['requests-apart-d', 0.98],
  ['messages-apart-d', 0.93],
  ['thank-yous-apart-d', 0.97],
] as const)('%s, written apart and tuned on', (name, floor) => {
  const a = agreementOf(name);

  it("is labelled with its kind's ids only", () => {
    const ids = new Set<string>(KIND_IDS[kindOfCorpus(name)]);
    for (const item of readCorpus(name))
      for (const id of [...item.expect.pitfalls, ...item.expect.credits])
        expect(ids.has(id), `${item.id}: ${id}`).toBe(true);
  });

  it('agrees on its checks at or above its floor, and finds every job request with no false alarm', () => {
    expect(a.agreed / a.checks).toBeGreaterThanOrEqual(floor);
    expect(a.found).toBe(a.asks);
    expect(a.falseAlarms).toBe(0);
  });
});

describe.each([
  // Written after the tuning, by a writer who saw only PITFALLS.md and the guides, in voices none
  // of the earlier sets used (career changer, Gen Z, international graduate student, shy), and
  // measured once: job requests found 33 of 36 and 11 of 13. These floors are that measurement.
  ['turns-apart-e', { agreed: 1513, found: 33 }],
  ['requests-apart-e', { agreed: 591, found: 11 }],
  // Written after e was tuned on (first-generation, student-athlete, transfer, over-prepared),
  // measured once: 27 of 31 and 11 of 11 (one false alarm then, none since).
  ['turns-apart-f', { agreed: 1261, found: 27 }],
  ['requests-apart-f', { agreed: 475, found: 11 }],
  // Written after f was tuned on (a veteran, a returning parent, chat-style typing), measured
  // once: 21 of 32, one false alarm then, none since.
  ['turns-apart-g', { agreed: 1129, found: 21 }],
  // Written after g was tuned on: 40 job asks in every voice, and field questions that use
  // "hiring", "internship" and "apply" in general; measured once after a first round of rules
  // that generalise (28 of 40 before it, 30 of 40 after).
  ['turns-apart-h', { agreed: 1131, found: 30 }],
  // Written after h was tuned on, measured once: 17 of 22, 9 of 10, 4 of 6 and 6 of 6 (two false
  // alarms in the turns then, none since).
  ['turns-apart-i', { agreed: 624, found: 17 }],
  ['requests-apart-g', { agreed: 474, found: 9 }],
  ['messages-apart-e', { agreed: 59, found: 4 }],
  ['thank-yous-apart-e', { agreed: 80, found: 6 }],
  // Written after i was tuned on (36 students, each in their own situation), measured once: 26 of
  // 36 and 5 of 7.
  ['turns-apart-j', { agreed: 992, found: 26 }],
  ['messages-apart-f', { agreed: 51, found: 5 }],
  // Written after j was tuned on (38 students with concrete lives: shift work, substitute lists,
  // trial days), measured once: 22 of 38 and 8 of 8.
  ['turns-apart-k', { agreed: 998, found: 22 }],
  ['requests-apart-h', { agreed: 315, found: 8 }],
  // Written after k was tuned on, measured once: 28 of 40 (two false alarms then, none since), 7 of
  // 8, 8 of 8 and 8 of 8.
  ['turns-apart-l', { agreed: 1114, found: 28 }],
  ['thank-yous-apart-f', { agreed: 89, found: 7 }],
  ['messages-apart-g', { agreed: 59, found: 8 }],
  ['requests-apart-i', { agreed: 353, found: 8 }],
  // Written after l was tuned on (45 people, each with a private brief), measured once: 28 of 45,
  // one false alarm then, none since.
  ['turns-apart-n', { agreed: 1236, found: 28 }],
  // Written after n was tuned on and after issue 12's third step (50 asks in eleven voices, 50
  // field questions close to an ask), measured once: 37 of 50, agreement 1,334 of 1,430 checks,
  // two false alarms then ("Is logistics hiring right now?", "when hospitals hire new nurses"),
  // none since.
  ['turns-apart-o', { agreed: 1334, found: 37 }],
  // Written after o was tuned on (60 spoken turns in seven voices, 30 asks and 30 near misses),
  // measured once: 26 of 30, no false alarm, 732 of 780 checks (its topics are all left null).
  ['turns-apart-p', { agreed: 732, found: 26 }],
  // Written after p was tuned on (60 turns in seven other voices), measured once: 20 of 30, no
  // false alarm, 725 of 780 checks (topics left null).
  ['turns-apart-q', { agreed: 725, found: 20 }],
  // Written after q was tuned on (twelve students with concrete lives, asks often buried in a
  // longer turn), measured once: 26 of 30, no false alarm, 738 of 780 checks.
  ['turns-apart-r', { agreed: 738, found: 26 }],
  // Written after r was tuned on (2026-12-02; non-native engineering English, terse texting,
  // rambling, nervous speech), measured once: 26 of 30, no false alarm, 728 of 780 checks.
  ['turns-apart-s', { agreed: 728, found: 26 }],
  // Written with s: outreach emails and phone introductions, and messages, labelled for the job
  // request (and its negation) only, so their agreement counts every other id as absent; measured
  // once: 11 of 12 and 7 of 8, no false alarm.
  ['requests-apart-j', { agreed: 374, found: 11 }],
  ['messages-apart-h', { agreed: 38, found: 7 }],
  // Written while s was tuned on (career changer, formal international student, jokey, anxious),
  // measured once after that tuning: 21 of 30, no false alarm, 710 of 780 checks.
  ['turns-apart-t', { agreed: 710, found: 21 }],
  // Written after s and t were tuned on (first-generation community college, Gen Z, Spanish L1,
  // veteran), measured once: 22 of 30, no false alarm, 718 of 780 checks.
  ['turns-apart-u', { agreed: 718, found: 22 }],
  // Written after u was tuned on (a retiree, an honors student, Chinese L1, an electrician moving
  // to estimating), measured once: 23 of 30, no false alarm, 721 of 780 checks.
  ['turns-apart-v', { agreed: 721, found: 23 }],
  // Written after v was tuned on and after the composed rule (80 turns: Korean L1, a single parent
  // at night school, a start-up talker, a first job from a farming town), measured once: 29 of 40,
  // one false alarm then ("you've got a shift"), none since; 966 of 1,040 checks.
  ['turns-apart-w', { agreed: 966, found: 29 }],
  // Written after w was tuned on (80 turns: Arabic L1, laid off at 45, a theatre student, a literal
  // engineer; each ask naming the workplace in the student's words), measured once: 33 of 40, one
  // false alarm then ("I am NOT fishing for a spot on your crew!"), none since; 973 of 1,040 checks.
  ['turns-apart-x', { agreed: 973, found: 33 }],
  // Written after x was tuned on (2026-12-03; turns y: Nigerian and formal Indian English, a
  // high-school senior, a PhD leaving academia, speech-to-text dictation, Portuguese L1, a
  // military spouse, a musician; turns z: French and Russian L1, an evening-program parent, a
  // stammer transcribed, a salesman, a rural first-generation student, a lab graduate student, a
  // re-entry student in his fifties; requests k and messages i labelled for the job request only),
  // measured once with the rules alone: 33 of 40, 27 of 40 (two false alarms), 9 of 10 and 4 of 8;
  // then once with the learned reader trained without them: 38, 37, 9 and 6.
  ['turns-apart-y', { agreed: 976, found: 33 }],
  ['turns-apart-z', { agreed: 956, found: 27 }],
  ['requests-apart-k', { agreed: 308, found: 9 }],
  ['messages-apart-i', { agreed: 49, found: 4 }],
  // Written while the reader was built, by writers who saw only PITFALLS.md and the guides (turns
  // aa: Ghanaian, Filipino, Polish L1, a deaf student typing, a homeschooled 17-year-old, a chef
  // turning to food science, Persian L1, a Texan rancher's kid, formal Egyptian English; turns ab:
  // Kenyan, Brazilian, Cantonese L1, all-lowercase chat, an over-apologizer, a punk musician, a
  // returned Peace Corps volunteer, a debate champion; requests l and thank-yous g for the job
  // request only), measured once when it was done: 43 of 45, 38 of 40, 9 of 10 and 8 of 8 (the rules
  // alone: 36, 30, 9 and 8), one false alarm then (the rules', in a thank-you), none since.
  ['turns-apart-aa', { agreed: 1102, found: 43 }],
  ['turns-apart-ab', { agreed: 978, found: 38 }],
  ['requests-apart-l', { agreed: 321, found: 9 }],
  ['thank-yous-apart-g', { agreed: 53, found: 8 }],
] as const)('%s, written after the tuning', (name, measured) => {
  const a = agreementOf(name);
  it('keeps at least the agreement it had when first measured, with no false alarm', () => {
    expect(a.agreed).toBeGreaterThanOrEqual(measured.agreed);
    expect(a.found).toBeGreaterThanOrEqual(measured.found);
    expect(a.falseAlarms).toBe(0);
  });
});

describe('the corpora together', () => {
  it('hold at least 60 texts that ask for a job and 200 ordinary questions about a field', () => {
    const names = [
      'turns',
      'turns-apart-a',
      'turns-apart-b',
      'turns-apart-c',
      'turns-apart-d',
    ] as const;
    const items = names.flatMap((n) => readCorpus(n));
    expect(
      items.filter((i) => i.expect.pitfalls.includes('job_request')).length,
    ).toBeGreaterThanOrEqual(60);
    expect(
      items.filter((i) => i.expect.pitfalls.length === 0 && (i.expect.topic ?? null) !== null)
        .length,
    ).toBeGreaterThanOrEqual(200);
  });
});
