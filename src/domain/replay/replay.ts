import type { Scenario } from '../scenario/scenario.schema.ts';
import { act, startSession, type Session } from '../session/engine.ts';
import { actionOf, type SessionLog } from '../session/log.ts';

export type Folded = { ok: true; session: Session } | { ok: false; reason: string };

export type Replayed =
  | {
      ok: true;
      session: Session;
      /**
       * The session after each action, for a replay viewer. Unless `{ steps: true }` was asked
       * for, they are not kept by the replay: the fold is run again, keeping them, the first time
       * this is read. Scoring never reads it.
       */
      readonly steps: Session[];
    }
  | { ok: false; reason: string };

export interface ReplayOptions {
  /** Keep the session after each action while replaying (the replay viewer's steps). */
  steps?: boolean;
}

let folded = 0;

/**
 * Actions folded by replays since this module loaded. It only grows; a test reads it before and
 * after a call to measure the work a replay did, which unlike a clock does not depend on how busy
 * the machine is.
 */
export function foldedActions(): number {
  return folded;
}

/**
 * Re-runs a log's actions through the session machine, a pure fold, keeping only the session it
 * reaches (memory in proportion to one session, however long the log). `onStep` sees the session
 * after each action. A stored score is never trusted: whatever the log claims, this recomputes.
 */
export function foldLog(
  scenario: Scenario,
  log: SessionLog,
  onStep?: (session: Session) => void,
): Folded {
  let session = startSession(scenario, log.seed);
  let previous = -1;
  for (const [position, entry] of log.actions.entries()) {
    const index = entry.index ?? position;
    if (index <= previous) {
      return { ok: false, reason: `the log's action ${position} is out of order (index ${index})` };
    }
    previous = index;
    folded += 1;
    const step = act({ ...session, nextIndex: index }, actionOf(entry));
    if (!step.ok) {
      return {
        ok: false,
        reason: `the log's action ${position} (${entry.type.slice(0, 40)}) cannot be replayed: ${step.reason}`,
      };
    }
    session = step.session;
    onStep?.(session);
  }
  return { ok: true, session };
}

function keptSteps(scenario: Scenario, log: SessionLog): Session[] {
  const steps: Session[] = [];
  foldLog(scenario, log, (session) => steps.push(session));
  return steps;
}

/**
 * Replays a log: the session it reaches and, for a replay viewer, the session after each action
 * (`steps`, kept while replaying with `{ steps: true }`, otherwise worked out again when first
 * read). The same fold as `foldLog`.
 */
export function replayLog(
  scenario: Scenario,
  log: SessionLog,
  options: ReplayOptions = {},
): Replayed {
  if (options.steps) {
    const steps: Session[] = [];
    const result = foldLog(scenario, log, (session) => steps.push(session));
    return result.ok ? { ok: true, session: result.session, steps } : result;
  }
  const result = foldLog(scenario, log);
  if (!result.ok) return result;
  let steps: Session[] | undefined;
  return {
    ok: true,
    session: result.session,
    get steps() {
      steps ??= keptSteps(scenario, log);
      return steps;
    },
  };
}
