import { MINUTE } from '../calendar/calendar.ts';
import type { Scenario } from '../scenario/scenario.schema.ts';
import type { SessionContext } from '../session/types.ts';
import { severityIn } from '../session/facts.ts';
import {
  DEFAULT_WEIGHTS,
  PHASES,
  PITFALLS,
  type Phase,
  type PitfallId,
  type Severity,
} from '../vocabulary.ts';
import type { Criterion, Facts } from './criteria/common.ts';
import {
  longestTurn,
  noReferralAsk,
  noThanksInMeeting,
  noTimeCheck,
  notesAndResume,
  overranClock,
  talkedAboutSelf,
  turnFindings,
  unprioritizedQuestions,
  wordShare,
} from './criteria/interview.ts';
import { followUp, persistence, requestFindings } from './criteria/outreach.ts';
import { countWords } from '../text/words.ts';
import type { ClockPoint, PhaseSummary, Report, ReportCredit, ReportPitfall } from './report.ts';

/** Every criterion, in the order of the arc. */
export const CRITERIA: readonly Criterion[] = [
  requestFindings,
  persistence,
  unprioritizedQuestions,
  turnFindings,
  overranClock,
  noTimeCheck,
  talkedAboutSelf,
  noReferralAsk,
  noThanksInMeeting,
  notesAndResume,
  followUp,
];

export const PASS_MARK = 70;
/** A critical pitfall caps the score here, below the pass mark (docs/formats.md). */
export const CRITICAL_CAP = 59;

/** Severity and weight of a pitfall, after the scenario's rubric overrides. */
export function weighOf(scenario: Scenario, id: PitfallId): { severity: Severity; weight: number } {
  const severity = severityIn(scenario, id);
  return { severity, weight: scenario.rubric[id]?.weight ?? DEFAULT_WEIGHTS[severity] };
}

const START_INDEX: Record<Scenario['start']['phase'], number> = {
  request: 0,
  persistence: 1,
  interview: 3,
};

/** Each line spoken in conversation with the contact: the clock and talk-share charts' data. */
function clockPoints(ctx: SessionContext): ClockPoint[] {
  const points: ClockPoint[] = [];
  for (const entry of ctx.transcript) {
    if (entry.minute === undefined) continue;
    if (entry.who !== 'student' && entry.who !== 'contact') continue;
    points.push({ who: entry.who, minute: entry.minute, words: countWords(entry.text) });
  }
  return points;
}

/**
 * Scores a session: a pure function of the scenario and the session's final context, returning
 * the v1 report. Starts at 100 and loses each pitfall's weight; a critical pitfall caps the score
 * at 59 and fails the session; so does a session with no conversation with the contact.
 */
export function scoreSession(scenario: Scenario, ctx: SessionContext, lastAction: number): Report {
  const facts: Facts = { scenario, ctx, lastAction };
  const scoredFrom = START_INDEX[scenario.start.phase];
  const isScored = (phase: Phase) => PHASES.indexOf(phase) >= scoredFrom;

  const pitfalls: ReportPitfall[] = [];
  const credits: ReportCredit[] = [];
  for (const criterion of CRITERIA) {
    const found = criterion(facts);
    for (const p of found.pitfalls) {
      const phase = p.phase ?? PITFALLS[p.id].phase;
      if (!isScored(phase)) continue;
      pitfalls.push({
        id: p.id,
        phase,
        severity: weighOf(scenario, p.id).severity,
        at: p.at,
        evidence: p.evidence,
        guidance: PITFALLS[p.id].guidance,
      });
    }
    credits.push(...found.credits);
  }
  const order = (a: { at: { action: number } }, b: { at: { action: number } }) =>
    a.at.action - b.at.action;
  pitfalls.sort(order);
  credits.sort(order);

  const phases = Object.fromEntries(
    PHASES.map((phase): [Phase, PhaseSummary] => {
      const mine = pitfalls.filter((p) => p.phase === phase);
      return [
        phase,
        {
          scored: isScored(phase),
          lost: mine.reduce((sum, p) => sum + weighOf(scenario, p.id).weight, 0),
          pitfalls: mine.length,
        },
      ];
    }),
  ) as Record<Phase, PhaseSummary>;

  const lost = Object.values(phases).reduce((sum, p) => sum + p.lost, 0);
  const critical = pitfalls.some((p) => p.severity === 'critical');
  let score = Math.max(0, 100 - lost);
  if (critical) score = Math.min(score, CRITICAL_CAP);
  const conversed = ctx.conversations.length > 0;

  const longest = ctx.conversations
    .map(longestTurn)
    .reduce((n, t) => Math.max(n, t?.words ?? 0), 0);
  const minutesUsed = ctx.conversations.reduce((n, c) => n + c.elapsedMs, 0) / MINUTE;

  return {
    scenario: scenario.id,
    score,
    passed: conversed && !critical && score >= PASS_MARK,
    phases,
    pitfalls,
    credits,
    conversation: clockPoints(ctx),
    stats: {
      studentWordShare: Math.round(wordShare(ctx.conversations) * 100) / 100,
      longestMonologueWords: longest,
      minutesUsed: Math.round(minutesUsed * 10) / 10,
      minutesAgreed: scenario.agreedMinutes,
      attempts: ctx.calls.filter((c) => !c.appointment).length,
    },
  };
}
