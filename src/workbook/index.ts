// The workbook layer as the pane sees it: a plan store over Excel or over a workbook in memory,
// what it reports, the user's own tables to import from, and the sample's own tables.
export { columnLetters } from './addresses';
export { FUNCTIONS_NAMESPACE } from './functionsNamespace';
export * from './importSources';
export { MemoryWorkbook } from './memory/memoryWorkbook';
export type { SheetPreview, UserSheet } from './memory/memoryWorkbook';
export { memoryStorage, MemoryPort } from './memory/memoryPort';
export { OfficePort } from './office/officePort';
export { SAMPLE_SOURCES } from './sampleSources';
export { PlanStorage } from './storage/planStorage';
export type { LoadResult, PlanStore, SaveResult, SourceTable, WorkbookWarning } from './storage/port';
export type { CellProblem } from './cellKinds';
