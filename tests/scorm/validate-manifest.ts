import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

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

/** The manifest's validity against the schemas, and xmllint's messages. */
export async function validateManifest(xml: string) {
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
