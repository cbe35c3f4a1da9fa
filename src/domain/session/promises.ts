import type { PromiseRecord, SessionContext } from './types.ts';

/**
 * What became of a promise (PITFALLS.md edge rules): kept when the student called or wrote inside
 * its slot; settled when a reply or an appointment came before the slot ended; broken when the
 * slot passed with neither; open while the slot is still ahead.
 */
export type PromiseOutcome =
  | { status: 'kept'; by: { at: number; action: number } }
  | { status: 'settled' }
  | { status: 'broken' }
  | { status: 'open' };

export function promiseOutcome(ctx: SessionContext, made: PromiseRecord): PromiseOutcome | null {
  const slot = made.promise.slot;
  if (!slot) return null;
  const contacts = [...ctx.calls, ...ctx.emails];
  const kept = contacts.find((c) => c.action > made.action && c.at >= slot.from && c.at <= slot.to);
  if (kept) return { status: 'kept', by: { at: kept.at, action: kept.action } };
  if (ctx.settlements.some((t) => t > made.at && t <= slot.to)) return { status: 'settled' };
  return ctx.now > slot.to ? { status: 'broken' } : { status: 'open' };
}
