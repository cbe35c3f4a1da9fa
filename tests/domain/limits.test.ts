import { describe, expect, it } from 'vitest';
import { LIMITS, jsonDepth, utf8Length } from '../../src/domain/limits/index.ts';
import {
  act,
  buildLog,
  parseLog,
  playActions,
  scoreLog,
  startSession,
} from '../../src/domain/session/index.ts';
import { loadScenario } from '../helpers.ts';

const { scenario, hash } = loadScenario('pr-phone-referral');

/** What `play` prints, and the log inside it as its own file. */
function written(actions: readonly unknown[]) {
  const { session, rejected } = playActions(scenario, 3, actions);
  const log = buildLog(session, hash);
  const inPlayOutput = JSON.stringify({ log, transcript: [], report: {}, rejected: [] }, null, 2);
  return { session, rejected, log, inPlayOutput };
}

/** The log read back from its own file, as `score` and the import read it. */
function scoredAgain(log: unknown) {
  const parsed = parseLog(JSON.parse(JSON.stringify(log, null, 2)));
  if (!parsed.ok) return parsed.reason;
  const scored = scoreLog(scenario, hash, parsed.log);
  return scored.ok ? 'scored' : scored.reason;
}

describe('limits', () => {
  it('counts UTF-8 bytes as a file would hold them', () => {
    for (const text of ['', 'plain', 'café', '日本語', 'a😀b', 'x\u0001y']) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
    // A lone surrogate is written as the replacement character, three bytes.
    expect(utf8Length('a\ud800b')).toBe(Buffer.byteLength('a\ud800b', 'utf8'));
    expect(utf8Length('\udc00')).toBe(3);
  });

  it('measures JSON nesting without parsing, ignoring brackets in strings', () => {
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonDepth('{"a":"[[[[[[[[\\"[[["}')).toBe(1);
    expect(jsonDepth('[]'.repeat(1000))).toBe(1);
    // Stops at the first level past the limit, however deep the rest goes.
    expect(jsonDepth('['.repeat(1_000_000), 32)).toBe(33);
  });
});

describe('a session within the limits', () => {
  it(`accepts ${LIMITS.sessionActions} actions and refuses the next one, when it is made, with the reason`, () => {
    const waits = Array.from({ length: LIMITS.sessionActions + 20 }, () => ({
      type: 'wait',
      minutes: 1,
    }));
    const { session, rejected, log } = written(waits);
    expect(session.accepted).toHaveLength(LIMITS.sessionActions);
    expect(rejected).toHaveLength(20);
    expect(rejected[0]).toEqual({
      index: LIMITS.sessionActions,
      reason: 'this session already has 1,500 actions, the most one session holds',
    });
    expect(scoredAgain(log)).toBe('scored');
  });

  it('holds at most 1,000,000 characters of student text in all', () => {
    const note = { type: 'note', text: 'Thank you. '.repeat(1818).padEnd(20_000, '!') };
    const { session, rejected, log } = written(Array.from({ length: 52 }, () => note));
    expect(session.accepted).toHaveLength(50);
    expect(session.textChars).toBe(1_000_000);
    expect(rejected.map((r) => r.index)).toEqual([50, 51]);
    expect(rejected[0]?.reason).toBe(
      'this would bring what you have written in this session to 1,020,000 characters; a session holds at most 1,000,000',
    );
    expect(scoredAgain(log)).toBe('scored');
  });

  it.each([
    [
      'text that takes six bytes a character in JSON',
      { type: 'note', text: '\u0001'.repeat(20_000) },
    ],
    ['text of three-byte characters', { type: 'note', text: '日本語'.repeat(6666) }],
    [
      'lists of one-letter questions, mostly layout',
      {
        type: 'prepare',
        questions: Array.from({ length: LIMITS.preparedQuestions }, () => '?'),
        bring_resume: false,
      },
    ],
  ])('keeps its log within 2 MB, as play writes it, with %s', (_name, action) => {
    const { session, rejected, log, inPlayOutput } = written(
      Array.from({ length: LIMITS.sessionActions }, () => action),
    );
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected[0]?.reason).toBe(
      "this would make the session's record larger than 2 MB, the most a log holds",
    );
    expect(session.accepted.length + rejected.length).toBe(LIMITS.sessionActions);
    expect(Buffer.byteLength(inPlayOutput, 'utf8')).toBeLessThanOrEqual(LIMITS.logBytes);
    expect(Buffer.byteLength(JSON.stringify(log, null, 2), 'utf8')).toBeLessThanOrEqual(
      LIMITS.logBytes,
    );
    expect(scoredAgain(log)).toBe('scored');
  });

  it('refuses script markup when the action is made, as the live page and an import do', () => {
    const onCall = act(startSession(scenario, 1), { type: 'call' });
    expect(onCall.ok).toBe(true);
    const step = act(onCall.session, { type: 'say', text: 'Hi <script>alert(1)</script>' });
    expect(step).toMatchObject({
      ok: false,
      reason: 'Rapport does not take script markup such as "<script>" in what you write',
    });
    expect(step.session.accepted).toHaveLength(1);
  });
});
