/**
 * The shared vocabulary of PITFALLS.md (v1): pitfall and credit ids, their phase, severity and a
 * line of guidance paraphrased from the career guides (see docs/pitfalls.md). These ids are a public
 * contract (reports, replays, the `analyze` command, CSV, SCORM, scenario overrides): add ids
 * freely, never rename one.
 */

export const PHASES = ['request', 'persistence', 'prepare', 'interview', 'follow_up'] as const;
export type Phase = (typeof PHASES)[number];

export const SEVERITIES = ['critical', 'major', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface PitfallDefinition {
  phase: Phase;
  severity: Severity;
  /** One line of advice, paraphrased from the guides; the seed files it draws on. */
  guidance: string;
  guides: readonly string[];
}

export const PITFALLS = {
  job_request: {
    phase: 'request',
    severity: 'critical',
    guidance:
      'An informational interview is for information and advice, never a job: leave openings, internships and hiring out of it, and say plainly that you are not asking for a job.',
    guides: ['000', '002', '003', '004'],
  },
  vague_subject: {
    phase: 'request',
    severity: 'major',
    guidance:
      'Give the email a subject that names your link, your referrer or the field, so the reader knows at a glance why it concerns them.',
    guides: ['002'],
  },
  informal_tone: {
    phase: 'request',
    severity: 'major',
    guidance:
      'Write as you would to a professional you respect: a proper greeting and sign-off, full words, no text-speak or emoji.',
    guides: ['002'],
  },
  no_self_introduction: {
    phase: 'request',
    severity: 'major',
    guidance:
      'Say who you are early: your full name and your school, program or background, in a sentence or two.',
    guides: ['000', '002', '004'],
  },
  vague_purpose: {
    phase: 'request',
    severity: 'major',
    guidance:
      'Be specific about what you are after: information and advice about a named field, role or career path.',
    guides: ['002', '003'],
  },
  no_next_step: {
    phase: 'request',
    severity: 'major',
    guidance:
      'Take the next step yourself: say when you will call or write again (for example within the week) instead of waiting for them to act.',
    guides: ['002', '000'],
  },
  no_time_limit: {
    phase: 'request',
    severity: 'minor',
    guidance:
      'Ask for a short, definite amount of time up front, around 20 to 30 minutes; many people say yes to so small a request.',
    guides: ['001', '003', '004'],
  },
  referral_not_early: {
    phase: 'request',
    severity: 'minor',
    guidance:
      'When someone referred you, name them in your first sentence or two: it is the reason the contact will listen.',
    guides: ['000', '004'],
  },
  no_connection: {
    phase: 'request',
    severity: 'minor',
    guidance:
      'Point to something real you share with the contact, such as a school, a major, or a talk you heard them give.',
    guides: ['000'],
  },
  resume_sent_early: {
    phase: 'request',
    severity: 'major',
    guidance: 'Do not send your resume before the meeting; bring a copy in case they ask for it.',
    guides: ['000'],
  },
  too_long: {
    phase: 'request',
    severity: 'minor',
    guidance:
      'Keep the request succinct: a short email, or an introduction of about thirty seconds on the phone.',
    guides: ['002', '004'],
  },
  gave_up_early: {
    phase: 'persistence',
    severity: 'major',
    guidance:
      'Busy people miss calls; politely try again, up to three attempts, before you move on.',
    guides: ['002'],
  },
  too_persistent: {
    phase: 'persistence',
    severity: 'major',
    guidance:
      'Persistence is not stalking: space your calls out, no more than one unanswered attempt a working day and about three in all.',
    guides: ['002'],
  },
  incomplete_message: {
    phase: 'persistence',
    severity: 'major',
    guidance:
      'A message should give your name, your phone number and email, and when you will try again.',
    guides: ['002', '004'],
  },
  broken_promise: {
    phase: 'persistence',
    severity: 'major',
    guidance:
      'If you say you will call at a certain time, call then: follow up as your message said.',
    guides: ['002'],
  },
  no_help_sought: {
    phase: 'persistence',
    severity: 'minor',
    guidance:
      'On a final attempt, ask the receptionist or assistant for a good time to call, or for the best way to proceed.',
    guides: ['002'],
  },
  inflexible: {
    phase: 'persistence',
    severity: 'minor',
    guidance:
      'Be ready to ask your questions when you call: the contact may want to talk right away.',
    guides: ['000', '003'],
  },
  overran_clock: {
    phase: 'interview',
    severity: 'critical',
    guidance:
      'Keep to the time you asked for; go longer only when the contact offers, not because you keep asking.',
    guides: ['001', '003', '004'],
  },
  talked_about_self: {
    phase: 'interview',
    severity: 'critical',
    guidance:
      'The conversation is for hearing about their work: keep your own story short and let them do most of the talking.',
    guides: ['002'],
  },
  no_time_check: {
    phase: 'interview',
    severity: 'major',
    guidance:
      'Watch the clock: when the agreed time is up, say so and offer to send any remaining questions by email.',
    guides: ['001'],
  },
  unresearched_question: {
    phase: 'interview',
    severity: 'major',
    guidance:
      'Research the contact and the organization first; do not spend their time on what you could have read.',
    guides: ['000', '002', '004'],
  },
  hard_question: {
    phase: 'interview',
    severity: 'minor',
    guidance:
      'Ask what the contact can easily answer: instead of whether you will succeed, ask what it takes to succeed in the field.',
    guides: ['000'],
  },
  high_expectations: {
    phase: 'interview',
    severity: 'major',
    guidance:
      'Expect information and advice, not an outcome: do not ask the contact to mentor you, place you or find you a lead.',
    guides: ['002'],
  },
  resume_offered_unasked: {
    phase: 'interview',
    severity: 'minor',
    guidance: 'Keep your resume with you, and hand it over only if the contact asks for it.',
    guides: ['003', '000'],
  },
  no_referral_ask: {
    phase: 'interview',
    severity: 'major',
    guidance:
      'Make your last question who else you could talk to; referrals are how the network grows.',
    guides: ['001', '002'],
  },
  unprioritized_questions: {
    phase: 'prepare',
    severity: 'minor',
    guidance:
      'Put your questions in order of importance and ask the most important first, so the clock does not run out on them.',
    guides: ['001'],
  },
  no_notes_permission: {
    phase: 'interview',
    severity: 'minor',
    guidance: 'Ask whether you may take notes before you start writing.',
    guides: ['004'],
  },
  no_thanks_in_meeting: {
    phase: 'interview',
    severity: 'minor',
    guidance: 'Close the conversation by thanking them for their time.',
    guides: ['002', '003'],
  },
  unprofessional_remark: {
    phase: 'interview',
    severity: 'minor',
    guidance:
      'Speak as you would at work: no text-speak or slang, and nothing that belittles the contact or their work, even as a joke.',
    guides: ['002', '003'],
  },
  no_thank_you: {
    phase: 'follow_up',
    severity: 'major',
    guidance:
      'Send a short thank-you soon after the conversation: within a day is best, within a week at the latest.',
    guides: ['000', '001', '002'],
  },
  late_thank_you: {
    phase: 'follow_up',
    severity: 'minor',
    guidance: 'A thank-you within 24 hours makes the strongest impression; a week is the limit.',
    guides: ['002'],
  },
  generic_thank_you: {
    phase: 'follow_up',
    severity: 'major',
    guidance:
      'Name something specific you learned, and what you have done or will do with their advice.',
    guides: ['000', '002', '004'],
  },
  wrong_medium: {
    phase: 'follow_up',
    severity: 'minor',
    guidance:
      'For a contact who is rarely at their desk, email the thank-you; a handwritten note may sit unread.',
    guides: ['001'],
  },
} as const satisfies Record<string, PitfallDefinition>;

export type PitfallId = keyof typeof PITFALLS;
export const PITFALL_IDS = Object.keys(PITFALLS) as PitfallId[];

export const CREDIT_IDS = [
  'states_information_not_job',
  'names_referrer_early',
  'uses_connection',
  'states_time_limit',
  'proactive_next_step',
  'specific_subject',
  'formal_greeting',
  'formal_signoff',
  'graceful_exit',
  'asks_notes_permission',
  'acknowledges_time',
  'offers_email_followup',
  'asks_referral',
  'open_question',
  'mentions_specific_learning',
  'reports_action_taken',
  'kept_promise',
  'thanks_contact',
  'stays_in_touch',
] as const;
export type CreditId = (typeof CREDIT_IDS)[number];

/** Why each credited habit matters: one line, paraphrased from the guides, for the debrief. */
export const CREDIT_REASONS: Record<CreditId, string> = {
  states_information_not_job:
    'Saying plainly that you want information, not a job, puts the contact at ease.',
  names_referrer_early: 'Naming who sent you in the first lines is the quickest way to a hearing.',
  uses_connection: 'A shared school, major or event gives the contact a reason to help you.',
  states_time_limit: 'Asking for a short, named amount of time makes it easy to say yes.',
  proactive_next_step: 'Saying when you will follow up keeps the next step in your hands.',
  specific_subject: 'A subject that names your link or the field gets the email opened.',
  formal_greeting: 'A proper greeting sets a professional tone from the first line.',
  formal_signoff: 'A courteous sign-off with your name closes like a professional.',
  graceful_exit: 'Offering an easy way to decline, or another way to help, respects a busy person.',
  asks_notes_permission: 'Asking before you take notes is a small courtesy that contacts notice.',
  acknowledges_time: 'Minding the clock shows you respect the time you were given.',
  offers_email_followup:
    'Offering to send the rest of your questions by email lets you finish on time.',
  asks_referral: 'Asking who else to talk to is how one conversation leads to the next.',
  open_question: 'Open questions invite stories and advice rather than a yes or a no.',
  mentions_specific_learning:
    'Naming something you learned shows you listened and makes the thank-you memorable.',
  reports_action_taken: 'Telling the contact what you did with the advice is the best thanks.',
  kept_promise: 'Calling or writing when you said you would builds trust.',
  thanks_contact: 'Thanking the contact before you part leaves a good last impression.',
  stays_in_touch: 'A later update on how the advice worked out keeps the relationship alive.',
};

/**
 * Each credit's name in words, as the debrief, the draft feedback and the replay show it (the ids
 * above are a contract, not copy). Lower case like the pitfalls' names, which are their ids in
 * words ("job request").
 */
export const CREDIT_NAMES: Record<CreditId, string> = {
  states_information_not_job: 'said it is information, not a job',
  names_referrer_early: 'named the referrer early',
  uses_connection: 'used a shared connection',
  states_time_limit: 'asked for a short, definite time',
  proactive_next_step: 'named your own next step',
  specific_subject: 'a specific subject line',
  formal_greeting: 'a proper greeting',
  formal_signoff: 'a courteous sign-off',
  graceful_exit: 'offered an easy way to say no',
  asks_notes_permission: 'asked before taking notes',
  acknowledges_time: 'minded the clock',
  offers_email_followup: 'offered to email the rest',
  asks_referral: 'asked who else to talk to',
  open_question: 'an open question',
  mentions_specific_learning: 'named something specific you learned',
  reports_action_taken: 'said what you did with the advice',
  kept_promise: 'kept a promise',
  thanks_contact: 'thanked the contact',
  stays_in_touch: 'stayed in touch',
};

/** A pitfall's or a credit's name in words: a credit's from CREDIT_NAMES, a pitfall's its id in words. */
export function findingName(id: PitfallId | CreditId): string {
  return (CREDIT_NAMES as Record<string, string>)[id] ?? id.replace(/_/g, ' ');
}

/** Points a pitfall of each severity costs, unless a scenario's rubric overrides it (docs/formats.md). */
export const DEFAULT_WEIGHTS: Record<Severity, number> = { critical: 30, major: 12, minor: 5 };
