import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOPICS } from '../src/domain/scenario/constants.ts';
import { loadScenarioText } from '../src/domain/scenario/loader.ts';
import { playActions } from '../src/domain/session/engine.ts';
import { analyzeTurn } from '../src/domain/text/turn.ts';
import { SCENARIO_DIR, scenarioFiles } from './helpers.ts';
import { callStatus, withContact } from '../src/domain/session/index.ts';

/**
 * Every file in scenarios/ is a test: it validates, its id matches its file name, its bank covers
 * every topic, the lines its starting point needs are there, and the contact can be reached and
 * talked to by playing the scenario.
 */
describe.each(scenarioFiles())('scenario %s', (file) => {
  const loaded = loadScenarioText(readFileSync(join(SCENARIO_DIR, file), 'utf8'), file);

  it('is valid', () => {
    expect(loaded.ok ? [] : loaded.issues).toEqual([]);
  });
  if (!loaded.ok) return;
  const { scenario } = loaded;

  it('has an id matching its file name', () => {
    expect(`${scenario.id}.yaml`).toBe(file);
  });

  it('answers every topic of the question bank', () => {
    const covered = new Set(scenario.questionBank.map((e) => e.topic));
    expect(TOPICS.filter((t) => !covered.has(t))).toEqual([]);
  });

  it('has the lines its starting point and call table need', () => {
    const reaches = new Set(scenario.behaviour.calls);
    if (reaches.has('voicemail') || scenario.start.channel === 'phone')
      expect(scenario.lines.voicemail).toBeDefined();
    if (reaches.has('assistant')) {
      expect(scenario.assistant).toBeDefined();
      expect(scenario.lines.assistantGreeting).toBeDefined();
    }
    if (scenario.behaviour.assistantSuggests)
      expect(scenario.lines.assistantSuggestsTime?.every((l) => l.includes('{time}'))).toBe(true);
    if (scenario.behaviour.emailReply)
      expect(scenario.lines.emailReplyAccept?.every((l) => l.includes('{time}'))).toBe(true);
    if (scenario.behaviour.mentionsOpeningAtMinute !== undefined)
      expect(scenario.lines.openingMention).toBeDefined();
  });

  it('states its public facts in a way the turn analyzer recognises as asking them', () => {
    for (const fact of scenario.publicFacts) {
      const question = `Could you tell me ${fact.keywords[0]}?`;
      expect(analyzeTurn(question, scenario).moves, question).toContain('asks_public_fact');
    }
  });

  const intro = `Hello ${scenario.contact.addressAs}, my name is ${scenario.brief.student.name}, a student exploring ${scenario.contact.field}. I would value twenty minutes of information and advice.`;
  const say = (text: string) => ({ type: 'say', text });

  /**
   * Actions that bring the student to the contact on the phone, whatever the scenario's route:
   * a good email and its proposed time, the assistant's suggested time, or calling until the
   * contact answers (a later attempt that reaches voicemail or the assistant leaves a message
   * asking for a good time).
   */
  function reachContact(): unknown[] {
    const actions: unknown[] = [];
    if (scenario.start.channel === 'email' && scenario.behaviour.emailReply) {
      actions.push(
        {
          type: 'email',
          subject: `Referred by ${scenario.contact.connection.referrer?.name ?? 'a colleague'}: questions about ${scenario.contact.field}`,
          body: `Dear ${scenario.contact.addressAs},\n\n${intro} I will call your office on Thursday at 10 a.m.\n\nSincerely,\n${scenario.brief.student.name}`,
        },
        { type: 'wait', until: 'next_event' },
        { type: 'wait', until: 'next_appointment' },
        { type: 'call' },
      );
      return actions;
    }
    if (scenario.start.phase === 'interview') return [{ type: 'call' }];
    const table = scenario.behaviour.calls;
    for (let attempt = 0; attempt < table.length; attempt += 1) {
      if (table[attempt] === 'contact') return [...actions, { type: 'call' }];
      actions.push(
        { type: 'call' },
        say(
          `This is ${scenario.brief.student.name}, ${scenario.brief.student.phone}, ${scenario.brief.student.email}. When would be a good time to call back?`,
        ),
        { type: 'end' },
        { type: 'wait', days: 1 },
      );
      if (table[attempt] === 'assistant' && scenario.behaviour.assistantSuggests) {
        return [
          ...actions.slice(0, -1),
          { type: 'wait', until: 'next_appointment' },
          { type: 'call' },
        ];
      }
    }
    return actions;
  }

  function stateAfter(extra: unknown[]) {
    return playActions(scenario, 1, [...reachContact(), ...extra]).session.snapshot;
  }

  it('lets a student reach the contact on the phone', () => {
    expect(withContact(stateAfter([]).context)).toBe(true);
  });

  it('reaches voicemail outside working hours', () => {
    const { session } = playActions(scenario, 1, [
      { type: 'wait', until: 'Sat 10:00' },
      { type: 'call' },
    ]);
    expect(callStatus(session.snapshot.context)).toBe('voicemail');
  });

  it('declines a job request politely', () => {
    const s = stateAfter([
      say(
        `Hello, this is ${scenario.brief.student.name}, a student. Are you hiring? I would love a job with you.`,
      ),
    ]);
    expect(['declined', 'conversation']).toContain(callStatus(s.context));
    expect(scenario.lines.declineJob).toContain(s.context.transcript.at(-1)?.text);
  });

  it('offers to talk, or proposes a later time, after a good introduction', () => {
    const s = stateAfter([say(intro)]);
    expect(['offered', 'scheduled']).toContain(callStatus(s.context));
  });

  it('holds a conversation, answering from the bank', () => {
    const s = stateAfter([
      say(intro),
      say('Yes, thank you. What does a typical day look like for you?'),
    ]);
    expect(callStatus(s.context)).toBe('conversation');
    const answers = scenario.questionBank.flatMap((e) => [...e.answers, ...e.followUps]);
    expect(s.context.transcript.some((l) => l.who === 'contact' && answers.includes(l.text))).toBe(
      true,
    );
  });

  it('proposes a later time when the student is not ready to talk now', () => {
    const s = stateAfter([
      say(intro),
      say("I'm sorry, I'm not ready right now. Could I call you back another time?"),
    ]);
    expect(['scheduled', 'conversation']).toContain(callStatus(s.context));
  });
});
