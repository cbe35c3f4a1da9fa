import { benchDashboard } from './bench-dashboard.ts';
import { benchPaint } from './bench-paint.ts';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { loadScenarioText } from '../src/domain/scenario/loader.ts';
import { readReplayText } from '../src/app/replay-file.ts';
import { readResultText } from '../src/app/result-file.ts';
import { classTable, type ClassTable } from '../src/app/class-table.ts';
import { ClassThreads, threadCount } from '../src/cli/class-threads.ts';
import { assignmentId, type Assignment } from '../src/domain/instructor/assignment.ts';
import type { Scenario } from '../src/domain/scenario/scenario.schema.ts';
import { pick, seedState } from '../src/domain/random/index.ts';
import { replayLog } from '../src/domain/replay/replay.ts';
import { playInputs, scoreLog } from '../src/domain/session/index.ts';
import { analyzeMessage } from '../src/domain/text/message.ts';
import { analyzeRequest, splitRequestText } from '../src/domain/text/request.ts';
import { analyzeThankYou } from '../src/domain/text/thank-you.ts';
import { analyzeTurn } from '../src/domain/text/turn.ts';
import { ANALYZER_WORDS } from '../tests/domain/text/analyzer-words.ts';
import { encodeSuspend, SCORM12_SUSPEND_CHARS } from '../src/app/scorm/suspend.ts';

/**
 * `npm run bench`: builds the app and prints, as JSON, the first-load size (the JS and CSS that
 * index.html pulls in, gzipped), the size of the lazily loaded session page, the time to play and
 * score a long session under Node, and each analyzer's time on 100,000 characters of arbitrary
 * text. A benchmark, not a test: it prints figures and fails only when the first load is over its
 * budget. (The tests count the analyzers' matching steps instead of timing them.)
 */

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const BUDGET_KB = 60;

execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });

const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
// A disabled link is never fetched (the inlined style sheet's, kept for Vite's loader).
const firstLoadFiles = [
  ...html
    .replace(/<link [^>]*disabled>/g, '')
    .matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g),
].map((m) => m[1] as string);
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
// The session page's chunk is SessionHost (it was SessionPage before the saver moved out of it).
const sessionPage = pageCost('SessionHost-', 'SessionPage-', 'pr-phone-referral-');
const otherPages = {
  debrief: pageCost('Debrief-', 'open-route-'),
  replay: pageCost('ReplayViewer-', 'open-route-'),
  progress: pageCost('Progress-'),
};
const allJs = kb(sizeOf(assets.filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`)));

// A long session: calls to voicemail and the assistant before the appointment is set, then a
// 120-turn conversation the contact invites to run far past the clock, then waits and a thank-you.
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
// Near the agreed end the student minds the time, and the warm contact invites more: the
// conversation then runs on for 120 turns (uninvited, the contact would end it past the overrun).
for (let i = 0; i < 120; i += 1)
  actions.push({
    type: 'say',
    text:
      i === 8
        ? "I see we're close to the twenty minutes I asked for. Could I email you the rest of my questions?"
        : (questions[i % questions.length] as string),
  });
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

// Each analyzer on 100,000 characters of arbitrary text, and on its first half (a time that more
// than doubles from the half to the whole says the work grows faster than the text). The words
// are those of the property test in tests/domain/text/properties.test.ts, drawn from a fixed seed.
function arbitraryText(characters: number, seed: number): string {
  let state = seedState(seed);
  const words: string[] = [];
  for (let length = 0; length < characters;) {
    const [word, next] = pick(state, ANALYZER_WORDS);
    state = next;
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ').slice(0, characters);
}
const ANALYZER_CHARACTERS = 100_000;
const ANALYZER_RUNS = 5;
const analyzerText = arbitraryText(ANALYZER_CHARACTERS, 11);
const analyzerScenario = loaded.scenario;
const analyzers: Record<string, (text: string) => unknown> = {
  request: (text) => analyzeRequest(splitRequestText(text), { scenario: analyzerScenario }),
  message: (text) => analyzeMessage(text),
  turn: (text) => analyzeTurn(text, analyzerScenario),
  thank_you: (text) =>
    analyzeThankYou(splitRequestText(text), {
      scenario: analyzerScenario,
      heard: [{ text: text.slice(0, 2_000), minute: 3 }],
    }),
};
const timeAnalyzers = (text: string) =>
  Object.fromEntries(
    Object.entries(analyzers).map(([kind, run]) => [kind, median(() => run(text), ANALYZER_RUNS)]),
  );
const analyzerMs = timeAnalyzers(analyzerText);

// Ordinary turns a second: every labelled turn of the corpora (questions, closings, job asks, in
// the voices the corpora were written in), analyzed with the scenario, for a fixed number of
// passes; the figure is turns over wall time.
const corpusTurns = readdirSync(join(import.meta.dirname, '../tests/corpus'))
  .filter((f) => f.startsWith('turns') && f.endsWith('.json'))
  .flatMap((f) =>
    (
      JSON.parse(readFileSync(join(import.meta.dirname, '../tests/corpus', f), 'utf8')) as {
        text: string;
      }[]
    ).map((i) => i.text),
  );
for (const text of corpusTurns) analyzeTurn(text, analyzerScenario);
const TURN_PASSES = 20;
const turnsStart = performance.now();
for (let pass = 0; pass < TURN_PASSES; pass += 1)
  for (const text of corpusTurns) analyzeTurn(text, analyzerScenario);
const turnsPerSecond = Math.round(
  (TURN_PASSES * corpusTurns.length) / ((performance.now() - turnsStart) / 1000),
);
const analyzerHalfMs = timeAnalyzers(analyzerText.slice(0, ANALYZER_CHARACTERS / 2));

// Hostile input at the limits: the worst a file or a session may bring, each refused or handled.
// The tests bound this work by counting (bytes read, characters scanned, actions folded, nodes
// visited); the times are here.
const LONG_SAY = 'What does a typical day look like for you, and how did you get there? '.repeat(
  280,
);
const says = Array.from({ length: 1_500 }, () => ({ type: 'say', text: LONG_SAY.slice(0, 600) }));
const sayInputs = [{ type: 'call' }, ...says];
let saysOutput = playInputs(loaded.scenario, loaded.hash, 7, sayInputs);
const hostile = {
  note: 'median ms; the session limit is 1,500 actions and 1 MB of text, a file 2 MB',
  rejectReplayOf2MBOfAngleBracketsMs: median(() => {
    readReplayText(`{"format":"rapport-log","version":1,"x":"${'<'.repeat(1_999_900)}"}`);
  }, 5),
  playOf1500SaysMs: median(() => {
    saysOutput = playInputs(loaded.scenario, loaded.hash, 7, sayInputs);
  }, 3),
  scoreOf1500SaysMs: median(() => {
    scoreLog(loaded.scenario, loaded.hash, saysOutput.log);
  }, 3),
  validateOf60000KeysMs: median(() => {
    const keys = Array.from({ length: 60_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    loadScenarioText(keys, '<bench>');
  }, 3),
  billionLaughsMs: median(() => {
    const lines = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let i = 1; i < 9; i += 1) {
      const name = String.fromCharCode(97 + i);
      const prior = String.fromCharCode(96 + i);
      lines.push(`${name}: &${name} [${Array.from({ length: 10 }, () => `*${prior}`).join(', ')}]`);
    }
    loadScenarioText(lines.join('\n'), '<bench>');
  }, 5),
};

const result: Record<string, unknown> = {
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
  hostile,
  analyzers: {
    characters: ANALYZER_CHARACTERS,
    runs: ANALYZER_RUNS,
    note: 'median ms per analyzer on arbitrary text (gable-persistence), and on its first half',
    ms: analyzerMs,
    halfMs: analyzerHalfMs,
    ordinaryTurns: corpusTurns.length,
    ordinaryTurnsPerSecond: turnsPerSecond,
  },
};
interface GoldenInputs {
  scenario: string;
  seed: number;
  actions: unknown[];
}

// What a course package keeps in SCORM 1.2's cmi.suspend_data (4,096 characters) to resume a
// session: the golden sessions' logs and the long session's, each as the package writes it.
result.scormSuspendData = (() => {
  const goldenDir = join(ROOT, 'tests', 'golden');
  const sizes: number[] = [];
  for (const f of readdirSync(goldenDir).filter((name) => name.endsWith('.inputs.json'))) {
    const g = JSON.parse(readFileSync(join(goldenDir, f), 'utf8')) as GoldenInputs;
    const file = join(ROOT, 'scenarios', `${g.scenario}.yaml`);
    const sc = loadScenarioText(readFileSync(file, 'utf8'), `${g.scenario}.yaml`);
    if (!sc.ok) continue;
    const { log } = playInputs(sc.scenario, sc.hash, g.seed, g.actions);
    sizes.push(
      encodeSuspend({ at: 0, results: [], actions: log.actions, package: '0123456789ab' }).text
        .length,
    );
  }
  const long = encodeSuspend({
    at: 0,
    results: [],
    actions: output.log.actions,
    package: '0123456789ab',
  });
  return {
    limit: SCORM12_SUSPEND_CHARS,
    goldenSessions: sizes.length,
    goldenMinChars: Math.min(...sizes),
    goldenMaxChars: Math.max(...sizes),
    longSessionChars: long.text.length,
    longSessionKeptBy: long.kept,
    note: 'characters of cmi.suspend_data for each golden session, and for the long session above (kept by the LMS when within the limit, else only its count, the browser keeping the actions)',
  };
})();

// A class (issue 13): 1,000 distinct result files of one attempt each, of the golden sessions'
// sizes, read and re-scored, every attempt re-run from its log: in one thread, then on the worker
// threads of `rapport class` (below).
const classMs = (() => {
  const goldenDir = join(ROOT, 'tests', 'golden');
  const golden = readdirSync(goldenDir)
    .filter((f) => f.endsWith('.inputs.json'))
    .map((f) => JSON.parse(readFileSync(join(goldenDir, f), 'utf8')) as GoldenInputs);
  const known = new Map<string, { scenario: Scenario; hash: string; earlier: string[] }>();
  for (const g of golden) {
    if (known.has(g.scenario)) continue;
    const file = join(ROOT, 'scenarios', `${g.scenario}.yaml`);
    const loaded = loadScenarioText(readFileSync(file, 'utf8'), `${g.scenario}.yaml`);
    if (loaded.ok)
      known.set(g.scenario, { scenario: loaded.scenario, hash: loaded.hash, earlier: [] });
  }
  const texts: string[] = [];
  for (let i = 0; i < 1000; i += 1) {
    const g = golden[i % golden.length] as GoldenInputs;
    const k = known.get(g.scenario);
    if (!k) continue;
    const assignment: Assignment = {
      format: 'rapport-assignment',
      version: 1,
      title: `Workshop ${i % 7}`,
      scenarios: [{ id: g.scenario, hash: k.hash }],
      mode: 'assessed',
      seed: g.seed,
      attempts: 1,
    };
    const { log } = playInputs(k.scenario, k.hash, g.seed, g.actions);
    texts.push(
      JSON.stringify({
        format: 'rapport-result',
        version: 1,
        assignment: { ...assignment, id: assignmentId(assignment) },
        student: { name: `Student ${i}` },
        attempts: [{ log, mode: 'assessed', finished: true }],
      }),
    );
  }
  const times: number[] = [];
  let table: ClassTable | null = null;
  for (let run = 0; run < 3; run += 1) {
    const t0 = performance.now();
    const files = texts.flatMap((t) => {
      const r = readResultText(t);
      return r.ok ? [r.file] : [];
    });
    table = classTable(files, (id) => known.get(id));
    if (table.rows.length !== texts.length) throw new Error('the class bench lost rows');
    times.push(performance.now() - t0);
  }
  return { ms: Math.round(Math.min(...times)), texts, known, table: JSON.stringify(table) };
})();

// The same files on threads, by the code `rapport class` runs (src/cli/class-threads.ts): the
// files read on this thread while the workers start, the groups scored on the workers and this
// thread, the table put back together. Warm: the workers started once and given the class once
// before the three timed runs, as the one-thread figure's engine is warm (it played the
// sessions). Cold: what one `rapport class` does, workers started, loaded, warmed and stopped
// within each timed run.
const classThreads = await (async () => {
  const threads = threadCount();
  const read = () =>
    classMs.texts.flatMap((t) => {
      const r = readResultText(t);
      return r.ok ? [r.file] : [];
    });
  const same = (table: ClassTable) => {
    if (JSON.stringify(table) !== classMs.table)
      throw new Error('the worker threads gave another class table than one thread');
  };
  const cold: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const t0 = performance.now();
    const pool = new ClassThreads(threads);
    try {
      const table = await pool.table(read(), classMs.known, 'best');
      cold.push(performance.now() - t0);
      same(table);
    } finally {
      await pool.close();
    }
  }
  const warm: number[] = [];
  const pool = new ClassThreads(threads);
  try {
    same(await pool.table(read(), classMs.known, 'best'));
    for (let run = 0; run < 3; run += 1) {
      const t0 = performance.now();
      const table = await pool.table(read(), classMs.known, 'best');
      warm.push(performance.now() - t0);
      same(table);
    }
  } finally {
    await pool.close();
  }
  return {
    threads,
    workers: pool.size - 1,
    ms: Math.round(Math.min(...warm)),
    coldMs: Math.round(Math.min(...cold)),
  };
})();
result.classOf1000Files = {
  ms: classThreads.ms,
  threads: classThreads.threads,
  workers: classThreads.workers,
  coldMs: classThreads.coldMs,
  singleThreadMs: classMs.ms,
  note: `read and re-score 1,000 result files of one golden-sized attempt each, Node, best of 3: ms on ${classThreads.threads} threads (this one and ${classThreads.workers} worker${classThreads.workers === 1 ? '' : 's'}, rapport class's code) started and warmed beforehand; coldMs starting the workers within each run, as one rapport class does; singleThreadMs in one thread; the same table each way`,
};
// The same 1,000 files chosen on the class dashboard in headless Chromium (Web Workers).
const dashboard = await benchDashboard(classMs.texts, 3);
result.classDashboard1000Files = {
  ms: dashboard.ms,
  longestTaskMs: dashboard.longestTaskMs,
  warmMs: dashboard.warmMs,
  warmLongestTaskMs: dashboard.warmLongestTaskMs,
  workers: dashboard.workers,
  note: 'choose 1,000 result files on #/class until the table is re-scored, headless Chromium, fresh context each run, the page settled first (its service worker installed, then 3 s for choosing the files, by which time its workers have loaded the scenarios, trained their topic models and run their engine in on practice files, as they do when the dashboard opens); the longest task on the page’s thread while it works (0 when none passed 50 ms); warm: the same class re-scored again on the same page (another attempt chosen to count), its workers run in',
};
// The home page's first paint and first usable control (issue 15), headless Chromium, beside the
// same kind of role play in ink played by inkjs.
const paint = await benchPaint(9);
const ahead = (speed: 'normal' | 'cpu4x' | 'phone', what: 'fcpMs' | 'firstControlMs') =>
  Math.round((1 - paint.app[speed][what] / paint.ink[speed][what]) * 100);
result.homePaint = {
  ...paint,
  aheadOfInkPercent: Object.fromEntries(
    (['normal', 'cpu4x', 'phone'] as const).map((speed) => [
      speed,
      { fcp: ahead(speed, 'fcpMs'), firstControl: ahead(speed, 'firstControlMs') },
    ]),
  ),
  note: 'home page against bench/ink (the same kind of role play in ink, played by inkjs), loaded alternately, headless Chromium, fresh context each load (no cache, no service worker), median of 9 loads each: first contentful paint, and the first usable control (the first Start link, the first ink choice) when the frame showing it was drawn (Element Timing, the clock of the first paint), ms from navigation start; at normal CPU, 4x slowed, and a phone profile (4x CPU, 150 ms RTT, 1.6 Mbit/s); aheadOfInkPercent is how much sooner the app is (negative: later)',
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
if (firstLoad / 1024 > BUDGET_KB) {
  process.stderr.write(`first load ${kb(firstLoad)} kB is over the ${BUDGET_KB} kB budget\n`);
  process.exitCode = 1;
}
