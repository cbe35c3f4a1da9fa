import type { Report, ReportCredit, ReportPitfall } from '../domain/scoring/report.ts';
import type { LoggedAction, Session } from '../domain/session/engine.ts';
import type { TranscriptEntry } from '../domain/session/types.ts';
import { describeAction } from './describe-action.ts';

/**
 * The replay viewer's model: a re-run session cut into steps, one before any action and one after
 * each accepted action, each carrying the transcript lines, pitfalls and credits it added. Pure:
 * the caller has re-run the log and recomputed the report; this only arranges them.
 */

export interface ReplayStep {
  /** 0 is the start; k is the session after the k-th accepted action. */
  position: number;
  session: Session;
  /** The action this step applied, or null for the start. */
  action: LoggedAction | null;
  /** The transcript lines this step added. */
  newEntries: TranscriptEntry[];
  pitfalls: ReportPitfall[];
  credits: ReportCredit[];
}

/**
 * Cuts a replay into steps. A pitfall or credit lands on the step of the action its `at.action`
 * names; one that names no accepted action (an absence noticed after the last action, index -1)
 * lands on the last step, where the session ended.
 */
export function replaySteps(
  start: Session,
  steps: readonly Session[],
  report: Report,
): ReplayStep[] {
  const sessions = [start, ...steps];
  const actions = sessions.map((session, position) =>
    position === 0 ? null : (session.accepted[position - 1] ?? session.accepted.at(-1) ?? null),
  );
  const positionOf = new Map<number, number>();
  actions.forEach((action, position) => {
    if (action) positionOf.set(action.index, position);
  });
  const last = sessions.length - 1;
  const placed = (action: number) => positionOf.get(action) ?? last;

  return sessions.map((session, position) => {
    const before = position === 0 ? 0 : sessions[position - 1]!.snapshot.context.transcript.length;
    return {
      position,
      session,
      action: actions[position] ?? null,
      newEntries: session.snapshot.context.transcript.slice(before),
      pitfalls: report.pitfalls.filter((p) => placed(p.at.action) === position),
      credits: report.credits.filter((c) => placed(c.at.action) === position),
    };
  });
}

/** The positions of the steps with at least one pitfall, ascending. */
export function pitfallPositions(steps: readonly ReplayStep[]): number[] {
  return steps.filter((s) => s.pitfalls.length > 0).map((s) => s.position);
}

/** The first step after `from` with a pitfall, or null when there is none. */
export function nextPitfall(steps: readonly ReplayStep[], from: number): number | null {
  return pitfallPositions(steps).find((p) => p > from) ?? null;
}

/** The last step before `from` with a pitfall, or null when there is none. */
export function previousPitfall(steps: readonly ReplayStep[], from: number): number | null {
  return pitfallPositions(steps).findLast((p) => p < from) ?? null;
}

/** What the status line announces: "Step 7 of 20: You said: “…”". */
export function stepAnnouncement(step: ReplayStep, total: number): string {
  const what = step.action ? describeAction(step.action) : 'the session begins.';
  return `Step ${step.position} of ${total}: ${what}`;
}

/**
 * The student's own text an evidence quote points into (the action's text, subject or body), so
 * the quote can be shown in its context; undefined when the action has no such field.
 */
export function evidenceSource(
  session: Session,
  action: number,
  field: 'text' | 'subject' | 'body',
): string | undefined {
  const logged = session.accepted.find((a) => a.index === action)?.action;
  if (!logged) return undefined;
  if (field === 'subject' && logged.type === 'email') return logged.subject;
  if (field === 'body' && logged.type === 'email') return logged.body;
  if (field === 'text' && (logged.type === 'say' || logged.type === 'note')) return logged.text;
  return undefined;
}
