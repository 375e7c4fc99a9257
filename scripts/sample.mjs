// `npm run sample`: writes the sample municipality to an .xlsx file a newcomer can open in Excel,
// through the same memory workbook and export the pane uses. Plain node, nothing to build first:
// the TypeScript sources are transpiled on the fly (require-ts.js).
//   npm run sample -- [file.xlsx] [--formulas=standard]
// --formulas=standard writes standard Excel formulas, which compute without the add-in.
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

const args = process.argv.slice(2);
const option = args.find(a => a.startsWith('--formulas='));
const formulas = option ? option.slice('--formulas='.length) : 'caseload';
if (formulas !== 'caseload' && formulas !== 'standard') {
  console.error(
    `--formulas kan "caseload" of "standard" zijn / can be "caseload" or "standard", niet/not "${formulas}"`,
  );
  process.exit(2);
}
const file = args.find(a => !a.startsWith('--'));
const target = path.resolve(root, file ?? 'sample/verantwoorde-caseload-voorbeeld.xlsx');
const book = new MemoryWorkbook({ sheets: SAMPLE_SOURCES });
await memoryStorage(book).save({ ...samplePlan(), formulas });
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, await exportXlsx(book));
console.log(`Voorbeeldwerkmap geschreven / sample workbook written: ${target}`);
