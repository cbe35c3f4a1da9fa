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

/** What the contact said that a credited point echoes (an extension of the v1 report). */
export interface Echo {
  quote: string;
  minute?: number;
}

export interface ReportCredit {
  id: CreditId;
  at: Moment;
  evidence: Evidence;
  /** A thank-you's specific point that matches what the contact actually said. */
  echoes?: Echo;
}

export interface PhaseSummary {
  scored: boolean;
  lost: number;
  pitfalls: number;
}

/** One line spoken in a conversation with the contact, for the clock and talk-share charts. */
export interface ClockPoint {
  who: 'student' | 'contact';
  /** Conversation minute at which the line starts. */
  minute: number;
  words: number;
}

/** The report format (v1) of docs/formats.md. */
export interface Report {
  scenario: string;
  score: number;
  passed: boolean;
  phases: Record<Phase, PhaseSummary>;
  pitfalls: ReportPitfall[];
  credits: ReportCredit[];
  /** Each line spoken in the conversation with the contact (an extension of the v1 report). */
  conversation: ClockPoint[];
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
  echoes?: Echo;
}
