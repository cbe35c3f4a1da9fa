import type { Clause } from './clauses.ts';
import type { Evidence } from './turn.ts';
import type { Token } from './words.ts';

/**
 * Words the thank-you analyzer and its detector of actions taken share: the words that name
 * nothing specific, a rough stem, names, sentences.
 */

/**
 * Words that name nothing specific: thanks, time, help, the conversation, the field in general,
 * praise, and the little words of a sentence.
 */
export const EMPTY_WORDS = new Set(
  `a an the and or but so of to in on at for with from by about into over as is are was were be
  been being am it its it's this that these those there here then than what which who whom whose
  how why when where all any some much many more most very really truly so too also just still even
  again ever i me my mine myself we us our you your yours yourself he him his she her they them
  their i'm i've i'd i'll you're you've it's that's we're can could would should will shall may
  might must do does did done have has had having get got make made take took taken give gave
  given go going went come came not no yes thank thanks thanking thankful grateful gratitude
  appreciate appreciated appreciation appreciative time times minutes hour hours schedule busy
  day days week weeks today yesterday tomorrow morning afternoon evening help helpful helped
  helping useful valuable invaluable insightful insight insights informative information info
  advice guidance knowledge wisdom perspective perspectives experience experiences expertise
  thoughts thought ideas idea story stories tips tip pointers suggestions suggestion
  recommendations answers answer questions question conversation conversations meeting meet met
  talk talking talked chat chatting call calls discussion discussing speaking speak spoke spoken
  interview informational sharing share shared willing willingness generous generosity kind
  kindness wonderful great greatly good nice lovely amazing incredible incredibly fantastic
  excellent interesting fascinating inspiring inspired inspiration enjoyed enjoy enjoying pleasure
  honor honour privilege opportunity glad happy delighted lot lots everything something anything
  things thing stuff way ways field fields industry industries profession professional
  professionals career careers job jobs work working works role roles position path paths
  journey world area areas sector sectors life day-to-day daily typical like learn learned learnt
  learning know knew knowing understand understanding understood see saw hear heard hearing
  mentioned said say says told tell explained explain described describe suggested suggest
  recommended recommend noted stressed emphasized pointed shown showed walked particularly
  especially definitely certainly sure hope hoping look looking forward future soon best regards
  sincerely warmly warm cheers dear mr mrs ms dr professor once one two first next last new own
  well better clear clearer sense better understanding realize realized realise realised struck
  stayed stuck resonated eye-opening valuable clarity clarified feel felt think came away
  certain confident direction right ever road ahead encouraged motivated excited decision
  decisions decide deciding pursue pursuing goals goal steps step interest interests passion
  contagious deeper appreciation rare someone students student granted minute every stay carry
  left feeling meant deal care honesty honest answered practising practicing undergraduate
  already often always usually general generally kindly truly deeply personal personally
  experienced pursue background path-breaking entire whole real really actual actually
  certainly clearly helpful worthwhile meaningful extremely semester semesters class classes
  ten fifteen twenty thirty forty sixty ups downs enthusiasm accomplished excited heartfelt
  everyone anyone somebody if let pls please wanted write writing express sincere taking out
  through shines shine regard regarded other office again person touch sent send invitation
  linkedin`.split(/\s+/),
);

export const WEEKDAY_AND_MONTH = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december`.split(/\s+/),
);

export function span(text: string, start: number, end: number, field: 'text' | 'body'): Evidence {
  return { quote: text.slice(start, end), field, start, end };
}

/** Irregular past forms, so "wrote" meets "write". */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    wrote: 'write',
    written: 'write',
    rewrote: 'rewrite',
    rewritten: 'rewrite',
    spoke: 'speak',
    spoken: 'speak',
    took: 'take',
    taken: 'take',
    met: 'meet',
    ran: 'run',
    began: 'begin',
    begun: 'begin',
    went: 'go',
    built: 'build',
    sent: 'send',
    bought: 'buy',
    told: 'tell',
    thought: 'think',
    found: 'find',
    made: 'make',
    gave: 'give',
    given: 'give',
    spent: 'spend',
  }),
);

const stems = new Map<string, string>();

/** A rough stem, so "accounts" meets "account", "joined" meets "join", "wrote" meets "write". */
export function stem(word: string): string {
  // Worked out once per word (bounded): a thank-you stems every line the contact said.
  let known = stems.get(word);
  if (known === undefined) {
    if (stems.size >= 8192) stems.clear();
    stems.set(word, (known = stemOnce(word)));
  }
  return known;
}

function stemOnce(word: string): string {
  let w = word.replace(/'s$/, '');
  w = IRREGULAR.get(w) ?? w;
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ies', 'ed', 'es', 's', 'ly']) {
    if (w.length > suffix.length + 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/** A capitalised word that is not the first of its sentence: a name, a place, an organization. */
export function isName(text: string, token: Token | undefined, first: boolean): boolean {
  if (!token || first || token.word === 'i' || token.word.startsWith("i'")) return false;
  if (WEEKDAY_AND_MONTH.has(token.word)) return false;
  const c = text.charCodeAt(token.start);
  return c >= 65 && c <= 90;
}

export interface Sentence {
  clauses: Clause[];
  tokens: Token[];
  start: number;
  end: number;
}
