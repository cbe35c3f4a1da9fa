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
  '(job|jobs|position|positions|role|roles|opening|openings|vacancy|vacancies|internship|internships|intern|interns|placement|placements|post|posts|spot|spots|residency|residencies|co-op|traineeship|apprenticeship|apprenticeships|gig|shift|shifts|opportunity|opportunities|slot|practicum|stage|intake|externship|externships|co-ops|coop|coops|fellowship|fellowships|clerkship|clerkships|assistantship|assistantships|part time work|part-time work|summer work|seasonal work|summer help|extra help|paid work|temp work|freelance work|contract work|casual work|weekend work|work experience|graduate scheme|grad scheme|industrial attachment|industrial attachments|work attachment|student attachment|internship attachment|industrial training|articleship|pupillage|housemanship|housejob|placement year|year in industry|sandwich year|sandwich placement|work placement|work placements|summer associate|summer associateship|analyst seat|seat on the team|audition|auditions|casting call|open call)';

/** What a student hands over to be considered: "pass my portfolio to…", "recommend my candidacy". */
const PAPERS =
  '(resume|résumé|cv|portfolio|application|applications|candidacy|profile|details|name|curriculum vitae|reel|work samples)';

/** Those an organization takes on: "still taking students", "accepting applicants". */
const NEWCOMERS =
  '(seasonals|seasonal|people like me|someone like me|students like me|ppl|students|student|interns|intern|freshers|fresher|juniors|junior|grads|grad|graduates|trainees|applicants|applications|candidates|volunteers|apprentices|apprentice|externs|extern|new hires|first-year|first-years|second-year|second-years|third-year|final-year|final-years|sophomore|sophomores|freshman|freshmen|newbie|newbies|rookie|rookies|beginner|beginners|career changer|career changers)';

/** "hiring" as a modifier asks for nothing: "hiring managers", "the hiring process". */
const HIRING_NOUNS =
  '(manager|managers|process|processes|practices|practice|decisions|decision|committee|committees|season|trends|criteria|freeze|freezes|side|timeline|timelines|cycle|cycles|market|landscape|outlook|standards|panel|panels|bar|pipeline)';

/** The contact, or the contact's own organization. */
const THEIRS = '(#contact|his|her)';

/** A workplace, the contact's own when "your" comes before it: "at your clinic", "on ur team". */
const ORG =
  '(team|teams|company|firm|org|organization|organisation|office|lab|studio|agency|department|dept|hospital|clinic|school|practice|place|group|unit|bank|kitchen|shop|store|restaurant|newsroom|station|paper|magazine|startup|business|center|centre|district|program|programme|division|branch|plant|facility|ward|crew|outfit|house|network|hotel|museum|library|gallery|theatre|theater|chambers|ministry|council|charity|nonprofit|non-profit|foundation|institute|university|college|brand|shelter|site|workplace|location|floor|desk|operation|salon|farm|garage|label|publication|outlet|channel|show|project|surgery|pharmacy|precinct|squad|side|end|staff|corp|employer|boat|boats|ship|ships|vessel|vessels|sites|projects|shows|production|productions|trucks|routes|stores|branches|locations|clinics|farms|kitchens|restaurants|events|shoots|sets|set|job site|job sites|rig|rigs|jobsite|jobsites|orchestra|band|bistro|cafe|café|bakery|newspaper|county|choir|cohort|cohorts|laboratory|laboratories|warehouse|warehouses|depot|yard|mill|refinery|hangar|firehouse|cooperative|co-op|courthouse|dealership|distillery|brewery|winery|vineyard|ranch|fund|funds|portfolio)';

/** Taking a place in a workplace: "work at", "join", "get hired", "get my foot in the door". */
const WORK = `(work|working|intern|interning|volunteer|volunteering|join|joining|apply|applying|freelance|freelancing|help out|helping out|pitch in|be part|be a part|become part|become a part|get hired|be hired|getting hired|being hired|get in|get into|getting in|foot in the door|be employed|get a job|get a position|get a role|get a spot|get an internship|get placed|be placed|temp|work part-time|contribute|apprentice|apprenticing|get in the door|getting in the door|in the door|throw my hat in the ring|put my hat in the ring|toss my hat in the ring|hat in the ring|come on board|come aboard|get on board|be brought on|be taken on|(land|landing|get|getting|secure|securing|earn|earning|win|winning|snag|grab) (a|an|the|one|my) .. (${JOB}|seat|place))`;

/** The student, or one like them, as the one who would be taken on: "would you consider someone like me". */
const SELF_LIKE =
  '(me|myself|someone like me|somebody like me|people like me|students like me|a guy like me|a girl like me|a person like me|a kid like me|someone with my background|someone with my profile|someone of my profile)';

/** What follows "your" and is the contact's own, not a workplace: "your time", "your path". */
const NOT_A_WORKPLACE =
  '(time|advice|work|experience|experiences|career|careers|path|paths|story|stories|journey|day|days|week|weeks|schedule|calendar|role|roles|job|jobs|position|background|degree|degrees|thoughts|opinion|opinions|insight|insights|perspective|help|answer|answers|question|questions|point|points|talk|talks|book|books|article|articles|post|posts|podcast|suggestion|suggestions|recommendation|recommendations|feedback|input|first|own|favorite|favourite|typical|previous|last|biggest|best|worst|field|industry|profession|area|specialty|expertise|skills|interest|interests|passion|goal|goals|life|family|kids|weekend|commute|hobbies|view|views|take|honest|response|reply|email|emails|message|call|number|name|title|linkedin|profile|website|bio|resume|résumé|cv|portfolio|courses|classes|studies|research|clients|customers|patients|students|mind|words|notes|list|way|side|end|shoes|place|decision|choice|choices|move|switch|transition|mentor|mentors|years|early|mistakes|lessons|estimation|understanding|judgment|judgement|sense|eyes)';

/** The forms that ask, beyond the modal ones: a hope, a goal, a way in. */
const WISHING =
  '(way|dream|goal|how|possibility|possible|chance|chances|take|honored|honoured|thrilled|excited|request|kindly)';

/**
 * A group of the words and each one's plural ("ranger", "rangers"; "nanny", "nannies"), so a
 * table lists a role once. Words in `SAME` (help, staff, people) are not made plural.
 */
function withPlurals(words: string): string {
  const SAME = new Set([
    'help',
    'hand',
    'hands',
    'someone',
    'somebody',
    'people',
    'person',
    'staff',
    'crew',
    'admin',
    'para',
    'crew member',
    'crew members',
  ]);
  const all = new Set<string>();
  for (const word of words.split('|')) {
    all.add(word);
    if (SAME.has(word) || word.endsWith('s')) continue;
    if (/[^aeiou]y$/.test(word)) all.add(`${word.slice(0, -1)}ies`);
    // "coach", "coaches"; but "tech", "techs"
    else if (/(x|sh|ss)$/.test(word) || (/ch$/.test(word) && !/tech$/.test(word)))
      all.add(`${word}es`);
    else all.add(`${word}s`);
  }
  return `(${[...all].join('|')})`;
}

/** People a team may need: "if you ever need a research assistant". */
const ROLE = withPlurals(
  'hands|assistant|analyst|researcher|designer|tech|technician|coordinator|associate|writer|editor|engineer|developer|nurse|teacher|planner|tester|artist|sub|intern|trainee|junior|student|grad|graduate|volunteer|help|hand|someone|somebody|people|person|staff|apprentice|extern|helper|dispatcher|agent|tech|aide|clerk|receptionist|paralegal|cashier|barista|bookkeeper|accountant|auditor|consultant|programmer|architect|drafter|surveyor|chemist|biologist|scientist|therapist|counselor|counsellor|pharmacist|technologist|hygienist|paramedic|medic|dietitian|nutritionist|reporter|journalist|photographer|videographer|producer|copywriter|illustrator|animator|marketer|strategist|recruiter|tutor|instructor|lecturer|librarian|archivist|curator|translator|interpreter|mechanic|electrician|plumber|welder|carpenter|machinist|operator|driver|courier|chef|cook|baker|server|waiter|bartender|cleaner|janitor|custodian|caregiver|nanny|orderly|scribe|phlebotomist|veterinarian|vet|groomer|handler|keeper|ranger|inspector|officer|lawyer|attorney|secretary|administrator|admin|specialist|representative|rep|salesperson|buyer|stylist|tailor|teller|banker|trader|broker|underwriter|actuary|economist|statistician|physicist|geologist|coder|sysadmin|moderator|proofreader|author|publicist|organizer|organiser|fundraiser|canvasser|advocate|caseworker|worker|laborer|labourer|farmhand|deckhand|crew|runner|porter|usher|guard|lifeguard|coach|trainer|substitute|para|fellow|resident|postdoc|ta|ra|grader|freelancer|contractor|pa|stringer|locum|extras|pickers|packers|dishwasher|temp|hire|newbie|rookie|cadet|paraeducator|crew member|crew members|first-year|second-year|third-year|final-year|sophomore|beginner|career changer|case manager|project manager|program manager|account manager|office manager|pm',
);

/** Scoped to the field in general, or to other organizations (then it is a job lead, not a job). */
/**
 * A free slot for the conversation itself, not a place: "if a slot frees up on Thursday for our
 * call", "is there an opening in your week for a phone call?".
 */
const FOR_THE_CALL = [
  '(for|on) (our|a|the|an) [quick|short|brief|phone|20-minute|twenty-minute|half-hour|informational] (call|chat|conversation|meeting|talk|coffee)',
  '(in|on) (your|ur) (week|calendar|schedule|day|diary|agenda)',
];

/** The student's own search to come: "I will begin applying for graduate roles in March". */
const OWN_SEARCH = [
  '#self [will|am|plan to|mean to|intend to] (begin|start|be|keep|go on) applying',
  '(every|each|all|future|my other|other) (application|applications)',
];

/** Hiring asked about as practice: "how much do grades count when you're hiring engineers?" */
const HIRING_IN_GENERAL = [
  "(give|look|looking|weigh|count|value|want|prefer|notice|see|expect|care|consider|check|read|matter|matters|mean|means|focus|think|wrong|mistake|mistakes) ... (when|whenever|while) (you|you're|youre|you are|u) [are] (hiring|hire|interview|interviewing|recruit|recruiting|screen|screening)",
];

const GENERAL = [
  '(in|across) [the|this|your] (field|industry|profession|sector)',
  '(generally|typically|usually|normally|traditionally)',
  // but not the field as a place of work: "a summer field technician", "a field course"
  '(field|industry|profession|sector|market) !(technician|technicians|tech|techs|work|worker|workers|course|courses|trip|trips|season|crew|crews|engineer|engineers|office|station|school|day|days|research|test|testing|experience|placement|position|positions|role|roles|job|jobs|assistant|assistants|notes|study|studies|team|teams|staff)',
  'in general',
  '(other|another|different) (companies|company|firms|firm|places|place|studios|agencies|organizations|organisations|orgs|hospitals|schools|employers|teams|labs|outlets|clinics|practices|offices|departments|shops|centers|centres|districts|agencies)',
  '(at|in|with|from) (other|another|different) ..',
  '(elsewhere|anywhere)',
  'not yours',
  '(most|many|some) (companies|firms|employers|places|studios|agencies|hospitals|people|grads|graduates|students)',
  'what .. (look|looks|looking) for',
  'how .. (decide|choose|pick|screen|evaluate|assess)',
];

/** Fields of work, which hire in general ("Is logistics hiring right now?" asks about the field). */
const FIELDS =
  '(logistics|nursing|accounting|tech|finance|marketing|healthcare|health care|retail|construction|publishing|journalism|law|pharma|biotech|hospitality|teaching|engineering|aviation|trucking|freight|manufacturing|insurance|banking|consulting|design|media|advertising|pr|academia|government|forestry|hr|it|software|gaming|film|fashion|architecture|real estate|pharmacy|dentistry|radiology|planning|the trades|trades|audit|tax)';

/** A negated ask in the same clause: "I'm not asking to be considered for anything". */
const NEGATED = [
  // "I'm not asking…", "I am definitely not here for…", "this isn't about a position"; but "I'd
  // regret not asking" negates nothing the student asks.
  `(#self|this|it|that|which) [am|is|was|are|really|just|honestly|definitely|truly|certainly|absolutely|also] #negation .. (asking|looking|seeking|expecting|hoping|trying|here|after|about|requesting|calling|writing|fishing|angling|hunting|pitching|gunning|chasing|pushing)`,
  `(#self|this|it|that|which) [am|is|was|are|really|just|honestly] #negation (a|an|about|for) [a|an|any|the] .. (${JOB}|hiring|interview)`,
  '#negation that #self',
  '(not|never) (looking|seeking|hunting|requesting) for',
  `(you're|you are|they're|your .. is|your .. are) #negation .. hiring`,
  // advice asked in the student's place: "if you were in my shoes, would you take an unpaid internship?"
  '(if|when) (you|u) (were|was)',
  // "if you were in my position"; but "for someone in my position to secure an internship at
  // your station" asks for it
  '(you|u) .. in my (shoes|position|place|situation)',
  'in my (shoes|place|situation)',
];

/**
 * What stops an ask made through the contact: a negation, an informational meeting, or help with
 * the student's papers ("could you pass my resume on to your manager for feedback?").
 */
const HELP_NOT_A_JOB = [
  ...NEGATED,
  'informational',
  '(feedback|look over|comments|critique|review it|advice)',
  // how the papers come across: "how my resume reads to an audit manager"
  '(how|what) .. (reads|read|looks|look|comes across|come across|sounds|sound|strikes|lands)',
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
        `(#self|this|it|that|which) [am|is|was|are|really|just|honestly|definitely|truly|certainly|absolutely|also] #negation [really|just|here|like] (asking|looking|seeking|searching|applying|calling|writing|emailing|contacting|inquiring|enquiring|here|after|about|requesting|hunting|expecting|hoping|trying|reaching) ... (${JOB}|hiring|employment|anything|interview|work|this|that|those|regard)`,
        '#self #negation (call|write|ask|contact|email|come) (for|about) (this|that|it|them|those|a|any)',
        `(inquiry|enquiry|request|message|email|call|interest|letter) (is|was) #negation (connected|related|linked|about|regarding|tied) .. (${JOB}|opening|hiring)`,
        `#negation (because|why) .. #self .. (asking|writing|calling|reaching|here)`,
        `(information|advice|insight|insights|learn|learning|perspective) [only|just] #negation (a|an|any) [job|formal] (${JOB}|interview)`,
        `(isn't|wasn't|not) (about|for) (a|any|an|the) .. (${JOB}|interview)`,
        `#negation (a|an) (${JOB}|job interview)`,
        `(not|never) (looking|seeking|hunting|requesting|applying) (for|to) .. (${JOB}|anything|work|employment)`,
        'not (job|job-hunting|job hunting|looking for work)',
        `#self [am] #negation going to (ask|beg|pester|bother|push) .. (${JOB}|hiring|hire|work)`,
      ],
      examples: {
        match: [
          "I'm not asking for a job, I only want to understand the field.",
          "I noticed a research position posted, but that's honestly not why I'm writing.",
          "To be clear, I'm not looking for a placement or a job, just information.",
          'This is information only, not a job interview.',
          "I'm not, like, looking for a position or anything.",
          "I'm not going to ask whether you're hiring; I came to listen.",
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
        `[are|is|r|if] (#contact|your ..|ur ..|his ..|her ..) [are|is|r|re] [still|currently|ever|now|also|actually|even] (hiring|recruiting) !${HIRING_NOUNS}`,
        `[if] (you're|youre|you've|they're) [still|currently|ever|now|also|actually|even] (hiring|recruiting) !${HIRING_NOUNS}`,
        `(are|r) (#contact|they|your ..|ur ..) [guys|all|still|currently] (taking|accepting|bringing on|taking on) .. ${NEWCOMERS}`,
        `(you|your ..|his ..|her ..) [are|is|r|re] [still|currently|ever|now|also] (taking|take|takes) [on] [any|a|an|new|more|summer|student] (interns|intern|students|student|juniors|grads|graduates|trainees|volunteers|assistants|assistant|people)`,
        `(have|has|got|are|is) .. ${JOB} .. (open|available|coming|going|free)`,
        `(have|has|got) (any|an|a|some) .. ${JOB}`,
        `any .. ${JOB} (open|available|coming|going|around|left|at|in|on|for|this|next|right)`,
        `(will|would|could|might) there be .. ${JOB}`,
        `(is|are) there .. ${JOB}`,
        `(#contact|your ..|ur ..) .. (has|have|got) [any|an|a|some] .. ${JOB} (now|currently|open|available|for|this|at the moment|rn|right now)`,
        `there (is|are|will be|might be) .. ${JOB}`,
        '(have|has|got) (anything|something) [currently|right now] (posted|open|available|going|advertised|listed|coming up)',
        `(what|which) .. ${JOB} .. (open|available|have|has)`,
        `${JOB} (open|available) (at|in|on|for|with)`,
        `(open|opening|post|posting|advertise|advertising|add|adding|create|creating) .. ${JOB}`,
        '(place|room|space|spot|spots|places) for .. (two|an|a|me|us|interns|intern|another|one|more|students|juniors)',
        `(have|has|got|offer|offers) [any|some] (part-time|part time|summer|seasonal|paid|temp|freelance|contract|casual|weekend|evening|full-time) (work|job|jobs|position|positions|roles|hours|shifts|help)`,
      ],
      requires: [`(${THEIRS}|(the|this) .. ${ORG})`],
      unlessNear: [...GENERAL, ...FOR_THE_CALL, ...HIRING_IN_GENERAL],
      unless: [
        ...NEGATED,
        '(thank|thanks) [you|so much] for',
        // the contact's own past: "when you got into the apprenticeship, when were openings posted?"
        '(you|u) (had|got|did|landed|started|became|began|took|left|held|were|applied|joined)',
        // the contact's own hours: "you've got a shift", "before your shift"
        "((you've|youve|you have|you) [got]|(you're|you are) on|you work|(before|after) your) [a|an|the] [early|late|night|long|double|next] (shift|shifts)",
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
          'Does your claims office have anything posted right now for trainee adjusters?',
        ],
        noMatch: [
          'What does the hiring process look like for new graduates?',
          'How do hiring managers in the field read a portfolio?',
          'What do you look for when you hire interns?',
          'Do most firms in the industry have internships?',
          'I had an internship at a bank last summer.',
          'are there more architecture jobs in certain parts of the country?',
          "I know you're not hiring right now, and that's fine.",
          'Is there an opening in your week for a 20-minute phone call?',
          "How much weight do you give to grades when you're hiring engineers?",
        ],
      },
    },
    {
      name: 'job_request.roles_to_fill',
      reports: 'job_request',
      // "asking about openings at the contact's own organization": the roles it is trying to fill
      // ("which roles on your team are you trying to fill at the moment?"). Written from "to fill",
      // the rarest words of the ask, so the matcher starts there.
      match: [
        '(trying|looking|hoping|planning|going|about|needing|need|needs|wanting) to (fill|hire|recruit|staff|bring on|take on)',
      ],
      requires: [`(${JOB}|${ROLE})`, `(${THEIRS}|(the|this) .. ${ORG})`],
      unlessNear: [...GENERAL],
      unless: [
        ...NEGATED,
        '(thank|thanks) [you|so much] for',
        '(how|why|when) (do|does|did|would|should) ..',
        'what .. (look|looks|looking) for',
      ],
      examples: {
        match: [
          'Which roles on your team are you trying to fill at the moment?',
          'Is your department looking to fill any entry-level roles soon?',
        ],
        noMatch: [
          'How do teams decide when they need to hire a new coordinator?',
          'When a firm is trying to fill a junior role in the industry, what matters most?',
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
        `(is|does|has|would|will|could) .. [here|there|still|ever|now|currently] [ever|still|now] (hiring|recruiting|taking on|take on|take|takes|hire|hires|accept|accepts|sponsor|sponsors|employ|employs) .. (seasonals|any|anyone|someone|new|more|juniors|junior|interns|intern|students|grads|graduates|trainees|volunteers|people|staff|summer|${ROLE})`,
        `(are|do|r|would|will|could) (#contact|they|your ..|ur ..) .. (hiring|recruiting|taking on|take on|take|takes|hire|hires) .. (any|anyone|someone|new|more|juniors|junior|interns|intern|students|grads|graduates|trainees|volunteers|people|staff|summer|${ROLE})`,
        `(#contact|you guys|u guys|your ..|ur ..) [ever|usually|always|still|also] (hire|hires|take|takes|take on|bring on|recruit|accept|accepts|let|lets) .. (${ROLE}|${JOB}|${NEWCOMERS})`,
        // an organization of several words: "does the county health department take interns?"
        `(does|would|will|could) (the|this|your|ur) ... [still|ever|now|currently|also] (take|take on|hire|accept|employ|bring on|sponsor) .. (seasonals|juniors|junior|interns|intern|students|grads|graduates|trainees|volunteers|summer|${ROLE})`,
        `is !(hiring|recruiting) .. (hiring|recruiting) !${HIRING_NOUNS}`,
        `(are|r) (#contact|they|your ..|ur ..) [guys|all|still|currently] (hiring|recruiting) !${HIRING_NOUNS}`,
        '(#contact|you guys|u guys) [ever|still|guys] (need|needs) (anyone|someone|anybody|somebody|help|hands|ppl|people|an extra hand)',
        '(are|r|is) (#contact|you guys|u guys|your ..|ur ..) [guys|all|still|currently|ever] (taking|accepting|hiring|bringing on|taking on|recruiting) (any|more|some|anyone|people|new ones) (this|next|for|in|over|right|rn|now|at|soon|again)',
        '(are|r|is) (#contact|you guys|u guys|your ..|ur ..) [guys|all|still|currently|ever|by any chance] (looking for|seeking|searching for|in need of|needing) [any|some] (anyone|someone|anybody|somebody|people|help|new people|more people|extra help|summer help|hands)',
        '(bringing|taking|bring|take) (anyone|someone|people|more|new) .. on',
        `(your ..|ur ..|you guys|u guys|you all|y'all|yall) [is|are|still|currently|ever] (looking for|need|needs|seeking|searching for) [any|a|an|some|more|extra|new] .. (${ROLE}|${JOB})`,
        // another person, as a pair of hands or of anything: "your lab ever need an extra pair of waders?"
        '(#contact|your ..|ur ..|you guys|u guys|yall) [is|are|still|currently|ever|sometimes] (need|needs|use|want|could use) (a|an|another|any|some) [extra|spare|additional|more] (pair|pairs|set) of ..',
        `(is|are|r) .. (still|currently|now|also) (taking|accepting|hiring|recruiting|bringing on|taking on) .. ${NEWCOMERS}`,
        `(is|are|r) .. (taking|accepting|bringing on|taking on) [any|new|more|summer] .. (${NEWCOMERS}|${ROLE})`,
        '(does|has) .. (have|has|offer|offers|run|runs|got) (any|an|a) ... (opening|openings|vacancy|vacancies|internship|internships|position|positions|placement|placements|apprenticeship|apprenticeships)',
        `(does|do) #contact .. (need|needs) (a|an|another|more|any|extra|some) .. (${ROLE}|${JOB}|${NEWCOMERS}|hand|hands|help|person|people|ppl|someone|body|bodies|helper|helpers)`,
        `(does|do|would|might|could|will) ((your|ur|the|this) .. ${ORG}|#contact|you guys|u guys) .. (need|needs|use|want) (someone|anyone|somebody|anybody|help|hands|people|ppl|an extra|another|more help|extra help)`,
        '(does|do|has|have) .. (have|has|run|offer|got) (a|an|any) .. (internship|internships|co-op|trainee|graduate|apprenticeship|residency|placement) (program|programs|programme|scheme)',
      ],
      question: true,
      unlessNear: [...GENERAL],
      unless: [
        ...NEGATED,
        // a question about how things work (not "who": often a relative, "an apprentice who…")
        // a question about how things work; not "what I'm trying to ask is…"
        '(what|how|why|when|where|which) !#self ..',
        '(companies|firms|employers|agencies|studios|hospitals|schools|districts|labs|places|organizations|startups|teams) !(in|on|at)',
        // a field of work as the subject: "Is logistics hiring right now?"
        `(is|are) [the] ${FIELDS} [still|even|really|actually] (hiring|recruiting)`,
      ],
      examples: {
        match: [
          'Is Millrace taking on any junior planners this year?',
          'Does your practice ever take on summer students?',
          'Are you guys hiring?',
          'do you take interns at your firm?',
          'Does Ezra and White have an internship program?',
          'does the county health department take summer interns?',
        ],
        noMatch: [
          "do you need a master's to move up in PR or is that overkill?",
          'Are airlines hiring ops people again after the slowdown?',
          'Are companies hiring remote designers these days?',
          'How are hiring decisions made at a small studio?',
          'Is the industry hiring much right now?',
          'Is hiring in accounting slowing down because of automation?',
          "Is logistics hiring right now? Freight's been down all year.",
        ],
      },
    },
    {
      name: 'job_request.does_it_have_openings',
      reports: 'job_request',
      // Asked of one organization, by its name, with or without a question mark: "does harborline
      // logistics have openings for broker trainees".
      match: [
        '(does|has) ... (have|has|offer|offers|run|runs|got|do|take|hire|host) [any|an|a|some] ... (opening|openings|vacancy|vacancies|internship|internships|position|positions|placement|placements|apprenticeship|apprenticeships|externship|externships)',
      ],
      unlessNear: [...GENERAL],
      unless: [
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
        `(possible|chance|way|likely) (that|if|for) (your|ur|the|#contact) .. (hire|hires|take|takes|take on|takes on|accept|accepts|employ|employs|bring on|brings on) .. (${ROLE}|${NEWCOMERS}|${JOB}|me|a foreigner|someone like me)`,
        `(whether|if) ... (takes|take|hires|hire|is hiring|are hiring|has|have|offers|offer|is bringing on|is taking on|bringing on|taking on|accepting|taking|needs|need|could use|can use|is looking for|are looking for|wants|does|do|runs|run) [any|summer|new|student|paid|still|more|extra|another|a|an|some] .. (${ROLE}|${JOB}|${NEWCOMERS})`,
        `(whether|if) (your|ur) .. (needs|need|could use|can use|is looking for) (any|more|extra|another|some) ..`,
      ],
      requires: [
        '(ask|asking|wondering|wonder|know|tell|curious|wanted|hoping|enquire|inquire|enquiring|inquiring|check|explore|exploring|see|find out|learn|eager|interested|hear|confirm|lmk|let me know|possible|chance|way|likely)',
      ],
      unlessNear: [...GENERAL],
      unless: [
        ...NEGATED,
        '(why|how|what) ..',
        // what an organization runs for students is events, not jobs
        '(events|event|meetups|meetup|workshops|workshop|talks|conferences|conference|webinars|webinar|mixers|mixer|info sessions|open house|open houses|socials|mentoring program|study groups)',
      ],
      examples: {
        match: ['I was hoping to ask whether Ezra and White takes summer interns?'],
        noMatch: [
          'I wonder whether most studios hire juniors straight out of school.',
          'I was wondering if the OSCPA runs events for students, or if I should just go to the meetings on campus?',
        ],
      },
    },
    {
      name: 'job_request.elliptical',
      reports: 'job_request',
      // "are you hiring?" said without its subject: "hiring any data scientists this year?"
      match: [
        `(you guys|u guys|yall|y'all|you all|you folks) [still|currently|ever|even] (hiring|recruiting) !${HIRING_NOUNS}`,
        '(do|does) (#contact|you guys|u guys|your ..|ur ..|the ..) (do|offer|run|have|take) [any] (summer|seasonal|part-time|part time|holiday|weekend) (hires|hiring|jobs|work|internships|positions|help|staff)',
        `hiring (any|anyone|new|more|juniors|interns|grads) !${HIRING_NOUNS}`,
      ],
      question: true,
      unlessNear: [...GENERAL],
      unless: [...NEGATED, '(who|what|how|why|when) ..'],
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
        '(consider|considering) (my|me) (profile|application|cv|resume|résumé|candidacy|name)',
        `(consider|considering) (taking on|hiring|bringing on|recruiting|interviewing|employing|taking) (a|an|someone|somebody|me|people|anyone|students|interns|juniors|grads|new) ..`,
        '(be|being|get|getting) considered',
        '(interview|interviewing) me',
        `(offer|offering|give|giving|find|finding) me (a|an|the|any) .. ${JOB}`,
        '#self interview (for|with)',
        '(be|get|being|getting) interviewed',
        `(application|candidacy|cv|resume) (from|of) (me|mine)`,
        '(send|submit|give|hand|email|direct) [you] (my|an|the) (application|applications|candidacy) ..',
        '(okay|ok|possible|alright|fine) to (apply|intern|interview) (to|for|at|with|through)',
        'apply .. through (you|your)',
        `#self (could|can|might|may) (go for|apply for|apply to|try for|put in for) [a|an|the|that|this|your|ur|one of|any] .. ${JOB}`,
        '(want|get) in (at|with)',
        '(can|could|may) #self be one',
        '(turn|turned|turns) into (a|an) [job|actual|real|formal] interview',
        'interview for (that|it|this|the role|the position|the job)',
        'interview for (your|ur|the|a) ..',
        `(get|getting|land|landing|arrange|arranging|set|setting|schedule|scheduling) [me] .. [job|actual|real|formal] interview`,
        '(job|formal) interview !(process|processes|questions|question|tips|prep|preparation|format|stage|stages|round|rounds|skills|practice|season|etiquette|experience|experiences)',
        `(a|one|my) (shot|chance|crack|go|try|foot) at (the|a|an|that|this|your|ur|one of) .. ${JOB}`,
      ],
      unlessNear: [
        // the student's own past interviews: "I had my first interview for a coordinator role"
        '#self (had|have had|just had|recently had|did|went to|got) [a|an|my|the|first|second|last|an earlier|one] .. (interview|interviews)',
        // others' interviews, asked about: "what do candidates get wrong when they interview?"
        '(when|while|before|after|as) (they|candidates|applicants|people|students|grads|graduates|someone|interns) (interview|interviews|interviewing)',
      ],
      unless: [...NEGATED, 'informational', '(how|when|what|why|where) (did|was|were)'],
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
          "What's something candidates often get wrong when they interview with you?",
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
        '(#self (can|could|may|might)|(can|could|may|might) #self ..) (do|get|have|start) (an|a|my|the|that|this|one|our) .. (internship|placement|practicum|co-op|externship|apprenticeship|stage|residency|rotation)',
        `#self (can|could|may|might) .. (apply|intern|volunteer|work|join|start|come|shadow|interview) .. ${THEIRS}`,
        `(love|like|want|wanna|hoping|hope|keen|eager) to (intern|work|volunteer|join|apply) (with|for|at|on|in|to) ${THEIRS}`,
        '(possible|okay|ok|alright|chance|way) .. #self .. (apply|intern|volunteer|work|join|interview|come)',
        `(join|joining) (your|ur) .. (team|firm|company|studio|office|agency|lab|group|practice|staff|department|newsroom|unit|program|programme)`,
        `(get|land|have|find|take) [a|an|the|any] .. ${JOB} (in|at|with|on) (your|ur)`,
        `${JOB} (for|to) me`,
        // (each written from the job word, the rarest word of the ask, so the matcher starts there)
        `${JOB} (at|with|in|on|within) (your|ur)`,
        `${JOB} .. for me`,
        `(host|hosting|take|taking|accept|accepting|offer|offering|supervise|supervising) (a|an|any|me|my) .. (placement|practicum|intern|internship|student|trainee|stage|residency)`,
        `${JOB} (is|are) (there|available|open)`,
        `#self (do|complete|spend) (it|this|that|them|mine|one|my placement|my hours|my practicum|my internship) (with|at|in) (your|ur)`,
        '(love|like|want|take) (a|an) (spot|place|seat) (on|in|at|with)',
        "(i'd|i would) love a spot",
        `(hear|know|learn|told|tell me) (about|of) !(your|ur|his|her|their) [any|an|upcoming|open|new] .. ${JOB}`,
        '(do|doing|complete|completing|make|making|have|having|spend|spending|pass|passing|realize|realise|carry out|undertake) (my|the|that|a|an) .. (placement|internship|co-op|practicum|residency|rotation|traineeship|apprenticeship|stage) (with|at|in|on|inside) (your|ur)',
        `#self .. (looking|searching|hunting) for [a|an|any|some] .. ${JOB} .. (got|have|has) (anything|any|something)`,
      ],
      requires: [`(${ASKING}|(got|have) anything)`],
      unlessNear: [...GENERAL],
      unless: [
        ...NEGATED,
        'informational',
        '(field|industry|profession|sector|area|line of work)',
        '(how|when|what|why) (did|do|does) (#contact|people|they)',
        '(thank|thanks) [you|so much] for',
        'grateful for',
        // whether one may practise somewhere: "can I work as a CPA in Washington?"
        '(can|could|would|may) #self (work|practice|practise) as (a|an) .. (in|across|outside|anywhere) !(your|ur|#contact)',
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
          'I will call your office on Thursday to see whether a short phone conversation might work for you.',
          'I hope to apply for the summer volunteer program you mentioned.',
          'I would like to join the robotics team next semester, since you said it taught you a lot.',
          'If I get licensed in Oregon, can I work as a CPA in Washington, or do I need to start over?',
        ],
      },
    },
    {
      name: 'job_request.self_at_theirs',
      reports: 'job_request',
      // "the student asks for a job": the student taking a place in the contact's own workplace,
      // asked or wished for ("is there any way I could get my foot in the door at your company",
      // "maybe I could help out at your firm part-time", "what would it take for me to get hired
      // at your clinic").
      // The student is found anywhere in the clause (a requirement), so the matcher starts from
      // the rarer words of the job rather than from every "I".
      match: [
        `${WORK} ... (your|ur) .. ${ORG}`,
        `(${WORK}|train|training|learn|learning) (for|with|under|alongside) (you|u|yall|y'all) (guys|all|folks|people|!(on|about|to|over|through|and))`,
        // under one of their people: "if you'd let me apprentice under one of your operators"
        `${WORK} (under|with|alongside|beside) [one of|some of] (your|ur) .. ${ROLE}`,
        // on their crew: "what would I have to do to get on your crew next season?"
        '(get|getting|be|make it|making it) (on|onto) (your|ur) .. (crew|team|roster|staff|payroll|squad|bench|rota)',
        // a learner's word for an internship: "make my practices in your company", "do my stage with you"
        `(make|do|doing|making|realize|realise|complete|completing) (my|the|a|an|some) [professional|summer|university|supervised|final] (practices|prácticas|practicas|practicum|stage|stages|pasantía|pasantia|practical training) ... (in|at|with|for) (your|ur) .. ${ORG}`,
        // time served with them: "do my last 180 days with your line crew"
        `(spend|do|serve|complete|finish|put in) (my|the|a|an|some|those|these) .. (days|weeks|months|summer|semester|term|year|rotation|placement|hours) (with|at|on|in|for) (your|ur) .. ${ORG}`,
        // the organization letting the student in: "would your firm let me get my foot in the door?"
        '(your|ur) .. (would|could|might|will|ever|maybe) .. (let|have|take|bring|allow|give) (me|#self) .. (foot in the door|get hired|be hired|intern|come on board|come aboard|start|be taken on|be brought on|join (the|your|ur|them))',
        // becoming one of them there: "what would it take for a guy like me to be one at your firm?"
        `me to (be|become|get) (one|hired|in|taken on|brought on|a ..|an ..) ... (at|in|on|with|for|into) (your|ur) .. ${ORG}`,
        // the one who hires sought so as to apply: "whoever hires the supervisors, so I can throw my hat in the ring"
        `(whoever|who|person|people|someone) .. (hires|hire|hiring|recruits|recruiting) ... so [that] #self (can|could|may|might) [finally|maybe|also|then] ${WORK}`,
        'in any (capacity|role|position|way #contact need)',
        `(possibility|chance|chances|prospect|prospects|hope) (of|for) .. (${JOB}|working|joining|interning) ... (your|ur|#contact)`,
        // taken on there: "would your studio be amenable to hosting me for a term as a co-op?"
        `(host|hosting|accept|accepting|take|taking|have|having|bring|bringing|welcome|welcoming) me ... (as|for) (a|an|the|one|your|ur) .. (${JOB}|${ROLE})`,
        // "doing an internship" in other verbs, as a learner of English says it: "in your hospital,
        // is possible I make the internship in summer?"
        `(possible|chance|way) [that|if|for|to] [#self] (make|do|get|take|have|join|start|begin) [a|an|the|one|my|some] [summer|paid|short|little|small] ${JOB} ... (your|ur) .. ${ORG}`,
        `(your|ur) .. ${ORG} ... (possible|chance|way) [that|if|for|to] [#self] (make|do|get|take|have|join|start|begin) [a|an|the|one|my|some] [summer|paid|short|little|small] ${JOB}`,
      ],
      // "what would it take to get hired at ur label?" asks it for the one asking
      requires: [
        '(#self|me|my|would it take)',
        `(${ASKING}|${WISHING}|i'd|sign me up|count me in|need to|have to|got to|should)`,
      ],
      unlessNear: [...GENERAL],
      unless: [
        ...NEGATED,
        'informational',
        '(like|as) (yours|ur|your)',
        // coming to see the work, not to do it: "spend a few days with your team to shadow"
        '(shadow|shadowing|observe|observing|tour|touring|sit in|sitting in|see how|see what|watch how)',
        // scheduling: "let me know what times work for you", "whether a short call might work for you"
        '(time|times|day|days|date|dates|slot|slots|what|whatever|whichever|when|that|it|this|which|schedule|hour|hours|morning|mornings|afternoon|afternoons|week|call|calls|chat|conversation|meeting|phone|option|options|either|one|#weekday) [would|might|could|best|may|can|will|does|still] (work|works) (for|with)',
        '(might|would|could|will|does|do|should|can|may) (work|works) (for|with) (you|u|#contact|your schedule)',
        '#self [have|had|already|once|previously|also] (worked|applied|interned|volunteered|joined|freelanced|was|did|used|spent)',
        '(when|while|since|after|before) #self (was|were|did|had)',
        '(how|when|what|why) (did|do|does) (#contact|people|they|most|new)',
        '(thank|thanks) [you|so much] for',
      ],
      examples: {
        match: [
          'Is there any way I could get my foot in the door at your company?',
          'Maybe I could help out at your firm part-time while I finish school?',
          'what would it take for me to get hired at your firm',
          'Would you be open to me freelancing for your agency on small projects?',
          "I'd love to be part of your team.",
          'what would it take to get hired at ur studio?',
          'Would your lab be open to hosting me next summer as an intern?',
          'Would you consider bringing me onto your crew as a welder?',
          'At your firm, is it possible that I do an internship next spring?',
          'What would it take for a guy like me to be one at your firm?',
          "I'd clean kennels for free if it meant working at your clinic.",
          'Who else at the plant should I talk to, ideally whoever hires the shift supervisors, so I can throw my hat in the ring?',
          'what would I have to do to get on your hotshot crew next season?',
          "If you'd let me apprentice under one of your operators, I'd drive the forty miles every day.",
          'I would like very much to make my practices in your company this summer. Is it possible?',
          "I'd like to do my last 180 days with your line crew.",
          'Any chance your firm would let me get my foot in the door, even thirty days unpaid?',
          'Who do I need to talk to at the county to get hired on at your office?',
        ],
        noMatch: [
          'How did you get hired at your company?',
          "I'd love to work at a company like yours someday.",
          'I worked at your company as a temp years ago.',
          'Can I ask what your team works on?',
          'How do new grads usually get hired at your firm?',
          'What did it take for you to become a partner at your firm?',
          "I'd love to spend a few days with your team to shadow the estimators.",
          'Could I get on a call with your team lead next week?',
          'Could I work with you on my resume over email?',
          'Please let me know what times work for you.',
        ],
      },
    },
    {
      name: 'job_request.let_me_work',
      reports: 'job_request',
      // The same, asked as a permission or a chance: "is it possible to work for your organization
      // as a volunteer coordinator", "would your office let me work a trial week", "give me a
      // chance in your company".
      match: [
        `(chance|possibility|way|possible) .. (takes|take|hires|hire|needs|need|accepts|accept|uses|use|has room for|would take) [any|on|more|new|a|an] .. (${ROLE}|${NEWCOMERS}|${JOB})`,
        `(let|lets|allow|allows) (${NEWCOMERS}|high schoolers|teenagers|teens|kids|someone|somebody|people|outsiders|me|us) (work|intern|volunteer|help out|stage|trail|train|start|come in)`,
        `(your|ur|the|this) .. ${ORG} .. (give|offer|take) me [a|an|the|one] (chance|opportunity|break|shot|start|try|trial)`,
        '(added|add|put|be added|get added|get put|sign me up) (to|on) (your|ur|the|a) .. (list|roster|register|pool|bench|rota|rotation)',
        `(possible|chance|way|okay|ok|allowed) (to|for me to) ${WORK} ... (your|ur) .. ${ORG}`,
        `(give|offer|grant|giving|offering) me [a|an|the|one] (chance|opportunity|break|shot|start|try|trial) ... (your|ur) .. ${ORG}`,
        '(let|allow|have) me (work|intern|volunteer|join|help|start|come in|try out|trial) ... (your|ur|you|u)',
        '(#contact|your ..|ur ..) .. (let|allow|have) me (work|intern|volunteer|join|help out|come in|try out|trial)',
      ],
      requires: [`(${ASKING}|${WISHING})`],
      unlessNear: [...GENERAL],
      unless: [
        ...NEGATED,
        'informational',
        '(like|as) (yours|ur|your)',
        '(how|when|what|why) (did|do|does) (#contact|people|they|most|new)',
        '(thank|thanks) [you|so much] for',
      ],
      examples: {
        match: [
          'Is it possible to work for your organization as a volunteer coordinator this summer?',
          'Would your office let me work a trial week?',
          'Sir, I request you to give me chance in your company.',
        ],
        noMatch: [
          'Could you let me know how your team works?',
          'Is it possible to work remotely in this kind of job?',
        ],
      },
    },
    {
      name: 'job_request.still_open',
      reports: 'job_request',
      // "asking about openings at the contact's own organization": whether a posted one still is.
      match: [
        `${JOB} ... (still|currently|now) (open|available|up|live|posted|vacant|unfilled|accepting)`,
        `(your|ur|#contact) .. (looking to|planning to|going to|about to|hoping to|trying to|need to|needing to) (fill|hire|add|bring on|recruit|staff|take on|grow the team|expand the team)`,
        `(place|room|space|spot|spots|places|openings|capacity|budget|headcount) ... for (me|an|a|another|one|more|someone|somebody|new|interns|students|trainees|juniors|volunteers|grads)`,
      ],
      question: true,
      requires: [THEIRS],
      unlessNear: [...GENERAL],
      unless: [...NEGATED, '(what|how|why|when|where|which|who) ..', 'growth'],
      examples: {
        match: [
          'Is the position on your website still open?',
          'Is your department looking to fill any entry-level roles soon?',
          'Is there space in your lab for an undergrad volunteer researcher next semester?',
        ],
        noMatch: [
          'Is there room for growth on your team?',
          'Are most positions in your field still open to career changers?',
          'How does your team decide when to fill a role?',
        ],
      },
    },
    {
      name: 'job_request.anything_for_me',
      reports: 'job_request',
      // The job asked for without naming it: "do you have anything for me?"
      match: [
        '(have|got|is there|there be|find) (anything|something) (for me|for someone like me|i could do|i can do|for us) !(to|about|on|regarding|in)',
        '(anything|something) .. (going|available|open) for (me|someone like me)',
      ],
      question: true,
      unless: [...NEGATED, '(advice|tips|suggestions|reading|read|books|resources|recommend)'],
      examples: {
        match: [
          'Do you have anything for me?',
          'anything going for someone like me at your place?',
        ],
        noMatch: [
          'Do you have anything for me to read before I start?',
          'Do you have any advice for me?',
        ],
      },
    },
    {
      name: 'job_request.seeks_at_theirs',
      reports: 'job_request',
      // Said as the purpose of writing: "I am writing to seek an internship in your organisation",
      // "I'd love to do my placement at your practice".
      match: [
        `(seek|seeking|request|requesting|find|finding|pursue|pursuing|secure|securing|obtain|obtaining|looking for|searching for|hoping for|hunting for|interested in|after) [for] (a|an|any|my|the) .. ${JOB} ... (in|at|with|on|within) (your|ur|his|her|their) ..`,
        '(do|complete|spend|doing|completing) (it|this|that|them|one|mine) (with|at|in|on) (your|ur)',
      ],
      requires: [JOB],
      scope: 'sentence',
      unlessNear: [...GENERAL.slice(0, 7)],
      unless: [...NEGATED, '(how|what|why|which|when|where) (did|do|does|should|would)'],
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
        '(pass|passing|passed|forward|forwarding|forwarded|send|sending|sent|give|giving|gave|hand|handing|handed|get|getting|take|share|sharing|shared|show|bring|drop) (my|the|this|it|mine|them|along) ... (to|along|on|with) ... (hr|recruit*|hiring|manager|managers|boss|director|partner|partners|supervisor|whoever)',
        '(my|the) (resume|cv|résumé|portfolio|name|profile) .. (to|along|on|with) ... (hr|recruit*|hiring|manager|boss|director|partner|supervisor)',
        // in any verb ("slide my reel over to whoever staffs the gigs")
        `my ${PAPERS} .. (to|along to|on to|over to|with) ... (hr|recruit*|hiring|hires|staffs|staffing|manager|managers|boss|director|partner|supervisor|whoever|gm|ceo|owner|founder|principal|head|chief|lead|chef|editor|superintendent|foreman)`,
        '(put|putting|puts) in (a|one) .. word',
        // a word said for the student, with or without "in": "if you could put a word for me"
        '(put|putting|puts|say|saying|drop|dropping|speak|speaking) (a|one) [good|kind|little|quick|small] word (for|about|on behalf of) me',
        '(good|kind|one) word for me',
        '(recommend|recommending|refer|referring|nominate|nominating) me (for|as)',
        '(recommend|recommending|refer|referring|nominate|nominating) me to (your|ur|the|a|an|him|her|them|hr|whoever|someone)',
        '(vouch|vouching) for me',
        // the student's search told on: "could you let her know I'm looking for an assistant position"
        `(let|tell|inform|remind) (her|him|them|#contact|your ..|ur ..|the ..) [know] [that] (#self|i am|im) [really|also|currently|actively|still] (looking|seeking|hunting|searching|applying|available) (for|to) ... ${JOB}`,
        `(mention|say|tell|explain|pass on|relay) [to] (her|him|them|your ..|ur ..|the ..) (that|how) ... (#self|i am|im) ... (looking for|seeking|hunting for|searching for|available for|after|need|needing) (work|a job|employment|a position|a placement|an internship|${JOB})`,
        '(flag|flagging) (my|mine)',
        'listed you as',
        '(be|as) my reference ... (apply|applying|application|job|position|role|program)',
        `(recommendation|reference|referral) for me ... (apply|applying|application|${JOB}|program)`,
        '(put|putting) (me|myself|my name|my candidacy) forward',
        `(pass|passing|forward|forwarding|send|sending|give|giving|hand|handing|show|showing|share|sharing|transmit|transmitting|submit|submitting|recommend|recommending) (my|the|this|mine) [${PAPERS}] .. (to|with) (your|ur|the|his|her) ..`,
        '(on my behalf|in my favour|in my favor)',
        `(referral|recommendation|reference|introduction) (to|for|into) [any|the|an|a|one of|your|ur|their] .. ${JOB}`,
        '(let|tell|inform|ask|remind) (your|ur|the|his|her) .. (hiring manager|manager|boss|recruiter|recruiters|hr|director|supervisor|lead|head|partner|principal|chef|editor) (know|that|about|if) ... (interested|available|applying|apply|keen|looking)',
        '(write|writing|give|giving|send|sending) me (a|an|one) [strong|good|short|formal] (recommendation|reference|referral|letter of recommendation) (for|to|at|with) (your|ur|the|his|her) ..',
        '(mention|mentioning|recommend|recommending|suggest|suggesting|put|putting) me (to|with|in front of) (your|ur|the|whoever|his|her) .. (hr|recruit*|hiring|manager|managers|boss|director|partner|partners|supervisor|lead|head|chief|principal|owner|founder|editor|chair|dean)',
        '(sponsor|sponsoring|endorse|endorsing) (my|me) [application|candidacy|bid]',
        '(be|as) my (referral|referrer|reference|referee|sponsor|recommender) ... (for|at|to|with) ..',
        '(submit|make|write|put in|do|file|enter) (a|an|the) [internal|employee|formal] (referral|recommendation) (for|of) me',
        '(refer|referring) me (internally|in|into|through|directly|formally|personally)',
        '(internal|employee) (referral|referrals) ... (me|#self|my)',
        `(put|putting) (my|me) (name|self) (in|down|up|forward) (for|with) .. ${JOB}`,
        '(could|can|would|will) (#contact) [please|maybe|possibly] (put|putting) my name (in|down|up|forward|on the list)',
        '(be|get|being|getting) put forward',
        '(get|put|getting|putting) (me|my resume|my cv|my application|my name|my portfolio) in front of',
        '(mention|drop|pass|give) my name (to|with)',
        '(mention|mentioning|pass|passing|convey|conveying|relay|relaying|share|sharing|flag|flagging) my (interest|availability|candidacy) (to|with) (your|ur|the|whoever|his|her|their) ..',
        `(ask|asking|check|checking|enquire|inquire) [with] (your|ur|the|whoever|her|him|them) ... (if|whether|about) ... (need|needs|needing|hiring|accepting|taking|${JOB}|${NEWCOMERS})`,
        `(ask|asking|check|checking) [with] (your|ur) .. (boss|manager|hr|team|director|partner|supervisor|lead|head) .. (if|whether|about) .. (need|needs|hiring|${JOB})`,
        `(to|with) (your|the) .. (hr|recruiter|recruiters|recruiting|hiring manager) .. for .. ${JOB}`,
        `(send|forward|pass) .. (to|along to) ... for .. ${JOB}`,
        `(introduce|introducing|connect|connecting) me ... (for|about) (the|that|this|your|ur) .. ${JOB}`,
      ],
      unless: HELP_NOT_A_JOB,
      examples: {
        match: [
          'Could you forward my CV to the recruiter?',
          'Could you pass my portfolio and cover letter along to HR?',
          'Maybe you can put one good word for me to your recruiter?',
          'Please, could you recommend me to your manager for the logistics coordinator position?',
          'Could you mention my interest to your HR team if they are recruiting?',
          'maybe you could ask your boss if they need a junior copywriter?',
          "I'd really appreciate it if you'd send the link to your art director for the junior environment artist opening",
          'could you slide my reel over to whoever staffs the assistant editor gigs at your post house?',
          "Your shop's owner, could you mention to her that I'm finishing the course and looking for work?",
          'Do yourself a favor and slide my resume over to your GM.',
        ],
        noMatch: [
          'Could you introduce me to a colleague who does UX research?',
          'Would you mind giving my resume a quick look for feedback?',
          'Would you mind telling me how my resume reads to an audit manager?',
          'Who else on your team would be good to talk to?',
          'What courses you would recommend me to take in my last year?',
          'Could you recommend me some blogs about UX research?',
        ],
      },
    },
    {
      name: 'job_request.passes_it_on',
      reports: 'job_request',
      // Through a third party, the papers named before: "if I sent you my resume, would you pass it
      // on to the right person?"
      match: [
        '(flag|flagging|highlight|highlighting|champion|championing|fast-track|fast-tracking|push|pushing) (it|them|my ..|me|mine)',
        '(pass|passing|forward|forwarding|send|sending|flag|flagging|mention|mentioning|show|showing|give|giving|hand|handing|share|sharing|bring|bringing|recommend|recommending|submit|submitting) (it|them|this|that|my ..|me) [along|on|over|up] (to|with) [the|your|ur|a|an|whoever|someone|anyone] .. (hr|recruit*|hiring|manager|managers|boss|director|partner|partners|supervisor|lead|head|person|people|decision-maker|decision-makers|department|whoever)',
        // the papers reaching them, in any verb: "could you make sure it gets to whoever hires?"
        '(it|they|them|mine|my ..) [actually|really|somehow] (gets|get|goes|go|reaches|reach|lands|land|ends up|end up|makes it|make it|finds its way|find its way) (to|with|in front of|on the desk of|into the hands of) [the|your|ur|a|an|whoever|someone|anyone] .. (hr|recruit*|hiring|hires|hire|manager|managers|boss|director|partner|partners|supervisor|lead|head|person|people|decision-maker|decision-makers|department|whoever)',
      ],
      requires: [`(${PAPERS}|${JOB}|apply|applying|hiring)`],
      // the papers may be named in the sentence before: "I brought my CV. Could you give it to
      // the person who hires?"
      scope: 'pair',
      unless: HELP_NOT_A_JOB,
      examples: {
        match: [
          'If I sent you my resume, would you pass it on to the right person?',
          'Would you be able to take a look at my application for the analyst program at your bank and maybe flag it to the recruiters?',
          'I have my CV here. Could you give it to the person who hires the drivers?',
          'I left my resume at reception this morning. Could you make sure it gets to whoever does hiring?',
        ],
        noMatch: [
          'Could you pass this on to the people you mentioned?',
          'If I send you my resume for feedback, could you share it with your manager too?',
        ],
      },
    },
    {
      name: 'job_request.vouches',
      reports: 'job_request',
      // "referral for a position": the contact asked to vouch for the student's application, the
      // application named in the same sentence or the one after ("would you be a reference for me?
      // When I apply to your program in September?"). A reference asked for nothing is
      // `high_expectations` alone; which references to ask for is a question, not an ask.
      match: [
        '(would|could|can|will|might) (#contact) ... (be|serve as|act as|write|give me|provide|put yourself down as) [like] (a|an|my|one of my|as my) [job|professional|personal|character|work|strong|good] (reference|references|referee|referees|recommendation|recommender|referral|reference letter|letter of recommendation)',
        '(#contact) (could|can|would|might) ... (be|serve as|act as|write|give me|provide) [like] (a|an|my|one of my|as my) [job|professional|personal|character|work|strong|good] (reference|references|referee|referees|recommendation|recommender|referral|reference letter|letter of recommendation)',
      ],
      requires: [`(apply|applying|application|applications|candidacy|hire|hired|${JOB})`],
      scope: 'pair',
      unlessNear: [...NEGATED, '(who|whom|which|what|how) (should|do|does|would|can|could) ..'],
      unless: ['(feedback|look over|critique|advice|tips|comments|thoughts|review)'],
      examples: {
        match: [
          'Would you be willing to be a reference for me? When I apply to your rotation program in September?',
          'Could you be one of my references for the analyst job at your bank?',
        ],
        noMatch: [
          'Who should I ask to be a reference when I apply for internships?',
          'Would you be willing to look over my application? Feedback would help before I apply.',
        ],
      },
    },
    {
      name: 'job_request.trial',
      reports: 'job_request',
      // A trial that is a job: "shadow you for two weeks, sort of as a trial, and then I could stay
      // on as a junior". Plain shadowing, to see the work, is not.
      match: [
        '(kind of|sort of|basically) [like] (a|an) [unpaid|paid|informal|mini|short] (internship|job|trial|placement)',
        '(do|work|try|give|consider|offer|host|arrange|allow|schedule) .. (a|an|one) [unpaid|paid|free|short|quick] (trial|tryout|try-out|working interview) [week|day|shift|period|run|month]',
        '(as|on) (a|an) [kind of|sort of|little|short|two-week|one-week|paid|unpaid] (trial|tryout|try-out|trial run|trial period|audition|probation)',
        '(let|allow|have) (someone|me|people|students|a student|an outsider) (do|try|have|work|spend) .. (trial|tryout|try-out|test) (week|day|shift|period|run|month|days|weeks)',
        '(stay|staying|kept|keep me|keeping me|taken|take me|taking me) on (as|full-time|part-time|afterwards|after|permanently)',
        // "if the numbers move, you convert me to full-time"
        '(convert|converts|converting|bring|keep|make|hire) me (to|on|as) [a] (full-time|full time|permanent|staff|paid|regular)',
        '(turn|turns|turned|convert|converts|converted|lead|leads) into (a|an) [full-time|part-time|paid|permanent|real|actual] (job|position|role|offer|contract|internship)',
      ],
      requires: ['(me|#self|my|your|ur|someone)', `(${ASKING}|${WISHING}|if)`],
      scope: 'sentence',
      unless: [...NEGATED, '(how|when|what|why) (did|do|does) (#contact|people|they|most|interns)'],
      examples: {
        match: [
          'would it be possible for me to shadow you for two weeks, sort of as a trial, and then if it goes well I could stay on as a junior?',
          'Could I come in on a trial basis for a week?',
          'Would your clinic consider a trial shift with me after I graduate?',
          "I'll run your growth experiments for free this summer. If the numbers move, you convert me to full-time.",
        ],
        noMatch: [
          'How did your internship turn into a full-time job?',
          'Could I shadow you for an afternoon to see the work?',
        ],
      },
    },
    {
      name: 'job_request.introduced_to_hire',
      reports: 'job_request',
      // Through a third party, to the one who hires, for a position named in the same sentence:
      // "introduce me to whoever hires your engineering interns". An introduction alone ("to the
      // hiring manager, just so she knows who I am") is `high_expectations`, not a job request.
      match: [
        '(introduce|introducing|connect|connecting|put|putting|refer|referring) me (to|with|in touch with|in front of) (whoever|the person|the people|someone|somebody|anyone|your|ur|the) .. (hires|hire|hiring|recruits|recruit|recruiter|recruiters|recruiting|hr|staffing|talent)',
      ],
      requires: [`(${JOB}|apply|applying|application|hired)`],
      scope: 'sentence',
      unless: [...NEGATED, 'informational'],
      examples: {
        match: ['Would you be willing to introduce me to whoever hires your engineering interns?'],
        noMatch: [
          'Could you maybe introduce me to the hiring manager on your team, just so she knows who I am?',
        ],
      },
    },
    {
      name: 'job_request.papers_for_a_role',
      reports: 'job_request',
      // Papers handed over for a position: "could I email you my resume for the marketing assistant
      // role you posted?"
      match: [
        `my ${PAPERS} (for|toward|towards|regarding) (the|a|an|that|this|your|ur|any|one of) .. ${JOB}`,
      ],
      requires: [
        '(send|sent|email|emailed|give|hand|submit|forward|drop|bring|share|pass|attach|attached|enclose|enclosed|consider|look at it for)',
      ],
      unless: [
        ...NEGATED,
        '(feedback|look over|review|tips|advice|improve|critique|comments|thoughts|opinion|read it)',
        '(what|how|which|why|where) ..',
      ],
      examples: {
        match: [
          'Could I email you my resume for the marketing assistant role you posted?',
          'Would it be all right if I sent you my application for the program coordinator position?',
        ],
        noMatch: [
          'What should go at the top of my resume for a teaching job?',
          'Could I send you my resume for the analyst role, for feedback on how it reads?',
        ],
      },
    },
    {
      name: 'job_request.open_for_me',
      reports: 'job_request',
      // An opening asked for by the student as the one who would fill it: "are there any open roles
      // where my skills in Python could be a fit?"
      match: [
        `(is|are) there [any|some] (current|upcoming|new|open|available) (or|and) (current|upcoming|new|open|available|future) ${JOB}`,
        `(is|are) there [any|some] (open|available|current|vacant|unfilled) ${JOB}`,
        `${JOB} ... (#self|my) ... (fit|fits|suit|suits|match|matches|qualify|qualifies)`,
        `(fit|suit|match) (for|to) (me|someone like me|my profile|my background)`,
      ],
      question: true,
      requires: ['(#self|me|my)'],
      unlessNear: [...GENERAL],
      unless: [...NEGATED, '(how|why|when|what) (do|does|did|should|would)'],
      examples: {
        match: [
          'Are there any open roles where my skills in Python and data storytelling could be a fit?',
        ],
        noMatch: [
          'Are there many openings for someone with my degree in the field?',
          'What do you think would be the best fit for me: a big agency or a small one?',
        ],
      },
    },
    {
      name: 'job_request.would_be_a_dream',
      reports: 'job_request',
      // A job wished for aloud, as an ask: "working under you for a summer would be a dream".
      match: [
        `(working|interning|training|volunteering|apprenticing|freelancing) (under|for|with|alongside|at|on|in) (you|u|yall|y'all|your ..|ur ..)`,
        `(a|an) ${JOB} (with|at|on|in|under) (you|u|your ..|ur ..)`,
      ],
      requires: [
        "(would be|i'd be|it'd be|that'd be|would mean) [such|so|really|truly|honestly|just] (a dream|amazing|incredible|an honor|an honour|a privilege|awesome|perfect|everything|the world|a lot|huge|ideal)",
      ],
      scope: 'sentence',
      unless: [...NEGATED, '(how|what|why|when) ..', '(thank|thanks) [you|so much] for'],
      examples: {
        match: ['Honestly, working under you for a summer would be a dream.'],
        noMatch: ['What is working with your clients like? It must be amazing.'],
      },
    },
    {
      name: 'job_request.offers_self',
      reports: 'job_request',
      // The parts of an ask in one sentence, in any order: work at the contact's organization and
      // the student offering to do it ("in your company, you need plumbers? I can begin like
      // helper", "if your second violins are ever short, could you add me to the sub list?").
      match: [
        `(${JOB}|${ROLE}|${NEWCOMERS}|seasonal|seasonals|short-staffed|short-handed|understaffed|shorthanded|bringing on|taking on|crews up|staffs up|undermanned|under-staffed|short of staff|short on staff|short on people|short of people|capacity|sub list|substitute list|on-call list|people|ppl|help|hands)`,
      ],
      requires: [
        // the organization: the contact's, or one named as theirs in conversation ("the paper")
        `((your|ur|the|this|his|her) .. ${ORG}|that ${ORG}|here|(you|u|yall|y'all) (need|needs|use|hire|take|let|accept|ever)|(you|u|yall|y'all) (might|may|could|will|would|sometimes|often|probably|still) [still|ever|also|soon] (need|use|want|be short)|(your|ur) (manager|boss|supervisor|director|lead|chief|editor|partners|principal|head)|need (a|an|any|another|more|some|extra) ..|(this|that) (position|job|role|opening|vacancy|post))`,
        // the student offering to fill it
        "((love|like|want|happy|glad|keen|thrilled|honored|honoured|eager) to be (that|the|your|their|one) ..|(i'm|im|i am) [totally|fully|immediately|also] (available|free|ready)|#self (could|can|would|will) [also|even|definitely|totally|gladly|happily|really|easily|absolutely|honestly] [to] (take|begin|start|cover|fill|work|help out|come in|jump|pick up|do #weekday|do weekends|do nights|do evenings|do mornings|do any|do anything|do whatever)|(i'd|id) [also|even|definitely|totally|gladly|happily|really|absolutely|honestly] (take|jump|welcome|be available|be down|pick up|cover|fill|work|do anything|do whatever|start)|(add|put|consider|present|count|include|sign|book) (me|myself) (to|for|on|in|as)|(i'm|im|i am) (available|free|right here|here|ready) [to|if|whenever|for] (start|work|begin|cover|you|#contact|it|that|anything)|(i'm|im|i am) right here|any hours|for free|(get|be) on (it|that|the list|your list)|(could|can|may|might) #self [maybe|possibly|just|also|even|perhaps] (do|take|fill|cover|be) (that|it|this|them|those|one|the job|that job|that role|that spot|that person|the one)|#self (could|can|will|would) [also|even|gladly|happily] (bring|send|drop off|submit|email) (my|the) (documents|papers|paperwork|certificates|credentials|resume|cv|application|portfolio)|(put|throw|get|sign) me in|(want|wanna) in|count me in)",
      ],
      // the job may be named in the sentence before the offer: "Do you ever need weekend techs at this
      // location? I can do Saturdays and Sundays."
      scope: 'pair',
      // a negation in an aside before the ask does not cancel it: the exceptions are those near it
      unlessNear: [
        ...GENERAL,
        ...NEGATED,
        '(how|when|what|why|where) (did|was|were|do|does|is|are|should|would)',
        '(when|while|since|after|before) #self (was|were|did|had|started|worked)',
        '#self (worked|applied|interned|volunteered|had|did|was|used to)',
        ...OWN_SEARCH,
      ],
      unless: [
        'informational',
        '(like|as) (yours|ur)',
        '(thank|thanks) [you|so much] for',
        '(feedback|look over|critique|advice|tips|comments|thoughts|review)',
        // people to talk with: a referral ask, not an offer to work
        '(suggestions|names) of',
        '(talking|talk|speak|speaking|chat|chatting|meet|meeting) (with|to) (me|#self)',
        // a wish to become such a worker one day is no offer: "I'd love to be that kind of nurse"
        '(be|become) (that|the|a|an) (kind|type|sort) of',
      ],
      examples: {
        match: [
          'In your company, do you need plumbers, because I can begin like helper?',
          'If your orchestra is ever short for a concert, could you add me to the sub list?',
          "I'd jump at a paralegal opening here if one came up.",
          'If your clinic ever needs another receptionist, I would be happy to be that person.',
          'Does your boss take on apprentices? I am ready.',
          'Need an extra line cook this summer? I am available.',
          'Your hotel is looking for a night porter, I saw it. I can to start next month.',
          'My cousin said you might need someone for the front desk. Could I maybe do that?',
          "If a first-year drops out of your fellows cohort, I'd take that spot.",
          'If your laboratory receives people with foreign experience, I can bring my documents tomorrow.',
          'Your warehouse looks undermanned. Put me in, coach.',
          "If the yard is bringing on a new class this spring, I'd want in on it.",
          "Lowkey, I'd love to be your first summer hire on that team.",
        ],
        noMatch: [
          'What do interns on your team usually work on?',
          'Would you recommend I apply for internships at big firms or small ones?',
          'When your team hires, do they care more about grades or experience?',
          'I worked as a server at a restaurant like yours for two years.',
          "I'd welcome suggestions of other engineers who might be open to talking with me, maybe someone on the security side.",
          "What do the nurses on your unit love most about the work? I'd love to be that kind of nurse one day.",
          'Do hospitals in general need more nurses? I am interested in the field.',
        ],
      },
    },
    {
      name: 'job_request.follows_up',
      reports: 'job_request',
      // The ask in one sentence, the job it points back to in the one before: "Mike mentioned you
      // sometimes take interns. How would I go about applying for that?", "Does the paper still
      // use stringers for high school sports? I could cover Friday nights."
      match: [
        '(could|can|would|will) (you|u) [please|maybe|possibly|just|also] (add|include|put) (me|my name)',
        '(put|add|write|include) (my name|me|myself) (there|on it|on that|on the list|in it|in there|on there)',
        '#self .. (get|be|go|sign up|put my name) on (it|that|one|the list|your list|this list|that list|them|there)',
        '#self .. (apply|applying) (for|to) (that|it|this|one|them|those|something like that)',
        '#self (could|can) [also|even|easily|definitely|totally|happily] (cover|start|fill in|take|pick up|work) [any|the|some|on] (#weekday|weekends|nights|evenings|mornings|shifts|shift|holidays|summers|tomorrow|right away|immediately|next week)',
        '#self (could|can) [also|even|easily|definitely|totally|happily] (cover|fill in|pick up) (that|it|this|one|some|those|them|any|for)',
        '(present|introduce|recommend|refer) me (to|with|for) (the|your|ur|whoever|him|her|them) ..',
        '(add|put) me (on|to) (the|your|ur|that|a) .. (list|roster|rota|rotation|schedule|register)',
      ],
      requires: [
        `(${JOB}|${ROLE}|list|roster|register|rota)`,
        `((your|ur|the|this|his|her) .. ${ORG}|#contact|here)`,
      ],
      scope: 'pair',
      unlessNear: [
        ...GENERAL,
        ...NEGATED,
        '#self (applied|worked|interned|did|had|was|used to)',
        '(when|while|since|after|before) #self (was|were|did|had|started|worked)',
      ],
      unless: [
        'informational',
        '(feedback|look over|critique|comments|review)',
        '(thank|thanks) [you|so much] for',
      ],
      examples: {
        match: [
          'Mike mentioned you sometimes take interns. How would I go about applying for that?',
          'Does the paper still use stringers for high school sports? I could cover Friday nights.',
          'I have seen on your website an internship in the quality control. Could you present me to the responsible of this service?',
        ],
        noMatch: [
          'Your team has a great internship program. When I applied for it last year I learned a lot.',
          'Who else should I talk to about internships in the field? Could you introduce me to them?',
        ],
      },
    },
    {
      name: 'job_request.do_something_there',
      reports: 'job_request',
      // The student asking to do a job's work at the contact's workplace, in any verb: "could I
      // stage in your kitchen one weekend?", "is there any way I could crew on one of your survey
      // boats this summer?". Coming to learn about it (visiting, asking, shadowing, sitting in) is
      // not.
      match: [
        `(#self (could|can|might|may)|(could|can|may|might) #self) [maybe|possibly|ever|also|even|just|come|come and|come in and] .. (at|in|on|with|for|aboard) (your|ur|one of your|one of ur|the) .. ${ORG}`,
      ],
      question: true,
      requires: [`(${ASKING}|${WISHING}|chance|way)`],
      unlessNear: [...GENERAL, ...NEGATED],
      unless: [
        'informational',
        '(ask|asking|talk|talking|speak|chat|visit|visiting|stop by|drop by|meet|meeting|call|email|see|tour|sit in|sitting in|observe|observing|watch|shadow|shadowing|follow up|send|mention|use|take notes|read|look|learn|hear|quote|share|attend|join the call|tag along|come by|find|check|reach|contact|write|introduce|reference|cite|park|wait|leave|drop off|pick up)',
        '(#self|you|we) (did|was|were|had|used|worked|went)',
        '(how|what|why|when|where|which|who) ..',
        '(thank|thanks) [you|so much] for',
        '(like|as) (yours|ur)',
      ],
      examples: {
        match: [
          'Straight question, chef. Could I stage in your kitchen one weekend? No pay needed.',
          'Is there any way I could crew on one of your survey boats this summer?',
        ],
        noMatch: [
          'Could I stop by your office next week to say hello?',
          'Could I sit in on a meeting at your firm sometime?',
          'Can I ask what software your team uses?',
        ],
      },
    },
    {
      name: 'job_request.keep_me_in_mind',
      reports: 'job_request',
      // "if your team ever needs someone, think of me"; a resume left "in case".
      match: [
        '(keep|kept|keeping|have) me in mind',
        '(get|be|stay|put me|keep me|getting|being|staying) on (your|ur|the|their|his|her) .. radar',
        '(please|kindly|pls|do) [also|still] consider (me|my application|my cv|my candidacy|my profile|my resume)',
        '(think|thought|thinking) of me',
        '(give|leave|hand|send|drop|leaving|giving) [you] (my|a) (resume|cv|copy|portfolio) ... (in case|just in case|should|for when)',
        '(keep|hold|file) (it|this|them|my ..) (in case|for when|just in case)',
        '(keep|hold|have|put|keeping|holding) (it|this|them|my ..|me) (on file|on record|on your radar|on ur radar|in your files|in the system)',
        `(let me know|tell me|inform me|notify me|alert me|contact me|reach out|keep me posted|keep me updated|keep me informed|email me|call me|text me) ... (future|upcoming|new) (${JOB}|hiring|vacancies|recruitment)`,
        `(future|upcoming|new) (${JOB}|vacancies) ... (let me know|keep me|contact me|consider me|think of me|tell me)`,
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
      name: 'job_request.openings_here',
      reports: 'job_request',
      // "asking about openings at the contact's own organization", where "here" is it: "Any
      // openings here?". "More jobs abroad than here" compares places.
      match: [
        `(any|got|have|are there|is there) .. ${JOB} [open|available|going] (here|around here)`,
      ],
      unlessNear: [...GENERAL],
      unless: [...NEGATED, '(than|compared|versus|vs) (here|to here)'],
      examples: {
        match: ['Any openings here?'],
        noMatch: ['Are there more jobs for nurses abroad than here?'],
      },
    },
    {
      name: 'job_request.refer_me',
      reports: 'job_request',
      // "referral for a position" with the position named beside it: "any chance u could refer
      // me? theres a junior dev req open rn". A referral to people to talk with is not one.
      match: ['(refer|referring) me'],
      requires: [
        `(${JOB}|req|reqs|requisition|requisitions|posting|postings|listing|listings|application)`,
      ],
      scope: 'pair',
      unless: [
        ...NEGATED,
        '(refer|referring) me to (someone|anyone|somebody|anybody|other|others|people|a|an|any|colleagues|friends|your)',
        '(talk|talking|speak|speaking|chat|chatting|learn|learning|informational|advice)',
      ],
      examples: {
        match: ['any chance u could refer me? theres a junior analyst posting open rn'],
        noMatch: [
          'Could you refer me to someone who works in UX research? I would love to learn about that job.',
        ],
      },
    },
    {
      name: 'job_request.remember_me',
      reports: 'job_request',
      // "think of me" in a learner's words: "if in your company will be some place for junior
      // engineer, please remember me".
      match: ['(remember|remembering) me'],
      requires: [`(${JOB}|${ROLE}|place|places)`, '(if|when|whenever|should|in case)'],
      scope: 'sentence',
      unless: [
        ...NEGATED,
        '(remember|remembering) me to',
        '(when|while|since|after|before) #self (was|were|did|had|worked)',
      ],
      examples: {
        match: ['If in your office will be some place for junior accountant, please remember me.'],
        noMatch: [
          'Please remember me to your father if you see him.',
          'When I was an intern there, nobody would remember me.',
        ],
      },
    },
    {
      name: 'job_request.way_in_at_theirs',
      reports: 'job_request',
      // A way into the contact's own workplace, asked for in other words than "job": being got on
      // or into their crew, accepted as a trainee, a foot in the door there, an application brought
      // to them or made to stand out to their panel, a place on their roster of substitutes.
      match: [
        '(get|put|help) me (on|onto|in|into) (yours|your ..|ur ..|their ..|the crew|the team|the roster|the list|one of (yours|your ..|ur ..|those ..|them))',
        `(get|put|help|slip|sneak) me (in|into|on|onto) (the|a|an|your|ur|that|this) .. ${JOB}`,
        // the student as their own: "as your intern", "be your first hire"
        `(as|be) (your|ur) [new|next|summer|first|own|unpaid|little] (${ROLE})`,
        '(make sure|ensure|see that|check that) (#self|i am|im) on (the|your|ur|that|their) .. (list|roster|sheet|schedule|crew)',
        `(accept|take|have|consider|considering|accommodate|host|absorb|engage|employ|place|train) ${SELF_LIKE} (as|for) [a|an|the|your|ur|my] .. (${ROLE}|${JOB}|stagiaire|trainee|apprentice|extern)`,
        `(#contact|your ..|ur ..) .. (accept|take|have|consider|accommodate|host|absorb|engage|employ|place|train) ${SELF_LIKE} (as|for|on|onto|in|into) [a|an|the|your|ur|my] .. (${ROLE}|${JOB}|${ORG}|stagiaire|board)`,
        // slipped in as one of them: "can u sneak me into a session as an intern?"
        `(get|sneak|bring|put|slot|squeeze|take|let|fit) me (in|into|on|onto) .. as (a|an|your|ur|the) [new|junior|summer|unpaid|extra|little] (${ROLE}|${JOB})`,
        // noticed as a candidate there: "get onto your department's radar when a role goes up"
        '(on|onto) (your|ur|their) .. radar',
        '(foot|feet) in the door (there|here|with #contact|at yours|with your ..|at your ..|with ur ..)',
        '(foot|feet) in the door .. (with|at|on) (your|ur) ..',
        '(bring|send|submit|give|hand|drop off|email) (my|an|the) (application|applications|resume|cv|résumé) [straight|directly|right|in person] to (you|u|your ..|ur ..)',
        '(make|get|help) my (application|applications|resume|cv|candidacy) .. (stand out|noticed|seen|looked at|considered) .. (to|by|with|for) (#contact|your ..|ur ..)',
        '(placed|put|added) on (it|your ..|ur ..|the roster|that roster|the list|that list)',
        `(send|give|share|forward) me (the|a) (link|posting|listing|application|form|ad) (to|for) (your|ur) .. ${JOB}`,
        `(roster|list|pool|bench|register) of .. (substitute|substitutes|per-diem|per diem|on-call|on call|casual|relief|temp|temporary|freelance) .. ${ROLE}`,
      ],
      requires: [`(${ASKING}|how|#self|me|my|one)`],
      unlessNear: [...GENERAL],
      unless: [
        ...NEGATED,
        'informational',
        '(how|when|why) (did|do|does) (#contact|people|they) .. (get|got|start|started)',
        '(thank|thanks) [you|so much] for',
      ],
      examples: {
        match: [
          'I want to be on a timber cruising crew next summer. Can you get me on yours?',
          'would your agency accept me as stagiaire for the summer?',
          'I was kind of wondering how I could get my foot in the door there. With your crew, I mean.',
          'Could I bring my application straight to you?',
          'I would be grateful to know how best I might make my application stand out to your hiring panel.',
          'I would like to ask whether your interpreter office maintains a roster of per-diem or substitute interpreters, and how one might come to be placed on it.',
          "Send me the link to your firm's internship.",
          'Could you get me into the next character audition at your park?',
          'I can offer a time study of your changeovers over ten weeks this summer as your intern.',
          "When your shop crews up for the next feature, could you make sure I'm on the list?",
          'Would your hotel group ever consider someone like me for an analyst role, even a junior one?',
          'Could your unit accommodate me for my industrial attachment this summer?',
          'can u sneak me into a session as an intern?',
          "What's the best way for someone like me to get onto your department's radar when the next data role goes up?",
        ],
        noMatch: [
          'How did you get your foot in the door when you started out?',
          'What makes an application stand out to a hiring panel in this field?',
          'Do most courts keep a roster of substitute interpreters?',
          'Could you help me get into a good master’s program, or is that too much to ask?',
          'Would you take me through what a typical week looks like?',
          'How did you get onto their radar when you were starting out?',
          'Could you introduce me to your colleague as a student in the program?',
        ],
      },
    },
    {
      name: 'job_request.what_it_takes',
      reports: 'job_request',
      // What the student must do to be taken on there: "what do I gotta do to be in it?" of the
      // contact's intern pipeline, "what would it take for me to get on your schedule here as a
      // trainee?". The same asked of the field ("to get into a good residency") asks nothing.
      match: [
        '(do|take|takes) (for me|for someone like me|) to (be|get) (in|into|on|onto|considered|picked|chosen|selected|hired|taken on|brought on|a part of|part of)',
      ],
      requires: ['(#self|me|my)', `((your|ur|the|this) .. ${ORG}|here|there|(your|ur) .. ${JOB})`],
      scope: 'sentence',
      unlessNear: [
        ...GENERAL,
        ...NEGATED,
        '(you|u|they|he|she) (did|had|got|were)',
        '(students|people|grads|graduates|someone|anyone|candidates) (to|do|need)',
      ],
      unless: ['informational', '(thank|thanks) [you|so much] for'],
      examples: {
        match: [
          'Real question: what does your intern pipeline look like for next summer, and what do I gotta do to be in it?',
          'What would it take for me to get on your schedule here as a tech trainee?',
        ],
        noMatch: [
          'What did you do to get hired at your firm?',
          'What do I need to do to get into a good residency in general?',
        ],
      },
    },
    {
      name: 'job_request.composed',
      reports: 'job_request',
      // The ask read from its parts when no phrase above has its words, in one sentence or a
      // sentence and the one before: the contact's own organization or people, the student, a word
      // of employment, and a form that asks, offers or supposes ("If your shop ever needs a PM who
      // has pulled wire, I'm your man."). The parts in any words; the exceptions are what makes
      // such a sentence a question about the work rather than an ask: a question word, the
      // contact's or the student's past, the field in general, a negation, learning or meeting.
      // Matched from the word of employment, the rarest part, so the matcher starts there.
      match: [
        `(${JOB.replace(/\|(opportunity|opportunities|role|roles|post|posts|spot|spots|shift|shifts|stage|slot|intake)(?=[|)])/g, '')}|hire|hired|hiring !${HIRING_NOUNS}|hires|posting|postings|apply|applying|application|applications|candidate|candidacy|employ|employed|employment|payroll|onboard|contract out|contracts out|outsource|outsources|freelance|freelancing|contractor|my rates|first in line|your man|your guy|your girl|your person|give me a try|give me a chance|give me a shot|try me|take me on|bring me on|on board|pm|headcount)`,
      ],
      requires: [
        '(#self|me|my|mine)',
        "(could|can|would|will|may|might|please|if|were|love|like|want|wanna|hoping|hope|happy|glad|willing|eager|keen|interested|let|i'd|id|i'll|maybe|chance|possible|consider|ready|available|should)",
        // the contact's own organization or people; a workplace no list names ("your depot", "your
        // fund") is any word after "at your" but the contact's own things (their time, their path)
        `((your|ur|you guys|u guys|y'all|yall) .. (${ORG}|manager|boss|chief|director|lead|head|partner|partners|principal|supervisor|recruiter|recruiters|hr|side|people|folks)|(at|with|for|on|in) (yours|you guys|u guys|you all|your end)|(that|this|the) (${ORG}) .. (there|here)|(at|with|for|on|into|onto|join|joins|joining) (your|ur) !${NOT_A_WORKPLACE} ..)`,
      ],
      scope: 'pair',
      unlessNear: [
        ...GENERAL,
        ...NEGATED,
        '(you|u|they|he|she) (had|got|did|landed|started|became|began|took|left|held|were|applied|joined|hired|interned|worked|spent|went|used)',
        '#self (worked|applied|interned|volunteered|had|did|was|were|used to|left|quit|started|spent)',
        '(like|as) (yours|ur|your)',
        '(someday|one day|eventually|in the future|down the road|long run)',
        ...OWN_SEARCH,
      ],
      unless: [
        // a question about the work, anywhere in the unit
        '(what|how|why|where|which)',
        '(who|when|whom) (do|does|did|is|are|was|were|would|should|could|can|will|#contact|they|people)',
        'informational',
        '(shadow|shadowing|observe|observing|visit|visiting|tour|learn|learning|hear|hearing|talk|talking|speak|speaking|chat|chatting|notes|feedback|advice|tips|look over|review|question|questions|call|meeting|minutes|interview you|email you)',
        '(other|another|elsewhere|anywhere)',
        // the field in general anywhere in the pair, thanks, or time asked for the conversation
        '(typically|usually|generally|mainly|mostly|most|in general|these days|nowadays|normally)',
        '(thank|thanks|thanking|appreciate|appreciated|grateful)',
        '(your time|the time|some time|a few minutes|half an hour|an hour|spare|coffee)',
        // an introduction, which is `high_expectations` unless a position is named (rules above)
        '(introduce|introducing|introduction|intro|connect me|connecting me|in touch)',
      ],
      examples: {
        match: [
          "If your shop ever needs a PM who has actually pulled wire, I'm your man.",
          'Does your organization ever contract out its grant work? My rates would be modest, and I would be happy to start small.',
          'Could I intern at your apiary this summer?',
        ],
        noMatch: [
          'What does your team look for when it hires interns?',
          'How did you get hired at your firm?',
          "I'd love to work at a company like yours someday.",
          'I applied to your firm last year and did not get in, which taught me a lot.',
          'Could I take notes while you tell me about your team?',
          'Would your team usually hire new grads in the spring or in the fall?',
          'In your estimation, would my record be enough to secure me a place in a fellowship?',
          'I would love to intern at your kind of place someday.',
          'Your advice on the exam changed my plan. I will begin applying for graduate engineer roles in March, and your points will go into every application.',
          'Could you maybe introduce me to the hiring manager on your team, just so she knows who I am?',
          "I'd like to understand how towns hire planners. Could you spare half an hour at your office?",
        ],
      },
    },
    {
      name: 'job_request.on_a_condition',
      reports: 'job_request',
      // On a condition: "if your team ever needs someone, think of me", "in case anything opens up".
      match: [
        '(if|when|whenever|case) ... (need|needs|want|wants|could use) (help|hands|a hand|someone|anyone|an extra pair|extra hands|another pair) [with|for|on] .. [#self|me|i]',
        `(if|when|whenever|once|should (#contact|they|your ..|ur ..|the ..|this ..|anyone|anything|a ..|an ..|any ..)|case) ... (need|needs|needed|needing|requiring|looking for|hiring|hires|hire|recruits|take|takes|take on|takes on|taking on|bring on|brings on|bringing on|short) [a|an|any|some|another|more|extra|new] .. (${ROLE}|${JOB})`,
        `(if|when|whenever|once|should (#contact|they|your ..|ur ..|the ..|this ..|anyone|anything|a ..|an ..|any ..)|case) ... (short-staffed|short-handed|understaffed|shorthanded|undermanned)`,
        // the workplace busy, not the contact: "whenever your shop gets backed up at harvest"
        `(if|when|whenever|once) (your|ur|the) .. ${ORG} .. (gets|get|is|are|goes) [really|ever|totally] (backed up|swamped|slammed|overloaded|stretched thin|overwhelmed|busy)`,
        `(if|when|whenever|once) (your|ur|the) .. ${ORG} .. (has|have|gets|get|takes on|take on) (too much|a lot of|more|extra|so much) (work|projects|jobs|orders|clients)`,
        `(if|whenever|should !(#self|we)|case) ... (is|are|were|you're|they're|we're) (hiring|recruiting|taking|accepting) !${HIRING_NOUNS}`,
        `(if|when|whenever|should !(#self|we)|case) ... (has|have|got|are|is|there's|theres) [ever] (any|a|an|some) ... ${JOB}`,
        `(if|when|whenever|once|should (#contact|they|your ..|ur ..|the ..|this ..|anyone|anything|a ..|an ..|any ..)|case) ... (${JOB}|anything|something|spot) ... (open|opens|opened|opening|comes up|come up|appears|appear|becomes available|frees up|free up|materialise|materialises|materialize|materializes|arise|arises|emerge|emerges)`,
        `(if|when|whenever|should !(#self|we)|case) ... (staffing|headcount) (needs|requirements|increase|increases|grows)`,
        `(resume|cv|résumé|portfolio) ... (in case|for when|if) ... (anything|something|${JOB}|opens|open|comes up|come up|hiring|need|needs)`,
        `(if|when|whenever|once|should (#contact|they|your ..|ur ..|the ..|this ..|anyone|anything|a ..|an ..|any ..)|case) ... (open|opens|post|posts|advertise|advertises|announce|announces|create|creates|add|adds|reposts|re-posts) (a|an|any|the|new|more|that|this|its|their) .. ${JOB}`,
      ],
      requires: ['(me|#self|my|mine)'],
      unlessNear: [...GENERAL.slice(0, 7), ...FOR_THE_CALL],
      unless: [
        ...NEGATED,
        '(thank|thanks|thanking) [you|so much] for',
        '(anything|something) else (comes|come|came) up',
        // the field's employers in general: "when studios are hiring junior UX designers"
        '(if|when|whenever) (companies|firms|studios|agencies|employers|hospitals|schools|districts|teams|labs|places|organizations|organisations|startups|recruiters|they|people|managers|clinics|airlines|banks|newsrooms|stations) (are|is|do|start|begin|look)',
        // the field's employers hiring in general: "when hospitals hire new nurses"
        '(if|when|whenever) (companies|firms|studios|agencies|employers|hospitals|schools|districts|labs|organizations|organisations|startups|recruiters|clinics|airlines|banks|newsrooms|stations|hotels|museums|libraries|pharmacies|restaurants|stores|carriers|shops|practices) (hire|hires|hiring|recruit|recruits|recruiting|take|takes|choose|pick|screen|interview|need|want|look)',
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
          "Whenever your shop gets backed up at harvest, I'd be glad to come help for you, nights or weekends.",
          'If the county posts that planning assistant job again, would you mind giving me a heads-up?',
          'If your studio has too much work in the autumn, I can come and help with the models.',
        ],
        noMatch: [
          'Please let me know if a slot frees up on Thursday afternoon for our call.',
          "I'd like to understand what titles I should be looking for, because agency job ads and in-house ones use different names.",
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
