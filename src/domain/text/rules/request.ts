import type { CreditId, PitfallId } from '../../vocabulary.ts';
import { defineRules, patternsReporting, registerRules } from '../rule.ts';

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

/**
 * The parts a request's structural checks look for (`no_self_introduction`: "the request does not
 * say who the student is (name plus school/program or background)"; `vague_purpose`: "does not say
 * what the student is seeking (information/advice about a named field, role or path)"). These
 * report no id themselves: the analyzer decides with them, a name and a capitalised word after it,
 * a seeking word and the field it names.
 */
export type RequestPart = 'says_name' | 'background' | 'seeking' | 'names_field';

export const REQUEST_PARTS = registerRules(
  'request-parts',
  defineRules<RequestPart>([
    {
      name: 'says_name',
      reports: 'says_name',
      // no_self_introduction: "name plus school/program or background" (the name).
      match: ['my name is', 'this is', 'i am', "i'm", 'im', 'it is', "it's", 'its'],
      examples: {
        match: ['My name is Emma Nguyen.', "Hi, it's Jordan from Hamilton."],
        noMatch: ['Ian Moreau suggested I write.'],
      },
    },
    {
      name: 'background',
      reports: 'background',
      // no_self_introduction: "name plus school/program or background" (the school or background).
      match: [
        'student',
        'students',
        'studying',
        'study',
        'major*',
        'minor*',
        'graduate',
        'graduating',
        'graduated',
        'undergrad*',
        'freshman',
        'sophomore',
        'junior',
        'senior',
        'first-year|second-year|third-year|fourth-year|final-year',
        'year',
        'university',
        'college',
        'program*',
        'degree',
        'phd',
        'ph d',
        'alum*',
        'class of',
        'i work|worked as|at|in',
        'background in',
        'career changer',
        'school',
        'classmate*',
        'seminar',
        'class',
        'classes',
        'course',
        'department',
      ],
      examples: {
        match: [
          "a third-year psychology student at Queen's",
          'I worked as a paralegal for two years.',
        ],
        noMatch: ['Could we talk on Thursday?'],
      },
    },
    {
      name: 'seeking',
      reports: 'seeking',
      // vague_purpose: "what the student is seeking (information/advice about a named field, role
      // or path)" (the seeking; the field must follow it).
      match: [
        'learn',
        'learning',
        'information',
        'info',
        'advice',
        'insight*',
        'perspective*',
        'hear about',
        'hear more',
        'ask .. about',
        'questions about',
        'explore',
        'exploring',
        'interested in',
        'interest in',
        'curious about',
        'understand',
        'considering',
        'thinking about',
        'looking into',
        'find out',
        'know more',
        'guidance',
        'talk|chat|speak .. about',
        'talk|chat|discuss',
        'got|get|getting|break|move|moved into',
        'careers|career|work|working|job|role in|into',
        'pursue|pursuing|pursuit',
        'ask .. (about|how|what|why|which)',
        'hear',
        'know about',
        '(want|wanted|like|love) to know',
        'figure out',
        '(looking|look) at',
        'drawn to',
        'discuss',
      ],
      examples: {
        match: [
          'I would value your advice about careers in consulting.',
          'I want to learn how planning works.',
        ],
        noMatch: ['Could we meet on Thursday at 10?'],
      },
    },
    {
      name: 'names_field',
      reports: 'names_field',
      // vague_purpose: the field named as a career ("PR as a career").
      match: ['as a career', 'as a profession'],
      examples: {
        match: ["I'm looking at PR as a career."],
        noMatch: ['I would love your advice.'],
      },
    },
  ]),
);

/** The parts' phrases, for the analyzer's structural checks that read them directly. */
export const REQUEST_PART_PATTERNS = {
  says_name: patternsReporting(REQUEST_PARTS, 'says_name'),
  background: patternsReporting(REQUEST_PARTS, 'background'),
  seeking: patternsReporting(REQUEST_PARTS, 'seeking'),
  names_field: patternsReporting(REQUEST_PARTS, 'names_field'),
};
