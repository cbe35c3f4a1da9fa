import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, press, say, waitForDraftsSaved } from './helpers.ts';

const INTRO =
  'Hello, Mr. Smith. My name is Patricia Law, and I am a classmate of your son, Mike. He suggested I call. I am a Communication student exploring public relations, and I would value 20 minutes of information and advice, not a job.';

test('a session survives a reload mid-conversation, is saved when finished, and replays step by step to its pitfall', async ({
  page,
}) => {
  await page.goto('/#/play/pr-phone-referral');
  await press(page, 'Call Mr. Smith');
  await say(page, INTRO);
  await say(page, 'Thank you, that would be wonderful. What does a typical day look like for you?');
  await expect(page.getByText('In conversation with Mr. Smith.')).toBeVisible();
  const clock = await page
    .getByText(/of 20 minutes/)
    .first()
    .textContent();
  // A half-typed line is a draft; it comes back too.
  await page.getByRole('textbox', { name: 'What you say' }).fill('How did you get started');
  await waitForDraftsSaved(page, 'pr-phone-referral');

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Welcome back' })).toBeVisible();
  await expect(page.getByText('In conversation with Mr. Smith.')).toBeVisible();
  await expect(page.getByText(/of 20 minutes/).first()).toHaveText(clock ?? '');
  await expect(page.getByRole('log').getByText(INTRO, { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'What you say' })).toHaveValue(
    'How did you get started',
  );

  await say(page, 'Is Ezra and White hiring interns this summer? I would love to be considered.');
  await say(page, 'Who else would you suggest I talk to? Thank you for your time.');
  await press(page, 'Hang up');
  await press(page, 'Finish and see the debrief');

  await expect(page).toHaveURL(/#\/attempt\/\d+$/);
  await expect(
    page.getByRole('heading', { name: /Score \d+ out of 100: not passed/ }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'job request' })).toBeVisible();
  await expect(page.getByRole('figure').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The debrief survives a reload too: it is re-run from the saved log.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'job request' })).toBeVisible();

  await page.getByRole('link', { name: 'Step through the replay' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Replay');
  // The new page's heading has focus, so the arrow keys step at once.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status').filter({ hasText: /^Step 1 of/ })).toBeVisible();
  await press(page, 'Next pitfall');
  await expect(page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ })).toContainText(
    'Is Ezra and White hiring',
  );
  await expect(page.getByRole('heading', { name: /job request/ }).first()).toBeVisible();
  await press(page, 'First step');
  await expect(page.getByRole('status').filter({ hasText: /^Step 0 of/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Progress lists the attempt; an import of a hostile file is refused and loses nothing.
  await page.goto('/#/progress');
  await expect(
    page.getByRole('heading', { name: /Attempt \d+: Phoning a referral/ }),
  ).toBeVisible();
  await page.getByLabel('Replay file', { exact: true }).setInputFiles({
    name: 'evil.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"rapport-log","__proto__":{"admin":true}}'),
  });
  await expect(page.getByRole('alert')).toContainText('was not opened');
  await expect(
    page.getByRole('heading', { name: /Attempt \d+: Phoning a referral/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
