import { replayLog } from '../replay/replay.ts';
import { readingOnce } from '../text/once.ts';
import type { Scenario } from '../scenario/scenario.schema.ts';
import { scoreSession } from '../scoring/score.ts';
import type { Report } from '../scoring/report.ts';
import { playActions, type Rejection, type Session } from './engine.ts';
import { buildLog, type SessionLog } from './log.ts';
import type { TranscriptEntry } from './types.ts';

/** What `rapport play` prints, and what the debrief reads. */
export interface PlayOutput {
  log: SessionLog;
  transcript: TranscriptEntry[];
  report: Report;
  rejected: Rejection[];
}

/** The index of the last accepted action: where the session's absences are reported. */
function lastAccepted(session: Session): number {
  return session.accepted.at(-1)?.index ?? -1;
}

/** Scores a session as it stands. */
export function reportOf(session: Session): Report {
  return scoreSession(session.scenario, session.snapshot.context, lastAccepted(session));
}

export function outcomeOf(
  session: Session,
  hash: string,
  rejected: Rejection[] = [],
  student?: string,
): PlayOutput {
  return {
    log: buildLog(session, hash, student),
    transcript: session.snapshot.context.transcript,
    report: reportOf(session),
    rejected,
  };
}

/** Plays an inputs file's actions from the seed: same inputs and seed, same output. */
export function playInputs(
  scenario: Scenario,
  hash: string,
  seed: number,
  actions: readonly unknown[],
): PlayOutput {
  const { session, rejected } = playActions(scenario, seed, actions);
  return outcomeOf(session, hash, rejected);
}

export type Scored =
  | {
      ok: true;
      report: Report;
      session: Session;
      /**
       * The session after each action, for a replay viewer: not kept while scoring, and worked out
       * again (one more fold of the log) the first time this is read.
       */
      readonly steps: Session[];
    }
  | { ok: false; reason: string };

/**
 * Recomputes the report of a log against its scenario; never trusts anything stored. The replay
 * keeps one session at a time, so scoring costs memory for one session, not one per action.
 */
export function scoreLog(
  scenario: Scenario,
  hash: string,
  log: SessionLog,
  /** Hashes of earlier published versions of the scenario (scenarios/versions.json). */
  earlier: readonly string[] = [],
): Scored {
  if (log.scenario.id !== scenario.id) {
    return {
      ok: false,
      reason: `this log is for scenario "${log.scenario.id}", not "${scenario.id}"`,
    };
  }
  // A log of an earlier published version replays against today's, by today's rules (DESIGN.md,
  // "Versions").
  if (log.scenario.hash !== hash && !earlier.includes(log.scenario.hash)) {
    return {
      ok: false,
      reason: `scenario "${scenario.id}" has changed since this log was recorded (its content hash differs), so the log cannot be replayed faithfully`,
    };
  }
  // Each text of the log is read once for the replay and the report together (text/once.ts).
  return readingOnce(() => {
    const replayed = replayLog(scenario, log);
    if (!replayed.ok) return replayed;
    return scored(replayed, reportOf(replayed.session));
  });
}

function scored(
  replayed: Extract<ReturnType<typeof replayLog>, { ok: true }>,
  report: Report,
): Scored {
  return {
    ok: true,
    report,
    session: replayed.session,
    get steps() {
      return replayed.steps;
    },
  };
}
