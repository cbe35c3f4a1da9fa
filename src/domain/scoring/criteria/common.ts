import { stamp } from '../../calendar/calendar.ts';
import type { Scenario } from '../../scenario/scenario.schema.ts';
import type { SessionContext } from '../../session/types.ts';
import type { CreditId, PitfallId } from '../../vocabulary.ts';
import type { Found, Moment } from '../report.ts';

/** What every criterion reads: the scenario and the session's final context. */
export interface Facts {
  scenario: Scenario;
  ctx: SessionContext;
  /** Index of the last action in the inputs (-1 for none): where an absence is reported. */
  lastAction: number;
}

export type Criterion = (facts: Facts) => {
  pitfalls: Found<PitfallId>[];
  credits: Found<CreditId>[];
};

export function moment(facts: Facts, at: number, action: number, minute?: number): Moment {
  return {
    action,
    ...stamp({ weekday: facts.scenario.start.weekday }, at),
    ...(minute === undefined ? {} : { minute }),
  };
}

export const none = (): ReturnType<Criterion> => ({ pitfalls: [], credits: [] });
