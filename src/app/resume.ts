import { replayLog } from '../domain/replay/replay.ts';
import { parseLog } from '../domain/session/log.ts';
import { LOG_VERSION, APP_VERSION } from '../domain/version.ts';
import type { CatalogEntry } from './catalog.ts';
import { parseSavedSession } from './session-file.ts';
import { SessionModel } from './session-model.svelte.ts';
import type { Drafts, InProgress } from './store.ts';

export interface Resumed {
  /** The session restored, or a fresh one (drafts-only sessions keep their seed). */
  model: SessionModel | null;
  /** What the student is told about it, or null when there was nothing to restore. */
  notice: string | null;
  mode: InProgress['mode'];
  drafts: Drafts;
  /** Whether anything (actions or drafts) came back: "Start over" is offered when it did. */
  restored: boolean;
  /** Why nothing could be restored, in a clause ("the scenario has changed since"), when so. */
  problem?: string;
}

export const NO_DRAFTS: Drafts = { said: '', subject: '', body: '' };

/** Whether a session of no action holds anything the student chose: text, a list or a choice. */
function hasChoices(mode: InProgress['mode'], drafts: Drafts | undefined): boolean {
  return (
    mode !== 'practice' ||
    (drafts !== undefined &&
      (drafts.said !== '' ||
        drafts.subject !== '' ||
        drafts.body !== '' ||
        (drafts.questions?.length ?? 0) > 0 ||
        drafts.bringResume === false ||
        drafts.medium === 'note'))
  );
}

/**
 * Resumes a saved session in progress by re-running its actions from its seed: the same fold as a
 * replay, so the page comes back exactly where it was, drafts, mode and question list included. A
 * record that is damaged, a scenario that changed since (its content hash differs), or actions
 * that no longer replay, start a fresh session and say why. The record is checked as strictly as
 * an imported file: the browser's store is not trusted either.
 */
export function resumeFrom(entry: CatalogEntry, saved: unknown): Resumed {
  const fresh = { mode: 'practice' as const, drafts: NO_DRAFTS, restored: false };
  if (saved === undefined || saved === null) return { model: null, notice: null, ...fresh };
  const parsed = parseSavedSession(saved);
  if (!parsed.ok) {
    return {
      ...fresh,
      model: null,
      problem: `it is damaged (${parsed.reason})`,
      notice: `Your unfinished session was saved damaged (${parsed.reason}) and could not be restored, so a fresh session has started.`,
    };
  }
  const session = parsed.session;
  if (session.scenario !== entry.scenario.id) {
    return {
      ...fresh,
      model: null,
      problem: 'it is a session of another scenario',
      notice: `That session belongs to another scenario (“${session.scenario.slice(0, 60)}”), so a fresh session has started here.`,
    };
  }
  if (session.hash !== entry.hash) {
    return {
      ...fresh,
      model: null,
      problem: 'this scenario has changed since it was saved',
      notice:
        'This scenario has changed since your unfinished session was saved, so a fresh session has started.',
    };
  }
  const mode = session.mode;
  const drafts = session.drafts ?? NO_DRAFTS;
  if (session.actions.length === 0) {
    if (!hasChoices(mode, drafts)) return { model: null, notice: null, ...fresh };
    return {
      model: new SessionModel(entry, session.seed),
      notice: 'Welcome back: what you had typed and chosen is restored.',
      mode,
      drafts,
      restored: true,
    };
  }
  const log = parseLog({
    format: 'rapport-log',
    version: LOG_VERSION,
    app: APP_VERSION,
    scenario: { id: entry.scenario.id, hash: entry.hash },
    seed: session.seed,
    actions: session.actions,
  });
  const replayed = log.ok
    ? replayLog(entry.scenario, log.log)
    : { ok: false as const, reason: log.reason };
  if (!replayed.ok) {
    return {
      ...fresh,
      model: null,
      problem: replayed.reason,
      notice: `Your unfinished session could not be restored (${replayed.reason}), so a fresh session has started.`,
    };
  }
  const count = replayed.session.accepted.length;
  return {
    mode,
    drafts,
    model: new SessionModel(entry, session.seed, replayed.session),
    notice: `Welcome back: your unfinished session is restored where you left it (${count} action${count === 1 ? '' : 's'}).`,
    restored: true,
  };
}
