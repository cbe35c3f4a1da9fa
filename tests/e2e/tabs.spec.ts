import { expect, test } from '@playwright/test';
import { press, say } from './helpers.ts';

const INTRO =
  'Hello, Mr. Smith. My name is Patricia Law, and I am a classmate of your son, Mike. He suggested I call. I am a Communication student exploring public relations, and I would value 20 minutes of information and advice, not a job.';

test('a second tab on the same scenario does not silently overwrite the first one’s session', async ({
  context,
}) => {
  const first = await context.newPage();
  await first.goto('/#/play/pr-phone-referral');
  await press(first, 'Call Mr. Smith');
  await say(first, INTRO);
  await first.waitForTimeout(800); // the first tab's last save has landed

  // The second tab restores the first one's session, then saves its own next move.
  const second = await context.newPage();
  await second.goto('/#/play/pr-phone-referral');
  await expect(second.getByRole('status').filter({ hasText: 'Welcome back' })).toBeVisible();
  await say(second, 'Thank you, that would be wonderful. What does a typical day look like?');
  // Saving is asynchronous: wait until the browser's store holds the second tab's three actions.
  await expect
    .poll(() =>
      second.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('rapport');
            open.onsuccess = () => {
              const get = open.result
                .transaction('progress')
                .objectStore('progress')
                .get('pr-phone-referral');
              get.onsuccess = () => {
                resolve((get.result as { actions?: unknown[] } | undefined)?.actions?.length ?? 0);
                open.result.close();
              };
            };
          }),
      ),
    )
    .toBe(3);

  // The first tab, now behind, says so instead of overwriting.
  await say(first, 'Thank you. How did you get started in public relations?');
  await expect(first.getByRole('status').filter({ hasText: 'open in another tab' })).toBeVisible();
  await first.reload();
  await expect(
    first.getByRole('log').getByText('What does a typical day look like?', { exact: false }),
  ).toBeVisible();
});
