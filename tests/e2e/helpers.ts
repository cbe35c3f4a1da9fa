import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Focuses a button found by its accessible name and presses Enter, as a keyboard user would. */
export async function press(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name });
  await button.focus();
  await page.keyboard.press('Enter');
}

/** Types a line into the conversation and sends it with Enter; waits until the transcript shows it. */
export async function say(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'What you say' });
  await box.focus();
  await box.fill(text);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('log').getByText(text, { exact: true })).toBeVisible();
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
