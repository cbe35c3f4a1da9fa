// idb checks `instanceof IDBRequest` and friends against the globals, which Node lacks.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  NOTES_MAX,
  StoreUnavailableError,
  openStore,
  progressOf,
  type AttemptRecord,
  type ContactEntry,
  type InProgress,
  type Store,
} from '../../src/app/store.ts';
import type { SessionLog } from '../../src/domain/session/log.ts';

const REFUSED =
  'This browser is not letting Rapport save (private browsing may block it); your attempts will not be kept after you close the page.';

function logFor(scenario: string, seed = 7): SessionLog {
  return {
    format: 'rapport-log',
    version: 1,
    app: 'test',
    scenario: { id: scenario, hash: 'h1' },
    seed,
    actions: [{ type: 'student.said', at: { day: 1, weekday: 'Mon', time: '09:00' }, index: 0 }],
  };
}

function attempt(scenario: string, score: number, extra: Partial<AttemptRecord> = {}) {
  return {
    scenario,
    title: `Title of ${scenario}`,
    finishedAt: '2025-03-01T10:00:00.000Z',
    log: logFor(scenario),
    score,
    passed: score >= 70,
    pitfalls: ['interrupts', 'no-thanks'],
    ...extra,
  } satisfies AttemptRecord;
}

function contact(id: string, lastContact: string, extra: Partial<ContactEntry> = {}) {
  return {
    id,
    name: `Name ${id}`,
    role: 'Editor',
    organization: 'Daily News',
    firstContact: '2025-01-01T09:00:00.000Z',
    lastContact,
    conversations: 1,
    thankedAt: null,
    referrals: ['Ada Park'],
    notes: 'Met at the fair.',
    ...extra,
  } satisfies ContactEntry;
}

const progress: InProgress = {
  key: 'pr-phone-referral',
  scenario: 'pr-phone-referral',
  hash: 'abc123',
  seed: 4242,
  mode: 'assessed',
  actions: [{ type: 'student.said', text: 'Hello' }, { type: 'clock.tick' }],
  savedAt: '2025-03-01T10:05:00.000Z',
};

const opened: Store[] = [];

async function freshStore(factory: IDBFactory = new IDBFactory()): Promise<Store> {
  const store = await openStore(factory);
  opened.push(store);
  return store;
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  vi.unstubAllGlobals();
});

/** An open request that fails the way a browser's does, for the cases fake-indexeddb cannot make. */
class FakeOpenRequest extends EventTarget {
  result: unknown = undefined;
  error: DOMException | null = null;
  fire(type: 'error' | 'blocked', error: DOMException | null = null): void {
    this.error = error;
    const event = new Event(type);
    this.dispatchEvent(event);
    const handler = (this as unknown as Record<string, unknown>)[`on${type}`];
    if (typeof handler === 'function') handler.call(this, event);
  }
}

function factoryWhoseOpen(behave: (request: FakeOpenRequest) => void): IDBFactory {
  return {
    open() {
      const request = new FakeOpenRequest();
      setTimeout(() => behave(request), 0);
      return request;
    },
  } as unknown as IDBFactory;
}

describe('attempts', () => {
  it('gives each new attempt an id and returns it as saved', async () => {
    const store = await freshStore();
    const id = await store.addAttempt(attempt('a', 80));
    expect(await store.getAttempt(id)).toEqual({ ...attempt('a', 80), id });
  });

  it('ignores an id the attempt already carries and saves it under a new one', async () => {
    const store = await freshStore();
    const first = await store.addAttempt(attempt('a', 80));
    const second = await store.addAttempt({ ...attempt('a', 90), id: first });
    expect(second).not.toBe(first);
    expect((await store.getAttempt(first))?.score).toBe(80);
    expect((await store.getAttempt(second))?.score).toBe(90);
  });

  it('lists all attempts, or one scenario’s, oldest first', async () => {
    const store = await freshStore();
    const a1 = await store.addAttempt(attempt('a', 10));
    const b1 = await store.addAttempt(attempt('b', 20));
    const a2 = await store.addAttempt(attempt('a', 30));
    expect((await store.listAttempts()).map((a) => a.id)).toEqual([a1, b1, a2]);
    expect((await store.listAttempts('a')).map((a) => a.id)).toEqual([a1, a2]);
    expect(await store.listAttempts('nobody')).toEqual([]);
  });

  it('returns undefined for an attempt that does not exist', async () => {
    const store = await freshStore();
    expect(await store.getAttempt(999)).toBeUndefined();
  });

  it('deletes one attempt and leaves the others', async () => {
    const store = await freshStore();
    const keep = await store.addAttempt(attempt('a', 10));
    const gone = await store.addAttempt(attempt('a', 20));
    await store.deleteAttempt(gone);
    expect(await store.getAttempt(gone)).toBeUndefined();
    expect((await store.listAttempts()).map((a) => a.id)).toEqual([keep]);
  });

  it('clears every attempt but not progress or contacts', async () => {
    const store = await freshStore();
    await store.addAttempt(attempt('a', 10));
    await store.addAttempt(attempt('b', 20));
    await store.saveProgress(progress);
    await store.putContact(contact('a', '2025-02-01T00:00:00.000Z'));
    await store.clearAttempts();
    expect(await store.listAttempts()).toEqual([]);
    expect(await store.loadProgress(progress.scenario)).toEqual(progress);
    expect(await store.listContacts()).toHaveLength(1);
  });

  it('saves values wrapped in proxies, as Svelte state is, as their plain values', async () => {
    const store = await freshStore();
    const record = attempt('a', 55);
    const proxied = new Proxy({ ...record, log: new Proxy(record.log, {}) }, {});
    const id = await store.addAttempt(proxied);
    expect(await store.getAttempt(id)).toEqual({ ...attempt('a', 55), id });
    await store.saveProgress(new Proxy(progress, {}));
    expect(await store.loadProgress(progress.scenario)).toEqual(progress);
    await store.putContact(new Proxy(contact('a', '2025-02-01T00:00:00.000Z'), {}));
    expect(await store.getContact('a')).toEqual(contact('a', '2025-02-01T00:00:00.000Z'));
  });

  it('keeps everything across closing and reopening the database', async () => {
    const factory = new IDBFactory();
    const first = await openStore(factory);
    const id = await first.addAttempt(attempt('a', 80));
    await first.saveProgress(progress);
    await first.putContact(contact('a', '2025-02-01T00:00:00.000Z'));
    first.close();
    const again = await freshStore(factory);
    expect(await again.getAttempt(id)).toEqual({ ...attempt('a', 80), id });
    expect(await again.loadProgress(progress.scenario)).toEqual(progress);
    expect(await again.getContact('a')).toEqual(contact('a', '2025-02-01T00:00:00.000Z'));
  });
});

describe('progress', () => {
  it('saves and loads the session in progress with its actions in order', async () => {
    const store = await freshStore();
    await store.saveProgress(progress);
    expect(await store.loadProgress(progress.scenario)).toEqual(progress);
  });

  it('keeps one session per scenario, the last saved', async () => {
    const store = await freshStore();
    await store.saveProgress(progress);
    const later = { ...progress, actions: [...progress.actions, { type: 'student.ended' }] };
    await store.saveProgress(later);
    await store.saveProgress({ ...progress, key: 'other', scenario: 'other', mode: 'practice' });
    expect(await store.loadProgress(progress.scenario)).toEqual(later);
    expect((await store.loadProgress('other'))?.mode).toBe('practice');
  });

  it('clears one scenario’s session and leaves the others', async () => {
    const store = await freshStore();
    await store.saveProgress(progress);
    await store.saveProgress({ ...progress, key: 'other', scenario: 'other' });
    await store.clearProgress(progress.scenario);
    expect(await store.loadProgress(progress.scenario)).toBeUndefined();
    expect(await store.loadProgress('other')).toBeDefined();
  });
});

describe('contacts', () => {
  it('saves and reads a contact', async () => {
    const store = await freshStore();
    const entry = contact('a', '2025-02-01T00:00:00.000Z', { thankedAt: '2025-02-02T00:00:00Z' });
    expect(await store.putContact(entry)).toEqual(entry);
    expect(await store.getContact('a')).toEqual(entry);
    expect(await store.getContact('missing')).toBeUndefined();
  });

  it('replaces a contact saved again under the same id', async () => {
    const store = await freshStore();
    await store.putContact(contact('a', '2025-02-01T00:00:00.000Z'));
    await store.putContact(contact('a', '2025-02-05T00:00:00.000Z', { conversations: 2 }));
    expect(await store.listContacts()).toEqual([
      contact('a', '2025-02-05T00:00:00.000Z', { conversations: 2 }),
    ]);
  });

  it('cuts notes to the limit and returns what it saved', async () => {
    const store = await freshStore();
    const saved = await store.putContact(
      contact('a', '2025-02-01T00:00:00.000Z', { notes: 'x'.repeat(NOTES_MAX + 10) }),
    );
    expect(NOTES_MAX).toBe(5000);
    expect(saved.notes).toBe('x'.repeat(NOTES_MAX));
    expect((await store.getContact('a'))?.notes).toBe('x'.repeat(NOTES_MAX));
  });

  it('keeps notes of exactly the limit whole', async () => {
    const store = await freshStore();
    await store.putContact(contact('a', '2025-02-01T00:00:00.000Z', { notes: 'y'.repeat(5000) }));
    expect((await store.getContact('a'))?.notes).toHaveLength(5000);
  });

  it('does not cut an emoji in half at the limit', async () => {
    const store = await freshStore();
    const notes = `${'a'.repeat(4999)}😀b`;
    const saved = await store.putContact(contact('a', '2025-02-01T00:00:00.000Z', { notes }));
    expect(saved.notes).toBe('a'.repeat(4999));
  });

  it('lists contacts most recently contacted first', async () => {
    const store = await freshStore();
    await store.putContact(contact('a', '2025-02-01T00:00:00.000Z'));
    await store.putContact(contact('b', '2025-03-01T00:00:00.000Z'));
    await store.putContact(contact('c', '2025-01-15T00:00:00.000Z'));
    // 2025-02-28T23:00Z written with an offset: as text it would sort before b.
    await store.putContact(contact('d', '2025-03-01T08:00:00+09:00'));
    expect((await store.listContacts()).map((c) => c.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('deletes one contact and leaves the others', async () => {
    const store = await freshStore();
    await store.putContact(contact('a', '2025-02-01T00:00:00.000Z'));
    await store.putContact(contact('b', '2025-03-01T00:00:00.000Z'));
    await store.deleteContact('a');
    expect((await store.listContacts()).map((c) => c.id)).toEqual(['b']);
  });
});

describe('exportHistory', () => {
  it('holds every attempt and contact with the format, version and export time', async () => {
    const store = await freshStore();
    const a1 = await store.addAttempt(attempt('a', 40));
    const b1 = await store.addAttempt(attempt('b', 90));
    await store.saveProgress(progress);
    await store.putContact(contact('a', '2025-02-01T00:00:00.000Z'));
    await store.putContact(contact('b', '2025-03-01T00:00:00.000Z'));
    const history = await store.exportHistory(new Date('2025-04-01T12:00:00.000Z'));
    expect(history).toEqual({
      format: 'rapport-history',
      version: 1,
      exportedAt: '2025-04-01T12:00:00.000Z',
      attempts: [
        { ...attempt('a', 40), id: a1 },
        { ...attempt('b', 90), id: b1 },
      ],
      contacts: [
        contact('b', '2025-03-01T00:00:00.000Z'),
        contact('a', '2025-02-01T00:00:00.000Z'),
      ],
    });
  });

  it('stamps the export with the current time by default', async () => {
    const store = await freshStore();
    const before = Date.now();
    const { exportedAt } = await store.exportHistory();
    expect(exportedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(exportedAt)).toBeGreaterThanOrEqual(before);
  });

  it('survives JSON.stringify and JSON.parse unchanged', async () => {
    const store = await freshStore();
    await store.addAttempt(attempt('a', 40));
    await store.putContact(contact('a', '2025-02-01T00:00:00.000Z'));
    const history = await store.exportHistory();
    expect(JSON.parse(JSON.stringify(history))).toEqual(history);
  });
});

describe('progressOf', () => {
  const saved = (id: number, scenario: string, score: number, passed = score >= 70) => ({
    ...attempt(scenario, score),
    id,
    passed,
    title: `${scenario} #${id}`,
  });

  it('returns nothing for no attempts', () => {
    expect(progressOf([])).toEqual([]);
  });

  it('groups attempts by scenario in the order each was first attempted', () => {
    const attempts = [saved(1, 'b', 10), saved(2, 'a', 20), saved(3, 'b', 30), saved(4, 'c', 5)];
    expect(progressOf(attempts).map((p) => [p.scenario, p.count])).toEqual([
      ['b', 2],
      ['a', 1],
      ['c', 1],
    ]);
  });

  it('finds the first, best and latest attempt, and the latest title', () => {
    const attempts = [saved(1, 'a', 50), saved(2, 'a', 85), saved(3, 'a', 60)];
    const [a] = progressOf(attempts);
    expect(a?.first.id).toBe(1);
    expect(a?.best.id).toBe(2);
    expect(a?.latest.id).toBe(3);
    expect(a?.title).toBe('a #3');
  });

  it('breaks a tie for best in favour of the earliest attempt', () => {
    const attempts = [saved(1, 'a', 40), saved(2, 'a', 90), saved(3, 'a', 90), saved(4, 'a', 90)];
    expect(progressOf(attempts)[0]?.best.id).toBe(2);
  });

  it('orders attempts by id whatever order they are given in', () => {
    const attempts = [saved(4, 'a', 90), saved(5, 'b', 1), saved(2, 'a', 90), saved(1, 'b', 1)];
    const [b, a] = progressOf(attempts);
    expect(b?.scenario).toBe('b');
    expect([b?.first.id, b?.latest.id]).toEqual([1, 5]);
    expect([a?.first.id, a?.best.id, a?.latest.id]).toEqual([2, 2, 4]);
  });

  it('says whether any attempt passed', () => {
    const attempts = [
      saved(1, 'a', 20, false),
      saved(2, 'a', 95, true),
      saved(3, 'a', 30, false),
      saved(4, 'b', 60, false),
    ];
    expect(progressOf(attempts).map((p) => p.passedAny)).toEqual([true, false]);
  });
});

describe('openStore', () => {
  it('uses the browser’s indexedDB when given no factory', async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    const store = await openStore();
    opened.push(store);
    const id = await store.addAttempt(attempt('a', 10));
    expect(await store.getAttempt(id)).toBeDefined();
  });

  it('rejects with a readable message when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openStore()).rejects.toThrow(new StoreUnavailableError(REFUSED));
  });

  it('rejects with a readable message when opening throws', async () => {
    const cause = new DOMException('The operation is insecure.', 'SecurityError');
    const factory = {
      open() {
        throw cause;
      },
    } as unknown as IDBFactory;
    const failure = openStore(factory);
    await expect(failure).rejects.toThrow(REFUSED);
    await expect(failure).rejects.toMatchObject({ cause });
  });

  it('rejects with a readable message when the open request errors', async () => {
    const cause = new DOMException('A mutation operation was attempted', 'InvalidStateError');
    const failure = openStore(factoryWhoseOpen((request) => request.fire('error', cause)));
    await expect(failure).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(failure).rejects.toThrow(REFUSED);
    await expect(failure).rejects.toMatchObject({ cause });
  });

  it('asks the student to close other tabs when another tab blocks the open', async () => {
    const failure = openStore(factoryWhoseOpen((request) => request.fire('blocked')));
    await expect(failure).rejects.toThrow(/close the other Rapport tabs and reload/);
  });

  it('asks for a reload when a newer Rapport has saved in this browser', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('rapport', 4);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    await expect(openStore(factory)).rejects.toThrow(/newer Rapport.*reload the page/);
  });

  it('gives way to a newer Rapport opened in another tab instead of blocking it', async () => {
    const factory = new IDBFactory();
    await freshStore(factory);
    const outcome = await new Promise<string>((resolve) => {
      const request = factory.open('rapport', 4);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => {
        request.result.close();
        resolve('opened');
      };
      request.onerror = () => resolve('error');
    });
    expect(outcome).toBe('opened');
  });
});
