// Plan storages over a workbook in memory, directly or through the Office port and a fake Excel,
// so each test can run the same steps through both doors.
import type { Plan } from '../../../src/core';
import { memoryStorage } from '../../../src/workbook/memory/memoryPort';
import { MemoryWorkbook, UserSheet } from '../../../src/workbook/memory/memoryWorkbook';
import { ExcelRun, OfficePort } from '../../../src/workbook/office/officePort';
import { PlanStorage } from '../../../src/workbook/storage/planStorage';

export type AdapterKind = 'memory' | 'office';

export const officeStorage = (run: ExcelRun, today?: () => string) => new PlanStorage(new OfficePort(run), 'nl', today);

/** A memory workbook (with the user's own sheets, if given) that the add-in saved `plan` to. */
export async function bookWith(plan: Plan, options: { sheets?: UserSheet[]; selection?: string } = {}) {
  const book = new MemoryWorkbook(options);
  await memoryStorage(book).save(plan);
  return book;
}
