import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, press, say } from './helpers.ts';

const INTRO =
  'Hello, Mr. Smith. My name is Patricia Law, and I am a classmate of your son, Mike. He suggested I call. I am a Communication student exploring public relations, and I would value 20 minutes of information and advice, not a job.';

const log = (page: Page) => page.getByRole('log');

test('a second tab on the same session offers to continue it there, and the first steps aside', async ({
  context,
}) => {
  const first = await context.newPage();
  await first.goto('/#/play/pr-phone-referral');
  await press(first, 'Call Mr. Smith');
  await say(first, INTRO);

  const second = await context.newPage();
  await second.goto('/#/play/pr-phone-referral');
  await expect(second.getByText('This session is open in another tab or window.')).toBeVisible();
  await expectNoAxeViolations(second);
  await press(second, 'Continue here');
  // The session comes over whole, as the first tab left it.
  await expect(log(second).getByText(INTRO, { exact: true })).toBeVisible();
  await expect(first.getByText('You continued this session in another tab')).toBeVisible();
  await say(second, 'Thank you, that would be wonderful. What does a typical day look like?');

  // And back again: the first tab takes it over with the second tab's move in it.
  await press(first, 'Continue here');
  await expect(
    log(first).getByText('What does a typical day look like?', { exact: false }),
  ).toBeVisible();
  await expect(second.getByText('You continued this session in another tab')).toBeVisible();
  await first.reload();
  await expect(
    log(first).getByText('What does a typical day look like?', { exact: false }),
  ).toBeVisible();
});

test('a link with a fixed seed keeps its own session beside the student’s own practice', async ({
  page,
}) => {
  await page.goto('/#/play/pr-phone-referral');
  await press(page, 'Call Mr. Smith');
  await say(page, INTRO);
  await page.goto('/?seed=42#/play/pr-phone-referral');
  await expect(page.getByRole('button', { name: 'Call Mr. Smith' })).toBeVisible();
  await expect(log(page).getByText(INTRO, { exact: true })).toHaveCount(0);
  await expect(page.getByText(/This link fixes the session.s draws \(seed 42\)/)).toBeVisible();
  await press(page, 'Call Mr. Smith');
  await page.goto('/#/play/pr-phone-referral');
  await expect(log(page).getByText(INTRO, { exact: true })).toBeVisible();
  // Moving on within the app leaves the fixed seed behind: the list opens the own practice.
  await page.goto('/?seed=42#/play/pr-phone-referral');
  await page.getByRole('link', { name: 'Scenarios' }).first().click();
  await page.getByRole('link', { name: /Phoning a referral/ }).click();
  await expect(log(page).getByText(INTRO, { exact: true })).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
});

test('a draft typed before any action comes back when the scenario is opened again', async ({
  page,
}) => {
  await page.goto('/#/play/pr-phone-referral');
  await page
    .getByRole('group', { name: 'Feedback' })
    .getByLabel(/Assessed/)
    .check();
  await page.getByText('Write to Mr. Smith').click();
  await page.getByLabel('Subject').fill('Mike Law suggested I write');
  // Left at once, before any save could have landed: nothing typed is lost.
  await page.getByRole('link', { name: 'Scenarios' }).first().click();
  await page.getByRole('link', { name: /Phoning a referral/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Welcome back' })).toBeVisible();
  await expect(page.getByLabel('Subject')).toHaveValue('Mike Law suggested I write');
  await expect(page.getByRole('group', { name: 'Feedback' }).getByLabel(/Assessed/)).toBeChecked();
  // Focus follows the question, and never falls to the page.
  await press(page, 'Start over');
  await expect(page.getByRole('button', { name: 'Yes, discard it and start over' })).toBeFocused();
  await press(page, 'Keep it');
  await expect(page.getByRole('button', { name: 'Start over' })).toBeFocused();
  await press(page, 'Start over');
  await press(page, 'Yes, discard it and start over');
  await expect(page.getByRole('status').filter({ hasText: 'Started over' })).toBeFocused();
  await expect(page.getByLabel('Subject')).toHaveValue('');
  // A choice alone is kept too, through a reload at once after it is made.
  await page.getByRole('checkbox', { name: /Bring a copy of my resume/ }).uncheck();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /Bring a copy of my resume/ })).not.toBeChecked();
  await page.getByRole('checkbox', { name: /Bring a copy of my resume/ }).check();
  await press(page, 'Start over');
  await press(page, 'Yes, discard it and start over');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Welcome back' })).toHaveCount(0);
});

test('when the browser cannot save, the page says so in view, goes on, and a session file continues it later', async ({
  browser,
}, testInfo) => {
  const broken = await browser.newContext();
  // A browser whose storage refuses every open (private modes, disabled storage).
  await broken.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const page = await broken.newPage();
  await page.goto('/#/play/pr-phone-referral');
  await press(page, 'Call Mr. Smith');
  await say(page, INTRO);
  const notice = page.getByRole('status').filter({ hasText: 'Not saved.' });
  await expect(notice).toBeInViewport();
  await page.getByRole('textbox', { name: 'What you say' }).fill('What does a typical');
  const downloading = page.waitForEvent('download');
  await press(page, 'Download this session');
  const file = testInfo.outputPath('session.json');
  await (await downloading).saveAs(file);
  await broken.close();

  const fresh = await browser.newContext();
  const later = await fresh.newPage();
  await later.goto('/#/play/pr-phone-referral');
  await later.getByText('Continue from a session file').click();
  await later.getByLabel('Session file').setInputFiles(file);
  await expect(log(later).getByText(INTRO, { exact: true })).toBeVisible();
  await expect(later.getByRole('textbox', { name: 'What you say' })).toHaveValue(
    'What does a typical',
  );
  await later.reload();
  await expect(log(later).getByText(INTRO, { exact: true })).toBeVisible();
  await fresh.close();
});
