import type { Scenario } from '../scenario/scenario.schema.ts';
import { act, startSession, type Session } from '../session/engine.ts';
import { actionOf, type SessionLog } from '../session/log.ts';

export type Replayed =
  { ok: true; session: Session; steps: Session[] } | { ok: false; reason: string };

/**
 * Re-runs a log's actions through the session machine, a pure fold. A stored score is never
 * trusted: whatever the log claims, this recomputes. `steps` holds the session after each action,
 * for a replay viewer.
 */
export function replayLog(scenario: Scenario, log: SessionLog): Replayed {
  let session = startSession(scenario, log.seed);
  const steps: Session[] = [];
  let previous = -1;
  for (const [position, entry] of log.actions.entries()) {
    const index = entry.index ?? position;
    if (index <= previous) {
      return { ok: false, reason: `the log's action ${position} is out of order (index ${index})` };
    }
    previous = index;
    const step = act({ ...session, nextIndex: index }, actionOf(entry));
    if (!step.ok) {
      return {
        ok: false,
        reason: `the log's action ${position} (${entry.type}) cannot be replayed: ${step.reason}`,
      };
    }
    session = step.session;
    steps.push(session);
  }
  return { ok: true, session, steps };
}
