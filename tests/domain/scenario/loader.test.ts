import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText, yamlNodesVisited } from '../../../src/domain/scenario/loader.ts';
import { SCENARIO_DIR } from '../../helpers.ts';

const good = readFileSync(join(SCENARIO_DIR, 'pr-phone-referral.yaml'), 'utf8');

function issues(text: string, file = 'pr-phone-referral.yaml') {
  const loaded = loadScenarioText(text, file);
  return loaded.ok ? [] : loaded.issues;
}

/** The PR file with a topic of its own added before its salary entry (the YAML text given). */
const withOwnTopic = (entry: string) =>
  good.replace('  - topic: salary\n', `${entry}  - topic: salary\n`);

describe('scenario loader', () => {
  it('takes a topic of the scenario’s own, with a name and at least five examples', () => {
    const entry = [
      '  - topic: work_life',
      '    name: how I keep agency hours in check',
      '    examples:',
      ...[1, 2, 3, 4, 5].map((i) => `      - 'How do you balance the hours, question ${i}?'`),
      '    answers:',
      "      - 'I protect my weekends.'",
      '',
    ].join('\n');
    expect(issues(withOwnTopic(entry))).toEqual([]);
  });

  it('refuses a topic of its own with no name or too few examples, saying what to add', () => {
    const entry = [
      '  - topic: work_life',
      '    examples:',
      "      - 'How do you balance the hours?'",
      '    answers:',
      "      - 'I protect my weekends.'",
      '',
    ].join('\n');
    const messages = issues(withOwnTopic(entry)).map((i) => i.message);
    expect(messages.some((m) => /not a built-in one: give it a name/.test(m))).toBe(true);
    expect(messages.some((m) => /at least 5 example questions/.test(m))).toBe(true);
  });

  it('refuses a topic id that is neither built in nor lowercase words with underscores', () => {
    const entry = ['  - topic: Work Life!', '    answers:', "      - 'Hm.'", ''].join('\n');
    expect(
      issues(withOwnTopic(entry)).some((i) =>
        /lowercase words joined by underscores/.test(i.message),
      ),
    ).toBe(true);
  });

  it('loads a valid file with its content hash', () => {
    const loaded = loadScenarioText(good, 'pr-phone-referral.yaml');
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('gives the same hash whatever the formatting and comments', () => {
    const a = loadScenarioText(good, 'pr-phone-referral.yaml');
    const b = loadScenarioText(`# a comment\n${good}\n\n`, 'pr-phone-referral.yaml');
    expect(a.ok && b.ok && a.hash === b.hash).toBe(true);
  });

  it('refuses a keyword the phrase language cannot read, saying why and where', () => {
    const text = good.replace(/(keywords:\n(\s+)- )/, '$1(day to day\n$2- ');
    const found = issues(text);
    expect(found.some((i) => /cannot be read: .*unclosed "\("/.test(i.message))).toBe(true);
    expect(found.every((i) => i.line > 1)).toBe(true);
  });

  it('reads a keyword written as words: punctuation the tokenizer drops is dropped', () => {
    const text = good.replace(/(keywords:\n(\s+)- )/, '$1what is it like?\n$2- ');
    expect(issues(text)).toEqual([]);
  });

  it('reports broken YAML with its line and column', () => {
    const found = issues('id: x\ntitle: [unclosed\n');
    expect(found[0]?.message).toContain('not valid YAML');
    expect(found[0]?.line).toBeGreaterThan(1);
  });

  it('reports a missing field at its parent, in words an instructor understands', () => {
    const text = good.replace(/^ {4}phone: .*\n/m, '');
    const found = issues(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toBe('"brief.student.phone" is missing; add it');
    const studentLine = text.split('\n').findIndex((l) => l.startsWith('  student:')) + 1;
    expect(found[0]?.line).toBe(studentLine + 1);
  });

  it('reports a misspelt field at the field itself', () => {
    const text = good.replace('  talkativeness:', '  talkativenes:');
    const found = issues(text);
    const line = text.split('\n').findIndex((l) => l.startsWith('  talkativenes:')) + 1;
    expect(found.map((i) => i.message)).toContain(
      '"contact" has a field this format does not know: "talkativenes" (check the spelling)',
    );
    expect(found.find((i) => i.message.includes('talkativenes"'))?.line).toBe(line);
    expect(found.map((i) => i.message)).toContain('"contact.talkativeness" is missing; add it');
  });

  it('returns every issue, not just the first', () => {
    const text = good
      .replace('difficulty: introductory', 'difficulty: easy')
      .replace("time: '10:00'", "time: '25:00'");
    const found = issues(text);
    expect(found.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        '"difficulty" must be one of: introductory, intermediate, advanced',
        expect.stringContaining('24-hour clock'),
      ]),
    );
    expect(found.find((i) => i.message.startsWith('"difficulty"'))?.line).toBe(
      text.split('\n').findIndex((l) => l.startsWith('difficulty:')) + 1,
    );
  });

  it('refuses an id that does not match the file name', () => {
    expect(issues(good, 'other-name.yaml')[0]?.message).toContain('should match the file name');
  });

  it('refuses an empty file, a list and an oversized file', () => {
    expect(issues('')[0]?.message).toBe('the file is empty');
    expect(issues('- a\n- b\n')[0]?.message).toContain('a group of fields');
    expect(issues('x'.repeat(1_000_001))[0]?.message).toContain('larger than 1 MB');
    // 600,000 characters, but 1.2 MB once written: the limit is in bytes.
    expect(issues(`id: ${'é'.repeat(600_000)}`)[0]?.message).toContain('larger than 1 MB');
  });

  it('survives YAML alias bombs', () => {
    const bomb =
      'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    expect(() => issues(bomb)).not.toThrow();
    expect(issues(bomb).length).toBeGreaterThan(0);
  });

  it('refuses a billion laughs, looking at each node of the file once, not at what it expands to', () => {
    const names = 'abcdefghij';
    let bomb = `a: &a [${Array(10).fill('lol').join(',')}]\n`;
    for (let i = 1; i < names.length; i += 1) {
      bomb += `${names[i]}: &${names[i]} [${Array(10)
        .fill(`*${names[i - 1]}`)
        .join(',')}]\n`;
    }
    const before = yamlNodesVisited();
    expect(issues(bomb)).toEqual([
      {
        file: 'pr-phone-referral.yaml',
        line: 1,
        col: 1,
        message:
          'the file has more than 100,000 YAML values, counting each one its aliases (*name) repeat; a scenario has a few thousand',
      },
    ]);
    expect(yamlNodesVisited() - before).toBeLessThan(200);
  });

  it('counts what aliases repeat: a scenario reusing one keyword list is refused past 100,000 values', () => {
    const list = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(', ');
    const reuse = (times: number) =>
      good
        .replace(/( {2}- topic: typical_day\n {4}keywords:)\n( {6}- .*\n)+/, `$1 &many [${list}]\n`)
        .replace(
          /(publicFacts:\n)/,
          `$1${Array.from({ length: times }, () => `  - fact: Reused.\n    keywords: *many\n`).join('')}`,
        );
    expect(issues(reuse(3))).toEqual([]);
    expect(issues(reuse(60))[0]?.message).toContain('more than 100,000 YAML values');
  });

  it('refuses an alias used inside what it names', () => {
    expect(issues('a: &loop [1, *loop]\n')[0]?.message).toBe(
      'the alias *loop is used inside what it names, so it never ends',
    );
  });

  it('refuses nesting deeper than any scenario, however deep it goes', () => {
    expect(issues(`a: ${'['.repeat(40)}${']'.repeat(40)}\n`)[0]?.message).toBe(
      'the file nests more than 32 levels deep; a scenario nests a few',
    );
    expect(issues('['.repeat(10_000))[0]?.message).toMatch(/nests too deeply|not valid YAML/);
  });

  it('finds a duplicate key with its line and column, looking at each key once', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: v`);
    const text = `${keys.join('\n')}\nk17: again\n`;
    const before = yamlNodesVisited();
    const found = issues(text);
    expect(yamlNodesVisited() - before).toBeLessThanOrEqual(2 * 20_001 + 1);
    expect(found[0]).toEqual({
      file: 'pr-phone-referral.yaml',
      line: 20_001,
      col: 1,
      message:
        'this is not valid YAML: "k17" appears twice in the same group; each name may appear once',
    });
  });

  it('refuses 60,000 keys as more values than a scenario has, and lists only the first unknown fields', () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: v`).join('\n');
    expect(issues(keys(60_000))[0]?.message).toContain('more than 100,000 YAML values');
    const unknown = issues(`${good}\n${keys(200)}\n`);
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.message).toBe(
      'the file has fields this format does not know: "k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9" and 190 more (check the spelling)',
    );
  });
});
