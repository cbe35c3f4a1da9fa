// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { played as playGolden } from '../app/played.ts';
import { violations } from './axe.ts';
import { attemptRecord, contactAfter } from '../../src/app/attempts.ts';
import { getStore } from '../../src/app/persistence.svelte.ts';
import Progress from '../../src/ui/progress/Progress.svelte';
import { loadScenario } from '../helpers.ts';

/** The progress page over a real (in-memory) IndexedDB: attempts, deletion, export, import. */
afterEach(() => cleanup());

/** Writes a record past the store (which saves plain JSON), as a hand in the developer tools could. */
function putRaw(name: 'attempts' | 'contacts', value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('rapport');
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

/**
 * Renders the page and waits until it has read and re-scored the saved attempts (the engine loads
 * on first use, which on a busy machine takes a while: no duration is asserted).
 */
async function renderLoaded() {
  const rendered = render(Progress);
  await waitFor(
    () =>
      expect(screen.queryByText(/Loading your attempts|Checking your saved attempts/)).toBeNull(),
    { timeout: 30_000 },
  );
  return rendered;
}

/** Chooses a file in the file box labelled `label`. */
async function choose(label: string, name: string, text: string) {
  const input = screen.getByLabelText(label, { exact: true }) as HTMLInputElement;
  Object.defineProperty(input, 'files', {
    value: [new File([text], name, { type: 'application/json' })],
    configurable: true,
  });
  await fireEvent.change(input);
}

const entry = loadScenario('pr-phone-referral');
const played = (file: string) => playGolden(entry, file);

beforeAll(async () => {
  const store = await getStore();
  if (!store) throw new Error('no store');
  await store.addAttempt(
    attemptRecord(
      played('pr-phone-referral.job-request.inputs.json'),
      new Date('2026-11-20T10:00:00Z'),
    ),
  );
  await store.addAttempt(
    attemptRecord(played('pr-phone-referral.good.inputs.json'), new Date('2026-11-21T10:00:00Z')),
  );
  await store.addAttempt(
    attemptRecord(
      played('pr-phone-referral.overrun.inputs.json'),
      new Date('2026-11-22T10:00:00Z'),
    ),
  );
});

describe('Progress', () => {
  it('leaves out a damaged saved record, says so, and shows the rest', async () => {
    const store = await getStore();
    const broken = { scenario: 'pr-phone-referral', title: 'Broken', log: null } as never;
    const id = (await store?.addAttempt(broken)) as number;
    const { container } = await renderLoaded();
    expect(await screen.findByText('1 saved attempt was damaged and is left out.')).toBeTruthy();
    expect(screen.getByText(/Attempt 4: it has no log to replay/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Attempt 3: Phoning a referral/ })).toBeTruthy();
    expect(await violations(container)).toEqual([]);
    await store?.deleteAttempt(id);
  });

  it('shows a forged score as the score its log gives, never as the best', async () => {
    const store = await getStore();
    const forged = attemptRecord(
      played('pr-phone-referral.job-request.inputs.json'),
      new Date('2026-11-23T10:00:00Z'),
    );
    await putRaw('attempts', { ...forged, id: 50, score: 1000, passed: true, pitfalls: [] });
    await putRaw('attempts', { ...forged, id: 51, score: Number.NaN });
    const { container } = await renderLoaded();
    await screen.findByRole('heading', { name: /Attempt 51/ });
    expect(screen.queryByText(/^Score (1000|NaN)$/)).toBeNull();
    expect(screen.queryByRole('link', { name: /score (1000|NaN)/ })).toBeNull();
    // The reason it was repaired names what was wrong.
    expect(screen.getByText('Attempt 50: it had an impossible score (1000).')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: /best attempt .*score 100,/ }).getAttribute('href'),
    ).toBe('#/attempt/2');
    expect(screen.getAllByText(`Score ${forged.score}`)).toHaveLength(3);
    expect(
      screen.getByText(
        '2 saved attempts were partly damaged and are shown as re-scored from their logs.',
      ),
    ).toBeTruthy();
    expect(await violations(container)).toEqual([]);
    await store?.deleteAttempt(50);
    await store?.deleteAttempt(51);
  });

  it('shows first, best and latest per scenario, and every attempt with its pitfalls', async () => {
    await renderLoaded();
    const first = await screen.findByRole('link', { name: /first attempt at Phoning a referral/ });
    expect(first.getAttribute('href')).toBe('#/attempt/1');
    expect(
      screen.getByRole('link', { name: /best attempt .*score 100/ }).getAttribute('href'),
    ).toBe('#/attempt/2');
    expect(screen.getByRole('link', { name: /latest attempt/ }).getAttribute('href')).toBe(
      '#/attempt/3',
    );
    expect(screen.getByRole('heading', { name: /Attempt 1: Phoning a referral/ })).toBeTruthy();
    expect(screen.getAllByText(/Pitfalls: .*job request/).length).toBeGreaterThan(0);
    // The scores over the attempts, said in words behind the chart.
    expect(
      screen.getByRole('img', {
        name: /^Scores over 3 attempts: \d+, 100, \d+; the latest is \d+, down/,
      }),
    ).toBeTruthy();
    expect(await violations(document.body)).toEqual([]);
  });

  it('dates the contact log on the session’s calendar, the real date beside it', async () => {
    const store = await getStore();
    const model = played('pr-phone-referral.good.inputs.json');
    const contact = contactAfter(undefined, model, new Date('2026-11-21T10:00:00Z'));
    await store?.putContact(contact as NonNullable<typeof contact>);
    const { container } = await renderLoaded();
    const smith = await screen.findByRole('heading', { name: 'Richard Smith' });
    const card = smith.closest('li') as HTMLElement;
    const value = (term: string) =>
      [...card.querySelectorAll('dt')].find((dt) => dt.textContent === term)?.nextElementSibling
        ?.textContent;
    expect(value('First contact')).toMatch(/^day 0, Tue 10:00 \(played .*2026\)$/);
    expect(value('Last contact')).toMatch(/^day 0, Tue 13:18 \(played .*2026\)$/);
    expect(value('Thank-you sent')).toMatch(/^day 0, Tue 13:18 \(played .*2026\)$/);
    expect(await violations(container)).toEqual([]);
    await store?.deleteContact('pr-phone-referral');
  });

  it('refuses notes with script markup, saying why, and keeps the saved ones', async () => {
    const store = await getStore();
    const model = played('pr-phone-referral.good.inputs.json');
    const contact = contactAfter(undefined, model, new Date('2026-11-21T10:00:00Z'));
    await store?.putContact({ ...(contact as NonNullable<typeof contact>), notes: 'Call Carlos.' });
    const { container } = await renderLoaded();
    const notes = (await screen.findByLabelText(
      'Your notes on Richard Smith',
    )) as HTMLTextAreaElement;
    await fireEvent.input(notes, { target: { value: 'See <script>x()</script>' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save notes on Richard Smith' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not saved: .*script markup/);
    expect((await store?.getContact('pr-phone-referral'))?.notes).toBe('Call Carlos.');
    // Fixed and saved, it says so beside the button, and the refusal is gone.
    await fireEvent.input(notes, { target: { value: 'Call Carlos on Friday.' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save notes on Richard Smith' }));
    expect(await screen.findByText('Your notes on Richard Smith are saved.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await violations(container)).toEqual([]);
    await store?.deleteContact('pr-phone-referral');
  });

  it('is accessible', async () => {
    const { container } = await renderLoaded();
    await screen.findByRole('heading', { name: /Attempt 3/ });
    expect(await violations(container)).toEqual([]);
  });

  it('refuses a hostile replay file with a reason, and loses nothing', async () => {
    await renderLoaded();
    await screen.findByRole('heading', { name: /Attempt 3/ });
    await choose('Replay file', 'evil.json', '{"format":"rapport-log","__proto__":{"x":1}}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/evil\.json” was not opened: .*"__proto__" key/);
    expect(screen.getByRole('heading', { name: /Attempt 3/ })).toBeTruthy();
    expect(await (await getStore())?.listAttempts()).toHaveLength(3);
    expect(await violations(document.body)).toEqual([]);
  });

  it('deletes an attempt only after a second, explicit press', async () => {
    await renderLoaded();
    await screen.findByRole('heading', { name: /Attempt 3/ });
    await fireEvent.click(screen.getByRole('button', { name: 'Delete attempt 3' }));
    expect(await (await getStore())?.listAttempts()).toHaveLength(3);
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, delete attempt 3' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Attempt 3/ })).toBeNull());
    expect(await (await getStore())?.listAttempts()).toHaveLength(2);
    expect(await violations(document.body)).toEqual([]);
  });

  it('exports the whole history as one JSON file', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:history';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderLoaded();
    await screen.findByRole('heading', { name: /Attempt 2/ });
    await fireEvent.click(screen.getByRole('button', { name: 'Download all your history' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const history = JSON.parse(await (created[0] as Blob).text()) as {
      format: string;
      attempts: { log: { format: string } }[];
    };
    expect(history.format).toBe('rapport-history');
    expect(history.attempts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(history.attempts.map((a) => a.log.format))).toEqual(new Set(['rapport-log']));
    click.mockRestore();
    expect(await violations(document.body)).toEqual([]);
  });

  it('brings back a downloaded history, adding only what is missing and saying so', async () => {
    const store = await getStore();
    if (!store) throw new Error('no store');
    const history = JSON.stringify(await store.exportHistory(), null, 2);
    const saved = await store.listAttempts();
    expect(saved.length).toBeGreaterThanOrEqual(2);
    await store.deleteAttempt(saved.at(-1)?.id as number);
    const { container } = await renderLoaded();
    const headings = () => screen.getAllByRole('heading', { name: /^Attempt \d+: / });
    expect(headings()).toHaveLength(saved.length - 1);
    await choose('History file', 'rapport-history.json', history);
    const result = await screen.findByText(
      `From “rapport-history.json”: 1 attempt added, ${saved.length - 1} already here.`,
      {},
      { timeout: 30_000 },
    );
    await waitFor(() => expect(document.activeElement).toBe(result.closest('[tabindex]')));
    await waitFor(() => expect(headings()).toHaveLength(saved.length));
    expect(await store.listAttempts()).toHaveLength(saved.length);
    // Again: nothing is added twice.
    await choose('History file', 'rapport-history.json', history);
    expect(
      await screen.findByText(
        `From “rapport-history.json”: 0 attempts added, ${saved.length} already here.`,
        {},
        { timeout: 30_000 },
      ),
    ).toBeTruthy();
    expect(await store.listAttempts()).toHaveLength(saved.length);
    expect(await violations(container)).toEqual([]);
  });

  it('refuses a hostile history file whole, touching nothing', async () => {
    const store = await getStore();
    const before = await store?.listAttempts();
    const { container } = await renderLoaded();
    const history = JSON.stringify(await store?.exportHistory()).replace(
      '"log":{',
      '"log":{"__proto__":{"admin":true},',
    );
    await choose('History file', 'history.json', history);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^“history\.json” was not opened: the file contains a "__proto__" key/,
    );
    expect(await store?.listAttempts()).toEqual(before);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(await violations(container)).toEqual([]);
  });
});
