import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOPICS } from '../src/domain/scenario/constants.ts';
import { loadScenarioText } from '../src/domain/scenario/loader.ts';
import { playActions } from '../src/domain/session/engine.ts';
import { analyzeTurn } from '../src/domain/text/turn.ts';
import { SCENARIO_DIR, scenarioFiles } from './helpers.ts';

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

  it('lets a student reach the contact and hold a conversation', () => {
    const intro = `Hello ${scenario.contact.addressAs}, my name is ${scenario.brief.student.name}, a student exploring ${scenario.contact.field}. I would value twenty minutes of information and advice.`;
    const email = `Dear ${scenario.contact.addressAs},\n\n${intro} I will call your office on Thursday at 10 a.m.\n\nSincerely,\n${scenario.brief.student.name}`;
    const reply = scenario.behaviour.emailReply;
    const actions: unknown[] =
      scenario.start.channel === 'email' && reply
        ? [
            {
              type: 'email',
              subject: `Referred by ${scenario.contact.connection.referrer?.name ?? 'a colleague'}: questions about ${scenario.contact.field}`,
              body: email,
            },
            { type: 'wait', until: 'next_event' },
            { type: 'wait', until: 'next_appointment' },
          ]
        : [];
    // Call until the contact answers (voicemail and the assistant may come first); once the
    // conversation has happened, further calls are refused, which playActions goes past.
    for (let attempt = 0; attempt < 4; attempt += 1) {
      actions.push(
        { type: 'call' },
        { type: 'say', text: intro },
        { type: 'say', text: 'Could you tell me a good time to reach her?' },
        { type: 'end' },
        {
          type: 'wait',
          until: scenario.behaviour.assistantSuggests ? 'next_appointment' : 'next_event',
        },
      );
    }
    const { session } = playActions(scenario, 1, actions);
    expect(session.snapshot.context.conversations.length).toBe(1);
  });
});
