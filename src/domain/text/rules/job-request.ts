import { defineRules, registerRules } from '../rule.ts';

/**
 * `job_request` (critical, every phase), as one table every analyzer uses.
 *
 * PITFALLS.md: "the student asks for a job, internship, job interview, referral for a position,
 * or 'if you are hiring' (in any phase)", including through a third party or on a condition ("could
 * you forward my CV to the recruiter", "put in a word for me", "if your team ever needs someone,
 * think of me", a resume attached "in case anything opens up"). Asking about openings at the
 * contact's own organization is a job request; asking how hiring works in the field in general
 * is not. A negated mention ("I am not asking for a job") is not, but it does not cancel a later
 * ask.
 *
 * The table reads the ask by its parts rather than by listing sentences: a job (or an opening, or
 * the contact needing someone), the contact's own organization or the student as the one who
 * would get it, and a form that asks (a question, a request, a condition).
 */

/** What a student may ask to be given. */
export const JOB =
  '(job|jobs|position|positions|role|roles|opening|openings|vacancy|vacancies|internship|internships|intern|interns|placement|placements|post|posts|spot|spots|residency|residencies|co-op|traineeship|apprenticeship|apprenticeships|gig|shift|shifts|opportunity|opportunities|slot|practicum|stage|intake|externship)';

/** What a student hands over to be considered: "pass my portfolio to…", "recommend my candidacy". */
const PAPERS =
  '(resume|résumé|cv|portfolio|application|applications|candidacy|profile|details|name|curriculum vitae|reel|work samples)';

/** Those an organization takes on: "still taking students", "accepting applicants". */
const NEWCOMERS =
  '(students|student|interns|intern|freshers|fresher|juniors|junior|grads|graduates|trainees|applicants|applications|candidates|volunteers|apprentices|apprentice|externs|extern|new hires)';

/** "hiring" as a modifier asks for nothing: "hiring managers", "the hiring process". */
const HIRING_NOUNS =
  '(manager|managers|process|processes|practices|practice|decisions|decision|committee|committees|season|trends|criteria|freeze|freezes|side|timeline|timelines|cycle|cycles|market|landscape|outlook|standards|panel|panels|bar|pipeline)';

/** The contact, or the contact's own organization. */
const THEIRS = "(#contact|u|ur|y'all|his|her)";

/** People a team may need: "if you ever need a research assistant". */
const ROLE =
  '(assistant|assistants|analyst|analysts|researcher|researchers|designer|designers|tech|techs|technician|coordinator|associate|associates|writer|writers|editor|engineer|engineers|developer|developers|nurse|nurses|teacher|teachers|planner|planners|tester|testers|artist|artists|sub|intern|interns|trainee|trainees|junior|juniors|student|students|grad|grads|graduate|graduates|volunteer|volunteers|help|hand|hands|someone|somebody|people|person|staff|apprentice|apprentices|extern|externs|helper|helpers|dispatcher|dispatchers|agent|agents|tech|techs|aide|aides|clerk|clerks)';

/** Scoped to the field in general, or to other organizations (then it is a job lead, not a job). */
const GENERAL = [
  '(in|across) [the|this|your] (field|industry|profession|sector)',
  '(generally|typically|usually|normally|traditionally)',
  '(field|industry|profession|sector|market)',
  'in general',
  '(other|another|different) (companies|company|firms|firm|places|place|studios|agencies|organizations|organisations|orgs|hospitals|schools|employers|teams|labs|outlets|clinics|practices|offices|departments|shops|centers|centres|districts|agencies)',
  '(at|in|with|from) (other|another|different) ..',
  '(elsewhere|anywhere)',
  'not yours',
  '(most|many|some) (companies|firms|employers|places|studios|agencies|hospitals|people|grads|graduates|students)',
  'what .. (look|looks|looking) for',
  'how .. (decide|choose|pick|screen|evaluate|assess)',
];

/** A negated ask in the same clause: "I'm not asking to be considered for anything". */
const NEGATED = [
  // "I'm not asking…", "I am definitely not here for…", "this isn't about a position"; but "I'd
  // regret not asking" negates nothing the student asks.
  `(#self|this|it|that|which) [am|is|was|are|really|just|honestly|definitely|truly|certainly|absolutely|also] #negation .. (asking|looking|seeking|expecting|hoping|trying|here|after|about|requesting|calling|writing)`,
  `(#self|this|it|that|which) [am|is|was|are|really|just|honestly] #negation (a|an|about|for) [a|an|any|the] .. (${JOB}|hiring|interview)`,
  '#negation that #self',
  '(not|never) (looking|seeking|hunting|requesting) for',
  `(you're|you are|they're|your .. is|your .. are) #negation .. hiring`,
];

/** The forms that ask: a request, a wish, a question about a chance. */
const ASKING =
  '(can|could|may|might|would|will|please|pls|plz|possible|chance|okay|ok|alright|wondering|wonder|love|like|want|wanna|hoping|hope|appreciate|grateful|happy|glad|willing|interested|mind|let)';

/**
 * `states_information_not_job` (credit): the student says plainly the conversation is not about a
 * job. PITFALLS.md: "A negated mention ('I am not asking for a job') is the opposite: credit, not
 * a pitfall"; it "does not cancel a later ask" (the analyzers drop the credit when an ask follows).
 */
export const NOT_A_JOB_RULES = registerRules(
  'not-a-job',
  defineRules([
    {
      name: 'states_information_not_job',
      reports: 'states_information_not_job',
      // "I am not asking for a job", "information, not a job", "this isn't about a position".
      match: [
        `(#self|this|it|that|which) [am|is|was|are|really|just|honestly|definitely|truly|certainly|absolutely|also] #negation [really|just|here] (asking|looking|seeking|searching|applying|calling|writing|emailing|contacting|inquiring|enquiring|here|after|about|requesting|hunting|expecting|hoping|trying|reaching) ... (${JOB}|hiring|employment|anything|interview|work|this|that|those|regard)`,
        '#self #negation (call|write|ask|contact|email|come) (for|about) (this|that|it|them|those|a|any)',
        `(inquiry|enquiry|request|message|email|call|interest|letter) (is|was) #negation (connected|related|linked|about|regarding|tied) .. (${JOB}|opening|hiring)`,
        `#negation (because|why) .. #self .. (asking|writing|calling|reaching|here)`,
        `(information|advice|insight|insights|learn|learning|perspective) [only|just] #negation (a|an|any) [job|formal] (${JOB}|interview)`,
        `(isn't|wasn't|not) (about|for) (a|any|an|the) .. (${JOB}|interview)`,
        `#negation (a|an) (${JOB}|job interview)`,
        `(not|never) (looking|seeking|hunting|requesting|applying) (for|to) .. (${JOB}|anything|work|employment)`,
        'not (job|job-hunting|job hunting|looking for work)',
      ],
      examples: {
        match: [
          "I'm not asking for a job, I only want to understand the field.",
          "I noticed a research position posted, but that's honestly not why I'm writing.",
          "To be clear, I'm not looking for a placement or a job, just information.",
          'This is information only, not a job interview.',
        ],
        noMatch: [
          "I'm not sure I want a job in finance.",
          "I don't have a job lined up yet.",
          "I'd regret not asking about it.",
        ],
      },
    },
  ]),
);

export const JOB_REQUEST_RULES = registerRules(
  'job-request',
  defineRules([
    {
      name: 'job_request.availability',
      reports: 'job_request',
      // "or 'if you are hiring'"; "asking about openings at the contact's own organization".
      match: [
        `[are|is|r|if] (you|u|y'all|your ..|ur ..|his ..|her ..) [are|is|r|re] [still|currently|ever|now|also|actually|even] (hiring|recruiting) !${HIRING_NOUNS}`,
        `[if] (you're|youre|you've|they're) [still|currently|ever|now|also|actually|even] (hiring|recruiting) !${HIRING_NOUNS}`,
        `(are|r) (you|u|y'all|they|your ..|ur ..) [guys|all|still|currently] (taking|accepting|bringing on|taking on) .. ${NEWCOMERS}`,
        `(you|your ..|his ..|her ..) [are|is|r|re] [still|currently|ever|now|also] (taking|take|takes) [on] [any|a|an|new|more|summer|student] (interns|intern|students|student|juniors|grads|graduates|trainees|volunteers|assistants|assistant|people)`,
        `(have|has|got|are|is) .. ${JOB} .. (open|available|coming|going|free)`,
        `(have|has|got) (any|an|a|some) .. ${JOB}`,
        `any .. ${JOB} (open|available|coming|at|in|on|for|this|next|right)`,
        `(will|would|could|might) there be .. ${JOB}`,
        `(is|are) there .. ${JOB}`,
        `there (is|are|will be|might be) .. ${JOB}`,
        `(what|which) .. ${JOB} .. (open|available|have|has)`,
        `${JOB} (open|available) (at|in|on|for|with)`,
        `(open|opening|post|posting|advertise|advertising|add|adding|create|creating) .. ${JOB}`,
        '(place|room|space|spot|spots|places) for .. (two|an|a|me|us|interns|intern|another|one|more|students|juniors)',
      ],
      requires: [THEIRS],
      unless: [
        ...GENERAL,
        ...NEGATED,
        '(thank|thanks) [you|so much] for',
        // the contact's own past: "when you got into the apprenticeship, when were openings posted?"
        '(you|u) (had|got|did|landed|started|became|began|took|left|held|were|applied|joined)',
      ],
      examples: {
        match: [
          'Are you hiring right now?',
          'Is your team hiring juniors this year?',
          'Could you please tell me if your hospital has open positions for new nurses?',
          'Will there be an opening on your team when your coordinator leaves?',
          'What positions does your company have open for new grads right now?',
          'Do you have any internships this summer?',
          'Could you tell me whether your firm will open graduate positions in spring?',
        ],
        noMatch: [
          'What does the hiring process look like for new graduates?',
          'How do hiring managers in the field read a portfolio?',
          'What do you look for when you hire interns?',
          'Do most firms in the industry have internships?',
          'I had an internship at a bank last summer.',
          'are there more architecture jobs in certain parts of the country?',
          "I know you're not hiring right now, and that's fine.",
        ],
      },
    },
    {
      name: 'job_request.asks_if_hiring',
      reports: 'job_request',
      // "'if you are hiring'", asked of the contact's organization by its name or in short.
      match: [
        // A singular subject is one organization ("Is Millrace taking on…"); a plural one must be the
        // contact's ("Are airlines hiring…?" asks about the field).
        `(is|does|has|would|will|could) .. (hiring|recruiting|taking on|take on|take|takes|hire|hires) .. (any|anyone|someone|new|more|juniors|junior|interns|intern|students|grads|graduates|trainees|volunteers|people|staff|summer|${ROLE})`,
        `(are|do|r|would|will|could) (you|u|y'all|they|your ..|ur ..) .. (hiring|recruiting|taking on|take on|take|takes|hire|hires) .. (any|anyone|someone|new|more|juniors|junior|interns|intern|students|grads|graduates|trainees|volunteers|people|staff|summer|${ROLE})`,
        `(you|you guys|y'all|your ..) [ever|usually|always|still|also] (hire|hires|take|takes|take on|bring on|recruit) .. (${ROLE}|${JOB})`,
        `is !(hiring|recruiting) .. (hiring|recruiting) !${HIRING_NOUNS}`,
        `(are|r) (you|u|y'all|they|your ..|ur ..) [guys|all|still|currently] (hiring|recruiting) !${HIRING_NOUNS}`,
        '(bringing|taking|bring|take) (anyone|someone|people|more|new) .. on',
        `(your ..|ur ..|you guys|y'all) [is|are|still|currently|ever] (looking for|need|needs|seeking|searching for) [any|a|an|some|more|extra|new] .. (${ROLE}|${JOB})`,
        `(is|are|r) .. (still|currently|now|also) (taking|accepting|hiring|recruiting|bringing on|taking on) .. ${NEWCOMERS}`,
        `(is|are|r) .. (taking|accepting|bringing on|taking on) [any|new|more|summer] .. ${NEWCOMERS}`,
        '(does|has) .. (have|has|offer|offers|run|runs|got) (any|an|a) ... (opening|openings|vacancy|vacancies|internship|internships|position|positions|placement|placements|apprenticeship|apprenticeships)',
        "(does|do) (your|ur|you|y'all) .. (need|needs) (a|an|another|more|any|extra|some) ..",
        '(does|do|has|have) .. (have|has|run|offer|got) (a|an|any) .. (internship|internships|co-op|trainee|graduate|apprenticeship|residency|placement) (program|programs|programme|scheme)',
      ],
      question: true,
      unless: [
        ...GENERAL,
        ...NEGATED,
        // a question about how things work (not "who": often a relative, "an apprentice who…")
        '(what|how|why|when|where|which) ..',
        '(companies|firms|employers|agencies|studios|hospitals|schools|districts|labs|places|organizations|startups|teams) !(in|on|at)',
      ],
      examples: {
        match: [
          'Is Millrace taking on any junior planners this year?',
          'Does your practice ever take on summer students?',
          'Are you guys hiring?',
          'do you take interns at your firm?',
          'Does Ezra and White have an internship program?',
        ],
        noMatch: [
          'Are airlines hiring ops people again after the slowdown?',
          'Are companies hiring remote designers these days?',
          'How are hiring decisions made at a small studio?',
          'Is the industry hiring much right now?',
          'Is hiring in accounting slowing down because of automation?',
        ],
      },
    },
    {
      name: 'job_request.does_it_have_openings',
      reports: 'job_request',
      // Asked of one organization, by its name, with or without a question mark: "does harborline
      // logistics have openings for broker trainees".
      match: [
        '(does|has) ... (have|has|offer|offers|run|runs|got) [any|an|a|some] ... (opening|openings|vacancy|vacancies|internship|internships|position|positions|placement|placements|apprenticeship|apprenticeships|externship|externships)',
      ],
      unless: [
        ...GENERAL,
        ...NEGATED,
        '(what|how|why|which|when|where|who) ..',
        '(typical|average|usual|standard) ..',
      ],
      examples: {
        match: [
          'not looking for a job but does harborline logistics have openings for broker trainees',
        ],
        noMatch: ['Does a typical firm have internships?', 'Does the industry have many openings?'],
      },
    },
    {
      name: 'job_request.asks_whether_hiring',
      reports: 'job_request',
      // The same, asked indirectly: "I was hoping to ask whether Ezra and White takes summer interns".
      match: [
        `(whether|if) .. (takes|take|hires|hire|is hiring|are hiring|has|have|offers|offer|is bringing on|is taking on|bringing on|taking on|accepting|taking) [any|summer|new|student|paid|still] .. (${ROLE}|${JOB}|${NEWCOMERS})`,
      ],
      requires: [
        '(ask|asking|wondering|wonder|know|tell|curious|wanted|hoping|enquire|inquire|check)',
      ],
      unless: [...GENERAL, ...NEGATED, '(why|how|what) ..'],
      examples: {
        match: ['I was hoping to ask whether Ezra and White takes summer interns?'],
        noMatch: ['I wonder whether most studios hire juniors straight out of school.'],
      },
    },
    {
      name: 'job_request.elliptical',
      reports: 'job_request',
      // "are you hiring?" said without its subject: "hiring any data scientists this year?"
      match: [`hiring (any|anyone|new|more|juniors|interns|grads) !${HIRING_NOUNS}`],
      question: true,
      unless: [...GENERAL, ...NEGATED, '(who|what|how|why|when) ..'],
      examples: {
        match: ['hiring any data scientists this year?'],
        noMatch: ['How is hiring any new people decided in the field?'],
      },
    },
    {
      name: 'job_request.hire_me',
      reports: 'job_request',
      // "the student asks for a job, internship, job interview": said outright.
      match: [
        '(hire|hiring|employ) me',
        '(take|taking|bring|bringing|sign|signing|bring|brought|taken) me on',
        '(hire|employ|take on) (someone|somebody|people) ... like me',
        'am #self hired',
        '(consider|considering) me (for|as|if|when)',
        '(be|being|get|getting) considered',
        '(interview|interviewing) me',
        `(offer|offering|give|giving|find|finding) me (a|an|the|any) .. ${JOB}`,
        '#self interview (for|with)',
        '(be|get|being|getting) interviewed',
        `(application|candidacy|cv|resume) (from|of) (me|mine)`,
        '(send|submit|give|hand|email|direct) [you] (my|an|the) (application|applications|candidacy) ..',
        '(okay|ok|possible|alright|fine) to (apply|intern|interview) (to|for|at|with|through)',
        'apply .. through (you|your)',
        `#self (could|can|might|may) (go for|apply for|apply to|try for|put in for)`,
        '(want|get) in (at|with)',
        '(can|could|may) #self be one',
        '(turn|turned|turns) into (a|an) [job|actual|real|formal] interview',
        'interview for (that|it|this|the role|the position|the job)',
        'interview for (your|ur|the|a) ..',
        `(get|getting|land|landing|arrange|arranging|set|setting|schedule|scheduling) [me] .. [job|actual|real|formal] interview`,
        '(job|formal) interview',
      ],
      unless: [...NEGATED, 'informational', '(how|when|what|why) did #contact'],
      examples: {
        match: [
          'Would you hire someone with no experience like me?',
          'okay this is kind of a joke but also not really, am I hired? lol',
          'I would love to be considered for your graduate program.',
          'Would it be possible to set up an actual interview with your team?',
          'Long shot, but do you think you could get me an interview?',
          'Would it be possible that I interview for the game tester role your studio posted?',
        ],
        noMatch: [
          'How did you land your first interview?',
          'Could we set up another informational interview next month?',
          "I'm not asking to be considered for anything.",
          "This isn't a job interview for me at all, I promise.",
        ],
      },
    },
    {
      name: 'job_request.at_theirs',
      reports: 'job_request',
      // A job at the contact's own organization, asked for or wished for.
      match: [
        '(can|could|may|might) #self .. (apply|intern|volunteer|work|join|start|come|shadow|help out|interview)',
        '(can|could|may|might) #self .. (do|get|have|start) (an|a|my|the) .. (internship|placement|practicum|co-op|externship|apprenticeship|stage|residency|rotation)',
        `#self (can|could|may|might) .. (apply|intern|volunteer|work|join|start|come|shadow|interview) .. ${THEIRS}`,
        `(love|like|want|wanna|hoping|hope|keen|eager) to (intern|work|volunteer|join|apply) (with|for|at|on|in|to) ${THEIRS}`,
        '(possible|okay|ok|alright|chance|way) .. #self .. (apply|intern|volunteer|work|join|interview|come)',
        `(join|joining) (your|ur) .. (team|firm|company|studio|office|agency|lab|group|practice|staff|department|newsroom|unit|program|programme)`,
        `(get|land|have|find|take) [a|an|the|any] .. ${JOB} (in|at|with|on) (your|ur)`,
        `${JOB} (for|to) me`,
        `(a|an|the|any) .. ${JOB} (at|with|in|on) (your|ur)`,
        `(a|any) .. ${JOB} .. for me`,
        `(host|hosting|take|taking|accept|accepting|offer|offering|supervise|supervising) (a|an|any|me|my) .. (placement|practicum|intern|internship|student|trainee|stage|residency)`,
        `(any|an|a) .. ${JOB} (is|are) (there|available|open)`,
        `#self (do|complete|spend) (it|this|that|them|mine|one|my placement|my hours|my practicum|my internship) (with|at|in) (your|ur)`,
        '(love|like|want|take) (a|an) (spot|place|seat) (on|in|at|with)',
        "(i'd|i would) love a spot",
        `(hear|know|learn|told|tell me) (about|of) !(your|ur|his|her|their) [any|an|upcoming|open|new] .. ${JOB}`,
        '(do|doing|complete|completing) (my|the|that|a|an) .. (placement|internship|co-op|practicum|residency|rotation) (with|at|in|on) (your|ur)',
        `#self .. (looking|searching|hunting) for [a|an|any|some] .. ${JOB} .. (got|have|has) (anything|any|something)`,
      ],
      requires: [`(${ASKING}|(got|have) anything)`],
      unless: [
        ...NEGATED,
        ...GENERAL,
        'informational',
        '(field|industry|profession|sector|area|line of work)',
        '(how|when|what|why) (did|do|does) (#contact|people|they)',
        '(thank|thanks) [you|so much] for',
        'grateful for',
      ],
      examples: {
        match: [
          'Can I apply for the junior accountant job you posted last week?',
          'Could I intern at your studio next summer?',
          "I'd love to intern with you if that's ever possible.",
          'do you take interns at your firm? would love to intern with you',
          'Can I come to work as volunteer intern in your clinic? Unpaid is okay for me.',
          'Is there any chance for me to get internship in your department?',
        ],
        noMatch: [
          'I worked at a bakery for two years.',
          'Which parts of my experience should I highlight when I apply for research assistant roles?',
          'How did you come to work at your firm?',
          'Please let me know what times work for you.',
          'I hope to apply for the summer volunteer program you mentioned.',
          'I would like to join the robotics team next semester, since you said it taught you a lot.',
        ],
      },
    },
    {
      name: 'job_request.seeks_at_theirs',
      reports: 'job_request',
      // Said as the purpose of writing: "I am writing to seek an internship in your organisation",
      // "I'd love to do my placement at your practice".
      match: [
        `(seek|seeking|request|requesting|find|finding|pursue|pursuing|secure|securing|obtain|obtaining) (a|an|any|my) .. ${JOB} ... (in|at|with|on) (your|ur)`,
        '(do|complete|spend|doing|completing) (it|this|that|them|one|mine) (with|at|in|on) (your|ur)',
      ],
      requires: [JOB],
      scope: 'sentence',
      unless: [
        ...NEGATED,
        ...GENERAL.slice(0, 7),
        '(how|what|why|which|when|where) (did|do|does|should|would)',
      ],
      examples: {
        match: [
          'I am writing to seek an internship opportunity in your esteemed organisation.',
          "I'm hoping to find a practicum placement for next year and it would be amazing to do it at your practice.",
        ],
        noMatch: ['How did you secure your first position at your firm?'],
      },
    },
    {
      name: 'job_request.through_someone',
      reports: 'job_request',
      // Through a third party: "could you forward my CV to the recruiter", "put in a word for me".
      match: [
        '(pass|passing|passed|forward|forwarding|forwarded|send|sending|sent|give|giving|gave|hand|handing|handed|get|getting|take|share|sharing|shared|show|bring|drop) (my|the|this|it|mine|them|along) .. (to|along|on|with) ... (hr|recruit*|hiring|manager|managers|boss|director|partner|partners|supervisor|whoever)',
        '(my|the) (resume|cv|résumé|portfolio|name|profile) .. (to|along|on|with) ... (hr|recruit*|hiring|manager|boss|director|partner|supervisor)',
        'put in (a|one) .. word',
        '(good|kind|one) word for me',
        '(recommend|recommending|refer|referring|nominate|nominating) me (for|as)',
        '(recommend|recommending|refer|referring|nominate|nominating) me to (your|ur|the|a|an|him|her|them|hr|whoever|someone)',
        '(vouch|vouching) for me',
        '(flag|flagging) (my|mine)',
        'listed you as',
        '(be|as) my reference ... (apply|applying|application|job|position|role|program)',
        `(recommendation|reference|referral) for me ... (apply|applying|application|${JOB}|program)`,
        '(put|putting) (me|myself|my name|my candidacy) forward',
        `(pass|passing|forward|forwarding|send|sending|give|giving|hand|handing|show|showing|share|sharing|transmit|transmitting|submit|submitting|recommend|recommending) (my|the|this|mine) [${PAPERS}] .. (to|with) (your|ur|the|his|her) ..`,
        '(on my behalf|in my favour|in my favor)',
        '(mention|drop|pass|give) my name (to|with)',
        `(ask|asking|check|checking|enquire|inquire) [with] (your|ur|the|whoever) ... (if|whether|about) ... (need|needs|hiring|accepting|taking|${JOB}|${NEWCOMERS})`,
        `(ask|asking|check|checking) [with] (your|ur) .. (boss|manager|hr|team|director|partner|supervisor|lead|head) .. (if|whether|about) .. (need|needs|hiring|${JOB})`,
        `(to|with) (your|the) .. (hr|recruiter|recruiters|recruiting|hiring manager) .. for .. ${JOB}`,
        `(send|forward|pass) .. (to|along to) ... for .. ${JOB}`,
        `(introduce|introducing|connect|connecting) me ... (for|about) (the|that|this|your|ur) .. ${JOB}`,
      ],
      unless: [
        ...NEGATED,
        'informational',
        '(feedback|look over|comments|critique|review it|advice)',
      ],
      examples: {
        match: [
          'Could you forward my CV to the recruiter?',
          'Maybe you can put one good word for me to your recruiter?',
          'Please, could you recommend me to your manager for the logistics coordinator position?',
          'maybe you could ask your boss if they need a junior copywriter?',
          "I'd really appreciate it if you'd send the link to your art director for the junior environment artist opening",
        ],
        noMatch: [
          'Could you introduce me to a colleague who does UX research?',
          'Would you mind giving my resume a quick look for feedback?',
          'Who else on your team would be good to talk to?',
          'What courses you would recommend me to take in my last year?',
          'Could you recommend me some blogs about UX research?',
        ],
      },
    },
    {
      name: 'job_request.keep_me_in_mind',
      reports: 'job_request',
      // "if your team ever needs someone, think of me"; a resume left "in case".
      match: [
        '(keep|kept|keeping|have) me in mind',
        '(think|thought|thinking) of me',
        '(give|leave|hand|send|drop|leaving|giving) [you] (my|a) (resume|cv|copy|portfolio) ... (in case|just in case|should|for when)',
        '(keep|hold|file) (it|this|them|my ..) (in case|for when|just in case)',
        `${PAPERS} (attached|enclosed|included|below) .. (in case|just in case|should|for when)`,
      ],
      unless: [...NEGATED, '(thank|thanks|thanking|appreciate) .. (you|for)'],
      examples: {
        match: [
          'If something will open in your team, would you please keep me in mind?',
          'if ever you need junior UX researcher, please think of me',
          'could I maybe just, like, give you my resume for the tax season associate thing, just in case?',
        ],
        noMatch: ['Thank you for thinking of me for the panel.'],
      },
    },
    {
      name: 'job_request.on_a_condition',
      reports: 'job_request',
      // On a condition: "if your team ever needs someone, think of me", "in case anything opens up".
      match: [
        `(if|when|whenever|once|should !(#self|we)|case) ... (need|needs|needed|needing|requiring|looking for|hiring|take|takes|take on|taking on|bring on|short) [a|an|any|some|another|more|extra|new] .. (${ROLE}|${JOB})`,
        `(if|when|whenever|once|should !(#self|we)|case) ... (short-staffed|short-handed|understaffed|shorthanded)`,
        `(if|whenever|should !(#self|we)|case) ... (is|are|were|you're|they're|we're) (hiring|recruiting|taking|accepting) !${HIRING_NOUNS}`,
        `(if|when|whenever|should !(#self|we)|case) ... (has|have|got|are|is) (any|a|an|some) ... ${JOB}`,
        `(if|when|whenever|once|should !(#self|we)|case) ... (${JOB}|anything|something|spot) ... (open|opens|opened|opening|comes up|come up|appears|appear|becomes available|frees up|free up|materialise|materialises|materialize|materializes|arise|arises|emerge|emerges)`,
        `(if|when|whenever|should !(#self|we)|case) ... (staffing|headcount) (needs|requirements|increase|increases|grows)`,
        `(resume|cv|résumé|portfolio) ... (in case|for when|if) ... (anything|something|${JOB}|opens|open|comes up|come up|hiring|need|needs)`,
        `(if|when|whenever|once|should !(#self|we)|case) ... (open|opens|post|posts|advertise|advertises|announce|announces|create|creates|add|adds) (a|an|any|the|new|more) .. ${JOB}`,
      ],
      requires: ['(me|#self|my|mine)'],
      unless: [
        ...NEGATED,
        ...GENERAL.slice(0, 7),
        '(thank|thanks|thanking) [you|so much] for',
        '(anything|something) else (comes|come|came) up',
        'when #self (start|started|was|began|get|got|apply|applied)',
        '(feedback|look over|comments)',
        '(what|how|why|who|which) (do|does|did|is|are|was|were|would|should|can|could) (you|they|people|teams|firms|companies|#self|students)',
      ],
      examples: {
        match: [
          'If your team ever needs someone, think of me.',
          'I brought my resume, in case you hear of anything opening up in your department.',
          'If something will open in your team, would you please keep me in mind?',
          'I will leave you my CV, and if some HR job appears please call me.',
          'if ever you need junior UX researcher, please think of me',
          'When your school opens a teaching post, could you tell me first?',
          "If you're ever short-staffed at the shelter, I'm available. Happy to work.",
          'if your firm ever ends up needing someone part-time during tax season, I would jump at it',
        ],
        noMatch: [
          'When you started your first job, what surprised you most?',
          'If you were starting again, what would you do differently?',
          'How do teams decide when they need a new coordinator?',
          'Thank you for thinking of me for the panel.',
          'Which courses should I take before I graduate?',
          "I can email you my resume after this if that's helpful!",
          'If it is alright, could I follow up over email if anything else comes up?',
        ],
      },
    },
  ]),
);
