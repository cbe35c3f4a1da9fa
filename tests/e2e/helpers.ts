import AxeBuilder from '@axe-core/playwright';
import { expect, type FrameLocator, type Page } from '@playwright/test';

/**
 * Focuses a button found by its accessible name and presses Enter, as a keyboard user would; in a
 * frame (a course package in an LMS) when `within` is one.
 */
export async function press(
  page: Page,
  name: string | RegExp,
  within: Page | FrameLocator = page,
): Promise<void> {
  const button = within.getByRole('button', { name });
  await button.focus();
  await page.keyboard.press('Enter');
}

/** Types a line into the conversation and sends it with Enter; waits until the transcript shows it. */
export async function say(
  page: Page,
  text: string,
  within: Page | FrameLocator = page,
): Promise<void> {
  const box = within.getByRole('textbox', { name: 'What you say' });
  await box.focus();
  await box.fill(text);
  await page.keyboard.press('Enter');
  await expect(within.getByRole('log').getByText(text, { exact: true })).toBeVisible();
}

/** Lets simulated time pass to a weekday and time with the wait form. */
export async function waitUntil(page: Page, day: string, time: string): Promise<void> {
  const choice = page.getByRole('combobox', { name: 'Wait', exact: true });
  await choice.focus();
  await choice.selectOption('at');
  await page.getByRole('combobox', { name: 'Day', exact: true }).selectOption(day);
  await page.getByLabel('Time', { exact: true }).fill(time);
  await press(page, 'Wait');
}

/** The page passes axe (WCAG 2.1 A and AA, and best practices) with no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/**
 * Waits until the browser's store holds what the page shows in its draft fields (the speaking
 * box, the subject, the message, the question list), for the session under `key`: drafts are
 * saved a moment after typing stops, and a test must not guess how long a busy machine takes.
 */
export async function waitForDraftsSaved(page: Page, key: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          (sessionKey) =>
            new Promise<boolean>((resolve) => {
              const field = (id: string) =>
                (document.getElementById(id) as HTMLInputElement | null)?.value;
              const shown = {
                said: field('say'),
                subject: field('subject'),
                body: field('body'),
                questions: [...document.querySelectorAll('.question-list .q')].map(
                  (q) => q.textContent ?? '',
                ),
              };
              const open = indexedDB.open('rapport');
              open.onerror = () => resolve(false);
              open.onsuccess = () => {
                const db = open.result;
                const get = db.transaction('sessions').objectStore('sessions').get(sessionKey);
                get.onerror = () => resolve(false);
                get.onsuccess = () => {
                  db.close();
                  const drafts = (get.result as { drafts?: Record<string, unknown> } | undefined)
                    ?.drafts;
                  if (!drafts) return resolve(false);
                  const same = (name: 'said' | 'subject' | 'body') =>
                    shown[name] === undefined || shown[name] === drafts[name];
                  const questions = (drafts.questions as string[] | undefined) ?? [];
                  resolve(
                    same('said') &&
                      same('subject') &&
                      same('body') &&
                      (shown.questions.length === 0 ||
                        JSON.stringify(questions) === JSON.stringify(shown.questions)),
                  );
                };
              };
            }),
          key,
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
}

/**
 * Plays the referral call of `pr-phone-referral`, opened on the page, to its debrief: the call,
 * the introduction given, the lines said, a hang-up when the call is still on, and Finish.
 */
export async function playCallToDebrief(page: Page, lines: readonly string[]): Promise<void> {
  await press(page, 'Call Mr. Smith');
  for (const line of lines) await say(page, line);
  if (await page.getByRole('button', { name: 'Hang up' }).isVisible()) await press(page, 'Hang up');
  await press(page, 'Finish and see the debrief');
  await expect(page.getByRole('heading', { name: /Score \d+ out of 100/ })).toBeVisible();
}

/** Opens the progress page from the main navigation. */
export async function openProgress(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Your progress' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
}
