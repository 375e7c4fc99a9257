// The development and acceptance add-ins have functions of their own (CASELOADDEV.*, CASELOADACC.*),
// so the formulas a workbook holds are in the namespace of the add-in that last wrote it. A
// workbook the acceptance add-in wrote, opened by the production add-in, is read whole, and its
// next write puts every formula back in CASELOAD.*: nothing of the acceptance namespace is left.
import { strFromU8, unzipSync } from 'fflate';
import { samplePlan } from '../../src/core';
import { memoryStorage } from '../../src/workbook/memory/memoryPort';
import { importXlsx } from '../../src/workbook/memory/xlsxImport';
import type * as Workbook from '../../src/workbook';

const scope = globalThis as { __FUNCTIONS_NAMESPACE__?: string };

/** The workbook layer as a build for `namespace` has it (the build defines the constant). */
function workbookBuiltFor(namespace: string) {
  scope.__FUNCTIONS_NAMESPACE__ = namespace;
  try {
    let modules: { workbook: typeof Workbook; exportXlsx: (book: unknown) => Promise<Uint8Array> } | undefined;
    jest.isolateModules(() => {
      modules = {
        workbook: require('../../src/workbook'),
        exportXlsx: require('../../src/workbook/memory/xlsxExport').exportXlsx,
      };
    });
    return modules!;
  } finally {
    delete scope.__FUNCTIONS_NAMESPACE__;
  }
}

const formulasOf = (book: { sheets: readonly { cells: Map<string, { formula?: string }> }[] }) =>
  book.sheets.flatMap(s => [...s.cells.values()].flatMap(c => (c.formula ? [c.formula] : [])));

test('a workbook the acceptance add-in wrote computes with CASELOAD.* after the production add-in writes it', async () => {
  const acceptance = workbookBuiltFor('CASELOADACC');
  expect(acceptance.workbook.FUNCTIONS_NAMESPACE).toBe('CASELOADACC');
  const written = new acceptance.workbook.MemoryWorkbook();
  await acceptance.workbook.memoryStorage(written).save(samplePlan());
  const bytes = await acceptance.exportXlsx(written);
  const sheetXml = Object.entries(unzipSync(bytes))
    .filter(([name]) => name.startsWith('xl/worksheets/'))
    .map(([, part]) => strFromU8(part))
    .join('');
  expect(sheetXml).toContain('_xldudf_CASELOADACC_CLIENT_HOURS(');
  expect(sheetXml).not.toContain('_xldudf_CASELOAD_');

  // Production (this test's own modules, built for CASELOAD) opens the file.
  const book = await importXlsx(bytes);
  expect(formulasOf(book).filter(f => f.includes('CASELOADACC.')).length).toBeGreaterThan(100);
  const storage = memoryStorage(book);
  const { plan, warnings } = await storage.load();
  expect(warnings).toEqual([]);
  expect(plan).toEqual(samplePlan());
  await storage.save(plan);
  const formulas = formulasOf(book);
  expect(formulas.filter(f => f.includes('CASELOADACC'))).toEqual([]);
  expect(formulas.filter(f => f.includes('CASELOAD.')).length).toBeGreaterThan(100);
});
