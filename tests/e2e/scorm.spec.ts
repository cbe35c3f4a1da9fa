import { expect, test, type Page } from '@playwright/test';
import { buildScormPackage } from '../../scripts/scorm/package.ts';
import { expectNoAxeViolations, press, say } from './helpers.ts';
import { startHarness, type Harness } from './scorm-harness.ts';
import { validateManifest } from '../scorm/validate-manifest.ts';

/**
 * The SCORM 1.2 package against a real SCORM runtime: scorm-again's LMS-side API in a harness
 * page (scorm-harness.ts), the package built by `npm run package:scorm`'s own code and loaded in
 * a frame as an LMS loads it.
 */

const INTRO =
  'Hello, Mr. Smith. My name is Kira Jones, and I am a classmate of your son, Mike. He suggested I call. I am a Communication student exploring public relations, and I would value 20 minutes of information and advice, not a job.';

let harness: Harness;
let manifest = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const built = buildScormPackage({
    scenarios: ['pr-phone-referral'],
    mode: 'assessed',
    seed: 4711,
  });
  manifest = built.manifest;
  harness = await startHarness(built.zip);
});

test.afterAll(async () => {
  await harness?.close();
});

/** A value of the LMS's data model, read from scorm-again in the harness page. */
const cmi = (page: Page, element: string) =>
  page.evaluate(
    (name) =>
      (window as unknown as { API: { LMSGetValue(n: string): string } }).API.LMSGetValue(name),
    element,
  );
/** What the package last wrote to an element (write-only ones too). */
const written = (page: Page, element: string) =>
  page.evaluate(
    (name) => (window as unknown as { written: Record<string, string> }).written[name] ?? null,
    element,
  );
const count = (name: string) => harness.record.events.filter((e) => e === name).length;

test.skip(
  ({ isMobile }) => isMobile,
  'one run of the LMS story is enough; the phone layout is the app’s own',
);

test('a learner plays the package in an LMS: status, score, suspend data, resume after a reload, and a last commit on closing', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await page.goto(harness.url);
  const sco = page.frameLocator('#sco');
  await expect(sco.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(sco.getByText('Playing as')).toContainText('Kira Jones');
  await expect.poll(() => count('LMSInitialize')).toBe(1);
  expect(await cmi(page, 'cmi.core.lesson_status')).toBe('incomplete');
  await expectNoAxeViolations(page);

  await sco.getByRole('link', { name: /^Start: / }).click();
  await expect(sco.getByText('Assignment:')).toContainText('played as Kira Jones');
  await press(page, 'Call Mr. Smith', sco);
  await say(page, INTRO, sco);
  await say(page, 'What does a typical week look like for you in public relations?', sco);
  expect(await cmi(page, 'cmi.core.lesson_status')).toBe('incomplete');
  expect(await written(page, 'cmi.core.exit')).toBe('suspend');
  const suspended = await cmi(page, 'cmi.suspend_data');
  expect(suspended).toMatch(/^R1[A-Za-z0-9_-]+$/);
  // scorm-again lets 4,097 characters through on purpose: the limit is checked here.
  expect(suspended.length).toBeLessThanOrEqual(4096);
  const transcript = await sco.getByRole('log').innerText();

  // The learner leaves and comes back: the LMS's record is loaded into a fresh API, and the
  // activity opens at the same step with the same transcript.
  await page.reload();
  await expect.poll(() => count('LMSFinish')).toBe(1);
  await expect(sco.getByRole('log')).toBeVisible();
  await expect.poll(() => sco.getByRole('log').innerText()).toBe(transcript);
  await expect.poll(() => count('LMSInitialize')).toBe(2);
  expect(await cmi(page, 'cmi.suspend_data')).toBe(suspended);

  // On another machine (a fresh browser, nothing stored), the LMS's copy alone brings it back.
  await page.close();
  await expect.poll(() => count('LMSFinish')).toBe(2);
  const elsewhere = await browser.newContext();
  const page2 = await elsewhere.newPage();
  await page2.goto(harness.url);
  const sco2 = page2.frameLocator('#sco');
  await expect(sco2.getByRole('log')).toBeVisible();
  await expect.poll(() => sco2.getByRole('log').innerText()).toBe(transcript);
  await expect.poll(() => count('LMSInitialize')).toBe(3);

  await say(page2, 'Thank you so much for your time, Mr. Smith. Goodbye.', sco2);
  if (await sco2.getByRole('button', { name: 'Hang up' }).isVisible())
    await press(page2, 'Hang up', sco2);
  await press(page2, 'Finish and see the debrief', sco2);
  await expect(sco2.getByText(/You finished “.*” with a score of \d+/)).toBeVisible();
  const status = await cmi(page2, 'cmi.core.lesson_status');
  expect(['passed', 'failed']).toContain(status);
  const raw = Number(await cmi(page2, 'cmi.core.score.raw'));
  expect(await cmi(page2, 'cmi.core.score.min')).toBe('0');
  expect(await cmi(page2, 'cmi.core.score.max')).toBe('100');
  expect(raw).toBeGreaterThanOrEqual(0);
  expect(raw).toBeLessThanOrEqual(100);
  expect(await written(page2, 'cmi.core.exit')).toBe('');
  expect(await written(page2, 'cmi.core.session_time')).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  expect((await cmi(page2, 'cmi.suspend_data')).length).toBeLessThanOrEqual(4096);
  await expect(sco2.getByText(/Your score is/)).toContainText(
    status === 'passed' ? 'passed' : 'not passed',
  );
  await expectNoAxeViolations(page2);

  // Closing the page still commits (the package's own LMSCommit, and scorm-again's commit of
  // LMSFinish reaching the server), and finishes (one LMSFinish per launch).
  const ownCommits = count('LMSCommit');
  const commits = harness.record.commits;
  await page2.close({ runBeforeUnload: true });
  await expect.poll(() => count('LMSFinish')).toBe(3);
  await expect.poll(() => count('LMSCommit')).toBeGreaterThan(ownCommits);
  await expect.poll(() => harness.record.commits).toBeGreaterThan(commits);
  const core = (harness.record.cmi as { core?: Record<string, unknown> } | null)?.core;
  expect(core?.lesson_status).toBe(status);
  expect(Number((core?.score as Record<string, unknown> | undefined)?.raw)).toBe(raw);
  expect(count('LMSInitialize')).toBe(3);
  await elsewhere.close();
});

test('the built package’s manifest lists its files and passes ADL’s schemas', async () => {
  expect(manifest).toContain('href="index.html"');
  expect(manifest).toMatch(/<file href="assets\/pr-phone-referral-[^"]+\.js"\/>/);
  expect(manifest).not.toMatch(/gable-persistence/);
  expect(await validateManifest(manifest)).toEqual({ valid: true, errors: [] });
});

test('without an LMS the package runs as the ordinary app and says so', async ({ page }) => {
  await page.goto(harness.url.replace('/harness.html', '/sco/index.html'));
  await expect(
    page.getByRole('status').filter({ hasText: 'not running inside a course site' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Practice an informational interview' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /^Start: / })).toHaveCount(1);
  await expectNoAxeViolations(page);
});
