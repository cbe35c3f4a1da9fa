import type { Report } from '../domain/scoring/report.ts';
import { PITFALLS, type PitfallId } from '../domain/vocabulary.ts';
import type { ScenarioSummary } from './catalog.ts';

/**
 * What to practice next, from a report: the costliest pitfalls first (critical, then major, then
 * minor; one suggestion per pitfall), each with the scenario that exercises it best, preferring
 * another scenario than the one just played.
 */

/** The scenarios that put each pitfall most to the test, best first. */
const EXERCISED_BY: Partial<Record<PitfallId, readonly string[]>> = {
  job_request: ['alumna-opening', 'pr-phone-referral'],
  talked_about_self: ['pr-phone-referral', 'alumna-opening'],
  overran_clock: ['engineer-talkative', 'executive-ten-minutes'],
  no_time_check: ['executive-ten-minutes', 'engineer-talkative'],
  unprioritized_questions: ['executive-ten-minutes', 'gable-persistence'],
  unresearched_question: ['executive-ten-minutes', 'psych-email-referral'],
  high_expectations: ['alumna-opening', 'executive-ten-minutes'],
  resume_offered_unasked: ['alumna-opening', 'pr-phone-referral'],
  no_referral_ask: ['pr-phone-referral', 'executive-ten-minutes'],
  gave_up_early: ['gable-persistence', 'accountant-screened'],
  too_persistent: ['gable-persistence'],
  incomplete_message: ['gable-persistence', 'accountant-screened'],
  broken_promise: ['gable-persistence', 'psych-email-referral'],
  no_help_sought: ['gable-persistence', 'accountant-screened'],
  inflexible: ['pr-phone-referral'],
  vague_subject: ['psych-email-referral', 'alumna-opening'],
  no_next_step: ['psych-email-referral', 'alumna-opening'],
  referral_not_early: ['psych-email-referral', 'pr-phone-referral'],
  no_connection: ['alumna-opening', 'psych-email-referral'],
  wrong_medium: ['psych-email-referral'],
  generic_thank_you: ['pr-phone-referral', 'engineer-talkative'],
};

const SEVERITY_ORDER = { critical: 0, major: 1, minor: 2 } as const;

export interface Suggestion {
  pitfall: PitfallId;
  guidance: string;
  scenario: ScenarioSummary | null;
}

export function practiceNext(
  report: Report,
  current: string,
  catalog: readonly ScenarioSummary[],
  limit = 3,
): Suggestion[] {
  const seen = new Set<PitfallId>();
  const pitfalls = [...report.pitfalls]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .filter((p) => !seen.has(p.id) && seen.add(p.id));
  return pitfalls.slice(0, limit).map((p) => {
    const ids = EXERCISED_BY[p.id] ?? [];
    const pick =
      ids.find((id) => id !== current && catalog.some((s) => s.id === id)) ??
      ids.find((id) => catalog.some((s) => s.id === id));
    return {
      pitfall: p.id,
      guidance: PITFALLS[p.id].guidance,
      scenario: catalog.find((s) => s.id === pick) ?? null,
    };
  });
}

/** After a clean session: a harder scenario the student has not just played. */
export function nextChallenge(
  current: string,
  catalog: readonly ScenarioSummary[],
): ScenarioSummary | null {
  const order = { introductory: 0, intermediate: 1, advanced: 2 } as const;
  const here = catalog.find((s) => s.id === current);
  const level = here ? order[here.difficulty] : 0;
  return (
    catalog.find((s) => s.id !== current && order[s.difficulty] > level) ??
    catalog.find((s) => s.id !== current) ??
    null
  );
}
