import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { oneLine, writeJson } from '../src/cli/output.ts';
import { assignmentId } from '../src/domain/instructor/assignment.ts';
import { playInputs } from '../src/domain/session/index.ts';
import { ROOT, loadScenario } from './helpers.ts';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'));

function rapport(args: string[], input?: string) {
  const result = spawnSync(TSX, [join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    input,
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const INPUTS = join(ROOT, 'tests/golden/pr-phone-referral.good.inputs.json');

// Each case spawns tsx, which takes a second or more on a busy machine.
describe('rapport command line', { timeout: 30_000 }, () => {
  it('lists the scenarios', () => {
    const { code, stdout } = rapport(['list']);
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as { id: string; start: string }[];
    expect(list.map((s) => s.id)).toEqual(
      expect.arrayContaining(['pr-phone-referral', 'psych-email-referral', 'gable-persistence']),
    );
    expect(list.find((s) => s.id === 'gable-persistence')?.start).toBe('persistence');
  });

  it('validates every scenario file', () => {
    const { code, stdout } = rapport(['validate']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ ok: true, issues: [] });
  });

  it('reports a broken scenario file with file:line:col and exits 1', () => {
    const broken = file('broken.yaml', 'id: broken\ntitle: A\nsummary:\n  - not text\n');
    const { code, stdout, stderr } = rapport(['validate', broken]);
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as {
      ok: boolean;
      issues: { line: number; message: string }[];
    };
    expect(result.ok).toBe(false);
    expect(
      result.issues.some((i) => i.message === '"summary" should be text' && i.line === 4),
    ).toBe(true);
    expect(stderr).toMatch(/broken\.yaml:4:\d+: "summary" should be text/);
  });

  it('plays an inputs file byte-identically twice, and score of its log gives the same report', () => {
    const first = rapport(['play', INPUTS]);
    const second = rapport(['play', INPUTS]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    const output = JSON.parse(first.stdout) as {
      log: unknown;
      report: unknown;
      rejected: unknown[];
      transcript: unknown[];
    };
    expect(output.rejected).toEqual([]);
    const logFile = file('log.json', JSON.stringify(output.log));
    const scored = rapport(['score', logFile]);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout)).toEqual(output.report);
    // score also takes the whole play output
    const whole = rapport(['score', file('play.json', first.stdout)]);
    expect(JSON.parse(whole.stdout)).toEqual(output.report);
  });

  it('lists refused actions next to the log, and the log keeps only accepted ones', () => {
    const inputs = file(
      'refused.json',
      JSON.stringify({
        scenario: 'pr-phone-referral',
        seed: 4,
        actions: [
          { type: 'say', text: 'Hello?' },
          { type: 'call' },
          { type: 'fly' },
          { type: 'end' },
          { type: 'end' },
        ],
      }),
    );
    const { code, stdout, stderr } = rapport(['play', inputs]);
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as {
      rejected: { index: number; reason: string }[];
      log: { actions: { type: string; index: number }[] };
    };
    expect(output.rejected.map((r) => r.index)).toEqual([0, 2, 4]);
    expect(output.log.actions.map((a) => [a.type, a.index])).toEqual([
      ['call', 1],
      ['end', 3],
    ]);
    expect(stderr).toContain('action 2 rejected: unknown action type "fly"');
    const scored = rapport(['score', file('refused-log.json', JSON.stringify(output.log))]);
    expect(scored.code).toBe(0);
  });

  it.each([
    ['a missing file', ['play', 'nope.json'], 'no such file'],
    ['a file that is not JSON', ['play', 'NOTJSON'], 'not valid JSON'],
    ['an unknown scenario', ['play', 'UNKNOWN'], 'unknown scenario "nobody"'],
    ['an inputs file without actions', ['play', 'NOACTIONS'], '"actions" should be a list'],
    ['a log that is not a log', ['score', 'NOTLOG'], 'not a Rapport log'],
    ['a tampered log', ['score', 'TAMPERED'], 'has changed since this log was recorded'],
    ['an unknown command', ['fly'], 'unknown command'],
    ['an unknown kind', ['analyze', '--kind', 'poem', 'TEXT'], 'unknown --kind "poem"'],
  ])('exits 1 with a one-line message for %s', (_name, args, message) => {
    const paths: Record<string, string> = {
      NOTJSON: file('notjson.json', '{ this is not json'),
      UNKNOWN: file('unknown.json', JSON.stringify({ scenario: 'nobody', seed: 1, actions: [] })),
      NOACTIONS: file('noactions.json', JSON.stringify({ scenario: 'pr-phone-referral', seed: 1 })),
      NOTLOG: file('notlog.json', JSON.stringify({ hello: 'world' })),
      TAMPERED: file(
        'tampered.json',
        JSON.stringify({
          format: 'rapport-log',
          version: 1,
          scenario: { id: 'pr-phone-referral', hash: 'sha256:00' },
          seed: 1,
          actions: [],
        }),
      ),
      TEXT: file('text.txt', 'Hello'),
    };
    const { code, stderr, stdout } = rapport(args.map((a) => paths[a] ?? a));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
  });

  it('analyzes a turn from standard input', () => {
    const { code, stdout } = rapport(
      ['analyze', '--kind', 'turn', '-'],
      'Are you hiring at the moment?',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      kind: string;
      pitfalls: { id: string; evidence: { quote: string } }[];
    };
    expect(result.kind).toBe('turn');
    expect(result.pitfalls[0]).toMatchObject({
      id: 'job_request',
      evidence: { quote: 'Are you hiring' },
    });
  });

  it('analyzes a thank-you email against a scenario, with its specific point and what was done', () => {
    const { code, stdout } = rapport(
      ['analyze', '--kind', 'thank_you', '--scenario', 'pr-phone-referral', '-'],
      'Subject: Thank you\n\nDear Mr. Smith,\n\nYour advice to build a portfolio of releases and pitches was exactly right, and I have already written to Carlos Medina.\n\nSincerely,\nPatricia Law',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      kind: string;
      medium: string;
      pitfalls: unknown[];
      credits: { id: string; evidence: { field: string } }[];
    };
    expect(result).toMatchObject({ kind: 'thank_you', medium: 'email', pitfalls: [] });
    expect(result.credits.map((c) => c.id)).toEqual([
      'mentions_specific_learning',
      'reports_action_taken',
    ]);
    expect(result.credits[0]?.evidence.field).toBe('body');
  });
});

describe('rapport class', { timeout: 60_000 }, () => {
  const { scenario, hash } = loadScenario('pr-phone-referral');
  const golden = (name: string) =>
    JSON.parse(
      readFileSync(join(ROOT, `tests/golden/pr-phone-referral.${name}.inputs.json`), 'utf8'),
    ) as {
      seed: number;
      actions: unknown[];
    };
  const good = golden('good');
  const job = golden('job-request');
  const assignment = {
    format: 'rapport-assignment',
    version: 1,
    title: '=HYPERLINK("x") Workshop 1',
    scenarios: [{ id: 'pr-phone-referral', hash }],
    mode: 'assessed',
    seed: good.seed,
    attempts: 2,
  } as const;
  const attempt = (inputs: { actions: unknown[] }, seed = good.seed) => ({
    log: playInputs(scenario, hash, seed, inputs.actions).log,
    mode: 'assessed',
    finished: true,
    startedAt: '2027-02-10T14:02:11Z',
    finishedAt: '2027-02-10T14:31:40Z',
  });
  const result = (name: string, attempts: unknown[]) =>
    JSON.stringify({
      format: 'rapport-result',
      version: 1,
      assignment: {
        ...assignment,
        id: assignmentId({ ...assignment, scenarios: [...assignment.scenarios] }),
      },
      student: { name },
      attempts,
    });

  it('re-scores result files into one CSV row per student, counting the best attempt', () => {
    const a = file('kira-1.json', result('Kira Jones', [attempt(job)]));
    const b = file('kira-2.json', result('  kira   JONES', [attempt(good), attempt(job)]));
    const c = file('bad.json', '{"format": "something else"}');
    const d = file('other-seed.json', result('Emma Nguyen', [attempt(good, good.seed + 1)]));
    const { code, stdout, stderr } = rapport(['class', a, b, c, d]);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n');
    expect(header).toMatch(
      /^name,assignment,scenario,attempts,counted,first,best,latest,passed,minutes_used,finished_at,job_request,/,
    );
    const kira = rows.find((r) => r.startsWith('Kira Jones,')) ?? '';
    // the same job-request log in both files counts once: two attempts, the best is the good one
    expect(kira).toMatch(
      /^Kira Jones,"'=HYPERLINK\(""x""\) Workshop 1",pr-phone-referral,2,2,\d+,100,100,true,/,
    );
    const emma = rows.find((r) => r.startsWith('Emma Nguyen,')) ?? '';
    expect(emma).toMatch(/^Emma Nguyen,.*,pr-phone-referral,0,,,,,,,,/);
    expect(stderr).toMatch(/bad\.json: it is not a Rapport result file/);
    expect(stderr).toMatch(/Emma Nguyen, pr-phone-referral, attempt 1: not as assigned/);
  });

  it('reads the result files inside a zip and inside a folder', () => {
    const zip = zipSync({
      'class/kira.json': strToU8(result('Kira Jones', [attempt(job)])),
      'class/emma.json': strToU8(result('Emma Nguyen', [attempt(good)])),
      'class/readme.txt': strToU8('not a result file'),
    });
    const path = join(dir, 'class.zip');
    writeFileSync(path, zip);
    const { code, stdout } = rapport(['class', path, '--json']);
    expect(code).toBe(0);
    const table = JSON.parse(stdout) as { rows: { name: string; best: number }[] };
    expect(table.rows.map((r) => r.name)).toEqual(['Emma Nguyen', 'Kira Jones']);
    expect(table.rows[0]?.best).toBe(100);
  });

  it('prints JSON with --json, and exits 1 when a path is missing or nothing could be read', () => {
    const a = file('kira-3.json', result('Kira Jones', [attempt(good)]));
    const json = rapport(['class', a, '--json', '--counts', 'latest']);
    expect(json.code).toBe(0);
    const table = JSON.parse(json.stdout) as { rows: { name: string; latest: number }[] };
    expect(table.rows[0]).toMatchObject({ name: 'Kira Jones', latest: 100 });
    expect(rapport(['class', join(dir, 'missing.json')]).code).toBe(1);
    expect(rapport(['class', file('empty.json', '[]')]).code).toBe(1);
  });
});

describe('what the command line prints', () => {
  const written = (value: unknown, size = Infinity) => {
    const chunks: string[] = [];
    writeJson(value, (chunk) => {
      chunks.push(chunk);
      return chunks.length < size;
    });
    return chunks;
  };

  it('writes JSON exactly as JSON.stringify with two spaces, in pieces', () => {
    const { scenario, hash } = loadScenario('pr-phone-referral');
    const inputs = JSON.parse(readFileSync(INPUTS, 'utf8')) as { seed: number; actions: unknown[] };
    const output = playInputs(scenario, hash, inputs.seed, inputs.actions);
    const odd = {
      empty: [],
      none: {},
      skipped: undefined,
      list: [1, 'two', null, { three: [3, { deep: [] }] }],
      text: 'line\nbreak "quoted" \u0001',
    };
    for (const value of [output, odd, [], {}, 'text', 42, null, [[[]]]]) {
      expect(written(value).join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    }
  });

  it('escapes C1 controls, bidi marks and line separators in JSON, keeping the value', () => {
    const value = { id: 'a\u009b2Jb\u202ec\u2028d\u007f' };
    const text = written(value).join('');
    expect(text).not.toMatch(/[\u007f-\u009f\u202e\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('stops writing once the reader has gone', () => {
    const many = {
      rejected: Array.from({ length: 100_000 }, (_, index) => ({ index, reason: 'no' })),
    };
    const pieces = written(many);
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('')).toBe(`${JSON.stringify(many, null, 2)}\n`);
    expect(written(many, 1)).toHaveLength(1);
  });

  it('makes every message one line of plain text', () => {
    expect(oneLine('a\nb\r\nc\td\u2028e')).toBe('a b c d e');
    expect(oneLine('red \u001b[31mtext\u001b[0m\u0007')).toBe('red [31mtext[0m');
    expect(oneLine('\u202eevil\u2066 \u009b2J x\u0000')).toBe('evil 2J x');
    expect(oneLine('lone \ud800 pair \ud83d\ude00')).toBe('lone \ufffd pair \ud83d\ude00');
    expect(oneLine('x'.repeat(5000))).toHaveLength(1003);
  });
});
