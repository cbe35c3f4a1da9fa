import { replayLog } from '../domain/replay/replay.ts';
import { parseLog } from '../domain/session/log.ts';
import { LOG_VERSION, APP_VERSION } from '../domain/version.ts';
import type { CatalogEntry } from './catalog.ts';
import { SessionModel } from './session-model.svelte.ts';
import type { InProgress } from './store.ts';

/**
 * Resumes a saved session in progress by re-running its actions from its seed: the same fold as a
 * replay, so the page comes back exactly where it was. A scenario that changed since (its content
 * hash differs), or actions that no longer replay, start a fresh session and say why.
 */
export function resumeFrom(
  entry: CatalogEntry,
  saved: InProgress | undefined,
): {
  model: SessionModel | null;
  notice: string | null;
  mode: InProgress['mode'];
  drafts: NonNullable<InProgress['drafts']>;
} {
  const fresh = { mode: 'practice' as const, drafts: { said: '', subject: '', body: '' } };
  const drafts = saved?.drafts;
  const validDrafts =
    drafts !== undefined &&
    [drafts.said, drafts.subject, drafts.body].every((d) => typeof d === 'string');
  if (!saved) return { model: null, notice: null, ...fresh };
  if (!Array.isArray(saved.actions) || !Number.isInteger(saved.seed)) {
    return {
      ...fresh,
      model: null,
      notice:
        'Your unfinished session was saved damaged and could not be restored, so a fresh session has started.',
    };
  }
  if (saved.actions.length === 0) return { model: null, notice: null, ...fresh };
  if (saved.hash !== entry.hash) {
    return {
      ...fresh,
      model: null,
      notice:
        'This scenario has changed since your unfinished session was saved, so a fresh session has started.',
    };
  }
  const parsed = parseLog({
    format: 'rapport-log',
    version: LOG_VERSION,
    app: APP_VERSION,
    scenario: { id: entry.scenario.id, hash: entry.hash },
    seed: saved.seed,
    actions: saved.actions,
  });
  const replayed = parsed.ok
    ? replayLog(entry.scenario, parsed.log)
    : { ok: false as const, reason: parsed.reason };
  if (!replayed.ok) {
    return {
      ...fresh,
      model: null,
      notice: `Your unfinished session could not be restored (${replayed.reason}), so a fresh session has started.`,
    };
  }
  const count = replayed.session.accepted.length;
  return {
    mode: saved.mode === 'assessed' ? 'assessed' : 'practice',
    drafts: validDrafts ? drafts : fresh.drafts,
    model: new SessionModel(entry, saved.seed, replayed.session),
    notice: `Welcome back: your unfinished session is restored where you left it (${count} action${count === 1 ? '' : 's'}).`,
  };
}
