import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, say } from './helpers.ts';

const INTRO =
  'Hello, Mr. Smith. My name is Patricia Law, and I am a classmate of your son, Mike. He suggested I call. I am a Communication student exploring public relations, and I would value 20 minutes of information and advice, not a job.';

test('the home page lists the scenarios and passes axe', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Practice an informational interview',
  );
  for (const title of [
    /classmate's father in PR/,
    /clinical psychologist/,
    /planning firm principal/,
  ]) {
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

test('a student plays pr-phone-referral by keyboard from the first call to the debrief', async ({
  page,
}) => {
  await page.goto('/');
  // Reach the scenario's Start link with the keyboard.
  const start = page.getByRole('link', { name: /Start: Phoning a referral/ });
  for (
    let i = 0;
    i < 10 && !(await start.evaluate((el) => el === document.activeElement));
    i += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Phoning a referral');
  await expectNoAxeViolations(page);

  const call = page.getByRole('button', { name: 'Call Mr. Smith' });
  await call.focus();
  await page.keyboard.press('Enter');
  // The phone is answered and focus lands where the student types.
  await expect(page.getByRole('textbox', { name: 'What you say' })).toBeFocused();
  await expect(page.getByText('has answered the phone')).toBeVisible();

  await say(page, INTRO);
  await expect(page.getByText('Mr. Smith offers to talk now.')).toBeVisible();
  await say(page, 'Thank you, that would be wonderful. What does a typical day look like for you?');
  await expect(page.getByText('In conversation with Mr. Smith.')).toBeVisible();
  await say(page, 'I study Communication and write features for the campus magazine.');
  await expect(page.getByText(/of 20 minutes/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // An action that makes no sense now is refused with a reason, and nothing typed is lost.
  const box = page.getByRole('textbox', { name: 'What you say' });
  await box.fill('   ');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Type what you want to say first');

  await say(page, 'Who else would you suggest I talk to? Thank you so much for your time today.');
  await page.getByRole('button', { name: 'Hang up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Not on a call.')).toBeVisible();

  await page.getByRole('button', { name: 'Finish and see the debrief' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Debrief');
  await expect(page.getByRole('heading', { name: /Score \d+ out of 100/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'no thank you' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'asked who else to talk to' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a 100,000-character paste is refused with a reason and kept in the box', async ({ page }) => {
  await page.goto('/#/play/pr-phone-referral');
  await page.getByRole('button', { name: 'Call Mr. Smith' }).click();
  const box = page.getByRole('textbox', { name: 'What you say' });
  const huge = `Hello 👋 ${'a'.repeat(100_000)}`;
  await box.fill(huge);
  await page.getByRole('button', { name: 'Say' }).click();
  await expect(page.getByRole('alert')).toContainText('too long');
  await expect(box).toHaveValue(huge);
});
