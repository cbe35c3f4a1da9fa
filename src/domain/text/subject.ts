import type { Scenario } from '../scenario/scenario.schema.ts';
import { compileAll, compileKeywords, firstMatch, type Pattern } from './patterns.ts';
import { tokenize, type Token } from './words.ts';

/**
 * Whether an email's subject line is specific, a structural detector judged by what the subject
 * names, not by the absence of known-generic words: PITFALLS.md `vague_subject`, "an email's
 * subject line is empty or generic ('Hi', 'Question', 'Quick question', 'Meeting request') rather
 * than naming the link, referrer or field"; edge rule: "a subject that names only the kind of
 * request ('Informational interview request', 'Coffee?') is vague_subject; one that names the
 * field, the school or the link is specific, even if it contains the word 'question'."
 *
 * A subject is specific when it names at least one of:
 * - the scenario's field, organization, link or referrer (their keywords);
 * - a field, role or subject of study (a word from the field list, or one formed like a field:
 *   "-ology", "-ics", "-ism", "-ing" work such as "nursing" or "accounting");
 * - a school or a programme ("university", "college", "MPH", "alum", "class of");
 * - a link or a referral ("your panel", "fellow", "referred by", "from Mike", "Ian suggested");
 * - a proper name that is not a greeting of the contact ("Queen's", "Georgia State", "Deloitte"),
 *   or an acronym that is not shouting ("UX", "PR", "MIT"; not "URGENT", "FYI").
 * Fixtures: tests/domain/text/subject.test.ts.
 */

/** Fields, roles and subjects of study (a small list; the suffix rules catch most others). */
const FIELD_WORDS = new Set(
  `law legal medicine medical health healthcare nursing nurse pharmacy dental dentistry veterinary
  design designer ux ui research researcher science sciences data analytics analyst finance
  financial banking accounting accountant audit tax consulting consultant marketing pr
  communications communication journalism journalist media publishing policy public government
  planning planner urban architecture architect engineering engineer software hardware firmware
  developer development product management manager operations supply chain logistics
  procurement sales retail hr recruiting education teaching teacher school counseling therapy
  therapist psychology psychologist psychiatry social work nonprofit ngo environmental
  sustainability climate energy forestry fire wildfire agriculture food biotech pharma clinical
  lab biology chemistry physics math statistics actuarial economics econ art arts music film
  game games gaming animation writing editor editorial library museum archives curator
  conservation heritage sports fashion hospitality tourism aviation aerospace automotive
  construction civil mechanical electrical electronics chemical biomedical cybersecurity security
  it cloud ai machine learning robotics devices device hospital clinic insurance real estate
  investment investing venture startup startups entrepreneurship strategy policy advocacy
  diplomacy international relations criminal justice police forensic speech pathology slp
  occupational physical physiotherapy rehab public-health epidemiology nutrition dietetics
  informatics librarian translation linguistics philosophy history anthropology sociology
  geography gis mapping transit transportation housing water wastewater mining geology marine
  ocean fisheries wildlife zoo aquarium horticulture landscape interior pharmaceutical
  regulatory compliance quality safety accessibility nonprofit philanthropy`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that look like fields by their ending but name only the request ("meeting", "networking"). */
const NOT_FIELDS = new Set(
  `meeting networking following reaching seeking requesting asking hoping wondering looking
  something nothing anything everything morning evening greeting greetings thing interesting
  upcoming pending regarding concerning connecting talking speaking calling writing reading
  checking introducing thanking`
    .split(/\s+/)
    .filter(Boolean),
);

const CAREER_IN = compileAll([
  '(career|careers|work|working|job|jobs|path|role|roles|future) (in|as|into|at) [a|an|the]',
]);

/** Schools, programmes and the student's standing. */
const SCHOOL = compileAll([
  '(university|univ|college|school|institute|academy|polytechnic|uni)',
  '(alum|alumna|alumnus|alumni|alums|alumnae)',
  'class of',
  '(mba|mph|msw|bsn|phd|mfa|msc|bsc|pharmd|meng|beng|btech|mtech|llb|llm)',
  '(major|majors|minor|graduate|grad|undergrad|undergraduate|sophomore|junior|senior|freshman)',
  '(co-op|coop|intern|fellow|fellowship|scholar)',
]);

/** A link or a referral named in the subject. */
const LINK = compileAll([
  'your (talk|panel|presentation|lecture|session|article|post|podcast|webinar|keynote|book)',
  '(fellow|same|shared)',
  '(referred|referral|recommended|suggested|introduced|introduction) (by|from)',
  '#self .. (met|heard|saw|attended)',
  '(panel|conference|event|career fair|fair|meetup|webinar|workshop)',
]);

/** Acronyms that shout rather than name. */
const SHOUTING = new Set([
  'URGENT',
  'ASAP',
  'FYI',
  'PLS',
  'PLEASE',
  'HELP',
  'RE',
  'FW',
  'FWD',
  'IMPORTANT',
  'HI',
  'HELLO',
  'HEY',
  'Q',
  'QQ',
  'ATTN',
  'NEW',
  'READ',
  'OK',
]);

/** Words that name only the kind of request, its manner, or a greeting. */
const GENERIC = new Set(
  `a an the and or of for to from with about on in at by my your our me you i it this that hi hello
  hey dear quick question questions q qq query queries request requesting requested informational
  information info interview interviews meeting meet chat coffee call phone conversation talk
  connect connecting connection introduction intro hoping seeking seek time minutes min mins
  advice help favor opportunity networking career careers follow followup follow-up up re fw fwd
  inquiry enquiry reaching out student students yo sup hiya heya howdy greetings there everyone
  all good morning afternoon evening day urgent please pls read important kind kindly attention
  guidance regarding reg asking ask touch base brief short few moments moment thanks thank
  curious reach wondering hope wish request favour assistance support mentor mentorship
  interested interest learn learning professional professionals schedule availability week
  today tomorrow`
    .split(/\s+/)
    .filter(Boolean),
);

const TITLES = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'prof',
  'professor',
  'sir',
  'madam',
]);

/** Compiled per scenario: its field, organization, link and referrer. */
const scenarioCues = new WeakMap<Scenario, Pattern[]>();

function cuesOf(scenario: Scenario): Pattern[] {
  let cues = scenarioCues.get(scenario);
  if (!cues) {
    const contact = scenario.contact;
    const referrer = contact.connection.referrer;
    const link = contact.connection.link;
    const fieldWords = contact.field.split(/\s+/).filter((w) => w.length > 3);
    cues = compileKeywords([
      ...fieldWords,
      ...(contact.organization ? [contact.organization] : []),
      ...(referrer ? [referrer.name, ...referrer.keywords, ...referrer.name.split(/\s+/)] : []),
      ...(link ? link.keywords : []),
    ]);
    scenarioCues.set(scenario, cues);
  }
  return cues;
}

function looksLikeField(word: string): boolean {
  if (FIELD_WORDS.has(word)) return true;
  if (word.length < 6 || NOT_FIELDS.has(word) || GENERIC.has(word)) return false;
  return /(ology|ologist|ics|ism|ing|ure|ance|ancy|ency|ment|tion|sion|ist|ian|graphy)$/.test(word);
}

export interface SubjectReading {
  specific: boolean;
  /** What made it specific, for the report and tests. */
  names: 'scenario' | 'field' | 'school' | 'link' | 'name' | null;
}

export function readSubject(subject: string, scenario?: Scenario): SubjectReading {
  const tokens = tokenize(subject);
  if (tokens.length === 0) return { specific: false, names: null };
  if (scenario && firstMatch(cuesOf(scenario), tokens, subject))
    return { specific: true, names: 'scenario' };
  if (tokens.some((t) => looksLikeField(t.word))) return { specific: true, names: 'field' };
  // "career in regulatory affairs", "work as a sonographer": whatever follows names the field.
  const after = firstMatch(CAREER_IN, tokens, subject);
  const next = after ? tokens[after.last + 1] : undefined;
  if (next && !GENERIC.has(next.word) && next.word.length > 2)
    return { specific: true, names: 'field' };
  if (firstMatch(SCHOOL, tokens, subject)) return { specific: true, names: 'school' };
  if (firstMatch(LINK, tokens, subject)) return { specific: true, names: 'link' };
  const contact = new Set(
    scenario
      ? tokenize(`${scenario.contact.name} ${scenario.contact.addressAs}`).map((t) => t.word)
      : [],
  );
  const raw = (t: Token) => subject.slice(t.start, t.end);
  // A greeting with the contact's name ("Hi Dr. Lee") names nothing.
  const greets = tokens[0] && ['hi', 'hello', 'hey', 'dear', 'yo'].includes(tokens[0].word);
  const named = tokens.some((t, i) => {
    const word = raw(t);
    if (GENERIC.has(t.word) || TITLES.has(t.word) || contact.has(t.word)) return false;
    if (TITLES.has(tokens[i - 1]?.word ?? '') || (greets && i <= 2)) return false;
    if (/^\d+$/.test(word)) return false;
    if (/^\p{Lu}{2,6}$/u.test(word)) return !SHOUTING.has(word);
    // A capitalised word that is not just the subject's first word or a title-cased request.
    return /^\p{Lu}\p{Ll}/u.test(word) && word.length > 2;
  });
  return named ? { specific: true, names: 'name' } : { specific: false, names: null };
}
