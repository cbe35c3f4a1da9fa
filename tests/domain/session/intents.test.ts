import { describe, expect, it } from 'vitest';
import { intentsOf } from '../../../src/domain/session/intents.ts';
import { analyzeTurn } from '../../../src/domain/text/turn.ts';
import { loadScenario } from '../../helpers.ts';

/** A turn's intents as the contact reads them, in the order the student said them. */
const pr = loadScenario('pr-phone-referral').scenario;

function intents(text: string, setting: { answering?: boolean; chosen?: boolean } = {}) {
  const analysis = analyzeTurn(text, pr);
  const asked = analysis.topic && (analysis.question || analysis.open) ? analysis.topic : null;
  return intentsOf(text, analysis, {
    answering: setting.answering ?? false,
    asked,
    chosen: setting.chosen ?? false,
  }).map((i) => i.type);
}

describe('intentsOf', () => {
  it('keeps the order of what was said', () => {
    expect(intents('Thanks, and who else should I talk to?')).toEqual([
      'thanked',
      'asked_referral',
    ]);
    expect(intents('Who else should I talk to? Thank you so much for your time.')).toEqual([
      'asked_referral',
      'thanked',
    ]);
  });

  it('reads a question about a topic with its confidence', () => {
    const analysis = analyzeTurn('What does a typical day look like for you?', pr);
    const [first] = intentsOf('What does a typical day look like for you?', analysis, {
      answering: false,
      asked: 'typical_day',
      chosen: false,
    });
    expect(first).toEqual({
      type: 'asked_topic',
      topic: 'typical_day',
      confidence: analysis.reading.confidence,
    });
  });

  it('a question the contact cannot place is asked_unplaceable', () => {
    expect(intents('Did you watch the Yankees game last night?')).toEqual(['asked_unplaceable']);
  });

  it('a job ask and an expected outcome are what they are, not unplaceable questions', () => {
    expect(intents('Is your agency hiring any interns this summer?')).toEqual(['asked_for_job']);
    expect(intents('Would you consider being my mentor?')).toEqual(['expected_outcome']);
  });

  it('"ok" and remarks are acknowledged', () => {
    expect(intents('ok')).toEqual(['acknowledged']);
    expect(intents('That makes a lot of sense.')).toEqual(['acknowledged']);
  });

  it('a goodbye ends the turn; "take care of" in a sentence is none', () => {
    expect(intents('Thank you again, take care!')).toEqual(['thanked', 'said_goodbye']);
    expect(intents('Have a great day, Mr. Smith.')).toEqual(['said_goodbye']);
    expect(intents('I take care of my grandmother on weekends')).not.toContain('said_goodbye');
  });

  it('the answer to the contact’s own question is answered, not talk about oneself', () => {
    const story =
      'I am a junior studying communication, I write for the campus magazine and I run our social accounts.';
    expect(intents(story, { answering: true })).toEqual(['answered']);
    expect(intents(story)).toEqual(['talked_about_self']);
  });

  it('minding the time, and offering to email the rest, are intents of their own', () => {
    expect(
      intents("I see we're close to our twenty minutes. May I email you my remaining questions?"),
    ).toEqual(expect.arrayContaining(['acknowledged_time', 'offered_email_followup']));
  });
});
