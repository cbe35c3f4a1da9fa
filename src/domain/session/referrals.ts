import type { Scenario } from '../scenario/scenario.schema.ts';
import type { SessionContext } from './types.ts';

/**
 * The people the contact suggested in conversation: the scenario's `contact.referrals` whose names
 * the contact actually said (answers vary with the seed, so each session names its own).
 */
export function referralsOf(ctx: SessionContext, scenario: Scenario): string[] {
  const said = ctx.transcript
    .filter((e) => e.who === 'contact' && e.minute !== undefined)
    .map((e) => e.text)
    .join('\n');
  return scenario.contact.referrals.filter((name) => said.includes(name));
}
