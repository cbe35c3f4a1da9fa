import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { loadScenarioText } from '../src/domain/scenario/loader.ts';
import { readReplayText } from '../src/app/replay-file.ts';
import { replayLog } from '../src/domain/replay/replay.ts';
import { playInputs, scoreLog } from '../src/domain/session/index.ts';

/**
 * `npm run bench`: builds the app and prints, as JSON, the first-load size (the JS and CSS that
 * index.html pulls in, gzipped), the size of the lazily loaded session page, and the time to play
 * and score a long session under Node. A benchmark, not a test: it prints figures and fails only
 * when the first load is over its budget.
 */

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const BUDGET_KB = 60;

execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });

const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const firstLoadFiles = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1] as string,
);
const firstLoad = firstLoadFiles.reduce((sum, f) => sum + gz(f), gz('index.html'));

const assets = readdirSync(join(DIST, 'assets'));
const chunk = (prefix: string) =>
  assets.filter((f) => f.startsWith(prefix) && f.endsWith('.js')).map((f) => `assets/${f}`);
const sizeOf = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gz(f), 0);
/** A chunk and every chunk it imports statically: what opening that page downloads. */
function closure(files: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
      visit(`assets/${m[1] as string}`);
  };
  files.forEach(visit);
  return seen;
}
const firstLoadSet = closure(firstLoadFiles.filter((f) => f.endsWith('.js')));
/** What a page adds to the first load when it opens (its own chunks and the ones it imports). */
const pageCost = (...prefixes: string[]) =>
  kb(sizeOf([...closure(prefixes.flatMap(chunk))].filter((f) => !firstLoadSet.has(f))));
const sessionPage = pageCost('SessionPage-', 'pr-phone-referral-');
const otherPages = {
  debrief: pageCost('Debrief-', 'open-route-'),
  replay: pageCost('ReplayViewer-', 'open-route-'),
  progress: pageCost('Progress-'),
};
const allJs = kb(sizeOf(assets.filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`)));

// A long session: six calls' worth of voicemail before the appointment is set, then a 120-turn
// conversation that runs far over the clock, then waits and a thank-you.
const scenarioFile = join(ROOT, 'scenarios', 'gable-persistence.yaml');
const loaded = loadScenarioText(readFileSync(scenarioFile, 'utf8'), 'gable-persistence.yaml');
if (!loaded.ok) throw new Error('gable-persistence.yaml is invalid');
const questions = [
  'What does a typical week look like for you?',
  'Which skills matter most for a new planner?',
  'How did you get into planning?',
  'What do you like most about your work, and what is hardest?',
  'Where do you see the field going in the next few years?',
  'Which professional associations do you rely on?',
];
const actions: unknown[] = [];
for (let day = 0; day < 2; day += 1) {
  actions.push(
    { type: 'call' },
    {
      type: 'say',
      text: 'Ms. Gable, this is Kira Jones again, (607) 555-1212, kj247@cornell.edu. I will call again tomorrow at 9:30.',
    },
    { type: 'end' },
    { type: 'wait', days: 1 },
  );
}
actions.push(
  { type: 'call' },
  {
    type: 'say',
    text: 'Good morning, this is Kira Jones. When would be a good time to reach Ms. Gable?',
  },
  { type: 'end' },
  { type: 'wait', until: 'next_appointment' },
  { type: 'call' },
  {
    type: 'say',
    text: 'Ms. Gable, this is Kira Jones. Thank you for taking my call; I would value twenty minutes of advice about planning.',
  },
);
for (let i = 0; i < 120; i += 1)
  actions.push({ type: 'say', text: questions[i % questions.length] as string });
actions.push(
  { type: 'end' },
  { type: 'wait', hours: 2 },
  {
    type: 'email',
    subject: 'Thank you for the conversation about planning',
    body: 'Dear Ms. Gable,\n\nThank you for your time. Your point that a planning board meeting teaches more than a textbook chapter stayed with me, and I went to the Ithaca board on Tuesday.\n\nSincerely,\nKira Jones',
  },
  { type: 'wait', days: 10 },
  {
    type: 'email',
    subject: 'An update',
    body: 'Dear Ms. Gable,\n\nA short update: I have written to Raj Patel, as you suggested, and we talk next week.\n\nSincerely,\nKira Jones',
  },
  { type: 'wait', until: 'next_event' },
);

function median(run: () => void, times = 15): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return Math.round((samples[Math.floor(times / 2)] as number) * 10) / 10;
}

let output = playInputs(loaded.scenario, loaded.hash, 7, actions);
const playMs = median(() => {
  output = playInputs(loaded.scenario, loaded.hash, 7, actions);
});
const scoreMs = median(() => {
  scoreLog(loaded.scenario, loaded.hash, output.log);
});
// Opening a replay file: validate the text, then re-run every step (what the viewer does).
const replayText = JSON.stringify(output.log);
const replayMs = median(() => {
  const read = readReplayText(replayText);
  if (!read.ok) throw new Error(read.reason);
  replayLog(loaded.scenario, read.log);
});

const result = {
  firstLoad: {
    gzipKB: kb(firstLoad),
    budgetKB: BUDGET_KB,
    files: ['index.html', ...firstLoadFiles],
  },
  sessionPageLazy: {
    gzipKB: sessionPage,
    note: 'session page, engine and one scenario, loaded when a scenario opens',
  },
  otherPagesLazyGzipKB: otherPages,
  allJsGzipKB: allJs,
  longSession: {
    actions: actions.length,
    accepted: output.log.actions.length,
    transcriptLines: output.transcript.length,
    conversationMinutes: output.report.stats.minutesUsed,
    playMs,
    scoreMs,
    openReplayMs: replayMs,
    replayFileKB: kb(replayText.length),
  },
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
if (firstLoad / 1024 > BUDGET_KB) {
  process.stderr.write(`first load ${kb(firstLoad)} kB is over the ${BUDGET_KB} kB budget\n`);
  process.exitCode = 1;
}
