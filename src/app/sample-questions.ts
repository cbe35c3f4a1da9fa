/**
 * Sample questions for the preparation bank, paraphrased from the career guides' sample lists
 * (docs/pitfalls.md names the guides), one or two per topic. Students pick from these and write their own.
 */
export const SAMPLE_QUESTIONS: readonly string[] = [
  'What does a typical day or week look like in your work?',
  'Which skills matter most for doing this work well?',
  'What education or training would you recommend for this path?',
  'How did you get from where you started to where you are now?',
  'What do you enjoy most about your work, and what is hardest about it?',
  'Where do you see the field heading over the next few years?',
  'What is the culture like where you work?',
  'Which professional associations or publications help you stay current?',
  'Which job titles and keywords should I look for in entry-level postings?',
  'In general, what range do starting salaries fall in for this kind of role?',
  'Are some regions better than others for this kind of work?',
  'If you were starting out again today, what would you do to be ready?',
  'What advice would you give someone in my position?',
  'Which parts of my experience should my resume highlight for this field?',
  'Who else would you suggest I talk to?',
];
