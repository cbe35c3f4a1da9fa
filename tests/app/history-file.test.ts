// idb checks `instanceof IDBRequest` and friends against the globals, which Node lacks.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { played as playGolden } from './played.ts';
import { attemptRecord, contactAfter } from '../../src/app/attempts.ts';
import {
  MAX_HISTORY_BYTES,
  describeImport,
  historyFiles,
  importHistory,
  mergeContact,
  readHistoryText,
  readImportText,
  type ReadHistory,
} from '../../src/app/history-file.ts';
import type { ContactRecord } from '../../src/app/stored-records.ts';
import { openStore, type Store } from '../../src/app/store.ts';
import { loadScenario } from '../helpers.ts';

/**
 * The whole-history download imports back: every attempt's log checked and re-run like a replay
 * file, merged without duplicates, and a refused file touches nothing.
 */
const pr = loadScenario('pr-phone-referral');
const gable = loadScenario('gable-persistence');
const models = {
  job: playGolden(pr, 'pr-phone-referral.job-request.inputs.json'),
  good: playGolden(pr, 'pr-phone-referral.good.inputs.json'),
  overrun: playGolden(pr, 'pr-phone-referral.overrun.inputs.json'),
  gable: playGolden(gable, 'gable-persistence.good.inputs.json'),
};
const day = (n: number) => new Date(Date.UTC(2026, 10, 20 + n, 10));

const opened: Store[] = [];
async function freshStore(): Promise<Store> {
  const store = await openStore(new IDBFactory());
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

/** A store with four attempts over two scenarios and their two contacts, as a student has it. */
async function studentStore(): Promise<Store> {
  const store = await freshStore();
  const order = [models.job, models.good, models.gable, models.overrun];
  for (const [i, model] of order.entries()) {
    await store.addAttempt(attemptRecord(model, day(i)));
    const contact = contactAfter(await store.getContact(model.scenario.id), model, day(i));
    if (contact) await store.putContact(contact);
  }
  const smith = await store.getContact('pr-phone-referral');
  await store.putContact({ ...(smith as ContactRecord), notes: 'Call Carlos in May.' });
  return store;
}

async function exported(store: Store): Promise<string> {
  return JSON.stringify(await store.exportHistory(day(10)), null, 2);
}

function read(text: string): ReadHistory {
  const history = readHistoryText(text);
  if (!history.ok) throw new Error(history.reason);
  return history.value;
}

const contents = async (store: Store) => ({
  attempts: (await store.listAttempts()).map(({ id: _id, ...a }) => a),
  contacts: await store.listContacts(),
});

describe('a history file round trip', () => {
  it('brings every attempt and contact into an empty store', async () => {
    const from = await studentStore();
    const text = await exported(from);
    const into = await freshStore();
    const summary = await importHistory(into, read(text));
    expect(describeImport(summary)).toBe('4 attempts added, 0 already here; 2 contacts added.');
    expect(await contents(into)).toEqual(await contents(from));
  });

  it('adds nothing twice when imported into the same store, again and again', async () => {
    const store = await studentStore();
    const text = await exported(store);
    const before = await contents(store);
    for (let i = 0; i < 2; i += 1) {
      const summary = await importHistory(store, read(text));
      expect(describeImport(summary)).toBe('0 attempts added, 4 already here.');
    }
    expect(await contents(store)).toEqual(before);
  });

  it('adds only what is new, and counts an attempt that is in the file twice once', async () => {
    const store = await studentStore();
    const file = JSON.parse(await exported(store)) as { attempts: unknown[] };
    const [first] = (await store.listAttempts()).slice(-1);
    await store.deleteAttempt(first?.id as number);
    file.attempts.push(file.attempts[0]);
    const summary = await importHistory(store, read(JSON.stringify(file)));
    expect(describeImport(summary)).toBe('1 attempt added, 4 already here.');
    expect(await store.listAttempts()).toHaveLength(4);
  });

  it('never reads a score in the file: each attempt is re-scored from its log', async () => {
    const from = await studentStore();
    const file = JSON.parse(await exported(from)) as {
      attempts: { score: unknown; passed: unknown; title: unknown }[];
    };
    for (const a of file.attempts) Object.assign(a, { score: 1000, passed: true, title: 'Mine' });
    const into = await freshStore();
    await importHistory(into, read(JSON.stringify(file)));
    const scores = (await into.listAttempts()).map((a) => [a.score, a.passed, a.title]);
    expect(scores).toEqual((await from.listAttempts()).map((a) => [a.score, a.passed, a.title]));
    expect(scores.every(([score]) => (score as number) <= 100)).toBe(true);
  });
});

describe('merging contacts', () => {
  const base: ContactRecord = {
    id: 'pr-phone-referral',
    name: 'Richard Smith',
    role: 'Director',
    organization: 'Ezra and White',
    firstContact: '2026-11-20T10:00:00.000Z',
    lastContact: '2026-11-21T10:00:00.000Z',
    conversations: 1,
    thankedAt: null,
    referrals: ['Carlos Diaz'],
    notes: 'Call Carlos in May.',
    simulated: {
      first: { day: 0, weekday: 'Tue', time: '10:00' },
      last: { day: 0, weekday: 'Tue', time: '10:18' },
      thanked: null,
    },
  };

  it('keeps both sets of people and notes, the earliest first contact and the latest last', () => {
    const other: ContactRecord = {
      ...base,
      firstContact: '2026-11-01T10:00:00.000Z',
      lastContact: '2026-11-25T10:00:00.000Z',
      thankedAt: '2026-11-25T10:00:00.000Z',
      conversations: 2,
      referrals: ['Ana Ruiz', 'Carlos Diaz'],
      notes: 'Sent the article.',
      simulated: {
        first: { day: 1, weekday: 'Wed', time: '09:30' },
        last: { day: 2, weekday: 'Thu', time: '14:00' },
        thanked: { day: 2, weekday: 'Thu', time: '14:00' },
      },
    };
    expect(mergeContact(base, other)).toEqual({
      ...base,
      firstContact: '2026-11-01T10:00:00.000Z',
      lastContact: '2026-11-25T10:00:00.000Z',
      thankedAt: '2026-11-25T10:00:00.000Z',
      conversations: 2,
      referrals: ['Carlos Diaz', 'Ana Ruiz'],
      notes: 'Call Carlos in May.\n\nSent the article.',
      simulated: other.simulated,
    });
    // Merging what is already there changes nothing.
    expect(mergeContact(base, base)).toEqual(base);
    expect(mergeContact(base, { ...base, notes: '' }).notes).toBe(base.notes);
  });
});

describe('a history file that is refused whole, touching nothing', () => {
  const refusal = (text: string) => {
    const result = readImportText(text);
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.reason;
  };

  it('says why, in plain words', async () => {
    const store = await studentStore();
    const good = JSON.parse(await exported(store)) as Record<string, unknown> & {
      attempts: unknown[];
    };
    const variant = (change: Record<string, unknown>) => JSON.stringify({ ...good, ...change });
    expect(refusal('{"format":"rapport-history",')).toMatch(/not valid JSON/);
    expect(refusal(variant({ version: 2 }))).toBe(
      'it is a version 2 history; this Rapport reads version 1 (a newer Rapport may open it)',
    );
    expect(refusal(variant({ attempts: 'all of them' }))).toBe(
      'its "attempts" should be a list, but it is text',
    );
    expect(
      refusal(variant({ attempts: Array.from({ length: 1001 }, () => good.attempts[0]) })),
    ).toBe('it holds 1,001 attempts; a history holds at most 1,000');
    expect(
      refusal(
        JSON.stringify(good).replace(
          '"format":"rapport-history"',
          '"format":"rapport-history","__proto__":{"x":1}',
        ),
      ),
    ).toMatch(/"__proto__" key/);
    expect(
      refusal(`{"format":"rapport-history","pad":"${'x'.repeat(MAX_HISTORY_BYTES)}"}`),
    ).toMatch(/too large for a Rapport replay or history \(50 MB or more; the limit is 50 MB\)/);
  });

  it('refuses an attempt with hostile content and uses the rest', async () => {
    const from = await studentStore();
    const file = JSON.parse(await exported(from)) as {
      attempts: { log: { actions: Record<string, unknown>[] }; finishedAt: string }[];
    };
    const say = file.attempts[1]?.log.actions.find((a) => a.type === 'say');
    if (say) say.text = 'Hello <script>alert(1)</script>';
    (file.attempts[2] as { finishedAt: string }).finishedAt = 'last Tuesday';
    (file.attempts[3] as { log: unknown }).log = { format: 'rapport-log', version: 1 };
    const into = await freshStore();
    const summary = await importHistory(into, read(JSON.stringify(file)));
    expect(summary.refused).toEqual([
      {
        what: 'attempt 2',
        reason: expect.stringMatching(
          /^the text of action \d+ contains script markup \("<script>"\)/,
        ) as unknown,
      },
      { what: 'attempt 3', reason: 'its finishing date is not a date' },
      {
        what: 'attempt 4',
        reason: expect.stringMatching(/does not say which scenario/) as unknown,
      },
    ]);
    expect(describeImport(summary)).toBe(
      '1 attempt added, 0 already here, 3 refused; 2 contacts added.',
    );
    expect(await into.listAttempts()).toHaveLength(1);
  });

  it('refuses an attempt whose scenario changed, saying so in one sentence', async () => {
    const from = await studentStore();
    const file = JSON.parse(await exported(from)) as {
      attempts: { log: { scenario: { hash: string } } }[];
    };
    file.attempts = file.attempts.slice(0, 2);
    (file.attempts[0] as { log: { scenario: { hash: string } } }).log.scenario.hash = 'sha256:old';
    const summary = await importHistory(await freshStore(), read(JSON.stringify(file)));
    expect(describeImport(summary)).toMatch(
      /^1 attempt added, 0 already here, 1 refused \(attempt 1: scenario "pr-phone-referral" has changed since this log was recorded/,
    );
  });

  it('opens a replay file through the same door', async () => {
    const result = readImportText(JSON.stringify(attemptRecord(models.job, day(0)).log));
    expect(result.ok && result.kind).toBe('replay');
  });
});

describe('downloading a history', () => {
  it('splits a history larger than one file may hold, each part a history that opens', async () => {
    const store = await studentStore();
    const history = await store.exportHistory(day(10));
    const many = {
      ...history,
      attempts: Array.from({ length: 2_345 }, (_, i) => ({
        ...(history.attempts[i % history.attempts.length] as (typeof history.attempts)[number]),
        id: i + 1,
      })),
    };
    const files = historyFiles(many);
    expect(files.map((f) => f.attempts.length)).toEqual([1000, 1000, 345]);
    expect(files.map((f) => f.contacts.length)).toEqual([2, 0, 0]);
    for (const file of files) {
      const text = `${JSON.stringify(file, null, 2)}\n`;
      expect(readHistoryText(text).ok).toBe(true);
    }
    expect(historyFiles(history)).toEqual([history]);
  });

  it('keeps each file within the byte limit as the download writes it', async () => {
    const history = await (await studentStore()).exportHistory(day(10));
    const limit = 22_000;
    const files = historyFiles(history, { bytes: limit, attempts: 1000 });
    expect(files.length).toBeGreaterThan(1);
    expect(files.flatMap((f) => f.attempts)).toEqual(history.attempts);
    for (const file of files) {
      expect(
        new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`).length,
      ).toBeLessThanOrEqual(limit);
    }
  });
});
