import type { CreditId, PitfallId } from '../../vocabulary.ts';
import { defineRules, registerRules } from '../rule.ts';

/**
 * The `turn` analyzer's rules: one thing the student says in the conversation. Each rule reports
 * the PITFALLS.md id it is named after (the job request has its own table, job-request.ts; the
 * open question and the topic are read by open-question.ts and topics). The definition's words are
 * in the comment above each rule.
 */
export type TurnRuleId = Extract<
  PitfallId | CreditId,
  | 'asks_notes_permission'
  | 'acknowledges_time'
  | 'offers_email_followup'
  | 'asks_referral'
  | 'thanks_contact'
  | 'resume_offered_unasked'
  | 'high_expectations'
  | 'hard_question'
  | 'unprofessional_remark'
>;

/** The moves that close a conversation: none of them is the student talking about themselves. */
export const CLOSING_MOVES = [
  'thanks_contact',
  'asks_referral',
  'acknowledges_time',
  'offers_email_followup',
] as const;

const NOTES = [
  '(take|taking|jot|jotting|write|writing|type|typing) .. notes',
  'notes',
  '(jot|write) .. down',
];

/** "I'm not expecting any job leads" expects nothing. */
const NOT_EXPECTING = ['#negation .. (expect|expecting|asking|looking|hoping|want|wanting)'];

/** Things a contact recommends that are not people to talk to. */
const NOT_PEOPLE =
  '(organization|organizations|organisation|organisations|association|associations|society|societies|group|groups|conference|conferences|book|books|website|websites|site|sites|podcast|podcasts|newsletter|newsletters|journal|journals|publication|publications|course|courses|program|programs|certificate|certificates|certification|certifications|class|classes|resource|resources|tool|tools|software|events|event|mistake|mistakes)';

const HIRING_PEOPLE =
  '(hiring|recruit*|hr|manager|managers|director|directors|partner|partners|boss|lead|decision|whoever|supervisor)';

export const TURN_RULES = registerRules(
  'turn',
  defineRules<TurnRuleId>([
    {
      name: 'asks_notes_permission.question',
      reports: 'asks_notes_permission',
      // asks_notes_permission: the student asks before taking notes (the pitfall: "takes notes
      // without asking first"). The student's own notes: "do you take a lot of notes?" asks nothing.
      match: NOTES,
      requires: ['#self'],
      question: true,
      examples: {
        match: ['Do you mind if I take notes?', 'is it ok if i jot a few things down?'],
        noMatch: ['Do you take a lot of notes in meetings?'],
      },
    },
    {
      name: 'asks_notes_permission.polite',
      reports: 'asks_notes_permission',
      // asks_notes_permission, asked as a statement: "I hope it's okay if I take notes."
      match: NOTES,
      requires: ['#self', '(mind|okay|ok|alright|fine|permission)'],
      examples: {
        match: ["I hope it's okay if I take a few notes."],
        noMatch: ['I took notes at your talk last spring.'],
      },
    },
    {
      name: 'acknowledges_time',
      reports: 'acknowledges_time',
      // acknowledges_time (settles no_time_check): the student acknowledges the time, from the
      // second half of the agreed length on (the session decides when; this reads the words).
      match: [
        'mindful of .. time',
        'respect .. your time',
        'conscious of .. time',
        'been talking for',
        "(we have|we've) been talking",
        'time is [almost|nearly] up',
        '(out of|short on|running out of) time',
        'take up .. your time',
        'take up .. more',
        '(keep|keeping) you',
        'over [our] time',
        'past the time',
        'at time',
        'our time',
        '(minutes|time) left',
        'time we have',
        'asked for .. minutes',
        'minutes i asked for',
        'minutes you (gave|offered|set)',
        'close to the .. (minutes|time|mark)',
        'agreed .. minutes',
        'minutes are up',
        'wrap [things] up',
        'let you go',
        "(we're|we are) (at|almost|nearly|close) .. (minute*|mark|time)",
        '(almost|nearly) at the',
        'minute mark',
        'respect .. minutes',
        'eat up',
        'time for one more',
        '(run|running|ran) over',
        'keep it to',
      ],
      examples: {
        match: [
          "I know we're almost at the twenty minutes, so one last thing.",
          "I don't want to keep you past the time you offered.",
        ],
        noMatch: ['What does your time look like in a typical week?'],
      },
    },
    {
      name: 'offers_email_followup',
      reports: 'offers_email_followup',
      // offers_email_followup: "an offer to send or ask the remaining questions by email. 'I'll
      // follow up by email' or a promised thank-you is not."
      match: [
        'send .. (by|over|via) (email|e-mail)',
        '(follow up|ask) .. (over|by|via|in an) (email|e-mail)',
        '(email|e-mail) you',
        'send you .. questions',
        'questions .. (by|over|via|in an) (email|e-mail)',
        '(email|e-mail) .. (questions|rest|remaining)',
        '(emailed|emailing) you .. questions',
        'send .. remaining',
      ],
      requires: [
        '(question|questions|rest|remaining|others|anything else|few more|list|follow-ups)',
      ],
      unless: ['(resume|cv|résumé|portfolio)', 'thank-you', 'thank you (note|email|card)'],
      scope: 'sentence',
      examples: {
        match: [
          'Could I email you the rest of my questions?',
          'I can send my remaining questions by email if that is easier.',
        ],
        noMatch: [
          "I'll follow up by email.",
          'I will send you a thank-you email tonight.',
          'Could I email you my resume?',
        ],
      },
    },
    {
      name: 'asks_referral.question',
      reports: 'asks_referral',
      // asks_referral (settles no_referral_ask): the student asks who else to talk to.
      match: [
        '(who|anyone|anybody|someone|somebody) else ... (#self|talk|speak|contact|meet|recommend|suggest|reach|chat|connect|think|know|ask|could|would|should|might)',
        'other people .. (talk|speak|contact)',
        'others .. (talk|speak|contact)',
        'colleague* .. (talk|speak|contact|good|ask)',
        '(recommend|suggest) .. (talk|speak|contact|reach)',
        'should #self (talk|speak) to',
        'point me (toward|towards|to) (someone|somebody|anyone|anybody|people|a person|colleagues|others|other|a few people|who)',
        '(people|someone|anyone|colleagues) ... point me (toward|towards|to)',
        'know (any|anyone) ... (who|that|might)',
        '(other|more) (people|folks|colleagues|professionals|planners|engineers|designers|nurses) ... (learn from|talk|speak|chat|contact|meet|ask)',
        'people .. #self could (talk|speak|reach|contact|meet|ask|learn|call|email|write|chat)',
        'who would you talk',
        'suggest .. (people|someone|anyone)',
        'reach out to',
        'talk to next',
        '(introduce|introducing) me to someone',
      ],
      question: true,
      unless: [`${HIRING_PEOPLE}`],
      // what is recommended is a thing, not a person: "which organizations would you recommend"
      unlessNear: [NOT_PEOPLE],
      examples: {
        match: [
          'Who else would you suggest I talk to?',
          'Is there anyone else I should reach out to?',
        ],
        noMatch: [
          'Could you introduce me to your hiring manager?',
          "what's the part of the job you'd happily hand off to someone else?",
          'Could you point me to a few books that shaped how you think?',
          'Which professional organizations would you recommend for someone interested in hospital operations?',
          "What's one mistake you see young PR people make that I could avoid?",
        ],
      },
    },
    {
      name: 'asks_referral.request',
      reports: 'asks_referral',
      // asks_referral, asked without a question mark: "I'd love the names of anyone else…".
      match: [
        '(who|anyone|anybody|someone|somebody) else',
        '(recommend|suggest) .. (talk|speak|contact|reach|people|someone|anyone)',
        'point me (toward|towards|to) (someone|somebody|anyone|anybody|people|a person|colleagues|others|other|a few people|who)',
        'other people .. (talk|speak|contact)',
      ],
      requires: [
        '(tell me|wondering|wonder|recommend|suggest|point me|please|let me know|share|names|love|curious)',
      ],
      unless: [`${HIRING_PEOPLE}`],
      unlessNear: [NOT_PEOPLE],
      examples: {
        match: ["I was wondering who else you'd recommend I talk to."],
        noMatch: ['Someone else told me the same thing.'],
      },
    },
    {
      name: 'thanks_contact',
      reports: 'thanks_contact',
      // thanks_contact (settles no_thanks_in_meeting): the student thanks the contact. Not "thanks
      // to your panel", "please thank Mike", a thank-you note promised, or "I'd appreciate any advice".
      match: ['(thank [you]|thanks|thankyou|thx|ty|appreciate|appreciated|grateful)'],
      unless: [
        '(thanks|thank) to',
        'please thank',
        '(appreciate|appreciated) (any|it if|if)',
        '#self would appreciate',
        "i'd appreciate",
      ],
      examples: {
        match: ['Thank you so much, this was really helpful.', 'I really appreciate your time.'],
        noMatch: [
          'Thanks to your panel I changed my major.',
          'Please thank Mike for me.',
          "I'd appreciate any advice on portfolios.",
          'I will send you a thank-you email tonight.',
        ],
      },
    },
    {
      name: 'resume_offered_unasked',
      reports: 'resume_offered_unasked',
      // resume_offered_unasked: "the student offers or hands over the resume without being asked".
      match: [
        "(here is|here's|is) my (resume|cv)",
        'brought .. (resume|cv)',
        '(give|hand|send|leave|attach|show|email) you .. (resume|cv)',
        'would you like .. (resume|cv)',
        'copy of my (resume|cv)',
        'look (at|over) my (resume|cv)',
        '(send|sent) along my (resume|cv)',
        'pass my (resume|cv)',
        'want me to send',
      ],
      unless: ['#negation .. (bring|brought|send|give|hand)'],
      examples: {
        match: [
          'I brought a copy of my resume if you want it.',
          'Can I send you my CV after this?',
        ],
        noMatch: ['What should a resume for this field lead with?'],
      },
    },
    {
      name: 'high_expectations.mentorship',
      reports: 'high_expectations',
      // high_expectations: "the student expects the contact to deliver an outcome: mentorship…".
      match: [
        '(be|become|being) [like] my mentor',
        '(mentor|coach|supervise|supervising) me',
        'take me under',
        'in my corner',
        'mentorship',
        'check in on me',
      ],
      unless: NOT_EXPECTING,
      examples: {
        match: [
          'would you be willing to be, like, my mentor?',
          'Could you mentor me while I apply to programs?',
        ],
        noMatch: ['My mentor at school said to ask you about that.'],
      },
    },
    {
      name: 'high_expectations.job_leads',
      reports: 'high_expectations',
      // high_expectations: "…a job lead".
      match: [
        'send .. (them|it|jobs|openings|anything|those|opportunities|leads|postings|listings|roles) .. my way',
        '(send|forward|pass) (them|any|those|openings|jobs|postings|it) .. (to me|my way)',
        '(let me know|tell me|keep me posted|keep me in the loop) ... (hear|see|come across) (of|about)',
        '(keep|keeping|kept) an eye out',
        'job lead*',
        'any leads',
        '(find|get) me (a|an|some) .. (job|position|internship|role|placement)',
        'help me (get|find|land) (a|an|some) .. (job|position|internship|role|placement)',
        'guarantee',
      ],
      scope: 'sentence',
      unless: NOT_EXPECTING,
      examples: {
        match: [
          'If you hear of some junior UX openings anywhere, can you send them to me?',
          'would you mind keeping an eye out for HR internships at other companies and sending them my way?',
        ],
        noMatch: ["I'm not expecting any job leads, just advice."],
      },
    },
    {
      name: 'high_expectations.introduction',
      reports: 'high_expectations',
      // high_expectations: "…an introduction to a hiring manager".
      match: [
        `(introduce|introducing) me (to|with) ... ${HIRING_PEOPLE}`,
        `(put|get|getting) me in touch with ... ${HIRING_PEOPLE}`,
        `(connect|connecting) me (with|to) ... ${HIRING_PEOPLE}`,
        "(introduce|connect) me .. (someone|person|people) .. (who's|who is|that's) hiring",
      ],
      unless: NOT_EXPECTING,
      examples: {
        match: [
          'Could you introduce me with the hiring manager in your department?',
          "I was kind of hoping you could connect me with someone at a county department who's hiring.",
        ],
        noMatch: [
          'Would you maybe introduce me to a colleague who does UX research on health apps?',
        ],
      },
    },
    {
      name: 'high_expectations.vouching',
      reports: 'high_expectations',
      // "refer me for the position is job_request, and may also be high_expectations" (edge rule):
      // the contact asked to vouch for the student or arrange the hiring.
      match: [
        '(refer|referring|recommend|recommending|nominate) me (to|for|as)',
        'put in (a|one) .. word',
        '(good|kind) word for me',
        '(vouch|vouching) for me',
        '(be|as|being) my reference',
        '(a|as) reference for me',
        'recommendation for me',
        '(flag|flagging) (my|mine)',
        'listed you as',
        '(arrange|arranging|set up|setting up|get me|getting me|schedule) .. interview',
        `(ask|asking) (your|ur) .. ${HIRING_PEOPLE} .. (if|whether) .. (need|needs)`,
        '(put|putting) (me|my name) forward',
        `(give|pass|send|forward|show) (the|my|this) .. (link|portfolio|cv|resume|application|work) .. to (your|the) .. (director|manager|partner|boss|lead)`,
      ],
      unless: [...NOT_EXPECTING, 'informational'],
      examples: {
        match: [
          'Please, could you recommend me to your manager for the logistics coordinator position?',
          'Would you be able arranging a job interview for me with your manager?',
          'Could you give my CV to the partner who is doing the hiring of trainees?',
        ],
        noMatch: ['Could you recommend some books on supply chain?'],
      },
    },
    {
      name: 'hard_question',
      reports: 'hard_question',
      // hard_question: "a question the contact cannot easily answer, such as one about the
      // student's own future ('will I be successful?')".
      match: [
        'will #self (be|make|get|succeed|regret|fit|ever)',
        "do you think (i'll|i'd|i'm)",
        'do you think #self (will|would|can|could|am|have) .. (good|make|get|succeed|regret|fit|cut|right|be|land|stand)',
        'would #self (be|make|succeed|fit)',
        '(could|can) #self (succeed|make it)',
        'am #self (too|good|cut|suited|right|qualified|smart|ready)',
        'my chances',
        'right for me',
        'is .. for me',
        'will it take me',
        'should #self become',
        'what are the odds',
        'someone like me (could|would|can)',
      ],
      question: true,
      // "someone you think is good for me to talk with" asks whom to talk to, not about the future
      unless: ['am #self hired', 'for me to (talk|speak|chat|meet|contact|ask|reach)'],
      examples: {
        match: [
          'Do you think I will be successful in this field?',
          'What are my chances of getting in?',
        ],
        noMatch: [
          'Will the field grow over the next ten years?',
          'Who is another person you think is good for me to talk with about agency work?',
        ],
      },
    },
    {
      name: 'unprofessional_remark.text_speak',
      reports: 'unprofessional_remark',
      // unprofessional_remark: "uses text-speak or slang (u, thx, gonna, tbh, lol)".
      match: ['#textspeak', 'hit (me|you|them|him|her|someone) up', 'hit up'],
      examples: {
        match: [
          'thx, that helps a lot',
          'so what r the hours like',
          'tbh that was my worry',
          "I'm gonna ask a basic one",
        ],
        noMatch: [
          'Yeah, that makes sense.',
          'How did the U.S. market change?',
          'Is plan B or plan C better?',
        ],
      },
    },
    {
      name: 'unprofessional_remark.dismissive',
      reports: 'unprofessional_remark',
      // unprofessional_remark: "the student is rude or dismissive ('tbh this sounds kind of boring')".
      match: [
        "(sounds|seems|that's|thats|that is|this is|it's|it is) [kind of|kinda|pretty|so|really|super|a bit|honestly|just|like] (boring|lame|dull|pointless|tedious|useless|stupid|dumb|awful|terrible|miserable|depressing|easy|basic)",
        "#self (don't|dont|do not) (care|really care)",
        'no offense',
        'who cares',
        '(waste|wasting) [of] [my] time',
        'next question [please]',
        '(hurry|speed) [this] up',
        'get to the point',
        "(i'm|im|i am) bored",
        'not a real (job|career|field|profession)',
        '(anyone|anybody) (could|can) do',
      ],
      unless: ['(is|does|do|would|did) (it|that|this|the) .. (sound|seem|get|feel)'],
      examples: {
        match: [
          'honestly that sounds kinda boring, no offense, so what do you actually like about it',
          "This paperwork part I don't care honestly, next question please.",
        ],
        noMatch: [
          'Which part of the job is the most tedious?',
          'Does the paperwork ever get boring?',
        ],
      },
    },
  ]),
);
