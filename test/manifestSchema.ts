// Checks a manifest against Microsoft's XSD schemas (test/fixtures/manifest-schemas), offline,
// with libxml2 compiled to WebAssembly (xmllint-wasm): nothing installed, no web service.
import fs from 'fs';
import path from 'path';
import { validateXML } from 'xmllint-wasm';

const SCHEMAS = path.resolve(__dirname, 'fixtures/manifest-schemas');
const MAIN = 'OfficeAppManifestV1_1.xsd';

const read = (file: string) => fs.readFileSync(path.join(SCHEMAS, file), 'utf8');
const imported = fs
  .readdirSync(SCHEMAS)
  .filter(file => file.endsWith('.xsd') && file !== MAIN)
  .map(fileName => ({ fileName, contents: read(fileName) }));

/** The schema errors of a manifest (none: it is valid), each as "line N: message". */
export async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [read(MAIN)],
    preload: imported,
  });
  return result.valid ? [] : result.errors.map(e => `line ${e.loc?.lineNumber ?? '?'}: ${e.message}`);
}
