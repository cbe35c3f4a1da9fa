import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, press, say } from './helpers.ts';

/**
 * Focus never falls to the page's body after a control is used: a control that disappears or is
 * disabled once used hands focus to the next sensible one. Each control is used by keyboard. And
 * what a control says back (draft feedback, a refusal) appears beside it, in view, announced.
 */

const PR_INTRO =
  'Hello, Mr. Smith. My name is Patricia Law, and I am a classmate of your son, Mike. He suggested that I give you a call. I am a second-year Communication student at Cornell considering public relations as a career, and I am looking for information and advice, not a job. Might you have 20 minutes to talk with me sometime this week?';

async function expectFocused(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
}

async function addSamples(page: Page, count: number): Promise<void> {
  await page.getByText('Sample questions from the guides').click();
  const adds = page.getByRole('button', { name: /^Add: / });
  for (let i = 0; i < count; i += 1)
    await press(page, (await adds.nth(i).getAttribute('aria-label'))!);
}

test('adding a sample moves focus to the next sample still to add', async ({ page }) => {
  await page.goto('/#/play/pr-phone-referral');
  await page.getByText('Sample questions from the guides').click();
  await press(page, 'Add: What does a typical day or week look like in your work?');
  await expectFocused(
    page,
    page.getByRole('button', { name: 'Add: Which skills matter most for doing this work well?' }),
  );
});

test('moving a question to the top keeps focus on that question', async ({ page }) => {
  await page.goto('/#/play/pr-phone-referral');
  await addSamples(page, 3);
  // The prepared list, not the samples below it.
  const list = page
    .getByRole('region', { name: 'Your questions' })
    .getByRole('list')
    .first()
    .getByRole('listitem');
  const third = (await list.nth(2).locator('.q').textContent()) ?? '';

  await press(page, 'Move question 3 up');
  await expectFocused(page, page.getByRole('button', { name: 'Move question 2 up' }));
  // At the top its "up" is disabled, so focus stays on the same question's "down".
  await page.keyboard.press('Enter');
  await expect(list.first()).toContainText(third);
  await expectFocused(page, page.getByRole('button', { name: 'Move question 1 down' }));

  await page.keyboard.press('Enter');
  await expectFocused(page, page.getByRole('button', { name: 'Move question 2 down' }));
  await page.keyboard.press('Enter');
  // At the bottom: the same question's "up".
  await expect(list.last()).toContainText(third);
  await expectFocused(page, page.getByRole('button', { name: 'Move question 3 up' }));
});

test('removing a question moves focus to the one that took its place, then to the field', async ({
  page,
}) => {
  await page.goto('/#/play/pr-phone-referral');
  await addSamples(page, 2);
  await press(page, 'Remove question 2');
  await expectFocused(page, page.getByRole('button', { name: 'Remove question 1' }));
  await page.keyboard.press('Enter');
  await expectFocused(page, page.getByRole('textbox', { name: 'Your own question' }));
});

test('hanging up and waiting until the agreed time hand focus to the call button', async ({
  page,
}) => {
  await page.goto('/?seed=3#/play/pr-phone-referral');
  await press(page, 'Call Mr. Smith');
  await say(page, PR_INTRO);
  await say(page, 'I am sorry, right now is not a good time. Could we talk tomorrow at 10 a.m.?');
  await expect(page.getByText('Mr. Smith has proposed a later time.')).toBeVisible();

  await press(page, 'Hang up');
  await expectFocused(page, page.getByRole('button', { name: 'Call Mr. Smith' }));

  await press(page, 'Wait until the agreed time');
  await expect(page.getByRole('button', { name: 'Wait until the agreed time' })).toHaveCount(0);
  await expectFocused(page, page.getByRole('button', { name: 'Call Mr. Smith' }));
});

test('hanging up after the conversation hands focus to the "What next?" heading', async ({
  page,
}) => {
  await page.goto('/?seed=11#/play/pr-phone-referral');
  await press(page, 'Call Mr. Smith');
  await say(page, PR_INTRO);
  await say(page, 'That would be wonderful, thank you. What does a typical day look like for you?');
  await expect(page.getByText('In conversation with Mr. Smith.')).toBeVisible();
  await press(page, 'Hang up');
  await expect(page.getByText('Not on a call.')).toBeVisible();
  await expectFocused(page, page.getByRole('heading', { name: 'What next?' }));
  // From there the keyboard reaches the next controls.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
});

test('"Keep it" in a delete prompt gives focus back to the button that asked', async ({ page }) => {
  await page.goto('/#/play/pr-phone-referral');
  await press(page, 'Call Mr. Smith');
  await press(page, 'Hang up');
  await press(page, 'Finish and see the debrief');
  await expect(page.getByRole('heading', { name: /Score \d+ out of 100/ })).toBeVisible();

  await page.goto('/#/progress');
  const del = page.getByRole('button', { name: /^Delete attempt \d+$/ });
  await del.focus();
  await page.keyboard.press('Enter');
  await expectFocused(page, page.getByRole('button', { name: /^Yes, delete attempt/ }));
  await press(page, 'Keep it');
  await expectFocused(page, del);

  await press(page, 'Delete all history');
  await expectFocused(page, page.getByRole('button', { name: 'Yes, delete everything' }));
  await press(page, 'Keep my history');
  await expectFocused(page, page.getByRole('button', { name: 'Delete all history' }));
});

/** The element's box is inside the window. */
async function expectInView(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  expect(box, 'on the page').not.toBeNull();
  expect(box!.y, 'its top is in the window').toBeGreaterThanOrEqual(-1);
  expect(box!.y, 'its top is in the window').toBeLessThan(height);
}

/** `lower` starts below the bottom of `upper`. */
async function expectBelow(upper: Locator, lower: Locator): Promise<void> {
  const a = await upper.boundingBox();
  const b = await lower.boundingBox();
  expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
}

test.describe('notices and feedback appear where the student is looking', () => {
  test('an empty email with the subject "Hi": the check reports it, Send refuses it, and each error leaves once fixed', async ({
    page,
  }) => {
    await page.goto('/#/play/psych-email-referral');
    const subject = page.getByRole('textbox', { name: 'Subject' });
    const message = page.getByRole('textbox', { name: 'Message' });
    const send = page.getByRole('button', { name: 'Send email' });
    const check = page.getByRole('button', { name: 'Check my draft' });
    await subject.fill('Hi');

    await press(page, 'Check my draft');
    const feedback = page.getByRole('region', { name: 'Feedback on your email' });
    await expect(feedback).toContainText('The message is empty: an email needs a body.');
    await expect(feedback).toContainText('vague subject');
    await expect(feedback).not.toContainText('No pitfalls found');
    await expectBelow(check, feedback);
    await expectInView(page, feedback);
    // Announced: a live region says what was found.
    await expect(
      page.locator('[aria-live="polite"]', { hasText: 'Feedback on your email' }),
    ).toContainText('vague subject');
    await expect(check).toBeFocused();

    await press(page, 'Send email');
    const refusal = page.getByRole('alert');
    await expect(refusal).toHaveText('Write the message first: an email needs a body.');
    await expectBelow(send, refusal);
    await expectInView(page, refusal);
    await expect(page.getByText('Nothing has happened yet.')).toBeVisible();
    await expectNoAxeViolations(page);

    // Writing the message clears the refusal at once and the "empty" feedback soon after.
    await message.fill('Dear Dr. Okonkwo,\n\nMy name is Emma Nguyen.\n\nSincerely,\nEmma Nguyen');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(feedback).not.toContainText('The message is empty');
    await expect(feedback).toContainText('vague subject');
    // A subject that names the referrer: the stale "vague subject" goes.
    await subject.fill('Referred by Ian Moreau: questions about clinical psychology');
    await expect(feedback).not.toContainText('vague subject');
    await expect(page.locator('[aria-live="polite"]', { hasText: 'Fixed:' })).toContainText(
      'vague subject',
    );
  });

  test('feedback on what the student is about to say appears under the speaking box', async ({
    page,
  }) => {
    await page.goto('/?seed=11#/play/pr-phone-referral');
    await press(page, 'Call Mr. Smith');
    await press(page, 'Check my draft');
    const feedback = page.getByRole('region', { name: /^Feedback on / });
    await expect(feedback).toContainText('There is nothing to check yet');
    await expect(feedback).not.toContainText('No pitfalls found');

    await page.getByRole('textbox', { name: 'What you say' }).fill('Hi, is your firm hiring?');
    await press(page, 'Check my draft');
    await expect(feedback).toContainText('job request');
    await expectBelow(page.getByRole('button', { name: 'Hang up' }), feedback);
    await expectInView(page, feedback);
  });

  test('the wait menu never shows an empty choice once the agreed time has passed', async ({
    page,
  }) => {
    await page.goto('/?seed=3#/play/pr-phone-referral');
    await press(page, 'Call Mr. Smith');
    await say(page, PR_INTRO);
    await say(page, 'I am sorry, right now is not a good time. Could we talk tomorrow at 10 a.m.?');
    await press(page, 'Hang up');
    const choice = page.getByRole('combobox', { name: 'Wait', exact: true });
    await choice.selectOption('next_appointment');
    await press(page, /^Wait$/);
    // The agreed time has come: that choice is gone, and the menu shows one that is possible.
    await expect(choice.locator('option', { hasText: 'until the next agreed time' })).toHaveCount(
      0,
    );
    await expect(choice).toHaveValue('hour');
    await expectNoAxeViolations(page);
    // The calendar line moves on by an hour.
    const calendar = page.getByRole('region', { name: 'Status' }).getByRole('definition').first();
    const before = await calendar.textContent();
    await press(page, /^Wait$/);
    await expect(calendar).not.toHaveText(before ?? '');
  });
});
