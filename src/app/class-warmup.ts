import type { Scenario } from '../domain/scenario/scenario.schema.ts';
import { studentKey } from '../domain/instructor/assignment.ts';
import { outcomeOf } from '../domain/session/outcome.ts';
import { act, startSession } from '../domain/session/engine.ts';
import { callStatus } from '../domain/session/call-status.ts';
import type { Action } from '../domain/session/actions.ts';
import type { SessionLog } from '../domain/session/log.ts';
import { SAMPLE_QUESTIONS } from './sample-questions.ts';
import { resultFileOf, withId } from './assigned.ts';
import { classTable, type ClassTable, type KnownScenario } from './class-table.ts';
import { readResultText } from './result-file.ts';
import { pendingAppointmentsOf } from './session-view.ts';

/**
 * The class dashboard's workers run in their engine while the instructor is still choosing files:
 * each re-scores a few practice result files, made here from the scenarios it has loaded, exactly
 * as it will re-score the class (read, checked, every attempt re-run from its log), and throws the
 * tables away. The first hundred logs a fresh engine re-scores take about three times as long as
 * the rest (the JavaScript engine has not yet compiled the hot paths, and the scenarios' indexes
 * are built on first use); after this, a class dropped on the page finds the workers run in.
 * Nothing of a practice file is kept, and no file of the class is ever read here.
 */

/** The most actions a practice session takes (a golden session takes 15 to 40). */
const MAX_PRACTICE_ACTIONS = 45;
/** The practice student gives up after this many refused actions (a scenario it cannot follow). */
const MAX_REFUSED = 12;

/**
 * A student's practice session with a scenario's contact, played through the engine: at each
 * step the student does what the arc asks where the session stands (the call status the page
 * shows), so it reaches the conversation in most scenarios (six of the seven here), however the
 * contact is reached: the request, the call (asked for by name, then introduced), a message on
 * voicemail, a time agreed and kept, the questions of the preparation bank, the referral, the
 * close and the thank-you.
 * `round` picks which questions it asks, so successive sessions walk different paths.
 */
export function practiceLog(
  scenario: Scenario,
  hash: string,
  seed: number,
  round: number,
): SessionLog {
  const student = scenario.brief.student;
  const contact = scenario.contact;
  const referrer = contact.connection?.referrer?.name;
  const suggested = referrer ? ` ${referrer} suggested I get in touch with you.` : '';
  // The bank's last question is the referral, asked at the close; six of the others, by round.
  const referral = SAMPLE_QUESTIONS[SAMPLE_QUESTIONS.length - 1] as string;
  const questions = Array.from(
    { length: 6 },
    (_, k) => SAMPLE_QUESTIONS[(round * 5 + k) % (SAMPLE_QUESTIONS.length - 1)] as string,
  );
  const closing = [
    referral,
    'I know our time is nearly up. Thank you so much for your advice, it has helped me a great deal.',
  ];
  const minutes = `${scenario.agreedMinutes} minutes`;
  const subject = `A student's questions about ${contact.field}`;
  const request = `Dear ${contact.addressAs},\n\nMy name is ${student.name}. ${student.background}${suggested} I am exploring a career in ${contact.field} and would be grateful for ${minutes} of your advice about how you got started and what the work is like. I am not asking about openings; I would simply like to learn from your experience. I will call you on Thursday at 10 a.m. to see whether a time suits you.\n\nThank you,\n${student.name}\n${student.phone}`;
  let session = startSession(scenario, seed);
  let refused = 0;
  const take = (action: Action): boolean => {
    const step = act(session, action);
    session = step.session;
    if (!step.ok) refused += 1;
    return step.ok;
  };
  const say = (text: string) => take({ type: 'say', text });
  let requested = false;
  let calls = 0;
  let asked = 0;
  let saidOnCall = 0;
  let notes = false;
  take({ type: 'prepare', questions, bring_resume: round % 2 === 0 });
  while (session.accepted.length < MAX_PRACTICE_ACTIONS && refused < MAX_REFUSED) {
    const ctx = session.snapshot.context;
    const status = callStatus(ctx);
    if (status === 'idle') {
      saidOnCall = 0;
      if (ctx.conversations.length > 0) {
        take({ type: 'wait', days: 1 });
        take({
          type: 'email',
          subject: 'Thank you for your time',
          body: `Dear ${contact.addressAs},\n\nThank you for speaking with me. What you said about how you started in ${contact.field} gave me a clearer idea of my next steps, and I will follow up with the people you mentioned.\n\nWith thanks,\n${student.name}`,
        });
        break;
      }
      // Where the request was made before the session starts, the student calls at once;
      // otherwise they wait for an appointment, write the request, or let two days pass first.
      if (calls > 0 || scenario.start.phase === 'request') {
        if (pendingAppointmentsOf(session).length > 0)
          take({ type: 'wait', until: 'next_appointment' });
        else if (!requested && scenario.start.phase === 'request') {
          requested = true;
          if (take({ type: 'email', subject, body: request })) {
            const heard = session.snapshot.context.transcript.length;
            take({ type: 'wait', until: 'next_event' });
            // A reply proposing a time is answered, as a student would, before the call.
            if (session.snapshot.context.transcript.slice(heard).some((e) => e.who === 'contact'))
              take({
                type: 'email',
                subject: `Re: ${subject}`,
                body: `Dear ${contact.addressAs},\n\nThank you for your reply. The time you suggested works well for me, and I will call you then.\n\nBest regards,\n${student.name}`,
              });
            continue;
          }
        } else take({ type: 'wait', days: 2 });
      }
      take({ type: 'call' });
      calls += 1;
      continue;
    }
    saidOnCall += 1;
    if (saidOnCall > 8 && status !== 'conversation') {
      take({ type: 'end' });
      continue;
    }
    switch (status) {
      case 'voicemail':
        say(
          `Hello ${contact.addressAs}, this is ${student.name}.${suggested} I am calling to ask for ${minutes} of your advice about ${contact.field}. You can reach me at ${student.phone}. Thank you.`,
        );
        take({ type: 'end' });
        break;
      case 'assistant':
        say(
          saidOnCall === 1
            ? `Good morning, may I speak with ${contact.addressAs}, please?`
            : `My name is ${student.name}, and I am a student.${referrer ? ` ${referrer} suggested I get in touch with ${contact.addressAs}.` : ''} I wrote to ${contact.addressAs} last week asking for ${minutes} of advice about ${contact.field}, and I said I would call this week.`,
        );
        break;
      case 'introducing':
        say(
          `Hello ${contact.addressAs}, this is ${student.name}.${suggested} I wrote last week asking for ${minutes} of your advice about ${contact.field}. Is now a good time, or could we find another?`,
        );
        break;
      case 'offered':
        say('Now works well, thank you.');
        break;
      case 'scheduled':
        say('That time works for me. Thank you, I will call you then.');
        take({ type: 'end' });
        break;
      case 'declined':
        say('I understand. Thank you for your time.');
        take({ type: 'end' });
        break;
      default:
        // the conversation
        if (!notes) {
          notes = true;
          take({ type: 'take_notes' });
        }
        if (asked < questions.length) say(questions[asked++] as string);
        else if (asked < questions.length + closing.length)
          say(closing[asked++ - questions.length] as string);
        else take({ type: 'end' });
    }
  }
  return outcomeOf(session, hash).log;
}

/**
 * The `i`th practice result file, one attempt, the scenarios taken in turn: the text an
 * instructor would drop, made by playing `practiceLog` through the engine.
 */
export function practiceFile(known: readonly KnownScenario[], i: number): string {
  const { scenario, hash } = known[i % known.length] as KnownScenario;
  const seed = 1 + i;
  const log = practiceLog(scenario, hash, seed, Math.floor(i / known.length));
  const assignment = withId({
    format: 'rapport-assignment',
    version: 1,
    title: 'Practice',
    scenarios: [{ id: scenario.id, hash }],
    mode: 'practice',
    seed,
    attempts: null,
  });
  const name = `Practice ${i + 1}`;
  return JSON.stringify(
    resultFileOf(assignment, name, [
      {
        assignment: assignment.id,
        student: studentKey(name),
        scenario: scenario.id,
        log,
        mode: 'practice',
        finished: true,
        startedAt: null,
        finishedAt: null,
      },
    ]),
  );
}

/** Reads and re-scores one practice file as the class's files are; the table is thrown away. */
export function rescorePractice(
  text: string,
  known: (id: string) => KnownScenario | undefined,
): ClassTable | null {
  const read = readResultText(text);
  return read.ok ? classTable([read.file], known) : null;
}
