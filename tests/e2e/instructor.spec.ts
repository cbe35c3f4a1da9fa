import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, press, say } from './helpers.ts';

const INTRO =
  'Hello, Mr. Smith. My name is Kira Jones, and I am a classmate of your son, Mike. He suggested I call. I am a Communication student exploring public relations, and I would value 20 minutes of information and advice, not a job.';

test('the whole story: an instructor makes a link, a student plays it and hands in the result, the dashboard shows the row and opens the replay', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  // The instructor builds the link, by keyboard.
  await page.goto('/#/instructor');
  await expect(page.getByRole('heading', { level: 1, name: 'Assign a scenario' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Title').fill('Workshop 3: the referral call');
  await page.getByLabel('Scenario to add').selectOption('pr-phone-referral');
  await press(page, 'Add scenario');
  await expect(page.getByRole('list').filter({ hasText: 'Remove' })).toBeVisible();
  await page.getByLabel('Seed', { exact: true }).fill('4711');
  await page.getByLabel('Attempts', { exact: true }).fill('2');
  await press(page, 'Make the link');
  const linkBox = page.getByRole('textbox', { name: 'Send this link to your students' });
  await expect(linkBox).toBeFocused();
  const link = await linkBox.inputValue();
  expect(link).toMatch(/#\/assign\/[A-Za-z0-9_-]+\.[0-9a-f]{12}$/);
  await expectNoAxeViolations(page);

  // A student opens it in their own browser, gives a name, plays and finishes.
  const studentContext = await browser.newContext({ acceptDownloads: true });
  const student = await studentContext.newPage();
  await student.goto(`/${link.slice(link.indexOf('#'))}`);
  await expect(
    student.getByRole('heading', { level: 1, name: 'Workshop 3: the referral call' }),
  ).toBeVisible();
  await expectNoAxeViolations(student);
  await student.getByLabel('Your name').fill('  Kira   Jones ');
  await press(student, 'Continue');
  await expect(student.getByText('Playing as')).toContainText('Kira Jones');
  await expectNoAxeViolations(student);
  await student.getByRole('link', { name: /^Start: / }).click();
  await expect(student.getByText('Assignment:')).toContainText('Workshop 3: the referral call');
  await expect(student.getByRole('radio', { name: /Assessed/ })).toBeDisabled();
  await press(student, 'Call Mr. Smith');
  await say(student, INTRO);
  await say(student, 'What does a typical week look like for you in public relations?');
  await say(student, 'Thank you so much for your time, Mr. Smith. Goodbye.');
  if (await student.getByRole('button', { name: 'Hang up' }).isVisible())
    await press(student, 'Hang up');
  await press(student, 'Finish and see the debrief');
  await expect(student.getByText('Your attempt is kept for your result file.')).toBeFocused();
  await expect(student.getByText('1 attempt so far, 1 finished')).toBeVisible();
  const downloading = student.waitForEvent('download');
  await press(student, 'Download your result file');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(
    'rapport-result-workshop-3-the-referral-call-kira-jones.json',
  );
  const file = testInfo.outputPath('result.json');
  await download.saveAs(file);
  // The same file can be had from the progress page at any time.
  await student.goto('/#/progress');
  await expect(student.getByRole('heading', { name: 'Your assignments' })).toBeVisible();
  const again = student.waitForEvent('download');
  await press(student, 'Download your result file for Workshop 3: the referral call');
  expect((await again).suggestedFilename()).toBe(download.suggestedFilename());
  await expectNoAxeViolations(student);
  const result = JSON.parse(readFileSync(file, 'utf8'));
  expect(result.format).toBe('rapport-result');
  expect(result.student.name).toBe('Kira Jones');
  expect(result.attempts).toHaveLength(1);
  expect(result.attempts[0].log.seed).toBe(4711);
  expect(result.attempts[0].finished).toBe(true);
  await studentContext.close();

  // The instructor drops it on the dashboard, twice: it counts once.
  await page.goto('/#/class');
  await expect(page.getByRole('heading', { level: 1, name: 'Class results' })).toBeVisible();
  await page.getByLabel('Choose files').setInputFiles(file);
  const table = page.getByRole('table').filter({ hasText: 'Kira Jones' });
  await expect(table.getByRole('rowheader', { name: 'Kira Jones' })).toBeVisible();
  await page.getByLabel('Choose files').setInputFiles(file);
  await expect(page.getByText('already here, counted once')).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Kira Jones' })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Pitfalls across the class' })).toBeVisible();
  await expect(page.getByRole('table', { name: /ten-point bands/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // The CSV export is the table.
  const exporting = page.waitForEvent('download');
  await press(page, 'Export CSV');
  const csvPath = testInfo.outputPath('class.csv');
  await (await exporting).saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8').split('\n');
  expect(csv[0]).toMatch(/^name,assignment,scenario,attempts,counted,first,best,latest,passed/);
  expect(csv[1]).toMatch(/^Kira Jones,Workshop 3: the referral call,pr-phone-referral,1,1,/);

  // The student's replay is one click away, and survives a reload (the class is kept).
  await press(page, /All attempts of Kira Jones/);
  await page.getByRole('link', { name: 'Replay' }).click();
  await expect(page.getByRole('link', { name: 'Class results' })).toBeVisible();
  await press(page, 'Last step');
  await expect(page.getByText(INTRO).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Debrief' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/#/class');
  await expect(table.getByRole('rowheader', { name: 'Kira Jones' })).toBeVisible();

  // A class of many files is read and re-scored in the dashboard's workers: the same checks, the
  // same refusals, every student's row.
  const many = Array.from({ length: 44 }, (_, i) => ({
    name: `student-${i + 1}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ ...result, student: { name: `Student ${String(i + 1).padStart(2, '0')}` } }),
    ),
  }));
  await page.getByLabel('Choose files').setInputFiles([
    ...many.slice(0, 20),
    {
      name: 'proto.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"rapport-result","version":1,"__proto__":{"x":1}}'),
    },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "x"') },
    ...many.slice(20),
  ]);
  await expect(page.getByText('44 files added; 2 refused (listed below)')).toBeVisible();
  const refused = page.locator('details').filter({ hasText: 'Not counted' });
  await expect(refused).toContainText('proto.json: the file contains a "__proto__" key');
  await expect(refused).toContainText('broken.json');
  await expect(page.getByText('45 rows.', { exact: true })).toBeVisible();
  await page.getByLabel('Name').fill('Student 44');
  await expect(page.getByRole('rowheader', { name: 'Student 44' })).toBeVisible();
  await expect(page.getByText('1 of 45 rows match.', { exact: true })).toBeVisible();
  // and read again in the workers when the page is loaded afresh
  await page.reload();
  await expect(page.getByText('45 rows.', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // A second drop while the first is being added waits its turn, and is added after it.
  const texts = ['Student 45', 'Student 46'].map((name) =>
    JSON.stringify({ ...result, student: { name } }),
  );
  await page.getByRole('group', { name: /Drop result files/ }).evaluate((zone, [first, second]) => {
    for (const [i, text] of [first, second].entries()) {
      const files = new DataTransfer();
      files.items.add(new File([text as string], `late-${i}.json`, { type: 'application/json' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true }));
    }
  }, texts);
  await expect(page.getByText('1 more file dropped meanwhile, to be added next.')).toBeVisible();
  await expect(page.getByText('47 rows.', { exact: true })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Student 46' })).toBeVisible();
  await expect(page.getByText(/dropped meanwhile/)).toHaveCount(0);
});

test('a truncated or edited assignment link is refused with a reason, and nothing is touched', async ({
  page,
}) => {
  await page.goto('/#/instructor');
  await page.getByLabel('Title').fill('Week 2');
  await press(page, 'Add scenario');
  await press(page, 'Make the link');
  const link = await page
    .getByRole('textbox', { name: 'Send this link to your students' })
    .inputValue();
  const hash = link.slice(link.indexOf('#'));
  await page.goto(`/${hash.slice(0, -20)}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'This assignment link cannot be opened' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('incomplete or has been changed');
  await expectNoAxeViolations(page);
});

test('the dashboard lists malformed, oversized and hostile files with their reasons and keeps the rest out', async ({
  page,
}) => {
  await page.goto('/#/class');
  await page.getByLabel('Choose files').setInputFiles([
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "x"') },
    {
      name: 'proto.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"rapport-result","version":1,"__proto__":{"x":1}}'),
    },
    {
      name: '<img src=x onerror=alert(1)>.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"rapport-log"}'),
    },
    {
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(5 * 1024 * 1024 + 10, 32),
    },
    { name: 'fake.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip') },
  ]);
  const refused = page.locator('details').filter({ hasText: 'Not counted' });
  await expect(page.getByText('Not counted: 5')).toBeVisible();
  await expect(refused).toContainText('notes.json');
  await expect(refused).toContainText('huge.json: it is larger than');
  await expect(refused).toContainText('fake.zip: it is not a zip file');
  // a file's name is shown as the text it is, never as markup
  await expect(refused).toContainText('<img src=x onerror=alert(1)>.json');
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
