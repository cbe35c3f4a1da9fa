import type { Stamp } from '../calendar/calendar.ts';
import type { Evidence } from '../text/turn.ts';
import type { CreditId, Phase, PitfallId, Severity } from '../vocabulary.ts';

/** Where a pitfall or credit happened: the action's index in the inputs, and the time. */
export interface Moment extends Stamp {
  action: number;
  /** Conversation minute, when it happened in a conversation. */
  minute?: number;
}

export interface ReportPitfall {
  id: PitfallId;
  phase: Phase;
  severity: Severity;
  at: Moment;
  evidence: Evidence;
  guidance: string;
}

export interface ReportCredit {
  id: CreditId;
  at: Moment;
  evidence: Evidence;
}

export interface PhaseSummary {
  scored: boolean;
  lost: number;
  pitfalls: number;
}

/** The report format (v1) of DESIGN.md. */
export interface Report {
  scenario: string;
  score: number;
  passed: boolean;
  phases: Record<Phase, PhaseSummary>;
  pitfalls: ReportPitfall[];
  credits: ReportCredit[];
  stats: {
    studentWordShare: number;
    longestMonologueWords: number;
    minutesUsed: number;
    minutesAgreed: number;
    attempts: number;
  };
}

/** What a criterion finds, before severity, weight and guidance are attached. */
export interface Found<Id extends string> {
  id: Id;
  /** Overrides the pitfall's home phase (a job request during the interview). */
  phase?: Phase;
  at: Moment;
  evidence: Evidence;
}
