import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openProgress, playCallToDebrief } from './helpers.ts';

/**
 * Offline and installable (issue 15): after one visit the service worker has the whole app, so it
 * opens, plays a scenario to the debrief and shows the progress page with no network at all.
 */

const INTRO =
  'Hello, Mr. Smith. My name is Patricia Law, and I am a classmate of your son, Mike. He suggested I call. I am a Communication student exploring public relations, and I would value 20 minutes of information and advice, not a job.';

test('after one visit, the app opens and plays to the debrief with no network', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Practice an informational interview',
  );
  // The service worker is active once it has cached everything it precaches.
  expect(
    await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active)),
  ).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Practice an informational interview',
  );
  // Any scenario opens: its chunk was cached with the rest.
  await page.getByRole('link', { name: /Start: Following up/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Following up');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Scenarios' })
    .click();

  await page.getByRole('link', { name: /Start: Phoning a referral/ }).click();
  await playCallToDebrief(page, [
    INTRO,
    'Thank you, that would be wonderful. What does a typical day look like for you?',
    'Who else would you suggest I talk to? Thank you so much for your time today.',
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Debrief');
  await openProgress(page);
  await expectNoAxeViolations(page);
  await context.setOffline(false);
});

test('the web app manifest names the app, where it starts and its icons', async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest.name).toMatch(/^Rapport/);
  expect(manifest.short_name).toBe('Rapport');
  expect(manifest.start_url).toBe('./');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const response = await request.get(`/${icon.src}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
