import { defineRules, patternsReporting, registerRules } from '../rule.ts';

/**
 * The `thank_you` analyzer's phrase rules. PITFALLS.md `generic_thank_you`: "the thank-you names
 * nothing specific the student learned or did with the advice"; credits `mentions_specific_learning`
 * and `reports_action_taken` ("for something already done on the contact's advice; a plan is not an
 * action taken"). These rules find the places a note points at: a cue that something learned
 * follows, a reaction to what the contact said, a plan (what follows is not yet done), a thing said
 * to be done. Whether what follows names enough to be specific, and actions told with the student
 * as the subject, are read by thank-you.ts and actions-taken.ts. The job request is in
 * job-request.ts; the letter's form in letter-form.ts.
 */
export type NotePart = 'learning_cue' | 'reaction' | 'plan' | 'done_thing';

export const THANK_YOU_RULES = registerRules(
  'thank-you',
  defineRules<NotePart>([
    {
      name: 'learning_cue',
      reports: 'learning_cue',
      // mentions_specific_learning: where a note points at something it learned ("you mentioned",
      // "your advice to", "I learned that", "ur point that", "I hadn't realized").
      match: [
        'learn|learned|learnt|learning that|about|how|what|why|where|when|to|of',
        'i learned|learnt',
        'you mentioned|said|explained|described|suggested|recommended|noted|stressed|emphasized|emphasised|told|shared|showed|pointed|gave|walked|talked|spoke',
        'you .. mentioned|explained|described|suggested|recommended|told|shared|pointed',
        'your advice|suggestion|suggestions|recommendation|recommendations|tip|tips|point|points|description|explanation|story|stories|example|examples|comment|comments|idea|ideas|account|observation|reminder|warning|encouragement|perspective|insight|insights|view|take|thoughts|pointer|pointers|answer|note|remark|emphasis|list|breakdown',
        'the advice|suggestion|recommendation|tip|point|idea|reminder|story|example|description|explanation|insight|insights|pointer|breakdown',
        'hearing|hear about|how|that|what|why|your',
        'to hear|know|understand|see|learn about|how|that|what|why',
        'realize|realized|realise|realised|realizing|knew|understood|appreciate|appreciated|noticed|surprised',
        'especially|particularly',
        'in particular',
        'above all',
        'most of all',
        'the way you|how you',
        'what you said|shared|described|told|explained',
        'now know|understand|see',
        'knowing that|how',
        'struck|stayed|stuck me',
        'stayed|stuck with me',
        'resonated|eye-opening|memorable|valuable|helpful|useful|interesting|fascinating|surprising',
        'eye opening',
        'the name|names of',
        'introducing|pointing|connecting|referring|directing me',
        'for explaining|describing|telling|showing|outlining|walking|clarifying|mentioning|suggesting|recommending|sharing',
        'had|have no idea',
        'had|have not|never known|realized|realised|heard|thought',
        "hadn't|haven't|didn't|never known|realized|realised|know|knew|heard|thought",
        'did not know|realize|realise',
        'your trick|lesson|lessons|framing|distinction|rule|habit|approach|method|technique|practice|strategy|anecdote|analogy|metaphor|question|caution|candor|honesty|checklist|reading|formula',
        'the trick|lesson|framing|distinction|rule|habit|approach|technique|practice|strategy|anecdote|analogy|caution|checklist',
        'the part|bit|piece|line|detail|moment about|where|when|that|on',
        'you|u were right about|that',
        'seeing|watching|observing how|what|the|that|your',
        'ur|yr (advice|suggestion|point|tip|tips|story|idea|comment|example|trick|take)',
        'u (mentioned|said|explained|told|suggested|recommended)',
      ],
      examples: {
        match: [
          'You mentioned that most agencies give a writing test.',
          'ur point that portfolios matter more than grades really stuck',
          "I hadn't realized how much of the job is water chemistry.",
        ],
        noMatch: ['Thanks again for your time on Monday.'],
      },
    },
    {
      name: 'reaction',
      reports: 'reaction',
      // mentions_specific_learning, without a cue: a reaction to what the contact said or showed
      // ("was news to me", "who knew"), or the contact in the sentence.
      match: [
        'news to me',
        'new to me',
        'surprised|struck|stayed|stuck me',
        'changed|changes|shifted how|the way',
        'made .. sense',
        'who knew',
        "did not|didn't|never expect|expected|realize|realise|know",
        'came up',
        'you|u|your|yours',
        'advice|suggestion|suggestions|recommendation|recommendations|tip|tips|point',
      ],
      examples: {
        match: ['The ten-line fix that took months to verify was news to me.'],
        noMatch: ['It was a pleasure to meet.'],
      },
    },
    {
      name: 'plan',
      reports: 'plan',
      // "a plan ('I plan to take the elective') is not an action taken", nor something learned.
      match: [
        "i'll",
        'i will|shall',
        "i'm|i am going|planning|hoping|hope|intending",
        'i plan|intend|hope|mean|want|would',
        "i'd like|love",
        'going to',
      ],
      examples: {
        match: ['I plan to take the elective next term.', "I'll rewrite my resume this week."],
        noMatch: ['I rewrote my resume on Sunday.'],
      },
    },
    {
      name: 'done_thing',
      reports: 'done_thing',
      // reports_action_taken, said of the thing: "my request is drafted", "the email went out".
      match: [
        'my|mine ... ... is|was|has|have|went|got been|already|now|finally .. sent|submitted|drafted|booked|scheduled|filed|mailed|posted|done|through|out|in|accepted|approved|set|confirmed|written|finished|completed',
        'my|mine ... ... is|was|went|got sent|submitted|drafted|booked|scheduled|filed|mailed|posted|done|through|out|in|accepted|approved|confirmed|written|finished|completed',
        'the email|emails|letter|request|application|message|note|call|meeting|form .. went|is|was|has out|through|sent|set|booked|scheduled|submitted',
        'the email|emails|letter|request|application|message|note|call|meeting|form .. has|have been sent|submitted|booked|set|scheduled',
      ],
      examples: {
        match: ['My application to the county went in on Friday.', 'The email went out Tuesday.'],
        noMatch: ['My application is due next month.'],
      },
    },
  ]),
);

/** The rules' phrases, for the analyzer and the detector of actions that read them directly. */
export const THANK_YOU_PATTERNS = {
  learning: patternsReporting(THANK_YOU_RULES, 'learning_cue'),
  reactions: patternsReporting(THANK_YOU_RULES, 'reaction'),
  plans: patternsReporting(THANK_YOU_RULES, 'plan'),
  done: patternsReporting(THANK_YOU_RULES, 'done_thing'),
};
