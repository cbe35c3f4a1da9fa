import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { ncName, SCORM12_SCHEMAS, scorm12Manifest } from '../../scripts/scorm/manifest.ts';

/**
 * The package's manifest against ADL's published SCORM 1.2 schemas (scripts/scorm/schemas, as
 * ADL ships them), with libxml2's xmllint compiled to WebAssembly. The content packaging schema
 * and ADL's extension are both checked; IMS's metadata schema (imsmd) does not compile in libxml2
 * (its content models are not deterministic) and the manifest uses none of its elements.
 */
const SCHEMAS = join(import.meta.dirname, '..', '..', 'scripts', 'scorm', 'schemas');
const read = (file: string) => readFileSync(join(SCHEMAS, file), 'utf8');

const DRIVER = `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>`;

async function validate(xml: string) {
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: 'driver.xsd', contents: DRIVER }],
    preload: [
      { fileName: 'imscp_rootv1p1p2.xsd', contents: read('imscp_rootv1p1p2.xsd') },
      { fileName: 'adlcp_rootv1p2.xsd', contents: read('adlcp_rootv1p2.xsd') },
      // libxml2 refuses a schema of the xml namespace that also declares it as the default one.
      {
        fileName: 'ims_xml.xsd',
        contents: read('ims_xml.xsd').replace(' xmlns="http://www.w3.org/XML/1998/namespace"', ''),
      },
    ],
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

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
