import type { CreditId, PitfallId } from '../../vocabulary.ts';
import { defineRules, registerRules } from '../rule.ts';

/**
 * The `request` analyzer's phrase rules (an outreach email, letter or phone introduction). The
 * job request is in job-request.ts; the letter's form (letter-form.ts), the subject (subject.ts),
 * the time ask (time-ask.ts), the next step (next-step.ts) and the referrer are structural
 * detectors in files of their own.
 */
export type RequestRuleId = Extract<
  PitfallId | CreditId,
  'resume_sent_early' | 'graceful_exit' | 'uses_connection' | 'states_time_limit'
>;

const RESUME = '(resume|cv|résumé|portfolio)';

export const REQUEST_RULES = registerRules(
  'request',
  defineRules<RequestRuleId>([
    {
      name: 'resume_sent_early',
      reports: 'resume_sent_early',
      // resume_sent_early: "a resume is attached or sent before the meeting".
      match: [
        `(attached|attaching|enclosed|enclosing|included|including) .. ${RESUME}`,
        `${RESUME} .. (attached|enclosed|included|below)`,
        `(here is|here's|is) .. my ${RESUME}`,
        `(find|sending|sent|emailed|pasted) .. my ${RESUME}`,
        `pasted .. ${RESUME}`,
      ],
      unless: [
        '#negation .. (attach|attached|attaching|send|sending|included)',
        '(bring|brought) .. to',
      ],
      scope: 'sentence',
      examples: {
        match: ['I have attached my resume for your reference.', 'Please find my CV attached.'],
        noMatch: [
          'I have not attached my resume, as I am only seeking advice.',
          'I would be happy to bring a copy of my resume to our conversation.',
        ],
      },
    },
    {
      name: 'graceful_exit',
      reports: 'graceful_exit',
      // graceful_exit: "offers the contact an easy way to decline or an alternative" (not merely
      // another time).
      match: [
        '(understand|understandable) if',
        '(no worries|no problem|no pressure) [at all] (if|either way)',
        'no problem at all',
        "if (you are|you're) (too|not able|unable|swamped|busy|slammed|short on time)",
        "if (a|the) (call|conversation|meeting|chat) (is|isn't|is not) (hard|difficult|not)",
        "if (you would|you'd) (prefer|rather)",
        "if (it is|it's) (easier|simpler|not possible|too much)",
        'if not possible',
        'alternatively',
        '(by|over|via) email instead',
        'send .. questions',
        'questions (by|over|via) (email|e-mail)',
        '(reply|answer|lines|note) .. (by|over|via|in an) (email|e-mail)',
        'short reply',
        'even a (couple|few|short|quick) ..',
        '(someone|somebody|anyone) else .. (who|to)',
        '(colleague|colleagues) .. (who|might|could|instead)',
        '(suggest|recommend|point me to) (a|another) (colleague|person|someone)',
        '(perfectly|totally|completely|entirely|quite|fully) (fine|understand|okay)',
        '#self would (entirely|quite|fully|completely|of course) understand',
        "should (your|the) .. (not|n't) (permit|allow)",
        'completely understand',
      ],
      examples: {
        match: [
          'If it is not possible, no problem at all, maybe you could suggest a colleague to speak to instead.',
          "If you're swamped, even a couple of lines by email would help.",
          'I completely understand if your schedule does not allow it.',
        ],
        noMatch: ['Would Tuesday or Wednesday work better for you?'],
      },
    },
    {
      name: 'uses_connection',
      reports: 'uses_connection',
      // uses_connection: the request uses "a substantive link (same school, same major, an event
      // where the contact spoke)". The scenario's own link keywords are matched too.
      match: [
        'fellow',
        '(also|both) (a|an) .. (graduate|alum*|student|member)',
        '(graduate|alum*) as well',
        "(you're|you are) (a|an) .. (graduate|alum*)",
        'where you also',
        'your alma mater',
        '(heard|saw|watched) (you|u) (speak|talk|present)',
        '(your|ur) (talk|panel|presentation|lecture|session|article|keynote|webinar|podcast)',
        'also .. (studied|graduated|attended)',
        'same .. (school|university|college|major|program|hometown|town|club|lab)',
        'both .. (from|at)',
      ],
      examples: {
        match: [
          'As a fellow Wolverine, I hoped you might share some advice.',
          'I heard you speak on the housing panel.',
        ],
        noMatch: ['I am a student at Cornell.'],
      },
    },
    {
      name: 'states_time_limit.words',
      reports: 'states_time_limit',
      // states_time_limit: a short time ask in words; edge rule: "'20-30 minutes', 'half an hour',
      // 'twenty minutes', 'a quick 15'" count; "'a brief time', 'a short meeting'" name none. Lengths
      // in digits or number words are read by time-ask.ts.
      match: [
        'half (an|a) hour',
        'half-hour',
        'half hour',
        'quick (5|10|15|20|25|30|five|ten|fifteen|twenty|thirty)',
        'a quarter of an hour',
      ],
      examples: {
        match: ['Could I have half an hour of your time?', 'Do you have a quick 15 this week?'],
        noMatch: ['Could we meet for a brief time?'],
      },
    },
  ]),
);
