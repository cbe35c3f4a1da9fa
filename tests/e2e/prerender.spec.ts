import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';

/**
 * The home page paints before its script (issue 15): index.html carries the page the app draws,
 * rendered at build time from the same components and scenario files, and the app takes it over.
 */

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
