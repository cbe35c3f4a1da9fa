import { defineRules, registerRules } from '../rule.ts';

/**
 * The `message` analyzer's rules: the parts a voicemail or a message left with an assistant must
 * hold (PITFALLS.md `incomplete_message`: "lacks the student's name, phone number, email, or when
 * they will try again"; edge rule: complete "only with all four: name, phone number, email, and a
 * day (or day and time) when the student will try again, or, left with an assistant, a question
 * about when to call back"). When the student will try again is read by next-step.ts. These rules
 * report the parts, not PITFALLS ids; the analyzer turns a missing part into the pitfall.
 */
export type MessagePart = 'gives_phone' | 'gives_email' | 'asks_when_to_call' | 'says_name';

export const MESSAGE_RULES = registerRules(
  'message',
  defineRules<MessagePart>([
    {
      name: 'gives_phone',
      reports: 'gives_phone',
      // "phone number": written or said digit by digit.
      match: ['#phone'],
      scope: 'text',
      examples: {
        match: [
          'My number is (607) 555-1212.',
          'you can reach me at six oh seven, five five five, one two one two',
          'My cell is 425.555.0148, thanks.',
        ],
        noMatch: [
          'I have one or two questions about the field.',
          'Call me back any time from one to four.',
        ],
      },
    },
    {
      name: 'gives_email',
      reports: 'gives_email',
      // "email": written, or spelled out aloud.
      match: ['#email'],
      scope: 'text',
      examples: {
        match: ['My email is kj247@cornell.edu.', "It's fatima dot benali at umontreal dot ca."],
        noMatch: ['I will email you at the end of the week.', 'We met at the panel.'],
      },
    },
    {
      name: 'asks_when_to_call',
      reports: 'asks_when_to_call',
      // "a question about when to call back" (and no_help_sought: "when to call or how best to
      // proceed").
      match: [
        '(good|better|best|convenient|right) time',
        'best way',
        'when .. (call|reach|catch|available|free|in|around|back)',
        'when (would|is|will|should|might)',
        'schedule',
        'set up a time',
        'arrange',
        'appointment',
        'any (suggestions|advice) on (when|how)',
      ],
      examples: {
        match: [
          'Could you tell me when is a better time to catch her?',
          'When would be a good time to call back?',
          'What is the best way to reach him?',
        ],
        noMatch: ['Please tell her Kira called.'],
      },
    },
    {
      name: 'says_name',
      reports: 'says_name',
      // "the student's name" (the analyzer also looks for the name itself when it knows it).
      match: [
        "(my name is|this is|it is|it's|i am|i'm|im) !(#self|a|an|the|calling|just|really|so|very|from|with|at)",
      ],
      examples: {
        match: ['Hi, this is Kira Jones calling.', "Hello, it's Diego Herrera."],
        noMatch: ['Hello, I am calling about my email.'],
      },
    },
  ]),
);
