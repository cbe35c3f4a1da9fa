import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, press, say } from './helpers.ts';

const INTRO =
  'Hello, Mr. Smith. My name is Patricia Law, and I am a classmate of your son, Mike. He suggested I call. I am a Communication student exploring public relations, and I would value 20 minutes of information and advice, not a job.';

test('a whole interview by keyboard: prepare, call, ask from the list, mind the clock, thank', async ({
  page,
}) => {
  await page.goto('/#/play/pr-phone-referral');
  const questions = page.getByRole('region', { name: 'Your questions' });

  // Prepare: pick samples, write one, order by importance, save.
  await page.getByText('Sample questions from the guides').focus();
  await page.keyboard.press('Enter');
  for (const sample of [
    'Add: What does a typical day or week look like in your work?',
    'Add: Which skills matter most for doing this work well?',
    'Add: Which job titles and keywords should I look for in entry-level postings?',
    'Add: Where do you see the field heading over the next few years?',
  ]) {
    await press(page, sample);
  }
  await page
    .getByRole('textbox', { name: 'Your own question' })
    .fill('How did you move from reporting into PR?');
  await page.keyboard.press('Enter');
  await press(page, 'Move question 5 up');
  await expect(questions.getByRole('listitem').nth(3)).toContainText(
    'How did you move from reporting into PR?',
  );
  await press(page, 'Save my list');
  await expect(page.getByRole('log')).toContainText(
    'You prepare 5 questions and bring your resume.',
  );

  await press(page, 'Call Mr. Smith');
  await say(page, INTRO);
  await say(page, 'Yes, thank you, now works well. Would you mind if I take notes?');
  await press(page, 'Take notes');
  await say(page, 'I study Communication at Cornell and write features for the campus magazine.');

  // Ask from the prepared list: "Ask" puts the question in the box, Enter says it.
  for (let i = 0; i < 5; i += 1) {
    const ask = questions.getByRole('button', { name: /^Ask: / }).nth(i);
    const text = ((await ask.getAttribute('aria-label')) ?? '').replace(/^Ask: /, '');
    await ask.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'What you say' })).toBeFocused();
    await expect(page.getByRole('textbox', { name: 'What you say' })).toHaveValue(text);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('log').getByText(text, { exact: true })).toBeVisible();
  }
  await expect(page.getByText(/Your share of the talk/)).toBeVisible();
  await expectNoAxeViolations(page);

  await say(
    page,
    "I see we're getting close to the twenty minutes I asked for. May I email you my remaining questions?",
  );
  await say(page, 'Before I let you go, who else would you suggest I talk to?');
  await say(page, 'Thank you so much for your time and advice, Mr. Smith.');
  await press(page, 'Hang up');

  await page.getByText('Write to Mr. Smith').focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('textbox', { name: 'Subject' })
    .fill('Thank you for our conversation about public relations');
  await page
    .getByRole('textbox', { name: 'Message' })
    .fill(
      'Dear Mr. Smith,\n\nThank you for speaking with me today. Your advice to build a small portfolio of releases and pitches was especially useful, and I have joined our PRSSA chapter.\n\nSincerely,\nPatricia Law',
    );
  await press(page, 'Send email');
  await press(page, 'Finish and see the debrief');

  await expect(page.getByRole('heading', { name: /Score \d+ out of 100: passed/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'asked who else to talk to' })).toBeVisible();
  await expectNoAxeViolations(page);
});
