import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLog } from '../../src/app/attempts.ts';
import { MAX_REPLAY_ACTIONS, MAX_REPLAY_BYTES, readReplayText } from '../../src/app/replay-file.ts';
import { playInputs } from '../../src/domain/session/index.ts';
import { ROOT, loadScenario } from '../helpers.ts';

/** Imported replay files are untrusted: each bad one is refused with one clear reason. */
const inputs = JSON.parse(
  readFileSync(join(ROOT, 'tests/golden/pr-phone-referral.job-request.inputs.json'), 'utf8'),
) as { seed: number; actions: unknown[] };
const { scenario, hash } = loadScenario('pr-phone-referral');
const live = playInputs(scenario, hash, inputs.seed, inputs.actions);
const good = JSON.stringify(live.log);

const refused = (text: string) => {
  const read = readReplayText(text);
  expect(read.ok).toBe(false);
  return read.ok ? '' : read.reason;
};

describe('reading a replay file', () => {
  it('opens a log as exported, and re-runs it to the live report', async () => {
    const read = readReplayText(good);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const opened = await openLog(read.log);
    expect(opened.ok).toBe(true);
    if (opened.ok) {
      expect(opened.report).toEqual(live.report);
      expect(opened.steps).toHaveLength(live.log.actions.length);
    }
  });

  it('refuses text that is not JSON', () => {
    expect(refused('{"format": "rapport-log", ')).toMatch(/not valid JSON/);
    expect(refused('')).toMatch(/not valid JSON/);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const huge = `{"format":"rapport-log","pad":"${'x'.repeat(MAX_REPLAY_BYTES)}"}`;
    expect(refused(huge)).toMatch(/too large/);
  });

  it('refuses __proto__, constructor and prototype keys anywhere', () => {
    const proto = good.replace('{"type":"call"', '{"__proto__":{"polluted":true},"type":"call"');
    expect(proto).not.toBe(good);
    expect(refused(proto)).toMatch(/"__proto__" key/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(refused(good.replace('"seed":', '"constructor":{"prototype":{}},"seed":'))).toMatch(
      /"(constructor|prototype)" key/,
    );
  });

  it('refuses script and HTML markup in any text field', () => {
    const log = JSON.parse(good) as { actions: Record<string, unknown>[]; student?: string };
    const say = log.actions.find((a) => a.type === 'say') as Record<string, unknown>;
    say.text = 'Hello <script>alert(document.cookie)</script>';
    expect(refused(JSON.stringify(log))).toMatch(/script markup/);
    say.text = 'Hi';
    log.student = '<img src=x onerror=alert(1)>';
    expect(refused(JSON.stringify(log))).toMatch(/markup/);
    log.student = 'javascript:alert(1)';
    expect(refused(JSON.stringify(log))).toMatch(/markup/);
  });

  it('opens ordinary text that only mentions HTML or JavaScript', () => {
    const log = JSON.parse(good) as { actions: Record<string, unknown>[] };
    const say = log.actions.find((a) => a.type === 'say') as Record<string, unknown>;
    say.text =
      'I write a bit of JavaScript: mostly small tools. What makes a good <form> for a bug report?';
    expect(readReplayText(JSON.stringify(log)).ok).toBe(true);
  });

  it('refuses more actions than a replay holds', () => {
    const log = JSON.parse(good) as { actions: unknown[] };
    const first = log.actions[0];
    log.actions = Array.from({ length: MAX_REPLAY_ACTIONS + 1 }, () => first);
    expect(refused(JSON.stringify(log))).toMatch(/at most 1500/);
  });

  it('refuses what is not a Rapport log, saying where', () => {
    expect(refused('[1, 2, 3]')).toMatch(/JSON object/);
    expect(refused('{"format": "something-else"}')).toMatch(/not a Rapport log/);
    expect(refused(good.replace('"version":1', '"version":9'))).toMatch(/version 9/);
    expect(refused(good.replace(/"seed":\d+/, '"seed":"eleven"'))).toMatch(/malformed at "seed"/);
  });

  it('refuses a log whose scenario changed or does not exist', async () => {
    const read = readReplayText(good.replace(hash, 'sha256:0000'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const changed = await openLog(read.log);
    expect(changed.ok).toBe(false);
    if (!changed.ok) expect(changed.reason).toMatch(/has changed since this log was recorded/);
    const unknown = readReplayText(good.replace('"id":"pr-phone-referral"', '"id":"no-such"'));
    if (!unknown.ok) throw new Error(unknown.reason);
    const missing = await openLog(unknown.log);
    expect(!missing.ok && missing.reason).toMatch(/does not have/);
  });

  it('refuses a tampered action that cannot be replayed, never trusting a stored score', async () => {
    const log = JSON.parse(good) as Record<string, unknown> & { actions: { type: string }[] };
    log.report = { score: 100, passed: true };
    const read = readReplayText(JSON.stringify(log));
    if (!read.ok) throw new Error(read.reason);
    const opened = await openLog(read.log);
    expect(opened.ok && opened.report.score).toBe(live.report.score);
    log.actions.splice(0, 1);
    const broken = readReplayText(JSON.stringify(log));
    if (!broken.ok) throw new Error(broken.reason);
    const reopened = await openLog(broken.log);
    expect(!reopened.ok && reopened.reason).toMatch(/cannot be replayed/);
  });
});
