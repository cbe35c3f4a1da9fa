import { firstHitOf, type Doc } from './rule.ts';
import { REQUEST_RULES } from './rules/request.ts';
import type { Token } from './words.ts';

/**
 * The time ask, a structural detector (PITFALLS.md `no_time_limit` / `states_time_limit`: "a
 * short time ask (about 15-30 minutes, 'half an hour')"; edge rule: any form that names a short
 * length counts, "20-30 minutes", "twenty minutes", "a quick 15"; "a brief time" names none). A
 * length of 5 to 45 minutes, in digits or words, alone or as a range ("15 or 20 minutes",
 * "20-30 minutes", "a 15-minute call"), or the rule table's phrases ("half an hour"). Fixtures:
 * tests/domain/text/time-ask.test.ts.
 */

const UNITS = new Set(['minutes', 'minute', 'mins', 'min']);
const NUMBERS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    five: 5,
    ten: 10,
    fifteen: 15,
    twenty: 20,
    'twenty-five': 25,
    thirty: 30,
    forty: 40,
    'forty-five': 45,
  }),
);

function minutesOf(word: string): number | null {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return NUMBERS.get(word) ?? null;
}

export function findTimeAsk(doc: Doc): { start: number; end: number } | null {
  const words = firstHitOf(REQUEST_RULES, doc, 'states_time_limit');
  const tokens = doc.whole.tokens;
  let found: { start: number; end: number } | null = null;
  for (let i = 0; i < tokens.length && !found; i += 1) {
    const unit = tokens[i] as Token;
    const compound = /^(\d+|five|ten|fifteen|twenty|thirty)-?(minute|minutes|min|mins)$/.exec(
      unit.word,
    );
    if (compound) {
      const n = minutesOf(compound[1] as string);
      if (n !== null && n >= 5 && n <= 45) found = { start: unit.start, end: unit.end };
      continue;
    }
    if (!UNITS.has(unit.word)) continue;
    // "20 minutes", "15 or 20 minutes", "twenty minutes", "twenty-five minutes"
    for (let back = 1; back <= 3 && i - back >= 0 && !found; back += 1) {
      const t = tokens[i - back] as Token;
      const n = minutesOf(t.word);
      if (n !== null && n >= 5 && n <= 45) {
        // "15 or 20 minutes": the range starts at its first number.
        const joiner = tokens[i - back - 1]?.word ?? '';
        const before = tokens[i - back - 2];
        const ranged =
          ['or', 'to', 'and'].includes(joiner) && before && minutesOf(before.word) !== null;
        found = { start: ranged ? before.start : t.start, end: unit.end };
      }
      // "20-30 minutes" is one token
      const range = /^(\d+)[-–](\d+)$/.exec(t.word);
      if (range && Number(range[1]) >= 5 && Number(range[2]) <= 60)
        found = { start: t.start, end: unit.end };
    }
  }
  if (words && (!found || words.start < found.start)) return { start: words.start, end: words.end };
  return found;
}
