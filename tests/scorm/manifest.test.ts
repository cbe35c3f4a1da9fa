import { describe, expect, it } from 'vitest';
import { ncName, SCORM12_SCHEMAS, scorm12Manifest } from '../../scripts/scorm/manifest.ts';
import { validateManifest as validate } from './validate-manifest.ts';

const manifest = scorm12Manifest({
  identifier: 'rapport-0123abcd',
  title: 'Workshop 3: "calls" & <follow-ups>',
  files: ['index.html', 'assets/index-abc.js', 'assets/a file & more.css', ...SCORM12_SCHEMAS],
  launch: 'index.html',
});

describe('the SCORM 1.2 manifest', () => {
  it('validates against ADL’s schemas', async () => {
    expect(await validate(manifest)).toEqual({ valid: true, errors: [] });
  });

  it('launches one SCO and lists every file, escaped', () => {
    expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(manifest).toContain('<file href="assets/a%20file%20%26%20more.css"/>');
    expect(manifest).toContain(
      '<title>Workshop 3: &quot;calls&quot; &amp; &lt;follow-ups&gt;</title>',
    );
    expect(manifest).not.toContain('masteryscore');
  });

  it.each([
    [
      'a SCO type SCORM does not have',
      (x: string) => x.replace('scormtype="sco"', 'scormtype="page"'),
    ],
    ['no organizations', (x: string) => x.replace(/<organizations[\s\S]*<\/organizations>/, '')],
    [
      'the resources before the organizations',
      (x: string) => {
        const resources = /\s*<resources>[\s\S]*<\/resources>/.exec(x)?.[0] ?? '';
        return x
          .replace(resources, '')
          .replace('  <organizations', `${resources}\n  <organizations`);
      },
    ],
    [
      'an element the schema does not know',
      (x: string) => x.replace('<schema>', '<scheme>').replace('</schema>', '</scheme>'),
    ],
  ])('fails the schemas when broken: %s', async (_name, breakIt) => {
    const broken = breakIt(manifest);
    expect(broken).not.toBe(manifest);
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it('makes identifiers XML names', () => {
    expect(ncName('rapport-abc')).toBe('rapport-abc');
    expect(ncName('9 lives')).toBe('id-9-lives');
    expect(ncName('a<b>"c"')).toBe('a-b--c-');
  });

  it('refuses a launch file it does not list', () => {
    expect(() =>
      scorm12Manifest({ identifier: 'x', title: 't', files: ['a.js'], launch: 'index.html' }),
    ).toThrow(/launch file/);
  });
});
