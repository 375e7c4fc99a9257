// The add-in's door to a workbook in memory: the same four things the Office port does in Excel
// (read a snapshot, carry out write steps, list and read the user's own tables), over a
// MemoryWorkbook. PlanStorage does the rest, exactly as for Excel.
import { parseArea, sheetOf } from '../addresses';
import { isCellError } from '../cellKinds';
import { candidateSheets, isOurTable } from '../fromSheets';
import type { WriteStep } from '../saveSteps';
import { PlanStorage } from '../storage/planStorage';
import type { KnownNames, SourceTable, WorkbookPort, WorkbookSnapshot } from '../storage/port';
import { isStampName } from '../storage/revisionStamp';
import type { Language } from '../../core';
import { MemoryWorkbook } from './memoryWorkbook';

/** What a port reads of a memory workbook for fromSheets. */
export function snapshotOf(book: MemoryWorkbook): WorkbookSnapshot {
  const names = book.sheets.map(s => s.name);
  const candidates = candidateSheets(names, book.tables);
  return {
    sheets: names,
    cells: Object.fromEntries(candidates.map(name => [name, book.grid(name)])),
    tables: book.tables
      .filter(t => isOurTable(t.name))
      .map(t => ({ ...t, values: book.values(t.sheet, parseArea(t.address)) })),
    charts: Object.fromEntries(
      candidates.map(name => [name, book.charts.filter(c => c.sheet === name).map(c => c.name)]),
    ),
    stamps: [...book.names].filter(([name]) => isStampName(name)).map(([name, token]) => ({ name, token })),
  };
}

export class MemoryPort implements WorkbookPort {
  constructor(readonly book: MemoryWorkbook) {}

  async readSnapshot(known?: KnownNames): Promise<WorkbookSnapshot> {
    // As Excel's getItem would: a known sheet or table that is gone fails the read.
    for (const sheet of known?.sheets ?? []) if (!this.book.sheet(sheet)) throw new Error(`No sheet named "${sheet}"`);
    for (const table of known?.tables ?? []) {
      if (!this.book.tables.some(t => t.name === table.name)) throw new Error(`No table named "${table.name}"`);
    }
    return snapshotOf(this.book);
  }

  async apply(steps: readonly WriteStep[]): Promise<void> {
    this.book.apply(steps);
  }

  async listSources(): Promise<SourceTable[]> {
    const { book } = this;
    const sources: SourceTable[] = book.tables
      .filter(t => !isOurTable(t.name) && book.sheet(t.sheet)?.user)
      .map(t => {
        const values = book.values(t.sheet, parseArea(t.address));
        return { name: t.name, sheet: t.sheet, columns: values[0].map(String), rows: values.length - 1, kind: 'table' };
      });
    if (book.selection) {
      const values = await this.readSource(book.selection);
      const sheet = sheetOf(book.selection) ?? '';
      const columns = (values[0] ?? []).map(String);
      sources.push({ name: book.selection, sheet, columns, rows: Math.max(values.length - 1, 0), kind: 'selection' });
    }
    return sources;
  }

  async readSource(name: string): Promise<unknown[][]> {
    const { book } = this;
    const table = book.tables.find(t => t.name.toLowerCase() === name.toLowerCase());
    const sheet = table?.sheet ?? sheetOf(name);
    if (!sheet || !book.sheet(sheet)) throw new Error(`No table or range named ${name}`);
    const values = book.values(sheet, parseArea(table?.address ?? name));
    return values.map(row => row.map(v => (isCellError(v) ? v.error : v)));
  }
}

/** A plan storage over a memory workbook (a new empty one by default). */
export const memoryStorage = (book = new MemoryWorkbook(), language: Language = 'nl', today?: () => string) =>
  new PlanStorage(new MemoryPort(book), language, today);
