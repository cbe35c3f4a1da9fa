import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { act, refusal, startSession, type Session } from '../../../src/domain/session/engine.ts';
import {
  GUARDS_OF,
  WHEN_GUARD_FAILS,
  toEvent,
} from '../../../src/domain/session/session.machine.ts';
import type { Action } from '../../../src/domain/session/actions.ts';
import { ROOT, loadScenario } from '../../helpers.ts';

/**
 * What the student may do, and why not, is asked of the session machine (`snapshot.can`) and
 * worded by its table of reasons: every refusal has a reason of its own, never a generic one.
 */
const TRIES: Action[] = [
  { type: 'call' },
  { type: 'say', text: 'Hello.' },
  { type: 'end' },
  { type: 'wait', minutes: 5 },
  { type: 'wait', until: 'next_appointment' },
  { type: 'email', subject: 'Hello', body: 'Dear Ms. Smith, hello.' },
  { type: 'note', text: 'Thank you.' },
  { type: 'prepare', questions: ['What does a typical day look like?'], bring_resume: false },
  { type: 'take_notes' },
  { type: 'give_resume' },
] as Action[];

describe('the reasons table', () => {
  it('names only guards the session machine has', () => {
    const machine = startSession(loadScenario('pr-phone-referral').scenario, 1).machine;
    const guards = Object.keys(machine.implementations.guards);
    for (const byEvent of Object.values(GUARDS_OF))
      for (const names of Object.values(byEvent))
        for (const n of names ?? []) expect(guards).toContain(n);
    for (const n of Object.keys(WHEN_GUARD_FAILS)) expect(guards).toContain(n);
  });

  const goldens = readdirSync(join(ROOT, 'tests', 'golden')).filter((f) =>
    f.endsWith('.inputs.json'),
  );
  it.each(goldens)(
    'gives its own reason for every action the machine refuses, at every step of %s',
    (file) => {
      const inputs = JSON.parse(readFileSync(join(ROOT, 'tests', 'golden', file), 'utf8')) as {
        scenario: string;
        seed: number;
        actions: unknown[];
      };
      let session: Session = startSession(loadScenario(inputs.scenario).scenario, inputs.seed);
      const steps = [session];
      for (const a of inputs.actions) {
        const step = act(session, a);
        session = step.session;
        steps.push(session);
      }
      let refused = 0;
      for (const s of steps) {
        for (const a of TRIES) {
          const reason = refusal(s, a);
          const can = s.snapshot.can(toEvent(a, s.nextIndex));
          expect(reason === null).toBe(can);
          if (reason !== null) {
            refused += 1;
            expect(reason).not.toMatch(/is not possible right now/);
          }
        }
      }
      expect(refused).toBeGreaterThan(0);
    },
  );
});
