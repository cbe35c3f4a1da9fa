import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEIGHTS_FILE, trainedModel, weightsModule } from '../../../scripts/job-reader.ts';
import {
  READER_WINDOW,
  readerFeatures,
  readerWindows,
} from '../../../src/domain/text/job-reader.ts';
import { JOB_REQUEST_EXAMPLES } from '../../../src/domain/text/rules/job-request-examples.ts';
import { analyzeTurn, findJobMentions } from '../../../src/domain/text/turn.ts';
import { tokenize } from '../../../src/domain/text/words.ts';

/**
 * The learned job-request reader (src/domain/text/job-reader.ts), the second net behind the phrase
 * rules: its weights are what training on the corpora gives, it reads asks the rules have no
 * phrase for, it leaves negated mentions and near misses alone, and its work is bounded.
 */

const asks = (text: string) => findJobMentions(text).requests.length > 0;
const rulesAsk = (text: string) => findJobMentions(text, undefined, undefined, false, false);

describe('the learned job-request reader', () => {
  it('has the weights that training on the corpora, the rule examples and its table gives', () => {
    expect(readFileSync(WEIGHTS_FILE, 'utf8') === weightsModule(trainedModel())).toBe(true);
  }, 120_000);

  it('reads asks the phrase rules have no phrase for, and quotes the sentence', () => {
    for (const text of [
      'I defend diploma in May and can start work next day, if you will take me.',
      'Is possible to have practice in your wind tunnel laboratory this summer? I can work without salary, only for experience.',
      'I can start Monday. I mean it. Front desk, sterilizing instruments, whatever your dental office needs.',
    ]) {
      expect(rulesAsk(text).requests, text).toEqual([]);
      const found = findJobMentions(text).requests[0];
      expect(found, text).toBeDefined();
      if (found && 'start' in found) expect(text.slice(found.start, found.end)).toBe(found.quote);
    }
  });

  it('leaves a negated mention a credit, and ordinary questions alone', () => {
    const negated = analyzeTurn(
      "To be clear, I'm not, like, looking for a position. How did you get from reporting into producing?",
    );
    expect(negated.pitfalls.map((p) => p.id)).not.toContain('job_request');
    expect(negated.credits.map((c) => c.id)).toContain('states_information_not_job');
    expect(
      asks("I'm not going to ask whether you're hiring; what does a normal week look like?"),
    ).toBe(false);
    for (const text of [
      'What did your first internship teach you that school did not?',
      'How do firms like yours usually find their summer interns?',
      'If your schedule opens up later this month, I would be glad to talk.',
    ])
      expect(asks(text), text).toBe(false);
  });

  it('fits its own table: every near miss left alone, nearly every ask found', () => {
    const { asks: yes, notAsks: no } = JOB_REQUEST_EXAMPLES;
    expect(yes.length).toBeGreaterThanOrEqual(100);
    expect(no.length).toBeGreaterThanOrEqual(200);
    const alarms = no.filter(asks);
    expect(alarms).toEqual([]);
    const missed = yes.filter((t) => !asks(t));
    expect(missed.length / yes.length).toBeLessThanOrEqual(0.05);
  });

  it('reads a long unpunctuated text in overlapping windows, a bounded number of features each', () => {
    const tokens = tokenize('so i was wondering '.repeat(5000));
    const windows = readerWindows(tokens);
    expect(windows.length).toBeLessThanOrEqual(Math.ceil((2 * tokens.length) / READER_WINDOW));
    for (const window of windows.slice(0, 50)) {
      expect(window.length).toBeLessThanOrEqual(READER_WINDOW);
      expect(readerFeatures(window, false).length).toBeLessThanOrEqual(5 * READER_WINDOW + 120);
    }
    // Each word is read by at most two windows.
    expect(windows.reduce((n, w) => n + w.length, 0)).toBeLessThanOrEqual(2 * tokens.length);
  });

  it('gives the same features for the same words, whatever came before', () => {
    const tokens = tokenize('Would your lab have room for a summer student?');
    const first = readerFeatures(tokens, true);
    readerFeatures(tokenize('Something else entirely, read in between.'), false);
    expect(readerFeatures(tokens, true)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });
});
