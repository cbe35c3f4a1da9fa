/**
 * The `imsmanifest.xml` of a SCORM 1.2 package: one organization with one item, launching one
 * SCO (the built app's `index.html`) that lists every file of the package. No mastery score is
 * given: the package decides passed or failed itself (every scenario passed), and an LMS told a
 * mastery score may overrule the SCO's status from the score alone.
 */

export interface ManifestInput {
  /** A stable identifier of the package (an XML NCName is made of it). */
  identifier: string;
  title: string;
  /** Every file in the package, relative to its root, `/`-separated, the launch file among them. */
  files: readonly string[];
  launch: string;
}

/** The four ADL and IMS schema files a SCORM 1.2 package carries at its root. */
export const SCORM12_SCHEMAS = [
  'imscp_rootv1p1p2.xsd',
  'imsmd_rootv1p2p1.xsd',
  'adlcp_rootv1p2.xsd',
  'ims_xml.xsd',
] as const;

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** An XML NCName from any text: letters, digits, `-`, `_` and `.`, starting with a letter. */
export function ncName(text: string): string {
  const clean = text.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 100);
  return /^[A-Za-z_]/.test(clean) ? clean : `id-${clean}`;
}

/** A file's href: its path with each segment percent-encoded as a URI reference wants. */
const hrefOf = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export function scorm12Manifest(input: ManifestInput): string {
  const id = ncName(input.identifier);
  const title = escapeXml(input.title.slice(0, 200));
  const files = [...new Set(input.files)].sort();
  if (!files.includes(input.launch)) throw new Error(`the launch file ${input.launch} is missing`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${id}" version="1"`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    `  <organizations default="${id}-org">`,
    `    <organization identifier="${id}-org">`,
    `      <title>${title}</title>`,
    `      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">`,
    `        <title>${title}</title>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(hrefOf(input.launch))}">`,
    ...files.map((f) => `      <file href="${escapeXml(hrefOf(f))}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
