// A municipality that keeps its whole case registration in the workbook: the sample plan with a
// first team listing `count` cases (numbers, never names), spread over the categories, with hours
// around their norms, some far above or below. For the tests and the bench of large files.
import { ListedCase, Plan, samplePlan } from '../../../src/core';
import { memoryStorage } from '../../../src/workbook/memory/memoryPort';
import { MemoryWorkbook } from '../../../src/workbook/memory/memoryWorkbook';
import { exportXlsx } from '../../../src/workbook/memory/xlsxExport';

/** The case number of the i-th case (from 0): C-000001, C-000002, … */
export const caseNumber = (i: number) => `C-${String(i + 1).padStart(6, '0')}`;

export function planWithCases(count: number): Plan {
  const plan = samplePlan();
  const categories = plan.bandwidth.categories.map(c => c.name);
  plan.teams[0].caseList = Array.from({ length: count }, (_, i): ListedCase => ({
    caseNumber: caseNumber(i),
    category: categories[i % categories.length],
    hours: 2 + (i % 60),
    weeksOpen: null,
    worker: '',
    reflection: '',
    outcome: '',
    listed: '',
  }));
  return plan;
}

/** That plan as an .xlsx the add-in wrote (through the in-memory workbook), with `today` as its TODAY(). */
export async function fileWithCases(count: number, today?: () => string): Promise<Uint8Array> {
  const book = new MemoryWorkbook();
  await memoryStorage(book, 'nl', today).save(planWithCases(count));
  return exportXlsx(book);
}
