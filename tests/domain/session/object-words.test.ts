import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playInputs, scoreLog } from '../../../src/domain/session/index.ts';
import { ROOT, loadScenario } from '../../helpers.ts';

/**
 * A student's words are untrusted: a word that names an object's own property must be read as a
 * word all the way through a session. "constructor" in a turn once made the engine throw (a
 * lookup table of the job reader was a plain object), so no session holding it could be played
 * or re-scored.
 */
const GOLDEN = join(ROOT, 'tests', 'golden');
const golden = readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.inputs.json'))
  .map(
    (f) =>
      JSON.parse(readFileSync(join(GOLDEN, f), 'utf8')) as {
        scenario: string;
        seed: number;
        actions: Record<string, unknown>[];
      },
  );
const WORDS = ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf'];

describe('a session whose texts hold words that name object properties', () => {
  it.each(WORDS)('plays and re-scores every golden session with %j in each text', (word) => {
    for (const g of golden) {
      const { scenario, hash } = loadScenario(g.scenario);
      const actions = g.actions.map((a) => ({
        ...a,
        ...(typeof a.text === 'string' ? { text: `${a.text} ${word}` } : {}),
        ...(typeof a.body === 'string' ? { body: `${word} ${a.body}\n${word}` } : {}),
        ...(typeof a.subject === 'string' ? { subject: `${a.subject} ${word}` } : {}),
      }));
      const played = playInputs(scenario, hash, g.seed, actions);
      expect(played.log.actions.length).toBeGreaterThan(0);
      const scored = scoreLog(scenario, hash, played.log, [hash]);
      expect(scored.ok, `${g.scenario}: ${scored.ok ? '' : scored.reason}`).toBe(true);
    }
  });
});
