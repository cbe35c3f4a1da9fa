// idb checks `instanceof IDBRequest` and friends against the globals, which Node lacks.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { played as playGolden } from './played.ts';
import { attemptRecord } from '../../src/app/attempts.ts';
import {
  checkContact,
  rescoreAttempts,
  rescoreRuns,
  setAsideReason,
  storedProblems,
} from '../../src/app/stored-records.ts';
import { openStore, progressOf, type ContactEntry, type Store } from '../../src/app/store.ts';
import { loadScenario } from '../helpers.ts';

/**
 * What the browser's store hands back is checked like an imported file: a damaged record is left
 * out and counted, and no score is taken from storage.
 */
const entry = loadScenario('pr-phone-referral');
const job = attemptRecord(
  playGolden(entry, 'pr-phone-referral.job-request.inputs.json'),
  new Date('2026-11-20T10:00:00Z'),
);
const good = attemptRecord(
  playGolden(entry, 'pr-phone-referral.good.inputs.json'),
  new Date('2026-11-21T10:00:00Z'),
);

const opened: Store[] = [];
let factory = new IDBFactory();
async function freshStore(): Promise<Store> {
  factory = new IDBFactory();
  const store = await openStore(factory);
  opened.push(store);
  return store;
}

/**
 * Writes a record straight into the browser's database, past the store (which saves plain JSON),
 * the way an older Rapport, an extension or a hand in the developer tools could: NaN included.
 */
function putRaw(name: 'attempts' | 'contacts', value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open('rapport');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(name, 'readwrite');
      tx.objectStore(name).put(value);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

const at = { day: 0, weekday: 'Mon', time: '09:00' };
const logWith = (change: Record<string, unknown>) => ({ ...job.log, ...change });
const deep = (n: number): unknown => (n === 0 ? 'bottom' : [deep(n - 1)]);

/** Twelve ways a stored attempt can be damaged, each with what the reason must say. */
const DAMAGED: [string, Record<string, unknown>, RegExp][] = [
  ['no log', { log: null }, /no log/],
  ['a log of another format', { log: logWith({ format: 'rapport-history' }) }, /not a Rapport log/],
  ['a version given as text', { log: logWith({ version: '1' }) }, /should be the number 1/],
  [
    'more actions than a session holds',
    { log: logWith({ actions: Array.from({ length: 1501 }, () => ({ type: 'call', at })) }) },
    /1,501 actions/,
  ],
  [
    'a prototype key',
    { log: JSON.parse('{"__proto__":{"admin":true}}') as unknown },
    /"__proto__" key/,
  ],
  [
    'script markup in a text',
    { log: logWith({ actions: [{ type: 'say', text: '<script>x()</script>', at }] }) },
    /script markup/,
  ],
  [
    'a text over the limit',
    { log: logWith({ actions: [{ type: 'say', text: 'a'.repeat(20_001), at }] }) },
    /20,001 characters long/,
  ],
  ['actions that are not a list', { log: logWith({ actions: 'many' }) }, /should be a list/],
  ['a seed that is text', { log: logWith({ seed: 'eleven' }) }, /"seed" should be a whole number/],
  [
    'a time that is not one',
    { log: logWith({ actions: [{ type: 'call', at: { ...at, weekday: 'Someday' } }] }) },
    /weekday that is not one/,
  ],
  ['nesting deeper than any Rapport file', { log: logWith({ extra: deep(40) }) }, /levels deep/],
  ['an action that is text', { log: logWith({ actions: ['call'] }) }, /is text, not an action/],
];

describe('stored attempts read back', () => {
  it('leaves out each of twelve damaged records, saying why, and keeps the sound ones', async () => {
    const store = await freshStore();
    const kept = await store.addAttempt(good);
    const ids: number[] = [];
    for (const [, damage] of DAMAGED) ids.push(await store.addAttempt({ ...job, ...damage }));
    const listed = await store.listAttempts();
    expect(listed.map((a) => a.id)).toEqual([kept]);
    const { setAside } = storedProblems();
    expect(setAside).toHaveLength(DAMAGED.length);
    DAMAGED.forEach(([what, , reason], i) => {
      const found = setAside.find((p) => p.key === String(ids[i]));
      expect(found?.reason, what).toMatch(reason);
    });
    // A single read says the same, and the export leaves the damaged ones out.
    expect(await store.getAttempt(ids[0] as number)).toBeUndefined();
    expect(setAsideReason(ids[0] as number)).toMatch(/no log/);
    expect((await store.exportHistory()).attempts.map((a) => a.id)).toEqual([kept]);
  });

  it('hands back a sound record exactly as it was stored', async () => {
    const store = await freshStore();
    const id = await store.addAttempt(good);
    expect(await store.getAttempt(id)).toEqual({ ...good, id });
    expect(storedProblems().repaired).toEqual([]);
  });

  it('never shows a forged or impossible score: each is recomputed from the log', async () => {
    const store = await freshStore();
    const forged = [1000, Number.NaN, Number.POSITIVE_INFINITY, -5, '80', 99];
    for (const [i, score] of forged.entries()) {
      await putRaw('attempts', { ...job, id: i + 1, score, passed: true, pitfalls: [] });
    }
    const listed = await store.listAttempts();
    // Kept (the log is sound), with the impossible ones noted as repaired.
    expect(listed).toHaveLength(forged.length);
    expect(storedProblems().repaired.map((p) => p.reason)).toEqual([
      'it had an impossible score (1000)',
      'it had an impossible score (NaN)',
      'it had an impossible score (Infinity)',
      'it had an impossible score (-5)',
      'it had a score that is text',
    ]);
    const { attempts } = await rescoreAttempts(listed);
    expect(attempts.map((a) => a.score)).toEqual(forged.map(() => job.score));
    expect(attempts.every((a) => !a.passed && a.pitfalls.includes('job_request'))).toBe(true);
    expect(progressOf(attempts)[0]?.best.score).toBe(job.score);
    expect(job.score).toBeLessThan(70);
  });

  it('sets aside an attempt whose scenario is gone or has changed, saying so', async () => {
    const store = await freshStore();
    await store.addAttempt(good);
    await store.addAttempt({
      ...job,
      log: { ...job.log, scenario: { ...job.log.scenario, hash: 'sha256:old' } },
    });
    await store.addAttempt({
      ...job,
      scenario: 'no-such',
      log: { ...job.log, scenario: { id: 'no-such', hash: 'h' } },
    });
    const { attempts, setAside } = await rescoreAttempts(await store.listAttempts());
    expect(attempts.map((a) => a.score)).toEqual([good.score]);
    expect(setAside.map((p) => p.reason)).toEqual([
      expect.stringMatching(/has changed since this log was recorded/),
      expect.stringMatching(/"no-such", which this Rapport does not have/),
    ]);
  });

  it('re-runs each log once, however often the page lists the attempts', async () => {
    const store = await freshStore();
    await store.addAttempt({ ...good, log: { ...good.log, seed: 4242 } });
    const listed = await store.listAttempts();
    const before = rescoreRuns();
    await rescoreAttempts(listed);
    await rescoreAttempts(await store.listAttempts());
    expect(rescoreRuns() - before).toBe(1);
  });
});

describe('stored contacts read back', () => {
  const contact: ContactEntry = {
    id: 'pr-phone-referral',
    name: 'Richard Smith',
    role: 'Director',
    organization: 'Ezra and White',
    firstContact: '2026-11-20T10:00:00.000Z',
    lastContact: '2026-11-21T10:00:00.000Z',
    conversations: 1,
    thankedAt: null,
    referrals: ['Carlos Diaz'],
    notes: 'Call back in May.',
  };

  it('leaves out damaged contacts and cuts notes that are too long', async () => {
    const store = await freshStore();
    const damaged: Partial<Record<keyof ContactEntry, unknown>>[] = [
      { conversations: Number.NaN },
      { firstContact: 'yesterday' },
      { referrals: 'Carlos' },
      { notes: '<img src=x onerror=alert(1)>' },
    ];
    for (const [i, change] of damaged.entries()) {
      await putRaw('contacts', { ...contact, id: `c${i}`, ...change });
    }
    // putContact cuts notes; a record written by other means may be longer.
    await store.putContact(contact);
    const listed = await store.listContacts();
    expect(listed.map((c) => c.id)).toEqual(['pr-phone-referral']);
    expect(storedProblems().setAside.map((p) => p.reason)).toEqual([
      'its number of conversations is not a number (NaN), not a count',
      'its first or last contact is not a date',
      'the people it suggested are not a list of at most 100 names',
      'the notes contains script markup ("onerror="), which Rapport never writes',
    ]);
    const long = checkContact({ ...contact, notes: 'n'.repeat(6000) });
    expect(long.ok && long.contact.notes).toHaveLength(5000);
    expect(long.ok && long.repaired).toMatch(/notes longer than 5,000 characters/);
  });
});
