import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openLog } from '../../src/app/attempts.ts';
import {
  MAX_REPLAY_ACTIONS,
  MAX_REPLAY_BYTES,
  markupCharsScanned,
  readReplayText,
} from '../../src/app/replay-file.ts';
import { markupSteps } from '../../src/domain/limits/markup.ts';
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
    expect(refused(JSON.stringify(log))).toBe(
      'it has 1,501 actions; a session holds at most 1,500',
    );
  });

  it('refuses what is not a Rapport log, saying where', () => {
    expect(refused('[1, 2, 3]')).toMatch(/JSON object/);
    expect(refused('{"format": "something-else"}')).toMatch(/not a Rapport log/);
    expect(refused(good.replace('"version":1', '"version":9'))).toMatch(/version 9/);
    expect(refused(good.replace(/"seed":\d+/, '"seed":"eleven"'))).toBe(
      'its "seed" should be a whole number, but it is text',
    );
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

/** A log as JSON with its actions replaced: for refusals that are about the actions. */
const withActions = (actions: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ ...(JSON.parse(good) as object), ...extra, actions });
const at = { day: 0, weekday: 'Mon', time: '09:00' };

describe('the reasons a replay file is refused', () => {
  it('name the real problem in plain words, never a schema path', () => {
    const reasons = [
      refused(good.replace('"version":1', '"version":"1"')),
      refused(withActions([{ type: 'prepare', questions: 'why?', bring_resume: true, at }])),
      refused(
        withActions([
          { type: 'call', at },
          { type: 'prepare', questions: ['ok', 'x'.repeat(20_001)], bring_resume: true, at },
        ]),
      ),
      refused(withActions([{ type: 'say', text: 'Hi', at, mood: 'happy' }])),
      refused(withActions([{ type: 'say', text: 42, at }])),
      refused(
        withActions([
          { type: 'say', text: 'Hi', at: { day: 0, weekday: 'Someday', time: '09:00' } },
        ]),
      ),
      refused(withActions(['call'])),
      refused(
        withActions([{ type: 'say', text: 'x'.repeat(20_000), at }], { student: 'x'.repeat(201) }),
      ),
    ];
    expect(reasons).toEqual([
      'its "version" is text ("1"), but it should be the number 1',
      'the prepared questions of action 1 of 1 should be a list, but they are text',
      'question 2 of action 2 of 2 is 20,001 characters long; the limit is 20,000',
      'action 1 of 1 (say) has a field "mood", which no Rapport action has',
      'the text of action 1 of 1 should be text, but it is a whole number',
      'action 1 of 1 happens on a weekday that is not one (it should be Mon to Sun)',
      'action 1 of 1 is text, not an action',
      'the student’s name is 201 characters long; the limit is 200',
    ]);
    for (const reason of reasons) {
      expect(reason).not.toMatch(/malformed|a array|"questions\.0"|\bundefined\b/);
    }
  });

  it('counts the actions before looking at any of them', () => {
    const junk = Array.from({ length: MAX_REPLAY_ACTIONS + 1 }, () => 'not an action');
    expect(refused(withActions(junk))).toBe('it has 1,501 actions; a session holds at most 1,500');
  });

  it('refuses a session whose texts are over 1,000,000 characters in all', () => {
    const says = Array.from({ length: 51 }, () => ({ type: 'say', text: 'a'.repeat(20_000), at }));
    expect(refused(withActions(says))).toBe(
      'its texts come to 1,020,000 characters; a session holds at most 1,000,000',
    );
  });

  it('refuses nesting deeper than any Rapport file, without overflowing', () => {
    const deep = `{"format":"rapport-log","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(refused(deep)).toMatch(/nests its data more than 32 levels deep/);
  });

  it('names the text that carries markup', () => {
    const says = [
      { type: 'call', at },
      { type: 'say', text: 'Hello <iframe src=x>', at },
    ];
    expect(refused(withActions(says))).toBe(
      'the text of action 2 contains script markup ("<iframe "), which Rapport never writes',
    );
  });
});

describe('a hostile replay file costs work in proportion to its size', () => {
  const MB2 = MAX_REPLAY_BYTES - 100;
  const work = (text: string) => {
    const [chars, steps] = [markupCharsScanned(), markupSteps()];
    const read = readReplayText(text);
    return { read, chars: markupCharsScanned() - chars, steps: markupSteps() - steps };
  };

  it('refuses 2 MB of "<" before scanning any of it for markup', () => {
    const raw = work('<'.repeat(MB2));
    expect(raw.read.ok).toBe(false);
    expect(raw.chars).toBe(0);
    // One text of 2 MB is over the 20,000 characters a text may hold: refused by its length.
    const one = work(withActions([{ type: 'say', text: '<'.repeat(MB2 - 2000), at }]));
    expect(!one.read.ok && one.read.reason).toMatch(/characters long; the limit is 20,000/);
    expect(one.steps).toBe(0);
    // 99 texts of 20,000 "<" are within each text's limit but over the session's 1,000,000.
    const many = Array.from({ length: 99 }, () => ({ type: 'say', text: '<'.repeat(20_000), at }));
    const all = work(withActions(many));
    expect(!all.read.ok && all.read.reason).toMatch(/a session holds at most 1,000,000/);
    expect(all.steps).toBe(0);
  });

  it('scans every text once when the file is within the limits', () => {
    const texts = Array.from({ length: 50 }, (_, i) => ({
      type: 'say',
      text: (i % 2 === 0 ? '<' : '<a o').repeat(5_000).slice(0, 20_000),
      at,
    }));
    const file = withActions(texts);
    const { read, chars, steps } = work(file);
    expect(read.ok).toBe(true);
    const textChars = texts.reduce((sum, t) => sum + t.text.length, 0);
    // Every string is handed over once (the texts and the few header strings), no more...
    expect(chars).toBeGreaterThanOrEqual(textChars);
    expect(chars).toBeLessThan(textChars + 2_000);
    // ...and the scan looks at each character a bounded number of times.
    expect(steps).toBeLessThanOrEqual(8 * chars);
  });
});

describe('what the app writes, it reads back', () => {
  it('opens a session of 1,500 actions, the most one holds, as the debrief exports it', async () => {
    const waits = Array.from({ length: MAX_REPLAY_ACTIONS + 100 }, () => ({
      type: 'wait',
      minutes: 1,
    }));
    const played = playInputs(scenario, hash, 3, waits);
    expect(played.log.actions).toHaveLength(MAX_REPLAY_ACTIONS);
    // The debrief's download writes the log pretty-printed.
    const read = readReplayText(`${JSON.stringify(played.log, null, 2)}\n`);
    if (!read.ok) throw new Error(read.reason);
    const opened = await openLog(read.log);
    expect(opened.ok && opened.report).toEqual(played.report);
  });

  it('opens every attempt whose text the live session took, markup-like or not', () => {
    const fragment = fc.constantFrom(
      '<',
      '>',
      '/',
      ' ',
      '=',
      '"',
      'a',
      'b',
      'on',
      'click',
      'load',
      'script',
      'iframe',
      'object',
      'embed',
      'javascript',
      ':',
      'x',
      'I love ',
      'HTML',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 1, maxLength: 30 }), (parts) => {
        const text = `Hello, ${parts.join('')}`;
        const played = playInputs(scenario, hash, 5, [{ type: 'call' }, { type: 'say', text }]);
        const said = played.log.actions.some((a) => a.type === 'say');
        // Either the live session refused the text, saying why, or its replay file opens.
        if (!said) {
          expect(played.rejected.map((r) => r.reason).join(' ')).toMatch(/markup/);
          return;
        }
        const read = readReplayText(JSON.stringify(played.log, null, 2));
        expect(read.ok ? 'opens' : read.reason).toBe('opens');
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
