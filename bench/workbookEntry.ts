// What the bench's workbook measures need, bundled once for Node: the model, the workbook layer,
// the fake Excel the unit tests count round trips with, and a file with 100,000 listed cases.
export * as core from '../src/core';
export { MemoryWorkbook } from '../src/workbook/memory/memoryWorkbook';
export { OfficePort } from '../src/workbook/office/officePort';
export { PlanStorage } from '../src/workbook/storage/planStorage';
export { fakeExcel } from '../test/workbook/support/fakeExcel';
export { memoryStorage } from '../src/workbook/memory/memoryPort';
export { importXlsx } from '../src/workbook/memory/xlsxImport';
export { fileWithCases } from '../test/workbook/support/manyCases';
export { toSheets } from '../src/workbook/toSheets';
