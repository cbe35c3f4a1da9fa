import type { Stamp } from '../domain/calendar/calendar.ts';
import { formatCount } from '../domain/limits/index.ts';
import {
  ACTION_TYPES,
  thankYouOf,
  referralsOf,
  scoreLog,
  startSession,
  type Session,
  type SessionLog,
} from '../domain/session/index.ts';
import type { Report } from '../domain/scoring/report.ts';
import { loadEntry, type CatalogEntry } from './catalog.ts';
import type { SessionModel } from './session-model.svelte.ts';
import {
  checkContact,
  type ContactMoments,
  type ContactRecord,
  type Rescore,
} from './stored-records.ts';
import type { AttemptRecord, ContactEntry } from './store.ts';

/** A finished session as the history keeps it: the log, and the score as it was shown. */
export function attemptRecord(model: SessionModel, finishedAt: Date): AttemptRecord {
  const outcome = model.outcome();
  return {
    scenario: model.scenario.id,
    title: model.scenario.title,
    finishedAt: finishedAt.toISOString(),
    log: outcome.log,
    score: outcome.report.score,
    passed: outcome.report.passed,
    pitfalls: outcome.report.pitfalls.map((p) => p.id),
  };
}

/** Actions that reach the contact (or their assistant or voicemail); waiting and preparing do not. */
const CONTACTING = new Set(['email', 'note', 'call', 'say', 'end', 'take_notes', 'give_resume']);

/**
 * The contact log after a session: the contact, when the student first and last dealt with them,
 * conversations held, whether a thank-you went out, and the people they suggested. The moments
 * are the session's simulated calendar ("day 2, Wed 10:15"), each beside the real date the
 * session was played (`when`), which is only secondary. The student's own notes are kept.
 */
export function contactAfter(
  stored: ContactRecord | ContactEntry | undefined,
  model: SessionModel,
  when: Date,
): ContactRecord | null {
  // The entry as the store read it back, checked: a damaged one is replaced, not built upon.
  const checked = stored === undefined ? undefined : checkContact(stored);
  const previous = checked?.ok ? checked.contact : undefined;
  const session = model.session;
  const ctx = session.snapshot.context;
  if (session.accepted.length === 0) return null;
  const contact = model.scenario.contact;
  const conversed = ctx.conversations.length > 0;
  const thanks = thankYouOf(ctx)?.mail;
  const stampOf = (index: number): Stamp | null =>
    session.accepted.find((a) => a.index === index)?.at ?? null;
  const contacting = session.accepted.filter((a) => CONTACTING.has(a.action.type));
  const iso = when.toISOString();
  const referrals = [...(previous?.referrals ?? [])];
  for (const name of referralsOf(ctx, model.scenario))
    if (!referrals.includes(name)) referrals.push(name);
  const before: ContactMoments | undefined = previous?.simulated;
  const here = {
    first: contacting[0]?.at ?? null,
    last: contacting.at(-1)?.at ?? null,
    thanked: thanks ? stampOf(thanks.action) : null,
  };
  return {
    id: model.scenario.id,
    name: contact.name,
    role: contact.title,
    organization: contact.organization,
    firstContact: previous?.firstContact ?? iso,
    lastContact: iso,
    conversations: (previous?.conversations ?? 0) + (conversed ? 1 : 0),
    thankedAt: thanks ? iso : (previous?.thankedAt ?? null),
    referrals,
    notes: previous?.notes ?? '',
    simulated: {
      // A contact first met in an entry written before the simulated moments has none to keep.
      first: previous ? (before?.first ?? null) : here.first,
      last: here.last ?? before?.last ?? null,
      thanked: thanks ? here.thanked : (before?.thanked ?? null),
    },
  };
}

/**
 * Re-runs a log against today's scenario and returns the score, whether it passed, the pitfalls
 * and the scenario's title; a score stored anywhere is never read. Refuses, in plain words, a log
 * whose scenario is gone or has changed, or whose actions do not replay.
 */
export async function rescore(log: SessionLog): Promise<Rescore> {
  const unknown = log.actions.findIndex((a) => !(ACTION_TYPES as string[]).includes(a.type));
  if (unknown >= 0) {
    return {
      ok: false,
      reason: `action ${formatCount(unknown + 1)} of ${formatCount(log.actions.length)} is of a kind Rapport does not know ("${String(log.actions[unknown]?.type).slice(0, 30)}")`,
    };
  }
  const opened = await openLog(log);
  if (!opened.ok) return opened;
  return {
    ok: true,
    score: opened.report.score,
    passed: opened.report.passed,
    pitfalls: opened.report.pitfalls.map((p) => p.id),
    title: opened.entry.scenario.title,
  };
}

/** A log opened for the debrief or the replay: re-run from its actions, never trusting a score. */
export type Opened =
  | {
      ok: true;
      entry: CatalogEntry;
      log: SessionLog;
      start: Session;
      steps: Session[];
      session: Session;
      report: Report;
    }
  | { ok: false; reason: string };

export async function openLog(log: SessionLog): Promise<Opened> {
  const entry = await loadEntry(log.scenario.id);
  if (!entry) {
    return {
      ok: false,
      reason: `this replay is for a scenario called "${log.scenario.id.slice(0, 60)}", which this Rapport does not have`,
    };
  }
  const scored = scoreLog(entry.scenario, entry.hash, log, entry.earlier);
  if (!scored.ok) return scored;
  return {
    ok: true,
    entry,
    log,
    start: startSession(entry.scenario, log.seed),
    // Only the replay viewer reads the steps: the debrief does not pay for a second fold.
    get steps() {
      return scored.steps;
    },
    session: scored.session,
    report: scored.report,
  };
}

export { download, logFileName } from './download.ts';
