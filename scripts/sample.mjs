// `npm run sample`: writes the sample municipality to an .xlsx file a newcomer can open in Excel,
// through the same memory workbook and export the pane uses. Plain node, nothing to build first:
// the TypeScript sources are transpiled on the fly (require-ts.js).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
require('./require-ts.js');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { samplePlan } = require(path.join(root, 'src/core/index.ts'));
// The same tables "of the user's own" the pane offers for import in a plain browser.
const { MemoryWorkbook, memoryStorage, SAMPLE_SOURCES } = require(path.join(root, 'src/workbook/index.ts'));
const { exportXlsx } = require(path.join(root, 'src/workbook/memory/xlsxExport.ts'));

const target = path.resolve(root, process.argv[2] ?? 'sample/verantwoorde-caseload-voorbeeld.xlsx');
const book = new MemoryWorkbook({ sheets: SAMPLE_SOURCES });
await memoryStorage(book).save(samplePlan());
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, await exportXlsx(book));
console.log(`Voorbeeldwerkmap geschreven / sample workbook written: ${target}`);
