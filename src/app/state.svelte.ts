import type { Opened } from './attempts.ts';
import type { SessionModel } from './session-model.svelte.ts';

/** The session the debrief shows: the one the student just finished, kept across routes. */
export const finished = $state<{ model: SessionModel | null }>({ model: null });

/** A fresh seed for a new session; the domain never draws one itself. */
export function newSeed(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return (buffer[0] ?? 1) % 1_000_000;
}

/** A replay file the student imported, opened once and held until they open another (never stored). */
export const imported = $state<{ opened: Opened | null; name: string }>({
  opened: null,
  name: '',
});

/**
 * The assignment attempt just finished, for the assignment page it returns to: which assignment,
 * and the saved attempt's id (0 when it could not be saved).
 */
export const assignmentDone = $state<{ id: string | null; attempt: number | null }>({
  id: null,
  attempt: null,
});
