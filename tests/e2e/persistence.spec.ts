import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, press, say, waitUntil } from './helpers.ts';

const MESSAGE = (next: string) =>
  `Ms. Gable, this is Kira Jones following up on my email about a twenty-minute conversation on planning. My number is (607) 555-1212 and my email is kj247@cornell.edu. I will call again ${next}. Thank you.`;

test('a student follows up with Ms. Gable by keyboard: voicemail twice, the assistant, then the call', async ({
  page,
}) => {
  await page.goto('/#/play/gable-persistence');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('three calls');

  // First call, Monday 09:00: voicemail.
  await press(page, 'Call Ms. Gable');
  await expect(page.getByText('voicemail is recording your message')).toBeVisible();
  await page.getByRole('button', { name: 'Check my draft' }).waitFor();
  const box = page.getByRole('textbox', { name: 'What you say' });
  await box.fill('Hi, call me back.');
  await press(page, 'Check my draft');
  await expect(page.getByRole('region', { name: /Feedback on your message/ })).toContainText(
    'incomplete message',
  );
  await say(page, MESSAGE('Tuesday at 9:30'));
  await press(page, 'Hang up');

  // The agenda lists the promise as scheduled.
  await expect(page.getByRole('region', { name: 'Agenda' })).toContainText(
    'I will call again Tuesday at 9:30',
  );

  // Second call, Tuesday 09:30, as promised: voicemail again.
  await waitUntil(page, 'Tue', '09:30');
  await press(page, 'Call Ms. Gable');
  await say(page, MESSAGE('Thursday morning'));
  await press(page, 'Hang up');

  // Third call, Thursday: the assistant, who suggests a time when asked.
  await waitUntil(page, 'Thu', '09:45');
  await press(page, 'Call Ms. Gable');
  await expect(page.getByText(/Talking with Renee/)).toBeVisible();
  await say(
    page,
    'Good morning, this is Kira Jones from Cornell, (607) 555-1212, kj247@cornell.edu. When would be a good time to reach Ms. Gable?',
  );
  await press(page, 'Hang up');
  await expect(page.getByRole('region', { name: 'Agenda' })).toContainText('set by the assistant');

  // The agreed time: Ms. Gable answers and has twenty minutes.
  await press(page, 'Wait until the agreed time');
  await press(page, 'Call Ms. Gable');
  await expect(page.getByText('Ms. Gable has answered the phone.')).toBeVisible();
  await say(
    page,
    'Ms. Gable, this is Kira Jones; Renee suggested I call now. Thank you for making time.',
  );
  await expect(page.getByText('Ms. Gable offers to talk now.')).toBeVisible();
  await say(page, 'Yes, thank you! What does a typical week look like for you?');
  await expect(page.getByText('In conversation with Ms. Gable.')).toBeVisible();
  await say(
    page,
    'Who else would you suggest I talk to about planning? Thank you so much for your time.',
  );
  await press(page, 'Hang up');
  await expectNoAxeViolations(page);

  await press(page, 'Finish and see the debrief');
  await expect(page.getByRole('heading', { name: /Score \d+ out of 100/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'kept a promise' }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'gave up early' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'too persistent' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
