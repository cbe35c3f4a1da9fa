import {
  mailThanks,
  referralsOf,
  scoreLog,
  startSession,
  type Session,
  type SessionLog,
} from '../domain/session/index.ts';
import type { Report } from '../domain/scoring/report.ts';
import { loadEntry, type CatalogEntry } from './catalog.ts';
import type { SessionModel } from './session-model.svelte.ts';
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

/**
 * The contact log after a session: the contact, when the student first and last dealt with them,
 * conversations held, whether a thank-you went out, and the people they suggested. The student's
 * own notes are kept as they were.
 */
export function contactAfter(
  previous: ContactEntry | undefined,
  model: SessionModel,
  when: Date,
): ContactEntry | null {
  const ctx = model.session.snapshot.context;
  if (model.session.accepted.length === 0) return null;
  const contact = model.scenario.contact;
  const conversed = ctx.conversations.length > 0;
  const ended = ctx.conversations.find((c) => c.endedAt !== null)?.endedAt ?? null;
  const thanked = ended !== null && ctx.emails.some((e) => e.at >= ended && mailThanks(e));
  const iso = when.toISOString();
  const referrals = [...(previous?.referrals ?? [])];
  for (const name of referralsOf(ctx, model.scenario))
    if (!referrals.includes(name)) referrals.push(name);
  return {
    id: model.scenario.id,
    name: contact.name,
    role: contact.title,
    organization: contact.organization,
    firstContact: previous?.firstContact ?? iso,
    lastContact: iso,
    conversations: (previous?.conversations ?? 0) + (conversed ? 1 : 0),
    thankedAt: thanked ? iso : (previous?.thankedAt ?? null),
    referrals,
    notes: previous?.notes ?? '',
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
  const scored = scoreLog(entry.scenario, entry.hash, log);
  if (!scored.ok) return scored;
  return {
    ok: true,
    entry,
    log,
    start: startSession(entry.scenario, log.seed),
    steps: scored.steps,
    session: scored.session,
    report: scored.report,
  };
}

export { download, logFileName } from './download.ts';
