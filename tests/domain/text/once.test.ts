import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayLog } from '../../../src/domain/replay/replay.ts';
import { playInputs, reportOf, scoreLog } from '../../../src/domain/session/index.ts';
import { ROOT, loadScenario } from '../../helpers.ts';
import { splitClauses } from '../../../src/domain/text/clauses.ts';
import { readingOnce } from '../../../src/domain/text/once.ts';
import { readDoc } from '../../../src/domain/text/rule.ts';
import { analyzeTurn, findJobMentions } from '../../../src/domain/text/turn.ts';
import { analyzeThankYou } from '../../../src/domain/text/thank-you.ts';
import { findPromises } from '../../../src/domain/text/next-step.ts';

const turn =
  'What does a normal week look like for you? If your team is hiring, I would love a spot.';

describe('reading a text once while a log is scored', () => {
  it('reads a text afresh each time outside a scoring', () => {
    expect(splitClauses(turn)).not.toBe(splitClauses(turn));
    expect(analyzeTurn(turn)).not.toBe(analyzeTurn(turn));
    expect(analyzeTurn(turn)).toEqual(analyzeTurn(turn));
  });

  it('gives back the same reading of the same text inside one, and the same values as outside', () => {
    const outside = {
      turn: analyzeTurn(turn),
      jobs: findJobMentions(turn),
      promises: findPromises('I will call you on Friday at 10.', { weekday: 'Tue' }),
    };
    readingOnce(() => {
      const clauses = splitClauses(turn);
      expect(splitClauses(turn)).toBe(clauses);
      expect(readDoc(turn)).toBe(readDoc(turn, clauses));
      expect(findJobMentions(turn)).toBe(findJobMentions(turn, clauses, readDoc(turn)));
      expect(findJobMentions(turn)).toEqual(outside.jobs);
      expect(analyzeTurn(turn)).toBe(analyzeTurn(turn));
      expect(analyzeTurn(turn)).toEqual(outside.turn);
      const promise = findPromises('I will call you on Friday at 10.', { weekday: 'Tue' });
      expect(promise).toEqual(outside.promises);
      expect(findPromises('I will call you on Friday at 10.', { weekday: 'Tue' })).toBe(promise);
    });
    // nothing is kept once it returns
    expect(analyzeTurn(turn)).not.toBe(analyzeTurn(turn));
  });

  it('tells apart what the reading depends on besides the text', () => {
    readingOnce(() => {
      const text = 'I will call you on Friday at 10.';
      const tuesday = findPromises(text, { weekday: 'Tue' });
      const thursday = findPromises(text, { weekday: 'Thu' });
      expect(thursday).not.toBe(tuesday);
      expect(thursday).toEqual(findPromises(text, { weekday: 'Thu' }));
      // a part of a text's clauses is not the text's own reading
      const clauses = splitClauses(turn);
      const first = findJobMentions(turn, clauses.slice(0, 1), readDoc(turn, clauses.slice(0, 1)));
      expect(first.requests).toHaveLength(0);
      expect(findJobMentions(turn).requests).toHaveLength(1);
      const note = { subject: 'Thank you', body: 'Thank you for telling me about audit season.' };
      const heard = [{ text: 'Audit season runs from January to April.' }];
      const withHeard = analyzeThankYou(note, { heard });
      expect(analyzeThankYou(note, { heard })).toBe(withHeard);
      expect(analyzeThankYou(note)).not.toBe(withHeard);
    });
  });

  it('keeps apart what two scenarios read, and promises made at other times', () => {
    const pr = loadScenario('pr-phone-referral').scenario;
    const audit = loadScenario('accountant-screened').scenario;
    const question = 'What is busy season like for first-year staff?';
    readingOnce(() => {
      expect(analyzeTurn(question, pr)).not.toBe(analyzeTurn(question, audit));
      expect(analyzeTurn(question, audit)).toEqual(
        readingOutside(() => analyzeTurn(question, audit)),
      );
      expect(analyzeTurn(question)).not.toBe(analyzeTurn(question, pr));
      const note = { body: 'Thank you for telling me about busy season.' };
      expect(analyzeThankYou(note, { scenario: pr })).not.toBe(
        analyzeThankYou(note, { scenario: audit }),
      );
      const text = 'I will call you back tomorrow at 10.';
      const at9 = findPromises(text, { weekday: 'Tue', now: 9 * 3_600_000 });
      const at4 = findPromises(text, { weekday: 'Tue', now: 16 * 3_600_000 });
      expect(at4).not.toBe(at9);
      const narrow = findPromises(text, { weekday: 'Tue', toleranceMinutes: 30 });
      expect(narrow).not.toBe(findPromises(text, { weekday: 'Tue' }));
      expect(narrow).toEqual(
        readingOutside(() => findPromises(text, { weekday: 'Tue', toleranceMinutes: 30 })),
      );
      // a call inside a call shares the outer reading, and leaves it open
      const inner = readingOnce(() => analyzeTurn(question, pr));
      expect(analyzeTurn(question, pr)).toBe(inner);
    });
  });

  it('forgets what it read when the scoring throws', () => {
    expect(() =>
      readingOnce(() => {
        analyzeTurn(turn);
        throw new Error('a broken log');
      }),
    ).toThrow('a broken log');
    expect(analyzeTurn(turn)).not.toBe(analyzeTurn(turn));
  });
});

/** The value as read with nothing remembered (the test's own calls are outside any scoring). */
function readingOutside<T>(read: () => T): T {
  return read();
}

describe('a golden session scored with its texts read once', () => {
  const dir = join(ROOT, 'tests', 'golden');
  const names = readdirSync(dir).filter((f) => f.endsWith('.inputs.json'));
  it.each(names)('%s has the report it has when every text is read afresh', (name) => {
    const inputs = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
      scenario: string;
      seed: number;
      actions: unknown[];
    };
    const { scenario, hash } = loadScenario(inputs.scenario);
    const { log } = playInputs(scenario, hash, inputs.seed, inputs.actions);
    const afresh = replayLog(scenario, log);
    if (!afresh.ok) throw new Error(afresh.reason);
    const scored = scoreLog(scenario, hash, log);
    if (!scored.ok) throw new Error(scored.reason);
    expect(JSON.stringify(scored.report)).toBe(JSON.stringify(reportOf(afresh.session)));
    expect(scored.session.snapshot.context).toEqual(afresh.session.snapshot.context);
  });
});
