import { compileKeyword, MAX_PATTERN_CHARS, PatternError } from '../text/patterns.ts';
import { z } from 'zod';
import { PITFALL_IDS, SEVERITIES } from '../vocabulary.ts';
import { CUSTOM_TOPIC_ID, PATIENCE_TRIALS, TOPICS, WEEKDAYS, isBuiltInTopic } from './constants.ts';

/**
 * The scenario file format. Every field says what it is for, because these descriptions become
 * the JSON Schema an instructor's editor shows while they write a scenario.
 */

export { WEEKDAYS, TOPICS, type BuiltInTopic, type Weekday, type Topic } from './constants.ts';

const text = z.string().trim().min(1, 'This text is empty; write something here.');
/** A keyword in the phrase language (README, "Writing a scenario"), checked as it is compiled. */
const phrase = text
  .max(MAX_PATTERN_CHARS, `A keyword has at most ${MAX_PATTERN_CHARS} characters.`)
  .superRefine((source, ctx) => {
    try {
      compileKeyword(source);
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      ctx.addIssue({ code: 'custom', message: `This keyword cannot be read: ${error.message}.` });
    }
  });
const variants = (what: string) =>
  z
    .array(text)
    .min(1, `Give at least one wording for ${what}.`)
    .describe(
      `${what}: one or more wordings; the trainer picks one with the session's seeded random generator.`,
    );
const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Write a time as HH:MM on a 24-hour clock, like 09:30.');
const fraction = (what: string) =>
  z.number().min(0, `${what} is a number from 0 to 1.`).max(1, `${what} is a number from 0 to 1.`);

/** The fewest example questions a topic of the scenario's own needs to be recognised. */
export const MIN_CUSTOM_EXAMPLES = 5;

export const BankEntrySchema = z
  .object({
    topic: z
      .union([
        z.enum(TOPICS),
        z
          .string()
          .max(40, 'A topic id has at most 40 characters.')
          .regex(
            CUSTOM_TOPIC_ID,
            'A topic is one of the built-in ones (typical_day, skills, ...) or an id of your own in lowercase words joined by underscores, like work_life.',
          ),
      ])
      .describe(
        'Which kind of question this entry answers: a built-in topic, or one of the scenario’s own (give it a `name` and at least five `examples`).',
      ),
    name: text
      .max(60, 'A topic name has at most 60 characters.')
      .optional()
      .describe(
        'For a topic of the scenario’s own: what it is about, in the words the contact would offer it in ("how I keep my hours in check").',
      ),
    keywords: z
      .array(phrase)
      .default([])
      .describe(
        'Extra words or phrases that mark a question as this topic for this contact (the built-in topic words always apply).',
      ),
    examples: z
      .array(text)
      .default([])
      .describe(
        'Questions a student might ask this contact on this topic, in the field’s own words: the contact learns what the topic means from them, with the built-in examples (README, "How topics are matched").',
      ),
    answers: variants('The contact’s answer to a question on this topic'),
    followUps: z
      .array(text)
      .default([])
      .describe('Elaborations the contact gives when the student asks about the same topic again.'),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (isBuiltInTopic(entry.topic)) return;
    // A topic of the scenario's own is known only from what the author gives it.
    if (!entry.name)
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: `The topic "${entry.topic}" is not a built-in one: give it a name, the words the contact would offer it in.`,
      });
    if (entry.examples.length < MIN_CUSTOM_EXAMPLES)
      ctx.addIssue({
        code: 'custom',
        path: ['examples'],
        message: `The topic "${entry.topic}" is not a built-in one: give it at least ${MIN_CUSTOM_EXAMPLES} example questions, so the contact can tell when it is asked.`,
      });
  });

export const ScenarioSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^[a-z0-9]+(-[a-z0-9]+)*$/,
        'An id is lowercase words joined by hyphens, like pr-phone-referral.',
      )
      .describe('Stable identifier, used in logs, reports and URLs. Never change it once used.'),
    title: text.describe('Short title shown in the scenario list.'),
    summary: text.describe('One or two sentences on what the student practices.'),
    difficulty: z
      .enum(['introductory', 'intermediate', 'advanced'])
      .describe('How hard the scenario is.'),
    start: z
      .object({
        phase: z
          .enum(['request', 'persistence', 'interview'])
          .describe(
            'Where the session begins: writing or phoning the request, following up, or the interview.',
          ),
        channel: z
          .enum(['phone', 'email'])
          .describe('How the student first reaches the contact in this scenario.'),
        weekday: z.enum(WEEKDAYS).describe('The weekday the session starts on (day 0).'),
        time: clock.describe('The time of day the session starts, HH:MM.'),
        situation: text.describe(
          'What has happened before the session starts, told to the student in the brief.',
        ),
      })
      .strict()
      .describe('The starting point of the session.'),
    agreedMinutes: z
      .number()
      .int('The agreed length is a whole number of minutes.')
      .min(5, 'An informational interview is at least 5 minutes.')
      .max(60, 'An informational interview is at most 60 minutes.')
      .describe('The length of conversation the student asks for and the contact agrees to.'),
    brief: z
      .object({
        student: z
          .object({
            name: text.describe('The student’s full name.'),
            background: text.describe('School, program, year and interests, in a sentence or two.'),
            phone: text.describe('The student’s phone number, to leave in messages.'),
            email: text.describe('The student’s email address, to leave in messages.'),
          })
          .strict(),
        goal: text.describe('What the student wants to learn, and why this contact.'),
        profile: text.describe(
          'The contact’s short public profile: what the student could have read before calling.',
        ),
        tips: z
          .array(text)
          .default([])
          .describe('Reminders shown with the brief, paraphrased from the guides.'),
      })
      .strict()
      .describe('What the student reads before starting.'),
    contact: z
      .object({
        name: text.describe('Full name, e.g. "John Smith".'),
        addressAs: text.describe('How the student should address them, e.g. "Mr. Smith".'),
        pronoun: z.enum(['he', 'she', 'they']).describe('Pronoun used in the trainer’s text.'),
        title: text.describe('Job title.'),
        organization: text.describe('Employer or practice.'),
        field: text.describe('The field or industry, e.g. "public relations".'),
        connection: z
          .object({
            referrer: z
              .object({
                name: text.describe('Who suggested the student get in touch.'),
                relation: text.describe('How the referrer knows the contact, e.g. "his son".'),
                keywords: z
                  .array(phrase)
                  .default([])
                  .describe('Other ways a student may name the referrer, e.g. "your son".'),
              })
              .strict()
              .optional()
              .describe('The person who referred the student, if any.'),
            link: z
              .object({
                description: text.describe('The substantive link, e.g. "same university".'),
                keywords: z
                  .array(phrase)
                  .min(1)
                  .describe('Words that show the student used the link, e.g. "Queen\'s".'),
              })
              .strict()
              .optional()
              .describe('A substantive link between student and contact, if any.'),
          })
          .strict()
          .describe('How the student is connected to the contact.'),
        referrals: z
          .array(text)
          .default([])
          .describe(
            'Full names of the people the contact may suggest when asked who else to talk to, exactly as the answers spell them; the contact log records those the contact names.',
          ),
        officePresence: z
          .enum(['daily', 'often', 'rarely'])
          .describe('How often the contact is at the office (a posted note may sit unread).'),
        talkativeness: fraction('talkativeness').describe(
          'From 0 (terse) to 1 (talks at length); longer answers use more of the clock.',
        ),
        patience: fraction('patience').describe(
          'From 0 (impatient) to 1 (very patient); how much off-track talk the contact tolerates.',
        ),
      })
      .strict()
      .describe('The professional the student contacts.'),
    assistant: z
      .object({
        name: text.describe('The assistant’s or receptionist’s name.'),
        role: text.describe('e.g. "receptionist" or "executive assistant".'),
      })
      .strict()
      .optional()
      .describe('Who answers the contact’s phone when the contact does not.'),
    lines: z
      .object({
        answerPhone: variants('How the contact answers the phone'),
        offerNow: variants('The contact offers to talk right now, after a good introduction'),
        scheduleLater: variants(
          'The contact agrees to talk but not now, and proposes a time (use {time} for the time)',
        ).optional(),
        declineJob: variants('The contact politely declines after being asked for a job'),
        askAboutYou: variants('The contact asks the student about themselves'),
        invitesQuestions: variants(
          'After hearing about the student, the contact invites their questions',
        ).optional(),
        notesOk: variants('The contact agrees when the student asks to take notes').optional(),
        asksForResume: variants(
          'Asked for feedback on the resume, the contact asks to see it',
        ).optional(),
        clarify: variants(
          'The contact asks what the student means, for a question they cannot place',
        ),
        timeSignal: variants('A busy contact signals that the agreed time is nearly up'),
        inviteMore: variants('The contact invites the student to keep going past the agreed time'),
        wrapUp: variants('The contact closes the conversation'),
        goodbye: variants('The contact says goodbye as the call ends'),
        voicemail: variants('The contact’s voicemail greeting').optional(),
        assistantGreeting: variants('The assistant answers the phone').optional(),
        assistantTakesMessage: variants(
          'The assistant offers to pass on a message when the student does not ask for a time',
        ).optional(),
        assistantSuggestsTime: variants(
          'The assistant suggests a time to call back (use {time} for the time)',
        ).optional(),
        assistantScreens: variants(
          'An assistant who screens calls asks who is calling and why (default: general wordings)',
        ).optional(),
        assistantPutsThrough: variants(
          'An assistant who screens calls puts a clear request through (use {name} for the contact; default: general wordings)',
        ).optional(),
        openingMention: variants('The contact mentions an opening without being asked').optional(),
        emailReplyAccept: variants(
          'The contact replies to a good email and proposes a time (use {time})',
        ).optional(),
        emailReplyGracefulExit: variants(
          'The contact replies asking for questions by email instead',
        ).optional(),
        emailReplyDecline: variants('The contact replies declining a job request').optional(),
        thankYouReply: variants(
          'The contact’s short reply to a thank-you that names something specific',
        ).optional(),
        updateReply: variants(
          'The contact’s warm reply to a later update on what the student did with the advice',
        ).optional(),
      })
      .strict()
      .describe('What the contact and their assistant say outside the question bank.'),
    questionBank: z
      .array(BankEntrySchema)
      .min(1, 'A question bank needs at least one topic.')
      .describe('The contact’s answers, by topic, with variants.'),
    publicFacts: z
      .array(
        z
          .object({
            fact: text.describe('Something the student could have read in the profile.'),
            keywords: z
              .array(phrase)
              .min(1)
              .describe(
                'Phrases that show a question asks this fact, e.g. "where do you work", "what firm".',
              ),
          })
          .strict(),
      )
      .default([])
      .describe('Questions answered by the public profile: asking them is unresearched_question.'),
    behaviour: z
      .object({
        calls: z
          .array(z.enum(['contact', 'voicemail', 'assistant']))
          .min(1)
          .describe(
            'Who a call reaches on each attempt during working hours: first, second, ...; the last entry repeats.',
          ),
        assistantSuggests: z
          .object({ weekday: z.enum(WEEKDAYS), time: clock })
          .strict()
          .optional()
          .describe('The time the assistant suggests when asked for a good time to call.'),
        schedulesLater: z
          .object({ weekday: z.enum(WEEKDAYS), time: clock })
          .strict()
          .optional()
          .describe(
            'The time the contact proposes when they cannot talk now or the student is not ready (default: the next working day at 10:00).',
          ),
        emailReply: z
          .object({
            afterWorkingDays: z.number().int().min(0).max(10),
            proposes: z.object({ weekday: z.enum(WEEKDAYS), time: clock }).strict(),
          })
          .strict()
          .optional()
          .describe('When a good email request gets a reply, and the time the reply proposes.'),
        offersToTalkNow: z
          .boolean()
          .describe('Whether the contact, reached by phone, offers to talk right away.'),
        timeSignalBeforeEnd: z
          .number()
          .min(0)
          .max(10)
          .describe('How many minutes before the agreed end a busy contact signals the time.'),
        inviteMoreAtRapport: fraction('inviteMoreAtRapport').describe(
          'The rapport (0 to 1) at or above which the contact invites the student to go on.',
        ),
        mentionsOpeningAtMinute: z
          .number()
          .min(0)
          .optional()
          .describe('If set, the contact mentions an opening unprompted at this minute.'),
        promiseToleranceMinutes: z
          .number()
          .int()
          .min(0)
          .max(480)
          .default(120)
          .describe('How far from a promised time a call still keeps the promise.'),
        selfShareMax: fraction('selfShareMax')
          .default(0.4)
          .describe('The highest share of the words spoken that may be the student’s.'),
        monologueMaxWords: z
          .number()
          .int()
          .min(20)
          .default(200)
          .describe('The longest self-focused turn allowed, in words.'),
        overrunGraceMinutes: z
          .number()
          .min(0)
          .default(2)
          .describe(
            'How far past the agreed length a new question still does not count as an overrun.',
          ),
        patienceSpentOn: z
          .array(z.enum(PATIENCE_TRIALS))
          .min(1, 'Name at least one thing that tries the contact’s patience.')
          .default(['self_talk'])
          .describe(
            'What tries the contact’s patience: talk about oneself unasked (self_talk, the default), small-talk questions the contact cannot place (small_talk), rude or text-speak remarks (rudeness). Tried once, the contact is tested; tried again, curt; curt, past the agreed length plus the grace, the next such turn or new question ends the call.',
          ),
        curtAfter: z
          .union([z.literal(1), z.literal(2)])
          .optional()
          .describe(
            'How many turns that try the contact’s patience make it curt: 1 or 2 (default: 1 for a contact whose patience is under 0.5, else 2).',
          ),
        assistantScreens: z
          .boolean()
          .default(false)
          .describe(
            'Whether the assistant screens calls: asks who is calling and why, puts a clear request through to the contact, and takes a job request or an unclear one as a message (default false: the assistant takes messages).',
          ),
        onJobRequest: z
          .enum(['decline', 'end_call'])
          .default('decline')
          .describe(
            'What the contact does when asked for a job: decline politely and talk on, cooled for good (decline), or decline and end the call (end_call).',
          ),
      })
      .strict()
      .describe('How the contact behaves across the phases.'),
    rubric: z
      .record(
        z.enum(PITFALL_IDS as [string, ...string[]]),
        z
          .object({
            severity: z.enum(SEVERITIES).optional(),
            weight: z.number().min(0).max(100).optional(),
          })
          .strict(),
      )
      .default({})
      .describe('Per-scenario overrides of a pitfall’s severity or the points it costs.'),
  })
  .strict()
  .describe(
    'A Rapport scenario: one professional, one brief, one arc of an informational interview.',
  );

/** A scenario file as written (before defaults are applied). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** A validated scenario, defaults applied. */
export type Scenario = z.output<typeof ScenarioSchema>;
export type BankEntry = z.output<typeof BankEntrySchema>;
export type LineKey = keyof Scenario['lines'];
