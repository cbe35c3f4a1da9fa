import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesRead } from '../src/cli/input.ts';
import { run } from '../src/cli/run.ts';
import { LIMITS } from '../src/domain/limits/index.ts';
import { foldedActions } from '../src/domain/replay/replay.ts';
import { yamlNodesVisited } from '../src/domain/scenario/loader.ts';
import { matcherSteps } from '../src/domain/text/patterns.ts';
import { ROOT, SCENARIO_DIR, scenarioFiles } from './helpers.ts';

/**
 * Hostile inputs for every command of the command line, each answered with a result or a one-line
 * refusal. The work each costs is bounded by counting (bytes read, actions folded, YAML nodes
 * looked at, matcher steps), never by the clock; memory is bounded by running the command line
 * itself under --max-old-space-size=256, where running out would end it with a native trace.
 */

const dir = mkdtempSync(join(tmpdir(), 'rapport-fuzz-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const json = (name: string, value: unknown) => file(name, JSON.stringify(value));

/** Bytes of the scenario files, which play, score and analyze --scenario read besides. */
/** The scenario files and the list of their earlier versions, each read once. */
const SCENARIO_BYTES =
  scenarioFiles().reduce((sum, f) => sum + statSync(join(SCENARIO_DIR, f)).size, 0) +
  statSync(join(SCENARIO_DIR, 'versions.json')).size;

/** Characters that must never reach a terminal from a message. */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const nothing = async function* (): AsyncGenerator<Uint8Array> {};

async function cli(argv: string[], stdin: () => AsyncIterable<Uint8Array> = nothing) {
  let stdout = '';
  const stderr: string[] = [];
  const read = bytesRead();
  const folded = foldedActions();
  const code = await run(argv, {
    write: (chunk) => {
      stdout += chunk;
      return true;
    },
    error: (line) => stderr.push(line),
    stdin,
  });
  for (const line of stderr) {
    expect(line).not.toMatch(UNSAFE);
    expect(line.length).toBeLessThanOrEqual(1100);
  }
  return {
    code,
    stdout,
    stderr,
    bytes: bytesRead() - read,
    folded: foldedActions() - folded,
  };
}

/** A refusal: exit 1, nothing on stdout, one line on stderr containing `message`. */
function expectRefusal(result: Awaited<ReturnType<typeof cli>>, message: string) {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toHaveLength(1);
  expect(result.stderr[0]).toContain(message);
}

/** An endless stream, like /dev/zero or a pipe that never ends, counting what it handed out. */
function endless(byte: number) {
  const counter = { pieces: 0 };
  const piece = new Uint8Array(64 * 1024).fill(byte);
  const stream = async function* () {
    for (;;) {
      counter.pieces += 1;
      yield piece;
    }
  };
  return { stream, counter };
}

const at = { day: 0, weekday: 'Mon', time: '09:00' };
const goodInputs = JSON.parse(
  readFileSync(join(ROOT, 'tests/golden/pr-phone-referral.good.inputs.json'), 'utf8'),
) as { scenario: string; seed: number; actions: unknown[] };

async function logOf(inputs: unknown): Promise<{ log: Record<string, unknown>; path: string }> {
  const played = await cli(['play', json('inputs.json', inputs)]);
  expect(played.code).toBe(0);
  const { log } = JSON.parse(played.stdout) as { log: Record<string, unknown> };
  return { log, path: json('log.json', log) };
}

describe('hostile inputs to the command line', { timeout: 60_000 }, () => {
  it.each([
    ['play', ['play', '-'], 'larger than 2 MB', LIMITS.logBytes],
    ['score', ['score', '-'], 'larger than 2 MB', LIMITS.logBytes],
    [
      'analyze',
      ['analyze', '--kind', 'request', '-'],
      'longer than 20,000 characters',
      3 * (LIMITS.textChars + LIMITS.subjectChars + 100),
    ],
  ])(
    '%s stops reading an endless standard input at the limit',
    async (_n, argv, message, limit) => {
      const { stream, counter } = endless(0);
      const result = await cli(argv, stream);
      expectRefusal(result, message);
      expect(result.bytes).toBe(limit + 1);
      expect(counter.pieces).toBeLessThanOrEqual(Math.ceil((limit + 1) / (64 * 1024)) + 1);
    },
  );

  it.each([
    [['play', '/dev/zero'], 'larger than 2 MB', LIMITS.logBytes],
    [['score', '/dev/zero'], 'larger than 2 MB', LIMITS.logBytes],
    [['analyze', '--kind', 'turn', '/dev/zero'], 'longer than 20,000', 3 * 20_400],
  ])('%j is refused at once, reading one byte past the limit', async (argv, message, limit) => {
    const result = await cli(argv);
    expectRefusal(result, message);
    expect(result.bytes).toBe(limit + 1);
  });

  it('validate refuses /dev/zero as a scenario after reading 1 MB and a byte', async () => {
    const result = await cli(['validate', '/dev/zero']);
    expect(result.code).toBe(1);
    expect(result.bytes).toBe(LIMITS.scenarioBytes + 1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining('larger than 1 MB') }],
    });
  });

  it('refuses 3 MB of "<" having read 2 MB and a byte, and 2 MB of it as not JSON', async () => {
    const big = await cli(['play', file('lt.json', '<'.repeat(3_000_000))]);
    expectRefusal(big, 'larger than 2 MB');
    expect(big.bytes).toBe(LIMITS.logBytes + 1);
    const within = await cli(['score', file('lt2.json', '<'.repeat(LIMITS.logBytes))]);
    expectRefusal(within, 'not valid JSON');
  });

  it('analyzes a text of 20,000 characters with matching work in proportion to its length', async () => {
    const steps = async (n: number, text: string) => {
      const before = matcherSteps();
      const result = await cli(['analyze', '--kind', 'turn', file(`t${n}.txt`, text.slice(0, n))]);
      expect(result.code).toBe(0);
      return matcherSteps() - before;
    };
    for (const unit of ['<', 'are you hiring? ', 'Hi\n', ' a']) {
      const text = unit.repeat(Math.ceil(20_000 / unit.length));
      const half = await steps(10_000, text);
      const full = await steps(20_000, text);
      expect(full).toBeLessThanOrEqual(2.5 * half + 1000);
    }
    const over = await cli(['analyze', '--kind', 'turn', file('t.txt', 'a'.repeat(20_001))]);
    expectRefusal(
      over,
      'the text is 20,001 characters long; Rapport analyzes one text of at most 20,000',
    );
    const subject = await cli([
      'analyze',
      '--kind',
      'request',
      file('s.txt', `Subject: ${'s'.repeat(301)}\nHello`),
    ]);
    expectRefusal(subject, 'the subject is 301 characters long; a subject has at most 300');
    const email = await cli([
      'analyze',
      '--kind',
      'request',
      file('e.txt', `Subject: ${'s'.repeat(300)}\n${'Hello. '.repeat(2857)}`),
    ]);
    expect(email.code).toBe(0);
  });

  it('refuses a log of 5,000 emails, by its size or by its count, before replaying anything', async () => {
    const email = (i: number) => ({
      type: 'email',
      subject: `Question ${i}`,
      body: 'Dear Mr. Smith, I would love to learn about public relations. '.repeat(20),
      at,
      index: i,
    });
    const { log } = await logOf(goodInputs);
    const huge = await cli([
      'score',
      json('huge.json', { ...log, actions: Array.from({ length: 5000 }, (_, i) => email(i)) }),
    ]);
    expectRefusal(huge, 'larger than 2 MB');
    expect(huge.folded).toBe(0);
    const many = await cli([
      'score',
      json('many.json', {
        ...log,
        actions: Array.from({ length: 5000 }, (_, i) => ({
          type: 'wait',
          minutes: 1,
          at,
          index: i,
        })),
      }),
    ]);
    expectRefusal(many, 'this log has 5,000 actions; a session holds at most 1,500');
    expect(many.folded).toBe(0);
  });

  it('plays 1,600 waits: 1,500 accepted, the rest refused when made, and the log scores folding each once', async () => {
    const waits = Array.from({ length: 1600 }, () => ({ type: 'wait', minutes: 1 }));
    const inputs = json('waits.json', { scenario: 'pr-phone-referral', seed: 2, actions: waits });
    const played = await cli(['play', inputs]);
    expect(played.code).toBe(0);
    // The inputs file, the scenarios and their earlier versions, each read once.
    expect(played.bytes).toBe(statSync(inputs).size + SCENARIO_BYTES);
    const output = JSON.parse(played.stdout) as {
      log: { actions: unknown[] };
      rejected: { index: number; reason: string }[];
    };
    expect(output.log.actions).toHaveLength(1500);
    expect(output.rejected).toHaveLength(100);
    expect(output.rejected[0]?.reason).toBe(
      'this session already has 1,500 actions, the most one session holds',
    );
    // The terminal gets the first refusals and a count; the output lists them all.
    expect(played.stderr).toHaveLength(21);
    expect(played.stderr.at(-1)).toBe(
      'and 80 more actions rejected (all are listed under "rejected")',
    );
    const scored = await cli(['score', json('waits-log.json', output.log)]);
    expect(scored.code).toBe(0);
    expect(scored.folded).toBe(1500);
  });

  it.each([
    ['play', (deep: string) => `{"scenario":"pr-phone-referral","seed":1,"actions":[${deep}]}`],
    ['score', (deep: string) => `{"format":"rapport-log","version":1,"x":${deep}}`],
  ])('%s says deeply nested JSON nests too deeply', async (command, wrap) => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = await cli([command, file(`deep-${command}.json`, wrap(deep))]);
    expectRefusal(result, 'nests more than 32 levels deep, which no inputs file or log does');
  });

  it('refuses a billion laughs, looking at each YAML node of the file once', async () => {
    const names = 'abcdefghi';
    let bomb = `a: &a [${Array(10).fill('lol').join(',')}]\n`;
    for (let i = 1; i < names.length; i += 1) {
      bomb += `${names[i]}: &${names[i]} [${Array(10)
        .fill(`*${names[i - 1]}`)
        .join(',')}]\n`;
    }
    const before = yamlNodesVisited();
    const result = await cli(['validate', file('laughs.yaml', bomb)]);
    expect(result.code).toBe(1);
    expect(yamlNodesVisited() - before).toBeLessThan(200);
    expect(result.stderr).toEqual([
      expect.stringContaining('the file has more than 100,000 YAML values, counting each one'),
    ]);
  });

  it('refuses 60,000 keys, looking at each once', async () => {
    const keys = Array.from({ length: 60_000 }, (_, i) => `k${i}: v`).join('\n');
    const before = yamlNodesVisited();
    const result = await cli(['validate', file('keys.yaml', keys)]);
    expect(result.code).toBe(1);
    expect(yamlNodesVisited() - before).toBeLessThanOrEqual(120_002);
    expect(result.stderr[0]).toContain('more than 100,000 YAML values');
  });

  it('keeps control characters and bidi marks in ids and times off the terminal, on one line', async () => {
    const hostile = 'pr\u001b[31m\nred\r\u0085\u009b2J\u202eevil\u2066\u0000';
    const unknown = await cli([
      'play',
      json('ctrl.json', { scenario: hostile, seed: 1, actions: [] }),
    ]);
    expectRefusal(unknown, 'unknown scenario "pr[31m red 2Jevil"');
    const { log } = await logOf(goodInputs);
    const logged = await cli([
      'score',
      json('ctrl-log.json', { ...log, scenario: { id: hostile, hash: 'x' } }),
    ]);
    expectRefusal(logged, 'unknown scenario');
    const played = await cli([
      'play',
      json('ctrl-wait.json', {
        scenario: 'pr-phone-referral',
        seed: 1,
        actions: [{ type: 'wait', until: `Thu\u001b]0;owned\u0007 09:30\n` }],
      }),
    ]);
    expect(played.code).toBe(0);
    expect(played.stderr).toHaveLength(1);
    expect(played.stderr[0]).toContain('"until" must be');
    // The JSON on stdout keeps the value, escaped.
    // eslint-disable-next-line no-control-regex -- control characters are what is looked for
    expect(played.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(played.stdout).toContain('\\u001b]0;owned\\u0007');
    const named = await cli(['validate', file('bidi\u202e.yaml', 'id: [')]);
    expect(named.code).toBe(1);
    expect(named.stderr.length).toBeGreaterThan(0);
  });

  it('plays lone surrogates and prototype keys without harm, and the log scores', async () => {
    const inputs = JSON.parse(
      `{"scenario":"pr-phone-referral","seed":5,"__proto__":{"polluted":true},"actions":[
        {"type":"call"},
        {"type":"say","text":"Hello \\ud800 Mr. Smith \\udfff","__proto__":{"x":1}},
        {"type":"say","text":"Hello \\ud83d\\ude00, Mr. Smith, I am a student."},
        {"type":"constructor"},
        {"type":"__proto__"},
        {"type":"say","constructor":{"prototype":{"polluted":true}},"text":"hi"}
      ]}`,
    ) as unknown;
    const { log, path } = await logOf(inputs);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((log.actions as { type: string }[]).map((a) => a.type)).toEqual(['call', 'say']);
    const scored = await cli(['score', path]);
    expect(scored.code).toBe(0);
    const badId = await cli([
      'play',
      json('sur.json', { scenario: 'x\ud800y', seed: 1, actions: [] }),
    ]);
    expectRefusal(badId, 'unknown scenario "x\ufffdy"');
  });

  it('refuses a 100,000-character say with the limit, and takes one of 20,000', async () => {
    const words = 'I would like to hear about your work. ';
    const played = await cli([
      'play',
      json('say.json', {
        scenario: 'pr-phone-referral',
        seed: 1,
        actions: [
          { type: 'call' },
          { type: 'say', text: 'x'.repeat(100_000) },
          { type: 'say', text: words.repeat(600).slice(0, 20_000) },
        ],
      }),
    ]);
    expect(played.code).toBe(0);
    const output = JSON.parse(played.stdout) as { rejected: { index: number; reason: string }[] };
    expect(output.rejected).toEqual([
      { index: 1, reason: 'the text is too long: 100,000 characters, at most 20,000' },
    ]);
  });

  it('refuses what is not an inputs file or a log, in one line, and never a stack trace', async () => {
    expectRefusal(
      await cli(['play', file('bin', Buffer.from([0, 159, 146, 150, 255]))]),
      'not valid JSON',
    );
    expectRefusal(
      await cli(['score', json('v.json', { format: 'rapport-log', version: '1' })]),
      'the text "1", not the number 1',
    );
    expectRefusal(await cli(['play', dir]), 'is a folder, not a file');
    expectRefusal(await cli(['play', json('arr.json', [])]), 'not an inputs file');
    expectRefusal(
      await cli(['analyze', '--kind', 'turn', '--scenario', 'nope\u001b', '-']),
      'unknown scenario "nope"',
    );
    expectRefusal(await cli([]), 'no command given');
  });
});

/** Runs the real command line under a 256 MB heap, with stdout to a file. */
function spawned(args: string[], stdoutPath: string, onStdout?: 'close-early') {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const fd = onStdout ? 'pipe' : openSync(stdoutPath, 'w');
    const child = spawn(
      process.execPath,
      ['--max-old-space-size=256', '--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args],
      { cwd: ROOT, stdio: ['ignore', fd, 'pipe'] },
    );
    if (typeof fd === 'number') closeSync(fd);
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    // A reader that goes away after the first piece, like `| head -c 100`.
    child.stdout?.once('data', () => child.stdout?.destroy());
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('the command line under a 256 MB heap', { timeout: 120_000 }, () => {
  it('plays and scores a session of 1,500 emails, plays a million refusals, and ends quietly when its reader goes', async () => {
    const body = 'I would be grateful to learn how you began in public relations. '.repeat(5);
    const emails = json('emails.json', {
      scenario: 'pr-phone-referral',
      seed: 1,
      actions: Array.from({ length: 1600 }, (_, i) => ({ type: 'email', subject: `Q${i}`, body })),
    });
    const zeros = file(
      'zeros.json',
      `{"scenario":"pr-phone-referral","seed":1,"actions":[${Array(999_000).fill('0').join(',')}]}`,
    );
    const waits = json('waits-piped.json', {
      scenario: 'pr-phone-referral',
      seed: 1,
      actions: Array.from({ length: 1500 }, () => ({ type: 'wait', minutes: 5 })),
    });
    const [played, refusals, piped] = await Promise.all([
      spawned(['play', emails], join(dir, 'emails.out')),
      spawned(['play', zeros], join(dir, 'zeros.out')),
      spawned(['play', waits], '', 'close-early'),
    ]);
    expect(played).toEqual({
      code: 0,
      stderr: expect.stringContaining('this session already has 1,500 actions'),
    });
    const output = JSON.parse(readFileSync(join(dir, 'emails.out'), 'utf8')) as {
      log: { actions: unknown[] };
      report: unknown;
    };
    expect(output.log.actions).toHaveLength(1500);
    expect(refusals.code).toBe(0);
    expect(refusals.stderr.trim().split('\n').at(-1)).toBe(
      'and 998,980 more actions rejected (all are listed under "rejected")',
    );
    expect(piped).toEqual({ code: 0, stderr: '' });

    const scored = await spawned(
      ['score', json('emails-log.json', output.log)],
      join(dir, 'score.out'),
    );
    expect(scored).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(readFileSync(join(dir, 'score.out'), 'utf8'))).toEqual(output.report);
  });
});
