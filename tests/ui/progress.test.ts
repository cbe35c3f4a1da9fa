// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { played as playGolden } from '../app/played.ts';
import { violations } from './axe.ts';
import { attemptRecord } from '../../src/app/attempts.ts';
import { getStore } from '../../src/app/persistence.svelte.ts';
import Progress from '../../src/ui/progress/Progress.svelte';
import { loadScenario } from '../helpers.ts';

/** The progress page over a real (in-memory) IndexedDB: attempts, deletion, export, import. */
afterEach(() => cleanup());

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
    render(Progress);
    expect(await screen.findByText(/1 saved record is damaged and left out/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Attempt 3: Phoning a referral/ })).toBeTruthy();
    await store?.deleteAttempt(id);
    cleanup();
  });

  it('shows first, best and latest per scenario, and every attempt with its pitfalls', async () => {
    render(Progress);
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
  });

  it('is accessible', async () => {
    const { container } = render(Progress);
    await screen.findByRole('heading', { name: /Attempt 3/ });
    expect(await violations(container)).toEqual([]);
  });

  it('refuses a hostile replay file with a reason, and loses nothing', async () => {
    render(Progress);
    await screen.findByRole('heading', { name: /Attempt 3/ });
    const input = screen.getByLabelText('Replay file') as HTMLInputElement;
    const file = new File(['{"format":"rapport-log","__proto__":{"x":1}}'], 'evil.json', {
      type: 'application/json',
    });
    Object.defineProperty(input, 'files', { value: [file] });
    await fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/evil\.json” was not opened: .*"__proto__" key/);
    expect(screen.getByRole('heading', { name: /Attempt 3/ })).toBeTruthy();
    expect(await (await getStore())?.listAttempts()).toHaveLength(3);
  });

  it('deletes an attempt only after a second, explicit press', async () => {
    render(Progress);
    await screen.findByRole('heading', { name: /Attempt 3/ });
    await fireEvent.click(screen.getByRole('button', { name: 'Delete attempt 3' }));
    expect(await (await getStore())?.listAttempts()).toHaveLength(3);
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, delete attempt 3' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Attempt 3/ })).toBeNull());
    expect(await (await getStore())?.listAttempts()).toHaveLength(2);
  });

  it('exports the whole history as one JSON file', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:history';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(Progress);
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
  });
});
