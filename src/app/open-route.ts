import { parseLog } from '../domain/session/log.ts';
import { openLog, type Opened } from './attempts.ts';
import { SessionModel } from './session-model.svelte.ts';
import { getStore } from './persistence.svelte.ts';
import { setAsideReason } from './stored-records.ts';
import { imported } from './state.svelte.ts';

/** Opens what an `#/attempt/<n>` or `#/replay/<n|file>` route names, re-running its log. */
export async function openRoute(id: number | 'file'): Promise<Opened> {
  if (id === 'file') {
    return (
      imported.opened ?? {
        ok: false,
        reason: 'no replay file is open; choose one on the Progress page',
      }
    );
  }
  const store = await getStore();
  if (!store)
    return { ok: false, reason: 'this browser is not letting Rapport read saved attempts' };
  const record = await store.getAttempt(id);
  if (!record) {
    // A record the store's checks set aside is there, but damaged: say so, not "deleted".
    const damaged = setAsideReason(id);
    return {
      ok: false,
      reason: damaged
        ? `saved attempt ${id} is damaged (${damaged}), so it is left out`
        : `there is no saved attempt number ${id}; it may have been deleted`,
    };
  }
  // What IndexedDB hands back is checked like any file before it is replayed.
  const parsed = parseLog(record.log);
  if (!parsed.ok) return { ok: false, reason: `saved attempt ${id} is damaged: ${parsed.reason}` };
  return openLog(parsed.log);
}

/** A saved attempt as a session model for the debrief, re-run from its log. */
export async function openAttempt(
  id: number,
): Promise<{ ok: true; model: SessionModel } | { ok: false; reason: string }> {
  const opened = await openRoute(id);
  if (!opened.ok) return opened;
  return { ok: true, model: new SessionModel(opened.entry, opened.log.seed, opened.session) };
}
