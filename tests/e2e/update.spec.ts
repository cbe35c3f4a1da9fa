import { expect, test, type Page } from '@playwright/test';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { press, say } from './helpers.ts';

/**
 * A new version of the app (issue 15): it is offered, never put in by itself. The built app is
 * copied to a folder of its own and served from there, so that a new version can be published
 * while the page is open: its service worker changes, the browser finds it, and the page says a
 * new version is ready; the session in progress goes on untouched until the student presses
 * Reload, and is there after it.
 */

const log = (page: Page) => page.getByRole('log');

const INTRO =
  'Hello, Mr. Smith. My name is Patricia Law, and I am a classmate of your son, Mike. He suggested I call. I am a Communication student exploring public relations, and I would value 20 minutes of information and advice, not a job.';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

let site: string;
let server: Server;
let origin: string;

test.beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'rapport-update-'));
  cpSync(join(import.meta.dirname, '..', '..', 'dist'), site, { recursive: true });
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(site)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res
        .writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
        })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(site, { recursive: true, force: true });
});

test('a new version is offered, waits through a session, and comes in at Reload with the session kept', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${origin}/#/play/pr-phone-referral`);
  await expect(page.getByRole('button', { name: 'Call Mr. Smith' })).toBeVisible();
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
  // The next visit is the one the worker serves (no worker controls the very first page).
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
    /\/sw\.js$/,
  );
  await press(page, 'Call Mr. Smith');
  await say(page, INTRO);
  await page.getByRole('textbox', { name: 'What you say' }).fill('What does a typical');

  // A mark on this very page: a reload would lose it.
  await page.evaluate(() => Object.assign(window, { rapportTestMark: true }));
  // A new version is published: its service worker differs from the one that runs the page.
  appendFileSync(join(site, 'sw.js'), '\n// the next version\n');
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.ready).update();
  });
  const offer = page.getByRole('status').filter({ hasText: 'A new version of Rapport is ready' });
  await expect(offer).toBeVisible();
  // Nothing reloads by itself: the session and what is typed are where they were.
  await expect(log(page).getByText(INTRO, { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'What you say' })).toHaveValue(
    'What does a typical',
  );
  expect(await page.evaluate(() => 'rapportTestMark' in window)).toBe(true);

  const reloaded = page.waitForEvent('load');
  await offer.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await expect(log(page).getByText(INTRO, { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'What you say' })).toHaveValue(
    'What does a typical',
  );
  await expect(offer).toHaveCount(0);
  // The page now runs under the new worker, which is no longer waiting.
  expect(
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.waiting === null && navigator.serviceWorker.controller !== null;
    }),
  ).toBe(true);
});

test('on the very first visit, which no worker controls yet, Reload still brings the new version in', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${origin}/#/play/pr-phone-referral`);
  await press(page, 'Call Mr. Smith');
  await say(page, INTRO);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
  appendFileSync(join(site, 'sw.js'), '\n// a version after the first visit\n');
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.ready).update();
  });
  const offer = page.getByRole('status').filter({ hasText: 'A new version of Rapport is ready' });
  await expect(offer).toBeVisible();
  const reloaded = page.waitForEvent('load');
  await offer.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await expect(log(page).getByText(INTRO, { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
    /\/sw\.js$/,
  );
});
