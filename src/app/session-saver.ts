import { describeSaveError, type Drafts, type InProgress, type Store } from './store.ts';

/**
 * Saving one session in progress, outside any component, so that its rules are tested alone:
 *
 * - writes run one after another, each over what the one before wrote;
 * - an action is written before the page shows it as done and before the next one is taken (the
 *   page awaits `commit`), so a reload at any instant loses at most the action in flight;
 * - only the page that holds the session writes: each write checks, in the same transaction,
 *   that no other page has claimed it since (`saveProgressAs`); when one has, the saver stops
 *   and says so through `onTaken`, and nothing is overwritten;
 * - saving never stops silently: a failed write is reported through `onProblem` with the
 *   browser's reason in plain words, the session goes on in memory, and the next write tries
 *   again (and clears the problem when it succeeds).
 */

/** What the page hands over to be saved: the session's state and what is typed but not sent. */
export interface SessionState {
  seed: number;
  mode: InProgress['mode'];
  actions: unknown[];
  drafts: Drafts;
  /** When the first action was taken (the wall clock, display only), once there is one. */
  startedAt?: string;
}

export type CommitResult = 'saved' | 'unsaved' | 'taken';

/**
 * What is typed, kept synchronously at every change beside the store: a page that closes or
 * reloads half a second after a keystroke has no time to finish a database write, but a
 * synchronous copy is already there. Only the drafts and the state they belong to; the actions
 * themselves are in the store.
 */
export interface MirroredDrafts {
  seed: number;
  mode: InProgress['mode'];
  drafts: Drafts;
  /** How many actions the session had: the copy belongs to that state only. */
  actions: number;
  /** Wall-clock milliseconds it was taken, to compare with the stored record's `savedAt`. */
  at: number;
}

export interface DraftMirror {
  read(key: string): MirroredDrafts | null;
  write(key: string, drafts: MirroredDrafts): void;
  clear(key: string): void;
}

/** The browser's localStorage as a draft mirror; silent where it is missing or full. */
export function localDraftMirror(): DraftMirror {
  const name = (key: string) => `rapport-drafts:${key}`;
  const storage = (): Storage | null => {
    try {
      return globalThis.localStorage ?? null;
    } catch {
      return null;
    }
  };
  return {
    read(key) {
      try {
        const text = storage()?.getItem(name(key));
        if (!text || text.length > 200_000) return null;
        const value = JSON.parse(text) as MirroredDrafts;
        return typeof value === 'object' && value !== null ? value : null;
      } catch {
        return null;
      }
    },
    write(key, drafts) {
      try {
        storage()?.setItem(name(key), JSON.stringify(drafts));
      } catch {
        // Full or refused: the store's own copy follows a moment later.
      }
    },
    clear(key) {
      try {
        storage()?.removeItem(name(key));
      } catch {
        // Nothing to clear where there is no storage.
      }
    },
  };
}

/**
 * The saved session with the newer drafts of the mirror, when the mirror belongs to the same
 * state (same seed and number of actions) and was taken after the record was saved. A mirror of
 * a session with no action yet stands for a session of drafts only. The result is checked like
 * any stored record when it is resumed.
 */
export function withMirroredDrafts(
  saved: InProgress | undefined,
  mirrored: MirroredDrafts | null,
  header: { key: string; scenario: string; hash: string },
): InProgress | undefined {
  if (!mirrored || typeof mirrored.at !== 'number') return saved;
  if (saved) {
    const newer = mirrored.at > (Date.parse(saved.savedAt) || 0);
    const same =
      mirrored.seed === saved.seed &&
      Array.isArray(saved.actions) &&
      mirrored.actions === saved.actions.length;
    return newer && same ? { ...saved, mode: mirrored.mode, drafts: mirrored.drafts } : saved;
  }
  if (mirrored.actions !== 0) return saved;
  return {
    ...header,
    seed: mirrored.seed,
    mode: mirrored.mode,
    drafts: mirrored.drafts,
    actions: [],
    savedAt: new Date(mirrored.at).toISOString(),
  };
}

export interface SaverOptions {
  key: string;
  scenario: string;
  hash: string;
  /** This page's id: the owner written into every record it saves. */
  owner: string;
  store: Store | null;
  /** Why there is no store, when the browser said (the reason opening it failed). */
  unavailable?: string | null;
  /** Why saving failed, in words a student can act on; null once it works again. */
  onProblem?: (problem: string | null) => void;
  /** Another page took the session over: this one must stop. */
  onTaken?: () => void;
  /** A synchronous copy of the drafts (localStorage in the browser); none by default. */
  mirror?: DraftMirror;
  /** The wall clock, for `savedAt` (display only). */
  now?: () => Date;
  /**
   * Told the session's actions after each commit this page still holds (and none after "Start
   * over"): a course package sends them to its LMS.
   */
  onActions?: (actions: readonly unknown[]) => void;
}

const NO_STORE = 'This browser is not letting Rapport save (private browsing may block it).';

export class SessionSaver {
  readonly key: string;
  private readonly options: SaverOptions;
  private queue: Promise<unknown> = Promise.resolve();
  private lastSignature: string | null = null;
  /**
   * The session as last committed (seed, mode, actions): a drafts save writes its drafts over
   * this, never over the page's view of the session, which lags behind while a commit is in
   * flight (a timer that fires then would otherwise write the session as it was before).
   */
  private committed: Pick<SessionState, 'seed' | 'mode' | 'actions'> | null = null;
  private taken = false;
  private finished = false;
  /** The last reason saving failed, or null while it works. */
  problem: string | null = null;

  constructor(options: SaverOptions) {
    this.options = options;
    this.key = options.key;
    if (!options.store) this.report(options.unavailable ?? NO_STORE);
  }

  /** Whether another page took the session over (this one no longer writes). */
  get isTaken(): boolean {
    return this.taken;
  }

  /** Whether there is a store to save in at all. */
  get canSave(): boolean {
    return this.options.store !== null;
  }

  /**
   * Writes the state now (after any write in flight) and resolves when it is stored: `saved`,
   * `unsaved` (the store failed; the reason went to `onProblem`), or `taken`.
   */
  commit(state: SessionState): Promise<CommitResult> {
    return this.enqueue(async () => {
      this.committed = { seed: state.seed, mode: state.mode, actions: state.actions };
      const result = await this.write(state, true);
      if (result !== 'taken') this.options.onActions?.(state.actions);
      return result;
    });
  }

  /**
   * Writes the drafts (a moment after typing stops); skipped when nothing changed. After a commit,
   * the drafts go with the committed session (its actions, and its mode once it has an action,
   * when the mode can no longer change), whatever the state handed in says: the page's view lags
   * behind while a commit is in flight, but what is typed is current. A state of another session
   * than the committed one (another seed: a file being continued, a session started over) is not
   * written at all; the page saves again once it shows that session.
   */
  saveDrafts(state: SessionState): Promise<CommitResult> {
    return this.enqueue(async () => {
      const c = this.committed;
      if (c === null) return this.write(state, false);
      if (c.seed !== state.seed) return 'saved';
      return this.write(
        { ...state, actions: c.actions, mode: c.actions.length > 0 ? c.mode : state.mode },
        false,
      );
    });
  }

  /** Resolves when every write asked for so far has landed. */
  async idle(): Promise<void> {
    await this.queue;
  }

  /**
   * Keeps a synchronous copy of the drafts at once (every keystroke): a reload or a closing tab
   * never waits for the store's write. Nothing is copied once another page holds the session.
   */
  mirrorDrafts(state: Omit<SessionState, 'actions'> & { actions: number }): void {
    if (this.taken || this.finished) return;
    this.options.mirror?.write(this.key, { ...state, at: this.now().getTime() });
  }

  /** Forgets the saved session (Start over), after the writes in flight. */
  clear(): Promise<void> {
    this.options.mirror?.clear(this.key);
    return this.enqueue(async () => {
      this.lastSignature = null;
      this.committed = null;
      if (!this.taken) this.options.onActions?.([]);
      if (this.taken || !this.options.store) return;
      try {
        await this.options.store.clearProgress(this.key, this.options.owner);
      } catch (error) {
        this.report(describeSaveError(error));
      }
    });
  }

  /**
   * The session is finished (kept as an attempt): the record in progress is forgotten and no
   * later write may bring it back.
   */
  finish(): Promise<void> {
    this.options.mirror?.clear(this.key);
    return this.enqueue(async () => {
      this.finished = true;
      if (this.taken || !this.options.store) return;
      await this.options.store.clearProgress(this.key, this.options.owner).catch(() => undefined);
    });
  }

  /** The record this state is saved as: also what a session file holds. */
  recordOf(state: SessionState): InProgress {
    return {
      key: this.key,
      scenario: this.options.scenario,
      hash: this.options.hash,
      seed: state.seed,
      mode: state.mode,
      actions: state.actions,
      drafts: state.drafts,
      savedAt: this.now().toISOString(),
      owner: this.options.owner,
      ...(state.startedAt ? { startedAt: state.startedAt } : {}),
    };
  }

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async write(state: SessionState, always: boolean): Promise<CommitResult> {
    if (this.taken) return 'taken';
    if (this.finished) return 'unsaved';
    const store = this.options.store;
    if (!store) return 'unsaved';
    // Cheap to compute whatever the session's size: the action count and the drafts themselves.
    const signature = signatureOf(state);
    if (!always && signature === this.lastSignature) return 'saved';
    try {
      const result = await store.saveProgressAs({
        ...this.recordOf(state),
        owner: this.options.owner,
      });
      if (result === 'taken') {
        this.taken = true;
        this.options.onTaken?.();
        return 'taken';
      }
      this.lastSignature = signature;
      if (this.problem !== null) this.report(null);
      return 'saved';
    } catch (error) {
      this.lastSignature = null;
      this.report(describeSaveError(error));
      return 'unsaved';
    }
  }

  private report(problem: string | null): void {
    this.problem = problem;
    this.options.onProblem?.(problem);
  }
}

function signatureOf(state: SessionState): string {
  const d = state.drafts;
  return JSON.stringify([
    state.actions.length,
    state.seed,
    state.mode,
    d.said,
    d.subject,
    d.body,
    d.medium ?? null,
    d.questions ?? null,
    d.bringResume ?? null,
  ]);
}
