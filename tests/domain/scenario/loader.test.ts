import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../../src/domain/scenario/loader.ts';
import { SCENARIO_DIR } from '../../helpers.ts';

const good = readFileSync(join(SCENARIO_DIR, 'pr-phone-referral.yaml'), 'utf8');

function issues(text: string, file = 'pr-phone-referral.yaml') {
  const loaded = loadScenarioText(text, file);
  return loaded.ok ? [] : loaded.issues;
}

describe('scenario loader', () => {
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
  });

  it('survives YAML alias bombs', () => {
    const bomb =
      'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    expect(() => issues(bomb)).not.toThrow();
    expect(issues(bomb).length).toBeGreaterThan(0);
  });
});
