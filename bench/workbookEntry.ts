// What the bench's round-trip measure needs, bundled once for Node: the model, the workbook layer
// and the fake Excel the unit tests count round trips with.
export * as core from '../src/core';
export { MemoryWorkbook } from '../src/workbook/memory/memoryWorkbook';
export { OfficePort } from '../src/workbook/office/officePort';
export { PlanStorage } from '../src/workbook/storage/planStorage';
export { fakeExcel } from '../test/workbook/support/fakeExcel';
