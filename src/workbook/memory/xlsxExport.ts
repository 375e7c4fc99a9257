// A memory workbook as a real .xlsx file: the sheets, the named tables, the drop-downs and the
// formulas with the results core computed, so the file opens showing numbers. exceljs is loaded
// on demand, a separate chunk the pane only fetches when someone downloads. exceljs cannot write
// charts: the weekly chart is added by the add-in the first time it saves into the file in Excel.
import type { Cell as XlsxCell, CellValue as XlsxValue, Worksheet } from 'exceljs';
import { cellAddress, parseArea, parseCell } from '../addresses';
import { CellValue, isCellError } from '../cellKinds';
import type { CellStyle } from '../toSheets';
import { fileFormula } from './fileFormula';
import { MemoryCell, MemoryWorkbook } from './memoryWorkbook';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const fileValue = (value: CellValue): XlsxValue =>
  isCellError(value) ? { error: value.error as never } : (value as XlsxValue);

const STYLES: Record<CellStyle, (cell: XlsxCell) => void> = {
  title: cell => (cell.font = { bold: true, size: 14 }),
  section: cell => (cell.font = { bold: true }),
  label: () => undefined,
  input: cell => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } }),
  output: cell => (cell.font = { bold: true }),
  note: cell => (cell.font = { italic: true, color: { argb: 'FF595959' } }),
};

/** A reference to a whole column of one of the add-in's tables (not to this row's cell of it). */
const WHOLE_COLUMN = /\bvc\w+\[(?!\[#This Row\])/;

function writeCell(sheet: Worksheet, address: string, cell: MemoryCell, table: string | undefined, spill: number) {
  const target = sheet.getCell(address);
  if (cell.formula) {
    const formula = fileFormula(cell.formula, table);
    const result = fileValue(cell.value) as never;
    // A formula over whole columns (IF(vcRoster[Team]=…), SUMIFS per category) must be evaluated
    // as an array: a file keeps that as an array formula, or Excel and LibreOffice would take one
    // cell of each column. A band that spills into the cell to its right is one over both cells.
    const { row, col } = parseCell(address);
    const ref = spill > 0 ? `${address}:${cellAddress({ row, col: col + spill })}` : address;
    const array = spill > 0 || WHOLE_COLUMN.test(formula);
    target.value = array ? ({ formula, result, shareType: 'array', ref } as XlsxValue) : { formula, result };
  } else {
    target.value = fileValue(cell.value);
  }
  if (cell.format && cell.format !== 'General') target.numFmt = cell.format;
  if (cell.style) STYLES[cell.style](target);
}

export interface ExportOptions {
  /**
   * Whether the user's own sheets go into the file (the default). A workbook opened from the
   * user's file leaves them out: a browser library cannot carry their charts, pivot tables and macros.
   */
  userSheets?: boolean;
}

export async function exportXlsx(book: MemoryWorkbook, { userSheets = true }: ExportOptions = {}): Promise<Uint8Array> {
  // A bundler hands a CommonJS module over as `default`; Node's require as the module itself.
  const exceljs: Partial<typeof import('exceljs')> & { default?: typeof import('exceljs') } = await import('exceljs');
  const { Workbook } = exceljs.default ?? (exceljs as typeof import('exceljs'));
  const file = new Workbook();
  file.creator = 'Verantwoorde Caseload';

  const sheets = book.sheets.filter(sheet => userSheets || !sheet.user);
  for (const memory of sheets) {
    const sheet = file.addWorksheet(memory.name);
    memory.widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
    const tables = book.tables.filter(t => t.sheet === memory.name).map(t => ({ ...t, area: parseArea(t.address) }));
    const tableAt = (address: string) => {
      const { row, col } = parseCell(address);
      return tables.find(t => row > t.area.top && row <= t.area.bottom && col >= t.area.left && col <= t.area.right);
    };
    const spills = new Map<string, number>();
    for (const cell of memory.cells.values()) {
      if (cell.spilledFrom) spills.set(cell.spilledFrom, (spills.get(cell.spilledFrom) ?? 0) + 1);
    }
    for (const [address, cell] of memory.cells) {
      writeCell(sheet, address, cell, tableAt(address)?.name, spills.get(address) ?? 0);
    }
    for (const table of tables) {
      const values = book.values(memory.name, table.area);
      const [header, ...body] = values;
      const addressOf = (r: number, c: number) =>
        cellAddress({ row: table.area.top + 1 + r, col: table.area.left + c });
      sheet.addTable({
        name: table.name,
        ref: cellAddress({ row: table.area.top, col: table.area.left }),
        headerRow: true,
        style: { theme: 'TableStyleMedium2', showRowStripes: true },
        columns: header.map(name => ({ name: String(name ?? ''), filterButton: true })),
        // The cells are written above; the table stores them again, so give it the same values.
        rows: body.map((row, r) => row.map((_v, c) => sheet.getCell(addressOf(r, c)).value)),
      });
    }
    for (const [address, words] of memory.lists) {
      const area = parseArea(address);
      for (let row = area.top; row <= area.bottom; row++) {
        sheet.getCell(cellAddress({ row, col: area.left })).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${words.join(',')}"`],
        };
      }
    }
  }
  // Open on the add-in's first sheet, not on whatever of the user's came first.
  const first = sheets.findIndex(sheet => !sheet.user);
  file.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(first, 0), visibility: 'visible' },
  ];
  return new Uint8Array(await file.xlsx.writeBuffer());
}

/** The file for a download link in the browser. */
export const exportXlsxBlob = async (book: MemoryWorkbook, options?: ExportOptions): Promise<Blob> =>
  new Blob([(await exportXlsx(book, options)) as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE });
