import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openProgress, playCallToDebrief } from './helpers.ts';

/**
 * The home page paints before its script (issue 15): index.html carries the page the app draws,
 * rendered at build time from the same components and scenario files, and the app takes it over.
 */

const INTRO =
  'Hello, Mr. Smith. My name is Patricia Law, and I am a classmate of your son, Mike. He suggested I call. I am a Communication student exploring public relations, and I would value 20 minutes of information and advice, not a job.';

const SCENARIOS = readdirSync(join(import.meta.dirname, '..', '..', 'scenarios')).filter((f) =>
  f.endsWith('.yaml'),
);

test('index.html shows the scenario list with no script at all, the same as the app draws', async ({
  browser,
  page,
}) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const bare = await noScript.newPage();
  await bare.goto('/');
  await expect(bare.getByRole('heading', { level: 1 })).toHaveText(
    'Practice an informational interview',
  );
  const starts = (p: typeof page) =>
    p
      .getByRole('link', { name: /^Start: / })
      .evaluateAll((links) => links.map((a) => `${a.getAttribute('href')} ${a.textContent}`));
  const written = await starts(bare);
  // Every scenario file is in it: a scenario added is pre-rendered with the rest.
  expect(written).toHaveLength(SCENARIOS.length);
  expect(await bare.getByRole('navigation', { name: 'Main' }).innerText()).toContain(
    'For instructors',
  );
  const writtenMain = await bare.locator('main').innerText();
  await noScript.close();

  await page.goto('/');
  expect(await starts(page)).toEqual(written);
  expect(await page.locator('main').innerText()).toBe(writtenMain);
  await expectNoAxeViolations(page);
});

test('a deep link opens its own page once the script runs', async ({ page }) => {
  await page.goto('/#/progress');
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Practice an informational interview' }),
  ).toHaveCount(0);
});

test('the app takes the page over with the same elements and no layout shift', async ({
  browser,
  page,
}) => {
  // Each element of the page as tag, classes and own text, in document order (comments and
  // attributes other than the class left out: the server's markers are not the client's).
  const shape = () =>
    [...document.querySelectorAll('#app *')].map((e) => {
      const own = [...e.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent?.trim())
        .join('');
      return `${e.tagName}.${e.className} ${own}`;
    });
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const bare = await noScript.newPage();
  await bare.goto('/');
  const written = await bare.evaluate(shape);
  await noScript.close();

  await page.goto('/');
  // The live app has taken over once it has set the page's title (index.html has its own).
  await expect(page).toHaveTitle('Scenarios — Rapport');
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
  );
  expect(await page.evaluate(shape)).toEqual(written);
  const shifted = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          resolve(
            list
              .getEntries()
              .reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all is no shift: the observer is not called then.
        setTimeout(() => resolve(0), 500);
      }),
  );
  expect(shifted).toBe(0);
});

test('the style sheet written into the page is never fetched, also when later pages load', async ({
  browser,
}) => {
  // No service worker: every request reaches the network, where it is seen.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const sheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') sheets.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await expect(page).toHaveTitle('Scenarios — Rapport');
  const inline = await page.evaluate(
    () => document.querySelector<HTMLLinkElement>('link[rel="stylesheet"][disabled]')?.href,
  );
  expect(inline).toMatch(/\/assets\/index-[\w-]+\.css$/);
  // The pages whose code shares the entry's list its style sheet among those they need: a
  // session played to its debrief, then the progress page reading the attempt back.
  await page.getByRole('link', { name: /Start: Phoning a referral/ }).click();
  await playCallToDebrief(page, [INTRO, 'Thank you. What does a typical day look like for you?']);
  await openProgress(page);
  await expect(page.getByRole('link', { name: /Phoning a referral/ }).first()).toBeVisible();
  expect(sheets.filter((path) => path === new URL(inline as string).pathname)).toEqual([]);
  // The page still looks as the style sheet says (it is there, inline).
  expect(
    await page.evaluate(
      () => getComputedStyle(document.querySelector('header.site') as Element).display,
    ),
  ).not.toBe('inline');
  await context.close();
});
