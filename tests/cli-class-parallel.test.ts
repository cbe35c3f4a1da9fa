import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { combineTables, groupFiles, shareGroups, splitGroups } from '../src/app/class-split.ts';
import { classTable, type KnownScenario } from '../src/app/class-table.ts';
import { readResultText, type ResultFile } from '../src/app/result-file.ts';
import { groupsScored } from '../src/cli/class-threads.ts';
import { run } from '../src/cli/run.ts';
import { assignmentId, type Assignment } from '../src/domain/instructor/assignment.ts';
import { playInputs, type SessionLog } from '../src/domain/session/index.ts';
import { ROOT, loadScenario } from './helpers.ts';

/**
 * `rapport class` on worker threads gives what it gives on one thread: the same CSV and JSON, the
 * same lines on stderr in the same order, over a class of generated result files that merge
 * (one student's files, a name written two ways), tie (two assignments of one title), and are
 * refused in each way a file or an attempt can be. Whether the workers did the scoring is read
 * from a count, not assumed.
 */

interface Golden {
  scenario: string;
  seed: number;
  actions: unknown[];
}

const GOLDEN = join(ROOT, 'tests', 'golden');
const golden: Golden[] = readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.inputs.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(GOLDEN, f), 'utf8')) as Golden);
const scenarios = new Map(
  [...new Set(golden.map((g) => g.scenario))].map((id) => [id, loadScenario(id)]),
);
const known = (id: string): KnownScenario | undefined => {
  const s = scenarios.get(id);
  return s ? { scenario: s.scenario, hash: s.hash, earlier: [] } : undefined;
};
const logs = golden.map((g) => {
  const s = scenarios.get(g.scenario) as { scenario: never; hash: string };
  return playInputs(s.scenario, s.hash, g.seed, g.actions).log;
});
/** The golden logs a second time with one more action, so a student has two distinct attempts. */
const retries = golden.map((g) => {
  const s = scenarios.get(g.scenario) as { scenario: never; hash: string };
  return playInputs(s.scenario, s.hash, g.seed, [...g.actions, { type: 'wait', minutes: 5 }]).log;
});

function assignmentFor(g: Golden, title: string, extra: Partial<Assignment> = {}): Assignment {
  const hash = (scenarios.get(g.scenario) as { hash: string }).hash;
  return {
    format: 'rapport-assignment',
    version: 1,
    title,
    scenarios: [{ id: g.scenario, hash }],
    mode: 'assessed',
    seed: g.seed,
    attempts: 1,
    ...extra,
  };
}

function resultText(assignment: Assignment, name: string, attempts: SessionLog[]): string {
  return JSON.stringify({
    format: 'rapport-result',
    version: 1,
    assignment: { ...assignment, id: assignmentId(assignment) },
    student: { name },
    attempts: attempts.map((log, i) => ({
      log,
      mode: 'assessed',
      finished: true,
      finishedAt: `2027-02-1${i}T14:31:40Z`,
    })),
  });
}

/** A class of result files: texts by file name, in the order a folder lists them. */
function classFiles(): [string, string][] {
  const files: [string, string][] = [];
  const add = (text: string) =>
    files.push([`r${String(files.length).padStart(3, '0')}.json`, text]);
  for (let i = 0; i < 72; i += 1) {
    const k = i % golden.length;
    const g = golden[k] as Golden;
    const log = logs[k] as SessionLog;
    const title = `Workshop ${i % 5}`;
    if (i % 9 === 4) {
      // two attempts where one is allowed: the second is listed, not counted
      add(resultText(assignmentFor(g, title), `Student ${i}`, [log, retries[k] as SessionLog]));
    } else if (i % 11 === 6) {
      // played with another seed than the assignment's
      add(resultText(assignmentFor(g, title, { seed: g.seed + 1 }), `Student ${i}`, [log]));
    } else if (i % 13 === 8) {
      // a scenario this Rapport does not have
      const other = { ...log, scenario: { id: 'no-such-scenario', hash: 'sha256:00' } };
      const assignment = assignmentFor(g, title);
      add(
        resultText(
          { ...assignment, scenarios: [{ id: 'no-such-scenario', hash: 'sha256:00' }] },
          `Student ${i}`,
          [other],
        ),
      );
    } else {
      add(resultText(assignmentFor(g, title, { attempts: 2 }), `Student ${i}`, [log]));
    }
  }
  const g = golden[0] as Golden;
  // One student's two files for one assignment, the name written two ways: they merge.
  add(
    resultText(assignmentFor(g, 'Merged', { attempts: 3 }), 'Kira  Jones', [logs[0] as SessionLog]),
  );
  add(
    resultText(assignmentFor(g, 'Merged', { attempts: 3 }), 'kira jones', [
      retries[0] as SessionLog,
    ]),
  );
  // Two assignments of one title (another due date): two rows that sort as equals, in the order
  // their groups first appear.
  const first = assignmentFor(g, 'Same title', { due: '2027-03-01', attempts: 2 });
  add(resultText(first, 'Ann Lee', [logs[0] as SessionLog]));
  add(
    resultText(assignmentFor(g, 'Same title', { due: '2027-04-01' }), 'Ann Lee', [
      logs[0] as SessionLog,
    ]),
  );
  add(resultText(first, 'ann lee', [retries[0] as SessionLog]));
  // Files refused whole, and an attempt whose log cannot be read.
  add('{"format": "rapport-result", "version": 2}');
  add('not json at all');
  add(
    JSON.stringify({
      ...(JSON.parse(
        resultText(assignmentFor(g, 'Workshop 1'), 'Bo Chen', [logs[0] as SessionLog]),
      ) as object),
      attempts: [{ log: { format: 'rapport-log' } }, { log: logs[0] }],
    }),
  );
  return files;
}

async function rapport(argv: string[], threads: number) {
  let stdout = '';
  const stderr: string[] = [];
  const before = groupsScored();
  const code = await run(
    argv,
    {
      write: (chunk) => {
        stdout += chunk;
        return true;
      },
      error: (line) => stderr.push(line),
      stdin: async function* () {},
    },
    { threads },
  );
  const after = groupsScored();
  return {
    code,
    stdout,
    stderr,
    onWorkers: after.onWorkers - before.onWorkers,
    here: after.here - before.here,
  };
}

const parsed = (): ResultFile[] =>
  classFiles().flatMap(([, text]) => {
    const r = readResultText(text);
    return r.ok ? [r.file] : [];
  });

describe('the class table split by group', () => {
  it('is put back together as the table of all the files', () => {
    const files = parsed();
    const whole = classTable(files, known, 'best');
    const groups = groupFiles(files);
    const parts = combineTables(groups.map((group) => classTable(group, known, 'best')));
    expect(JSON.stringify(parts)).toBe(JSON.stringify(whole));
    // the tie above is there, and kept in the order its groups appear
    const tied = whole.rows.filter((r) => r.assignment === 'Same title');
    expect(tied.map((r) => r.attempts)).toEqual([2, 1]);
    expect(whole.refused.length).toBeGreaterThan(10);
  });

  it('is shared among threads by attempts, each group whole, the same on every run', () => {
    const files = parsed();
    const groups = groupFiles(files);
    const shares = shareGroups(groups, 3);
    expect(shares).toEqual(shareGroups(groups, 3));
    expect(shares.flat().sort((a, b) => a - b)).toEqual(groups.map((_, i) => i));
    const loads = shares.map((s) =>
      s.reduce(
        (n, i) => n + (groups[i] as ResultFile[]).reduce((m, f) => m + f.attempts.length, 0),
        0,
      ),
    );
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(2);
    for (const share of shares) expect(share).toEqual([...share].sort((a, b) => a - b));
    expect(shareGroups(groups.slice(0, 2), 4)).toHaveLength(2);
    // splitGroups gives the same shares as files, a student's files never apart
    const split = splitGroups(files, 3);
    expect(split.map((s) => s.length)).toEqual(
      shares.map((s) => s.reduce((n, i) => n + (groups[i] as ResultFile[]).length, 0)),
    );
  });
});

describe('rapport class on threads', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-class-threads-'));
  for (const [name, text] of classFiles()) writeFileSync(join(dir, name), text);
  const zip = join(mkdtempSync(join(tmpdir(), 'rapport-class-zip-')), 'class.zip');
  writeFileSync(
    zip,
    zipSync(
      Object.fromEntries(classFiles().map(([name, text]) => [`class/${name}`, strToU8(text)])),
    ),
  );

  it.each([
    ['CSV', [dir]],
    ['--json, --counts latest', [dir, '--json', '--counts', 'latest']],
    ['a zip, --counts first', [zip, '--counts', 'first']],
  ])('prints what one thread prints: %s', async (_, args) => {
    const one = await rapport(['class', ...args], 1);
    const two = await rapport(['class', ...args], 2);
    expect(one.code).toBe(0);
    expect(one.onWorkers + one.here).toBe(0);
    // the groups were shared between a worker and this thread, none left over to a fallback
    expect(two.onWorkers).toBeGreaterThan(0);
    expect(two.onWorkers + two.here).toBe(groupFiles(parsed()).length);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toEqual(one.stderr);
    expect(two.code).toBe(one.code);
    expect(one.stderr.length).toBeGreaterThan(10);
    expect(one.stdout.split('\n').length).toBeGreaterThan(70);
  });

  it('scores fewer than 50 files on this thread, whatever the threads allowed', async () => {
    const few = join(mkdtempSync(join(tmpdir(), 'rapport-class-few-')), 'few.json');
    writeFileSync(few, classFiles()[0]?.[1] ?? '');
    const result = await rapport(['class', few], 4);
    expect(result.code).toBe(0);
    expect(result.onWorkers + result.here).toBe(0);
  });
});
