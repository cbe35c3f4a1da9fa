import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SessionSaver,
  withMirroredDrafts,
  type SessionState,
} from '../../src/app/session-saver.ts';
import { openStore, type InProgress, type Store } from '../../src/app/store.ts';

const opened: Store[] = [];
async function freshStore(factory: IDBFactory = new IDBFactory()): Promise<Store> {
  const store = await openStore(factory);
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

const drafts = { said: '', subject: '', body: '' };
const state = (actions: number, extra: Partial<SessionState> = {}): SessionState => ({
  seed: 5,
  mode: 'practice',
  actions: Array.from({ length: actions }, (_, i) => ({ type: 'wait', hours: 1, index: i })),
  drafts,
  ...extra,
});

function saverOver(store: Store | null, owner: string, extra = {}) {
  return new SessionSaver({
    key: 'pr-phone-referral',
    scenario: 'pr-phone-referral',
    hash: 'sha256:x',
    owner,
    store,
    now: () => new Date('2026-01-05T10:00:00.000Z'),
    ...extra,
  });
}

describe('the session saver', () => {
  it('tells a course package each commit’s actions, none after Start over, nothing once taken', async () => {
    const store = await freshStore();
    const told: number[] = [];
    const saver = saverOver(store, 'tab-a', {
      onActions: (a: readonly unknown[]) => told.push(a.length),
    });
    await saver.commit(state(1));
    await saver.commit(state(2));
    await saver.saveDrafts(state(2));
    await saver.clear();
    expect(told).toEqual([1, 2, 0]);
    await saver.commit(state(1));
    await store.claimProgress('pr-phone-referral', 'tab-b');
    expect(await saver.commit(state(2))).toBe('taken');
    expect(told).toEqual([1, 2, 0, 1]);
  });

  it('stores each action before its commit resolves, in order', async () => {
    const store = await freshStore();
    const saver = saverOver(store, 'tab-a');
    const results = await Promise.all([
      saver.commit(state(1)),
      saver.commit(state(2)),
      saver.commit(state(3)),
    ]);
    expect(results).toEqual(['saved', 'saved', 'saved']);
    const saved = await store.loadProgress('pr-phone-referral');
    expect(saved?.actions).toHaveLength(3);
    expect(saved?.owner).toBe('tab-a');
  });

  it('keeps drafts, the mode and the question list', async () => {
    const store = await freshStore();
    const saver = saverOver(store, 'tab-a');
    const typed = {
      said: 'How did you',
      subject: 'Thanks',
      body: 'Dear',
      medium: 'note' as const,
      questions: ['b?', 'a?'],
      bringResume: false,
    };
    await saver.saveDrafts(state(0, { mode: 'assessed', drafts: typed }));
    const saved = await store.loadProgress('pr-phone-referral');
    expect(saved).toMatchObject({ mode: 'assessed', drafts: typed, actions: [] });
  });

  it('never overwrites a session another page has claimed, and says so once', async () => {
    const store = await freshStore();
    const onTaken = vi.fn();
    const first = saverOver(store, 'tab-a', { onTaken });
    await first.commit(state(2));
    // A second tab takes the session over: it reads what the first saved and now holds it.
    const claimed = await store.claimProgress('pr-phone-referral', 'tab-b');
    expect(claimed?.actions).toHaveLength(2);
    const second = saverOver(store, 'tab-b');
    await second.commit(state(3));
    expect(await first.commit(state(9))).toBe('taken');
    expect(await first.saveDrafts(state(9))).toBe('taken');
    expect(onTaken).toHaveBeenCalledTimes(1);
    expect((await store.loadProgress('pr-phone-referral'))?.actions).toHaveLength(3);
    expect(first.isTaken).toBe(true);
  });

  it('lets two pages acting in the same instant write only one session', async () => {
    const store = await freshStore();
    await store.claimProgress('pr-phone-referral', 'tab-a');
    await saverOver(store, 'tab-a').commit(state(1));
    await store.claimProgress('pr-phone-referral', 'tab-b');
    const [a, b] = await Promise.all([
      saverOver(store, 'tab-a').commit(state(5)),
      saverOver(store, 'tab-b').commit(state(2)),
    ]);
    expect([a, b]).toEqual(['taken', 'saved']);
    expect((await store.loadProgress('pr-phone-referral'))?.actions).toHaveLength(2);
  });

  it('says why when a write fails, goes on, and clears the problem once a write works', async () => {
    const store = await freshStore();
    const problems: (string | null)[] = [];
    const saver = saverOver(store, 'tab-a', { onProblem: (p: string | null) => problems.push(p) });
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const spy = vi.spyOn(store, 'saveProgressAs').mockRejectedValueOnce(full);
    expect(await saver.commit(state(1))).toBe('unsaved');
    expect(problems[0]).toMatch(/no room left/);
    expect(saver.problem).toMatch(/no room left/);
    expect(await saver.commit(state(2))).toBe('saved');
    expect(problems.at(-1)).toBeNull();
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('reports at once that it cannot save when there is no store', async () => {
    const onProblem = vi.fn();
    const saver = saverOver(null, 'tab-a', { onProblem });
    expect(onProblem).toHaveBeenCalledWith(expect.stringMatching(/not letting Rapport save/));
    expect(await saver.commit(state(1))).toBe('unsaved');
    expect(saver.canSave).toBe(false);
  });

  it('says the browser’s own reason when opening the store failed', () => {
    const onProblem = vi.fn();
    saverOver(null, 'tab-a', { onProblem, unavailable: 'This browser has no room left' });
    expect(onProblem).toHaveBeenCalledWith('This browser has no room left');
  });

  it('writes drafts over the committed session, even when handed the page’s stale view of it', async () => {
    const store = await freshStore();
    const saver = saverOver(store, 'tab-a');
    await saver.commit(state(1, { mode: 'assessed' }));
    // A drafts timer that fires while a commit is in flight hands over the session as the page
    // still shows it (one action fewer), with what is typed now.
    const committing = saver.commit(state(2, { mode: 'assessed' }));
    const typed = saver.saveDrafts(state(1, { drafts: { ...drafts, said: 'Hello' } }));
    await Promise.all([committing, typed]);
    const kept = await store.loadProgress('pr-phone-referral');
    expect(kept?.actions).toHaveLength(2);
    expect(kept?.mode).toBe('assessed');
    expect(kept?.drafts?.said).toBe('Hello');
  });

  it('writes no drafts of another session than the one committed, and the page’s own after Start over', async () => {
    const store = await freshStore();
    const saver = saverOver(store, 'tab-a');
    // A file continued: its session (seed 9) is committed while a drafts save of the page's empty
    // session (seed 5) is due; that save must not write the empty page's drafts over the file's.
    const file = { said: 'What does a typical', subject: '', body: '' };
    const committing = saver.commit(state(2, { seed: 9, drafts: file }));
    const stale = saver.saveDrafts(state(0));
    await Promise.all([committing, stale]);
    const kept = await store.loadProgress('pr-phone-referral');
    expect([kept?.actions.length, kept?.seed, kept?.drafts?.said]).toEqual([
      2,
      9,
      'What does a typical',
    ]);
    // After Start over, the page's own fresh session is what a drafts save writes.
    await saver.clear();
    await saver.saveDrafts(state(0, { seed: 3, drafts: { ...drafts, said: 'Again' } }));
    const fresh = await store.loadProgress('pr-phone-referral');
    expect([fresh?.actions.length, fresh?.seed, fresh?.drafts?.said]).toEqual([0, 3, 'Again']);
  });

  it('skips a drafts save when nothing changed, but never an action', async () => {
    const store = await freshStore();
    const saver = saverOver(store, 'tab-a');
    const spy = vi.spyOn(store, 'saveProgressAs');
    await saver.saveDrafts(state(1));
    await saver.saveDrafts(state(1));
    await saver.commit(state(1));
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('forgets the session at Start over and at Finish, and writes nothing after Finish', async () => {
    const store = await freshStore();
    const saver = saverOver(store, 'tab-a');
    await saver.commit(state(2));
    await saver.clear();
    expect(await store.loadProgress('pr-phone-referral')).toBeUndefined();
    await saver.commit(state(1));
    await saver.finish();
    expect(await saver.saveDrafts(state(1, { drafts: { ...drafts, said: 'late' } }))).toBe(
      'unsaved',
    );
    expect(await store.loadProgress('pr-phone-referral')).toBeUndefined();
  });

  it('does not forget a session another page holds', async () => {
    const store = await freshStore();
    await saverOver(store, 'tab-a').commit(state(2));
    await store.claimProgress('pr-phone-referral', 'tab-b');
    await saverOver(store, 'tab-a').clear();
    expect((await store.loadProgress('pr-phone-referral'))?.owner).toBe('tab-b');
  });
});

describe('the store’s sessions in progress', () => {
  it('moves version 1’s sessions, keyed by scenario, to keys', async () => {
    const factory = new IDBFactory();
    const old: Omit<InProgress, 'key'> = {
      scenario: 'gable-persistence',
      hash: 'h',
      seed: 3,
      mode: 'practice',
      actions: [{ type: 'call' }],
      savedAt: '2026-01-01T00:00:00.000Z',
      drafts: { said: 'x', subject: '', body: '' },
    };
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('rapport', 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('attempts', { keyPath: 'id', autoIncrement: true }).createIndex(
          'scenario',
          'scenario',
        );
        db.createObjectStore('progress', { keyPath: 'scenario' }).put(old);
        db.createObjectStore('contacts', { keyPath: 'id' });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const store = await freshStore(factory);
    expect(await store.loadProgress('gable-persistence')).toEqual({
      ...old,
      key: 'gable-persistence',
    });
  });

  it('gives up opening after a while when the browser never answers, saying so', async () => {
    const silent = { open: () => ({ addEventListener: () => undefined }) };
    await expect(openStore(silent as unknown as IDBFactory, 20)).rejects.toThrow(
      /did not answer.*without saving/,
    );
  });
});

describe('the draft mirror', () => {
  const header = { key: 'pr-phone-referral', scenario: 'pr-phone-referral', hash: 'sha256:x' };
  const record = (actions: number, savedAt: string): InProgress => ({
    ...header,
    seed: 5,
    mode: 'practice',
    actions: Array.from({ length: actions }, () => ({ type: 'call' })),
    savedAt,
    drafts: { said: 'old', subject: '', body: '' },
  });
  const typed = (actions: number, at: number) => ({
    seed: 5,
    mode: 'assessed' as const,
    drafts: { said: 'newer', subject: '', body: '', questions: ['b?', 'a?'] },
    actions,
    at,
  });
  const later = Date.parse('2026-01-05T10:00:01.000Z');

  it('brings back drafts typed after the last save of the same state', () => {
    const merged = withMirroredDrafts(
      record(2, '2026-01-05T10:00:00.000Z'),
      typed(2, later),
      header,
    );
    expect(merged).toMatchObject({ mode: 'assessed', drafts: { said: 'newer' } });
    expect(merged?.actions).toHaveLength(2);
  });

  it('ignores a copy of another state or an older one', () => {
    const saved = record(3, '2026-01-05T10:00:00.000Z');
    expect(withMirroredDrafts(saved, typed(2, later), header)).toBe(saved);
    expect(withMirroredDrafts(saved, typed(3, later - 5_000), header)).toBe(saved);
    expect(withMirroredDrafts(saved, { ...typed(3, later), seed: 6 }, header)).toBe(saved);
  });

  it('stands for a session of drafts only when nothing reached the store', () => {
    expect(withMirroredDrafts(undefined, typed(0, later), header)).toMatchObject({
      ...header,
      seed: 5,
      actions: [],
      drafts: { said: 'newer' },
    });
    expect(withMirroredDrafts(undefined, typed(1, later), header)).toBeUndefined();
  });

  it('is written at every change and forgotten at Start over and Finish', async () => {
    const kept = new Map<string, unknown>();
    const mirror = {
      read: (key: string) => (kept.get(key) as ReturnType<typeof typed>) ?? null,
      write: (key: string, value: unknown) => void kept.set(key, value),
      clear: (key: string) => void kept.delete(key),
    };
    const saver = saverOver(null, 'tab-a', { mirror });
    saver.mirrorDrafts({ seed: 5, mode: 'practice', drafts, actions: 0 });
    expect(mirror.read('pr-phone-referral')).toMatchObject({ seed: 5, actions: 0 });
    await saver.clear();
    expect(mirror.read('pr-phone-referral')).toBeNull();
    saver.mirrorDrafts({ seed: 5, mode: 'practice', drafts, actions: 1 });
    await saver.finish();
    expect(mirror.read('pr-phone-referral')).toBeNull();
    saver.mirrorDrafts({ seed: 5, mode: 'practice', drafts, actions: 1 });
    expect(mirror.read('pr-phone-referral')).toBeNull();
  });
});
