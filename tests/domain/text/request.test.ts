import { describe, expect, it } from 'vitest';
import { analyzeRequest, splitRequestText } from '../../../src/domain/text/request.ts';
import { loadScenario } from '../../helpers.ts';

const psych = loadScenario('psych-email-referral').scenario;
const ids = (text: string, scenario = undefined as typeof psych | undefined) => {
  const a = analyzeRequest(splitRequestText(text), { scenario });
  return [...a.pitfalls.map((p) => p.id), ...a.credits.map((c) => c.id)];
};
const email = (subject: string, body: string) =>
  `Subject: ${subject}\n\nDear Ms. Chen,\n\n${body}\n\nSincerely,\nJordan Lee`;
const BODY =
  'My name is Jordan Lee, a junior at Hamilton College studying economics. I would value 20 minutes of your advice about careers in consulting. I will call you on Thursday at 10 a.m.';

describe('request analyzer: the edge rules of PITFALLS.md', () => {
  it.each([
    ['Informational interview request', true],
    ['Coffee?', true],
    ['Quick question', true],
    ['', true],
    ['Hi', true],
    ['Hi there', true],
    ['Hello!', true],
    ['Good morning', true],
    ['Hi Ms. Chen', true],
    ['Question about consulting careers', false],
    ['Hamilton junior seeking advice', false],
    ['Referred by Priya Shah', false],
  ])('subject "%s" is vague: %s', (subject, vague) => {
    const found = ids(email(subject, BODY));
    expect(found.includes('vague_subject')).toBe(vague);
    expect(found.includes('specific_subject')).toBe(!vague);
  });

  it.each(['Hi', 'Hi Dr. Okonkwo', '  ', 'Hello there'])(
    'the subject %j is vague even with a good body, and greeting the contact by name does not help',
    (subject) => {
      const found = ids(email(subject, BODY), psych);
      expect(found).toContain('vague_subject');
      expect(found).not.toContain('specific_subject');
    },
  );

  it("a subject naming the field beside the contact's name is specific", () => {
    const found = ids(email('Dr. Okonkwo: a question about clinical assessment', BODY), psych);
    expect(found).toContain('specific_subject');
  });

  it.each([
    ['Could we talk for 20-30 minutes?', true],
    ['Might you have half an hour?', true],
    ['Would you have twenty minutes?', true],
    ['Could you spare a quick 15?', true],
    ['Could we do a 20min call?', true],
    ['Could we meet for a brief time?', false],
    ['Could we have a short meeting?', false],
    ['Could we talk in the next few weeks?', false],
  ])('time ask "%s" counts: %s', (ask, counts) => {
    const body = `My name is Jordan Lee, a junior at Hamilton College studying economics. I would value your advice about careers in consulting. ${ask} I will call you on Thursday at 10 a.m.`;
    expect(
      ids(email('Hamilton junior: consulting questions', body)).includes('states_time_limit'),
    ).toBe(counts);
  });

  it.each([
    ['I will call you Thursday at 9:30.', true],
    ['I will follow up tomorrow afternoon.', true],
    ['I will call Friday if I have not heard back.', true],
    ['I will follow up next Tuesday morning.', true],
    ['Please let me know when you are free.', false],
    ['I will follow up sometime next week.', false],
    ['I will be in touch soon.', false],
    ['I will call you in a few days.', false],
  ])('next step "%s" is proactive: %s', (step, proactive) => {
    const body = `My name is Jordan Lee, a junior at Hamilton College studying economics. Could we talk for 20 minutes about careers in consulting? ${step}`;
    const found = ids(email('Hamilton junior: consulting questions', body));
    expect(found.includes('proactive_next_step')).toBe(proactive);
    expect(found.includes('no_next_step')).toBe(!proactive);
  });

  it('a phone introduction is judged for neither subject, greeting, sign-off nor next step', () => {
    const found = ids(
      'Hello, Ms. Chen. My name is Jordan Lee, a junior at Hamilton studying economics. Could we talk for 20 minutes about consulting at your convenience?',
    );
    for (const id of [
      'vague_subject',
      'specific_subject',
      'formal_greeting',
      'formal_signoff',
      'no_next_step',
    ]) {
      expect(found).not.toContain(id);
    }
  });

  it('a negation before a later ask does not cancel it, and earns no credit', () => {
    const found = ids(
      email(
        'Consulting questions',
        `${BODY} I know this is informational, but if your team is hiring interns I would love to be considered.`,
      ),
    );
    expect(found).toContain('job_request');
    expect(found).not.toContain('states_information_not_job');
  });

  it('asking how hiring works in the field is not a job request', () => {
    expect(
      ids(
        email(
          'Consulting questions',
          `${BODY} What does the hiring process look like for new graduates in general?`,
        ),
      ),
    ).not.toContain('job_request');
  });

  it('names the referrer early or late by sentence, with or without a scenario', () => {
    expect(
      ids(email('Consulting questions', `Priya Shah suggested I contact you. ${BODY}`)),
    ).toContain('names_referrer_early');
    expect(
      ids(email('Consulting questions', `${BODY} Priya Shah suggested I contact you.`)),
    ).toContain('referral_not_early');
    const late = email(
      "Queen's psychology questions",
      `My name is Emma Nguyen, a psychology student at Queen's, where you also studied. I would value 20 minutes of advice about clinical work. I volunteer in a lab. Ian Moreau suggested I write. I will call Thursday at 10 a.m.`,
    );
    expect(ids(late, psych)).toContain('referral_not_early');
  });

  it('uses the scenario link, and misses it when absent', () => {
    expect(
      ids(
        email(
          'Clinical psychology questions',
          "My name is Emma Nguyen, a psychology student at Queen's, where you also studied. Ian Moreau suggested I write. Could we talk for 20 minutes about clinical work? I will call Thursday at 10 a.m.",
        ),
        psych,
      ),
    ).toContain('uses_connection');
    expect(
      ids(
        email(
          'Clinical psychology questions',
          'Ian Moreau suggested I write. My name is Emma Nguyen, a psychology student. Could we talk for 20 minutes about clinical work? I will call Thursday at 10 a.m.',
        ),
        psych,
      ),
    ).toContain('no_connection');
  });

  it('flags a resume attached, not one offered for later', () => {
    expect(ids(email('Consulting questions', `${BODY} I have attached my resume.`))).toContain(
      'resume_sent_early',
    );
    expect(
      ids(email('Consulting questions', `${BODY} I would be glad to bring my resume.`)),
    ).not.toContain('resume_sent_early');
  });

  it('counts length over the whole text: 250 words for an email, 220 for a phone introduction', () => {
    const filler = ' I enjoy economics.'.repeat(80);
    expect(ids(email('Consulting questions', `${BODY}${filler}`))).toContain('too_long');
    expect(ids(`Hello, Ms. Chen. ${BODY}${' I enjoy economics.'.repeat(70)}`)).toContain(
      'too_long',
    );
    expect(ids(email('Consulting questions', BODY))).not.toContain('too_long');
  });

  it('reads a text-speak request as informal, and quotes where', () => {
    const a = analyzeRequest(splitRequestText('Subject: hi\n\nhey can u chat? thx 🙂'));
    expect(a.pitfalls.find((p) => p.id === 'informal_tone')?.evidence).toMatchObject({
      quote: 'hey',
      field: 'body',
    });
  });
});
