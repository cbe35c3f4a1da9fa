import { describe, expect, it } from 'vitest';
import { fitsTheMoment, type Moment } from '../../../src/domain/professional/moments.ts';
import { playActions } from '../../../src/domain/session/index.ts';
import type { Scenario } from '../../../src/domain/scenario/scenario.schema.ts';
import { loadScenario } from '../../helpers.ts';

/** Lines that fit the moment: a wording presuming what the moment denies is passed over. */
const usual: Moment = { offeredNow: false, appointment: false, hasSpoken: true, late: true };

describe('fitsTheMoment', () => {
  it('a busy wording does not follow the contact’s own offer to talk now', () => {
    const busy = "Not now, I'm in the middle of a bug triage. Could we try {time}?";
    expect(fitsTheMoment(busy, usual)).toBe(true);
    expect(fitsTheMoment(busy, { ...usual, offeredNow: true })).toBe(false);
    expect(fitsTheMoment("Sorry, I'm really swamped today.", { ...usual, offeredNow: true })).toBe(
      false,
    );
    expect(fitsTheMoment("No problem. Let's talk {time}.", { ...usual, offeredNow: true })).toBe(
      true,
    );
  });

  it('"enough about me" waits until the contact has said something', () => {
    const line = 'But enough about me. What are you studying?';
    expect(fitsTheMoment(line, usual)).toBe(true);
    expect(fitsTheMoment(line, { ...usual, hasSpoken: false })).toBe(false);
    expect(fitsTheMoment('What are you studying?', { ...usual, hasSpoken: false })).toBe(true);
  });

  it('"right on time" belongs to a call at an agreed time', () => {
    expect(fitsTheMoment('Right on time! Go ahead.', usual)).toBe(false);
    expect(fitsTheMoment('Right on time! Go ahead.', { ...usual, appointment: true })).toBe(true);
  });
});

describe('in a session', () => {
  const pr = loadScenario('pr-phone-referral').scenario;
  const say = (text: string) => ({ type: 'say', text });
  const INTRO =
    'Hello, Mr. Smith. My name is Patricia Law, and I am a classmate of your son, Mike. He suggested I call. I am exploring public relations and would value 20 minutes of your advice, not a job.';
  const contactLines = (scenario: Scenario, actions: unknown[]) =>
    playActions(scenario, 4, actions)
      .session.snapshot.context.transcript.filter((l) => l.who === 'contact')
      .map((l) => l.text);

  it('turning down the contact’s offer to talk now never gets "not now, I am busy"', () => {
    const busy: Scenario = {
      ...pr,
      behaviour: { ...pr.behaviour, offersToTalkNow: true },
      lines: {
        ...pr.lines,
        scheduleLater: ["Not now, I'm in the middle of a bug triage. How about {time}?"],
      },
    };
    const lines = contactLines(busy, [
      { type: 'call' },
      say(INTRO),
      say("I'm sorry, I'm not ready right now. Could we talk tomorrow at 10?"),
    ]);
    expect(lines.some((l) => l.includes('bug triage'))).toBe(false);
    expect(lines.at(-1)).toMatch(/^(No problem\. Let's talk|That's fine\. How about) .+ a\.m\./);
  });

  it('a first "tell me about you" that presumes the contact has been talking is not said first', () => {
    const eager: Scenario = {
      ...pr,
      lines: { ...pr.lines, askAboutYou: ['But enough about me. What are you studying?'] },
    };
    const lines = contactLines(eager, [
      { type: 'call' },
      say(INTRO),
      say('Yes, thank you, that works.'),
    ]);
    expect(lines).not.toContain('But enough about me. What are you studying?');
    expect(lines.at(-1)).toBe('Before we start, tell me a little about yourself.');
  });
});
