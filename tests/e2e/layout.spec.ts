import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, press, say } from './helpers.ts';

/**
 * Every page fits a phone: at 320 and 390 px nothing makes the page scroll sideways, on every
 * page and in every state the session machine tags. The sessions use fixed seeds and the moves of
 * the golden playthroughs (tests/golden/*.inputs.json), so each state is reached the same way
 * every time.
 */

const WIDTHS = [320, 390] as const;

const PR_INTRO =
  'Hello, Mr. Smith. My name is Patricia Law, and I am a classmate of your son, Mike. He suggested that I give you a call. I am a second-year Communication student at Cornell considering public relations as a career, and I am looking for information and advice, not a job. Might you have 20 minutes to talk with me sometime this week?';

/** Measures the page at each phone width; names the elements sticking out when it fails. */
async function expectFits(page: Page, where: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 740 });
    const measured = await page.evaluate(() => {
      const root = document.documentElement;
      const limit = root.clientWidth;
      const describe = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
          typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''
        } “${(el.textContent ?? '').trim().slice(0, 40)}” (right ${Math.round(el.getBoundingClientRect().right)})`;
      const wide = [...document.querySelectorAll('body *')].filter(
        (el) => el.getBoundingClientRect().right > limit + 0.5,
      );
      // The innermost ones are the culprits; their ancestors only stick out because of them.
      const innermost = wide.filter(
        (el) => !wide.some((other) => other !== el && el.contains(other)),
      );
      return {
        scroll: root.scrollWidth,
        client: limit,
        culprits: innermost.slice(0, 6).map(describe),
      };
    });
    expect(
      measured.scroll,
      `${where} at ${width} px scrolls sideways: ${measured.culprits.join(', ')}`,
    ).toBeLessThanOrEqual(measured.client);
  }
}

async function play(page: Page, scenario: string, seed: number): Promise<void> {
  await page.goto(`/?seed=${seed}#/play/${scenario}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Opens the wait form's "until a day and time" choice. */
async function chooseDayAndTime(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Wait', exact: true }).selectOption('at');
  await expect(page.getByRole('combobox', { name: 'Day', exact: true })).toBeVisible();
}

async function openComposer(page: Page, who: string): Promise<void> {
  const details = page.locator('details.composer');
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await page.getByText(`Write to ${who}`).click();
  }
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
}

test.describe('at phone width', () => {
  // The widths are set by the test itself; one browser set-up is enough.
  test.skip(({ isMobile }) => !isMobile, 'measured in the phone project');

  test('the home page and the progress page fit', async ({ page }) => {
    await page.goto('/');
    await expectFits(page, 'home');
    await page.goto('/#/progress');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectFits(page, 'progress, empty');
  });

  for (const scenario of [
    { id: 'pr-phone-referral', who: 'Mr. Smith' },
    { id: 'psych-email-referral', who: 'Dr. Okonkwo' },
    { id: 'gable-persistence', who: 'Ms. Gable' },
    { id: 'executive-ten-minutes', who: 'Ms. Delacroix' },
    { id: 'engineer-talkative', who: 'Mr. Kowalczyk' },
    { id: 'alumna-opening', who: 'Ms. Morales' },
  ]) {
    test(`${scenario.id} fits before a call, with the composer open and the wait form set`, async ({
      page,
    }) => {
      await play(page, scenario.id, 7);
      await expectFits(page, `${scenario.id} before a call`);
      await chooseDayAndTime(page);
      await expectFits(page, `${scenario.id}, waiting until a day and time`);
      await openComposer(page, scenario.who);
      await expectFits(page, `${scenario.id}, composer open`);
      await page.getByText('Sample questions from the guides').click();
      await expectFits(page, `${scenario.id}, sample questions open`);
    });
  }

  test('a phone call fits at every step: introduction, offer, conversation, after it, debrief, replay, progress', async ({
    page,
  }) => {
    await play(page, 'pr-phone-referral', 11);
    await page.getByText('Sample questions from the guides').click();
    await press(page, 'Add: What does a typical day or week look like in your work?');
    await press(page, 'Add: Which skills matter most for doing this work well?');
    await press(page, 'Save my list');
    await expectFits(page, 'a saved question list');

    await press(page, 'Call Mr. Smith');
    await expect(page.getByText('Mr. Smith has answered the phone.')).toBeVisible();
    await expectFits(page, 'introducing');
    await page.getByRole('textbox', { name: 'What you say' }).fill(PR_INTRO);
    await press(page, 'Check my draft');
    await expectFits(page, 'introducing, with draft feedback');
    await say(page, PR_INTRO);
    await expect(page.getByText('Mr. Smith offers to talk now.')).toBeVisible();
    await expectFits(page, 'offered');

    await say(page, 'That would be wonderful, thank you. Would you mind if I take notes?');
    await expect(page.getByText('In conversation with Mr. Smith.')).toBeVisible();
    await press(page, 'Take notes');
    await say(
      page,
      `What does a typical day look like for you? ${'Supercalifragilistic'.repeat(12)}`,
    );
    await expectFits(page, 'in conversation, with a very long word');
    await page.getByRole('textbox', { name: 'What you say' }).fill('   ');
    await press(page, 'Say');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectFits(page, 'in conversation, with a refusal');

    await say(page, 'Who else would you suggest I talk to? Thank you so much for your time.');
    await press(page, 'Hang up');
    await expect(page.getByText('Not on a call.')).toBeVisible();
    await expectFits(page, 'after the conversation');
    await openComposer(page, 'Mr. Smith');
    await page.getByRole('textbox', { name: 'Subject' }).fill('Thank you');
    await page
      .getByRole('textbox', { name: 'Message' })
      .fill('Dear Mr. Smith,\n\nThank you for your advice.\n\nSincerely,\nPatricia Law');
    await press(page, 'Check my draft');
    await expectFits(page, 'after the conversation, composer open with feedback');
    await press(page, 'Send email');
    await chooseDayAndTime(page);
    await expectFits(page, 'after the conversation, waiting until a day and time');

    await press(page, 'Finish and see the debrief');
    await expect(page.getByRole('heading', { name: /Score \d+ out of 100/ })).toBeVisible();
    await expectFits(page, 'debrief');
    await page.getByText('Transcript of the session').click();
    for (const table of await page.getByText(/^Show the .* as a table$/).all()) await table.click();
    await expectFits(page, 'debrief, transcript open');

    await page.getByRole('link', { name: 'Step through the replay' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Replay');
    await expectFits(page, 'replay, first step');
    await press(page, 'Last step');
    await expectFits(page, 'replay, last step');

    await page.goto('/#/progress');
    await expect(
      page.getByRole('heading', { name: /Attempt \d+: Phoning a referral/ }),
    ).toBeVisible();
    await expectFits(page, 'progress, one attempt');
  });

  test('a declined call and a later time fit', async ({ page }) => {
    // The job-request golden: the contact declines.
    await play(page, 'pr-phone-referral', 5);
    await press(page, 'Call Mr. Smith');
    await say(
      page,
      "Hi Mr. Smith, this is Patricia Law, Mike's classmate. I'm graduating soon and I wanted to ask if Ezra and White is hiring any junior account people this summer. I'd love to be considered.",
    );
    await expect(page.getByText('Mr. Smith has politely declined.')).toBeVisible();
    await expectFits(page, 'declined');

    // Turning down the offer to talk now: the contact proposes a later time.
    await play(page, 'pr-phone-referral', 3);
    await press(page, 'Call Mr. Smith');
    await say(page, PR_INTRO);
    await say(page, 'I am sorry, right now is not a good time. Could we talk tomorrow at 10 a.m.?');
    await expect(page.getByText('Mr. Smith has proposed a later time.')).toBeVisible();
    await expectFits(page, 'scheduled');
    await press(page, 'Hang up');
    await expectFits(page, 'between calls, with an agreed time');
  });

  test('a restored session fits, with its notice and the session file form', async ({ page }) => {
    await play(page, 'pr-phone-referral', 11);
    await press(page, 'Call Mr. Smith');
    await say(page, PR_INTRO);
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'Welcome back' })).toBeVisible();
    await expectFits(page, 'restored, with the welcome-back notice');
    await page.getByText('Continue from a session file').click();
    await expectFits(page, 'restored, session file form open');
  });

  test('voicemail and the assistant fit', async ({ page }) => {
    // gable-persistence's golden: the first call goes to voicemail.
    await play(page, 'gable-persistence', 21);
    await press(page, 'Call Ms. Gable');
    await expect(page.getByText('voicemail is recording your message')).toBeVisible();
    await expectFits(page, 'leaving a message');
    await press(page, 'Hang up');
    await expectFits(page, 'after a voicemail');

    // executive-ten-minutes' golden: the first call reaches the assistant.
    await play(page, 'executive-ten-minutes', 23);
    await press(page, 'Call Ms. Delacroix');
    await expect(page.getByText(/Talking with/)).toBeVisible();
    await expectFits(page, 'with the assistant');
  });

  test('a second tab’s page and the notice when saving fails fit', async ({ browser }) => {
    const context = await browser.newContext({ isMobile: true, hasTouch: true });
    const first = await context.newPage();
    await play(first, 'pr-phone-referral', 11);
    const second = await context.newPage();
    await second.goto('/?seed=11#/play/pr-phone-referral');
    await expect(second.getByRole('button', { name: 'Continue here' })).toBeVisible();
    await expectFits(second, 'a second tab on the same session');
    await context.close();

    const broken = await browser.newContext({ isMobile: true, hasTouch: true });
    await broken.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await broken.newPage();
    await play(page, 'pr-phone-referral', 11);
    await expect(page.getByRole('status').filter({ hasText: 'Not saved.' })).toBeVisible();
    await expectFits(page, 'saving refused, with its notice');
    await expectNoAxeViolations(page);
    await broken.close();
  });
});
