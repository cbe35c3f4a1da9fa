import { describe, expect, it } from 'vitest';
import { playActions } from '../../../src/domain/session/index.ts';
import type { Scenario } from '../../../src/domain/scenario/scenario.schema.ts';
import {
  READING_WORDS,
  readingWords,
  topicsToName,
} from '../../../src/domain/professional/understanding.ts';
import {
  ACKNOWLEDGES,
  COOL_CLOSINGS,
  CURT_AFTER_ANSWER,
  CURT_EARLY,
  DEFLECTS_OUTCOME,
  POINTS_TO_PROFILE,
  THANKS_BEFORE_ASK,
  CURT_TO_SELF_TALK,
  REPEATABLE_WORDS,
  TOPIC_USED_UP,
} from '../../../src/domain/professional/lines.ts';
import { countWords } from '../../../src/domain/text/words.ts';
import { PR_QUESTIONS, loadScenario } from '../../helpers.ts';

/**
 * Transcript fixtures of the contact as a person in the conversation: what the student says, what
 * the contact must answer, and what must not appear. Each states one behaviour of issue 12
 * ("a person's conversation", "understanding questions").
 */
const pr = loadScenario('pr-phone-referral').scenario;
const engineer = loadScenario('engineer-talkative').scenario;
const say = (text: string) => ({ type: 'say', text });
const INTRO =
  'Hello, Mr. Smith. My name is Patricia Law, and I am a classmate of your son, Mike. He suggested I call. I am exploring public relations and would value 20 minutes of your advice, not a job.';

/** The PR director's call (or a variant of the scenario), past the introductions, then the turns. */
function prCall(turns: string[], seed = 4, refusals = false, scenario: Scenario = pr) {
  return play(
    scenario,
    seed,
    [
      { type: 'call' },
      say(INTRO),
      say('Yes, thank you, that works.'),
      say('I study Communication at Cornell and write for the campus magazine.'),
      ...turns.map(say),
    ],
    refusals,
  );
}

/** The engineer's booked call (the scenario starts at the interview), then the turns given. */
function engineerCall(turns: string[], seed = 4) {
  return play(engineer, seed, [
    { type: 'call' },
    say(
      "Hi Mr. Kowalczyk, it's Diego Herrera from the UC co-op program, calling at two as planned.",
    ),
    ...turns.map(say),
  ]);
}

function play(scenario: Scenario, seed: number, actions: unknown[], refusals = false) {
  const { session, rejected } = playActions(scenario, seed, actions);
  const ctx = session.snapshot.context;
  if (!refusals) expect(rejected).toEqual([]);
  const lines = ctx.transcript.filter((l) => l.who === 'contact').map((l) => l.text);
  /** What the contact said after the student's `text` (up to the student's next words). */
  const replyTo = (text: string): string[] => {
    const at = ctx.transcript.findIndex((l) => l.who === 'student' && l.text === text);
    const reply: string[] = [];
    for (let i = at + 1; i < ctx.transcript.length; i += 1) {
      const line = ctx.transcript[i];
      if (!line || line.who === 'student') break;
      if (line.who === 'contact') reply.push(line.text);
    }
    return reply;
  };
  return { ctx, lines, replyTo, scenario, rejected, session };
}

function answersOf(scenario: Scenario, topic: string): string[] {
  return scenario.questionBank
    .filter((e) => e.topic === topic)
    .flatMap((e) => [...e.answers, ...e.followUps]);
}

describe('what is not a question is not taken as talk about oneself', () => {
  it('"ok" is acknowledged, not met with praise of the student\'s background', () => {
    const { replyTo, scenario } = prCall(['What does a typical day look like for you?', 'ok']);
    const reply = replyTo('ok');
    expect(reply.length).toBe(1);
    expect(scenario.lines.invitesQuestions ?? []).not.toContain(reply[0]);
    expect(countWords(reply[0] ?? '')).toBeLessThanOrEqual(8);
  });

  it('thanks early in the call are taken as thanks, not as a goodbye or a life story', () => {
    const text = 'thank you so much, this is really helpful';
    const { replyTo, scenario } = prCall(['What does a typical day look like for you?', text]);
    const reply = replyTo(text);
    expect(reply).toHaveLength(1);
    expect(scenario.lines.invitesQuestions ?? []).not.toContain(reply[0]);
    expect(scenario.lines.wrapUp).not.toContain(reply[0]);
  });
});

describe('what the student says is answered in the order it was said', () => {
  it('"Thanks, and who else should I talk to?" is thanks, then a referral ask', () => {
    const text = 'Thanks so much, and who else do you think I should talk to?';
    const { replyTo, scenario, ctx } = prCall(['What does a typical day look like for you?', text]);
    const reply = replyTo(text);
    expect(THANKS_BEFORE_ASK).toContain(reply[0]);
    expect(answersOf(scenario, 'referrals')).toContain(reply[1]);
    const turn = ctx.conversations[0]?.turns.find((t) => t.text === text);
    expect(turn?.intents.map((i) => i.type)).toEqual(['thanked', 'asked_referral']);
  });

  it('leave to take notes asked with a question is given, then the question answered', () => {
    const text =
      'Do you mind if I take notes? And what skills matter most for someone starting out?';
    const { replyTo, scenario } = prCall([text]);
    const reply = replyTo(text);
    expect(scenario.lines.notesOk).toContain(reply[0]);
    expect(answersOf(scenario, 'skills')).toContain(reply[1]);
  });

  it('leave to take notes asked alone is given, with no answer from a topic it resembles', () => {
    const text = 'Could I take notes while we talk?';
    const { replyTo, scenario } = prCall([text]);
    const reply = replyTo(text);
    expect(reply.length).toBeGreaterThan(0);
    expect(scenario.lines.notesOk).toContain(reply[0]);
    const answers = scenario.questionBank.flatMap((e) => [...e.answers, ...e.followUps]);
    for (const line of reply) expect(answers).not.toContain(line);
  });

  it('the question first, then leave to take notes: the answer, then the leave', () => {
    const text = 'What skills matter most for someone starting out? Mind if I jot that down?';
    const { replyTo, scenario } = prCall([text]);
    const reply = replyTo(text);
    expect(answersOf(scenario, 'skills')).toContain(reply[0]);
    expect(scenario.lines.notesOk).toContain(reply[1]);
  });

  it('an outcome the contact cannot promise is declined gently, not met with "what do you mean?"', () => {
    const text = 'Would you consider being my mentor while I look for my first PR job?';
    const { replyTo, scenario } = prCall([text]);
    const reply = replyTo(text);
    expect(DEFLECTS_OUTCOME).toContain(reply[0]);
    expect(scenario.lines.clarify).not.toContain(reply[0]);
  });

  it('a goodbye closes the conversation, it is not met with "what else is on your list?"', () => {
    const { replyTo, scenario } = prCall([...PR_QUESTIONS.slice(0, 6), 'Okay, have a great day!']);
    const reply = replyTo('Okay, have a great day!');
    expect(ACKNOWLEDGES).not.toContain(reply[0]);
    expect(scenario.lines.wrapUp).toContain(reply[0]);
  });
});

describe('a question the public profile answers', () => {
  it('is pointed to the profile, not answered from a topic it resembles', () => {
    const text = 'So where do you work now?';
    const { replyTo, scenario } = prCall([text]);
    const reply = replyTo(text);
    expect(POINTS_TO_PROFILE).toContain(reply[0]);
    const answers = scenario.questionBank.flatMap((e) => [...e.answers, ...e.followUps]);
    for (const line of reply) expect(answers).not.toContain(line);
  });
});

describe("the contact understands questions in the student's own words", () => {
  it('answers a question it has never seen from the right topic', () => {
    const text = 'so what do your days actually look like at the agency';
    const { replyTo, scenario } = prCall([text]);
    expect(answersOf(scenario, 'typical_day')).toContain(replyTo(text)[0]);
  });

  it('"paid" meets "pay": a salary question in other words is a salary question', () => {
    const text = 'How do people usually get paid when they start out at an agency?';
    const { replyTo, scenario } = prCall([text]);
    expect(answersOf(scenario, 'salary')).toContain(replyTo(text)[0]);
  });

  it('a question about nothing the contact knows is met with a question, not an answer', () => {
    const text = 'Did you watch the Yankees game last night?';
    const { replyTo, scenario } = prCall([text]);
    const reply = replyTo(text);
    expect(reply).toHaveLength(1);
    const answers = scenario.questionBank.flatMap((e) => [...e.answers, ...e.followUps]);
    expect(answers).not.toContain(reply[0]);
  });

  it('after "what do you mean?", the reply that says it in other words is answered', () => {
    const unclear = 'Did you watch the Yankees game last night?';
    const clearer = 'Sorry, I meant how you moved from reporting into PR.';
    const { replyTo, scenario } = prCall([unclear, clearer]);
    expect(answersOf(scenario, 'career_path')).toContain(replyTo(clearer)[0]);
  });
});

describe('a topic of the scenario’s own', () => {
  const ownTopic: Scenario = {
    ...pr,
    questionBank: [
      ...pr.questionBank,
      {
        topic: 'work_life',
        name: 'how I keep agency hours in check',
        keywords: ['work-life balance'],
        examples: [
          'How do you balance agency life with the rest of your life?',
          'Do the long hours at an agency ever let up?',
          'How do you avoid burning out when every client wants something yesterday?',
          'Do you manage to keep your weekends free?',
          'What do you do to switch off after a crisis day for a client?',
          'Is it realistic to have a family and work at a PR agency?',
        ],
        answers: [
          'I guard my weekends. Crises happen, but a team that rotates who is on call keeps anyone from burning out.',
        ],
        followUps: [],
      },
    ],
  };

  it('is answered from its own answers when asked in other words', () => {
    const text = 'honestly how do you keep the long hours from taking over the rest of your life?';
    const { replyTo } = prCall([text], 4, false, ownTopic);
    expect(replyTo(text)[0]).toMatch(/^I guard my weekends/);
  });

  it('is offered by its name, and named among what the contact can talk about', () => {
    expect(readingWords(ownTopic, 'work_life')).toBe('how I keep agency hours in check');
    expect(readingWords(ownTopic, 'salary')).toBe(READING_WORDS.salary);
    expect(
      topicsToName(
        ownTopic,
        pr.questionBank.map((e) => e.topic),
      ),
    ).toBe('how I keep agency hours in check');
  });
});

describe('a person does not say the same line twice', () => {
  it('one goodbye: after a later time is set, thanks get the goodbye, and hanging up adds none', () => {
    const later: Scenario = { ...pr, behaviour: { ...pr.behaviour, offersToTalkNow: false } };
    const { lines } = play(later, 4, [
      { type: 'call' },
      say(INTRO),
      say('Thank you, I will call you then.'),
      { type: 'end' },
    ]);
    const goodbyes = lines.filter((l) => pr.lines.goodbye.includes(l) || l === 'Bye now.');
    expect(goodbyes).toHaveLength(1);
  });

  it('the same question asked again and again never gets the same answer twice', () => {
    const ask = 'What does a typical day look like for you?';
    const { lines } = engineerCall([ask, ask, ask, ask, ask, ask]);
    const long = lines.filter((l) => countWords(l) > REPEATABLE_WORDS);
    expect(new Set(long).size).toBe(long.length);
  });

  it('when a topic is used up, the contact says so in its own words', () => {
    const ask = 'What does a typical day look like for you?';
    const { lines } = engineerCall([ask, ask, ask, ask, ask, ask]);
    expect(lines.some((l) => TOPIC_USED_UP.includes(l))).toBe(true);
  });

  it('clarifications do not repeat either: in the end the contact names what it can talk about', () => {
    const odd = [
      'Did you watch the game last night?',
      'What is your favorite pizza place?',
      'Do you have any pets at home?',
      'Have you seen the new Dune movie?',
      'Is it snowing where you are?',
      'What music do you listen to in the car?',
    ];
    const { lines } = prCall(odd);
    const long = lines.filter((l) => countWords(l) > REPEATABLE_WORDS);
    expect(new Set(long).size).toBe(long.length);
    const named = Object.values(READING_WORDS);
    expect(lines.some((l) => named.some((w) => l.includes(w)))).toBe(true);
  });
});

describe('patience and the clock show in how the contact behaves', () => {
  const QUESTIONS = PR_QUESTIONS.slice(0, 20);
  const LIFE_STORY =
    'So I grew up in Ithaca and I was always the kid who wrote for everything, the school paper, the yearbook, and I started a blog in ninth grade, and then I got into Cornell and joined the magazine, and now I also run social media for two clubs and I intern at the library.';

  it('an impatient contact meets a second unasked life story with a curt prompt to ask', () => {
    const impatient = { ...pr, contact: { ...pr.contact, patience: 0.25 } };
    const { replyTo } = play(impatient, 4, [
      { type: 'call' },
      say(INTRO),
      say('Yes, thank you, that works.'),
      say('I study Communication at Cornell and write for the campus magazine.'),
      say(QUESTIONS[0] as string),
      say(LIFE_STORY),
    ]);
    const reply = replyTo(LIFE_STORY);
    expect(reply).toHaveLength(1);
    expect(pr.lines.invitesQuestions ?? []).not.toContain(reply[0]);
    expect(CURT_TO_SELF_TALK).toContain(reply[0]);
  });

  it('a contact whose patience small talk spends (patienceSpentOn) turns curt on it, and says so', () => {
    const strict: Scenario = {
      ...pr,
      behaviour: { ...pr.behaviour, patienceSpentOn: ['small_talk'], curtAfter: 1 },
    };
    const chat = 'Did you watch the Yankees game last night?';
    const more = 'Are you going to the game on Saturday?';
    const { replyTo, scenario } = prCall([chat, more, QUESTIONS[0] as string], 4, false, strict);
    expect(CURT_TO_SELF_TALK).toContain(replyTo(more)[0]);
    const answer = replyTo(QUESTIONS[0] as string)[0] ?? '';
    expect(answer.split(/[.!?](?:\s|$)/).filter(Boolean).length).toBeLessThanOrEqual(2);
    // by default small talk is only met with a question
    const relaxed = prCall([chat, more]);
    expect(CURT_TO_SELF_TALK).not.toContain(relaxed.replyTo(more)[0]);
    expect(scenario.behaviour.patienceSpentOn).toEqual(['small_talk']);
  });

  it('curt early in the call, the contact keeps it moving, not "that is all the time I have"', () => {
    const impatient = { ...pr, contact: { ...pr.contact, patience: 0.25 } };
    const { replyTo } = prCall([LIFE_STORY, QUESTIONS[1] as string], 4, false, impatient);
    const reply = replyTo(QUESTIONS[1] as string);
    for (const line of reply) expect(CURT_AFTER_ANSWER).not.toContain(line);
    expect(CURT_EARLY).toContain(reply.at(-1));
  });

  it('once the contact said time is nearly up, its answers are short', () => {
    const { ctx } = prCall(QUESTIONS.slice(0, 14));
    const at = ctx.transcript.findIndex(
      (l) => l.who === 'contact' && pr.lines.timeSignal.includes(l.text),
    );
    expect(at).toBeGreaterThan(0);
    const after = ctx.transcript
      .slice(at + 1)
      .filter((l) => l.who === 'contact')
      .map((l) => l.text);
    for (const line of after)
      expect(line.split(/[.!?](?:\s|$)/).filter(Boolean).length).toBeLessThanOrEqual(2);
  });

  it('past the agreed length and its grace, the next new question ends the call', () => {
    const { ctx, lines, rejected, session } = prCall([...QUESTIONS, ...QUESTIONS], 4, true);
    // what the student says after the contact hung up is refused: the session is between calls
    expect(session.snapshot.value).toBe('idle');
    expect(rejected.length).toBeGreaterThan(0);
    for (const r of rejected) expect(r.reason).toMatch(/not on a call/);
    const call = ctx.calls.at(-1);
    expect(call?.endedAt).not.toBeNull();
    const conv = ctx.conversations.at(-1);
    const limit = (pr.agreedMinutes + pr.behaviour.overrunGraceMinutes) * 60_000;
    // never before the grace ran out: the last turn was asked past it
    expect(conv?.turns.at(-1)?.elapsedMs ?? 0).toBeGreaterThan(limit);
    expect(conv?.turns.filter((t) => t.elapsedMs > limit)).toHaveLength(1);
    expect(ctx.transcript.at(-1)?.text).toBe('The call ends.');
    expect(lines.at(-1)).toBeDefined();
  });
});

describe('one appointment for one agreed time', () => {
  it('the contact’s email reply confirms the time the assistant booked, not a second one', () => {
    const exec = loadScenario('executive-ten-minutes').scenario;
    const scenario: Scenario = {
      ...exec,
      behaviour: {
        ...exec.behaviour,
        emailReply: { afterWorkingDays: 1, proposes: { weekday: 'Fri', time: '12:00' } },
      },
      lines: {
        ...exec.lines,
        emailReplyAccept: ['Dear Marcus, happy to talk. Does {time} work? Catherine'],
      },
    };
    const { ctx } = play(scenario, 3, [
      {
        type: 'email',
        subject: 'Industrial engineering senior referred by Professor Alan Whitcomb',
        body: 'Dear Ms. Delacroix,\n\nProfessor Alan Whitcomb suggested I write to you. I am a senior in Industrial and Systems Engineering at UW-Madison, and I would value ten minutes of your advice on careers in hospital operations. I am not asking for a job. I will call your office on Wednesday morning to see if a short call could work.\n\nSincerely,\nMarcus Bell',
      },
      { type: 'call' },
      say(
        'Good morning, this is Marcus Bell calling for Ms. Delacroix. When would be a good time to reach her?',
      ),
      { type: 'end' },
      { type: 'wait', until: 'next_event' },
    ]);
    const booked = ctx.appointments.filter((a) => a.by === 'assistant');
    expect(booked).toHaveLength(1);
    // the reply arrived, and no second appointment came with it
    expect(ctx.received.some((r) => r.line === 'emailReplyAccept')).toBe(true);
    expect(ctx.appointments.filter((a) => !a.kept)).toHaveLength(1);
    // and the reply names the booked time (the assistant's Thursday, not the scenario's Friday)
    const reply = ctx.transcript.find(
      (l) => l.who === 'contact' && l.text.startsWith('Dear Marcus'),
    );
    expect(reply?.text).toContain('Thursday at 12:50 p.m.');
  });
});

describe('a scenario’s choice of what the contact does on a job request', () => {
  const ends: Scenario = { ...pr, behaviour: { ...pr.behaviour, onJobRequest: 'end_call' } };
  const ask = 'Is Ezra and White hiring interns this summer?';

  it('by default the contact declines and talks on, goodwill cooled for good', () => {
    const { ctx, replyTo } = prCall([ask, 'What does a typical day look like for you?']);
    expect(replyTo(ask)).toHaveLength(1);
    expect(pr.lines.declineJob).toContain(replyTo(ask)[0]);
    expect(ctx.calls.at(-1)?.endedAt).toBeNull();
  });

  it('with end_call, the contact declines in the conversation and ends the call', () => {
    const { ctx, replyTo, session, rejected } = play(
      ends,
      4,
      [
        { type: 'call' },
        say(INTRO),
        say('Yes, thank you, that works.'),
        say('I study Communication at Cornell and write for the campus magazine.'),
        say(ask),
        say('What does a typical day look like for you?'),
      ],
      true,
    );
    const reply = replyTo(ask);
    expect(pr.lines.declineJob).toContain(reply[0]);
    expect(COOL_CLOSINGS).toContain(reply[1]);
    expect(ctx.calls.at(-1)?.endedAt).not.toBeNull();
    expect(session.snapshot.value).toBe('idle');
    expect(rejected.map((r) => r.index)).toEqual([5]);
  });

  it('with end_call, a job ask in the phone introduction is declined and the call ends', () => {
    const { ctx, session } = play(ends, 4, [
      { type: 'call' },
      say('Hi Mr. Smith, this is Patricia Law. Are you hiring any interns this summer?'),
    ]);
    expect(ctx.requests.at(-1)?.reaction).toBe('decline');
    expect(ctx.transcript.at(-1)?.text).toBe('The call ends.');
    expect(session.snapshot.value).toBe('idle');
  });
});
