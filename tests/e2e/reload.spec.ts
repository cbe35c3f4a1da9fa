import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { press } from './helpers.ts';

/**
 * A reload at any step restores exactly. Each scenario's golden playthrough is played through
 * the page with its fixed seed; at steps picked by a seeded generator the test types drafts,
 * reorders the question list, reloads, and compares what the student sees before and after: the
 * transcript, the status and clock, the drafts, the mode, the prepared list in order and the
 * resume decision. The built site's Content-Security-Policy must hold throughout.
 */

type Action = { type: string; [field: string]: unknown };
interface Inputs {
  scenario: string;
  seed: number;
  actions: Action[];
}

const GOLDEN = new URL('../golden/', import.meta.url);
const playthroughs: Inputs[] = readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.good.inputs.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, GOLDEN), 'utf8')) as Inputs);

/** mulberry32: the steps to reload at are random but the same on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const transcriptLines = (page: Page) => page.getByRole('log').locator('li');

const checked = async (box: Locator) => ((await box.count()) > 0 ? box.isChecked() : null);

/** Everything a reload must bring back, as the student sees it. */
async function seen(page: Page) {
  const value = async (label: string) => {
    const field = page.getByLabel(label, { exact: true });
    return (await field.count()) > 0 && (await field.isVisible()) ? field.inputValue() : null;
  };
  return {
    transcript: await transcriptLines(page).allInnerTexts(),
    status: await page.getByRole('region', { name: 'Status' }).innerText(),
    said: await value('What you say'),
    subject: await value('Subject'),
    body: await value('Message'),
    assessed: await page.getByRole('radio', { name: /Assessed/ }).isChecked(),
    questions: await page.locator('.question-list .q').allInnerTexts(),
    bringResume: await checked(page.getByRole('checkbox', { name: /Bring a copy of my resume/ })),
  };
}

/** Plays one action through the page's controls and waits until the page shows it done. */
async function play(page: Page, action: Action): Promise<void> {
  const before = await transcriptLines(page).count();
  const moved = () => expect.poll(() => transcriptLines(page).count()).toBeGreaterThan(before);
  switch (action.type) {
    case 'call':
      await press(page, /^Call /);
      return moved();
    case 'say': {
      const box = page.getByRole('textbox', { name: 'What you say' });
      await box.fill(String(action.text));
      await box.press('Enter');
      return moved();
    }
    case 'end':
      await press(page, 'Hang up');
      return moved();
    case 'email':
    case 'note': {
      const body = page.getByLabel('Message', { exact: true });
      if (!(await body.isVisible())) await page.getByText(/^Write to /).click();
      const medium = page.getByRole('radio', {
        name: action.type === 'note' ? /handwritten note/ : /an email/,
      });
      if ((await medium.count()) > 0) await medium.check();
      if (action.type === 'email') {
        await page.getByLabel('Subject', { exact: true }).fill(String(action.subject));
      }
      await body.fill(String(action.type === 'email' ? action.body : action.text));
      await press(page, action.type === 'email' ? 'Send email' : 'Post the note');
      return moved();
    }
    case 'wait': {
      const choice = page.getByRole('combobox', { name: 'Wait', exact: true });
      const repeat =
        typeof action.hours === 'number'
          ? { value: 'hour', times: action.hours }
          : typeof action.days === 'number'
            ? { value: 'day', times: action.days }
            : null;
      if (repeat) {
        for (let i = 0; i < repeat.times; i += 1) {
          const status = await page.getByRole('region', { name: 'Status' }).innerText();
          await choice.selectOption(repeat.value);
          await press(page, /^Wait$/);
          await expect
            .poll(() => page.getByRole('region', { name: 'Status' }).innerText())
            .not.toBe(status);
        }
        return;
      }
      const until = String(action.until);
      const status = await page.getByRole('region', { name: 'Status' }).innerText();
      if (until === 'next_event' || until === 'next_appointment') {
        await choice.selectOption(until);
      } else {
        const [day, time] = until.split(' ');
        await choice.selectOption('at');
        await page.getByRole('combobox', { name: 'Day', exact: true }).selectOption(day ?? '');
        await page.getByLabel('Time', { exact: true }).fill(time ?? '');
      }
      await press(page, /^Wait$/);
      await expect
        .poll(() => page.getByRole('region', { name: 'Status' }).innerText())
        .not.toBe(status);
      return;
    }
    case 'prepare': {
      for (const question of action.questions as string[]) {
        await page.getByLabel('Your own question', { exact: true }).fill(question);
        await page.getByRole('button', { name: 'Add', exact: true }).click();
      }
      await page
        .getByRole('checkbox', { name: /Bring a copy of my resume/ })
        .setChecked(Boolean(action.bring_resume));
      await press(page, 'Save my list');
      return moved();
    }
    case 'take_notes':
      await press(page, 'Take notes');
      return moved();
    case 'give_resume':
      await press(page, 'Hand over my resume');
      return moved();
    default:
      throw new Error(`no control plays a "${action.type}" action`);
  }
}

/** Leaves something typed but unsent where the page offers a place for it, as a student would. */
async function typeDrafts(page: Page, random: () => number): Promise<void> {
  const say = page.getByRole('textbox', { name: 'What you say' });
  if (await say.isVisible()) await say.fill(`Half a thought ${Math.floor(random() * 1000)}`);
  const body = page.getByLabel('Message', { exact: true });
  if (!(await say.isVisible()) && random() < 0.5) {
    if (!(await body.isVisible())) await page.getByText(/^Write to /).click();
  }
  if (await body.isVisible()) {
    const subject = page.getByLabel('Subject', { exact: true });
    if (await subject.isVisible()) await subject.fill('Following up on our talk');
    await body.fill(`Dear contact,\n\nA draft ${Math.floor(random() * 1000)}.`);
  }
  // Reorder the list (saved or not) when it can be reordered.
  const down = page.getByRole('button', { name: 'Move question 1 down' });
  if ((await down.count()) > 0 && (await down.isEnabled())) await down.click();
}

for (const inputs of playthroughs) {
  test(`${inputs.scenario}: a reload at any step brings back exactly what was on the page`, async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one width is enough for what is restored');
    test.setTimeout(240_000);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    const random = generator(inputs.seed + 1);
    await page.goto(`/?seed=${inputs.seed}#/play/${inputs.scenario}`);
    await expect(page.getByRole('region', { name: 'Status' })).toBeVisible();
    if (random() < 0.5) await page.getByRole('radio', { name: /Assessed/ }).check();

    // Reload at four steps of the playthrough, never the same twice.
    const steps = new Set<number>();
    while (steps.size < Math.min(4, inputs.actions.length)) {
      steps.add(Math.floor(random() * inputs.actions.length));
    }
    for (const [index, action] of inputs.actions.entries()) {
      await play(page, action);
      if (!steps.has(index)) continue;
      await typeDrafts(page, random);
      // No waiting for a save: what is typed is kept at once, so a reload right after it keeps it.
      const before = await seen(page);
      await page.reload();
      await expect(page.getByRole('region', { name: 'Status' })).toBeVisible();
      await expect(transcriptLines(page)).toHaveCount(before.transcript.length);
      expect(await seen(page), `after action ${index} (${action.type})`).toEqual(before);
    }
    expect(violations).toEqual([]);
  });
}
