// A memory workbook as a real .xlsx file: the sheets, the named tables, the drop-downs and the
// formulas with the results core computed, so the file opens showing numbers. exceljs is loaded
// on demand, a separate chunk the pane only fetches when someone downloads. exceljs cannot write
// charts: the weekly chart is added by the add-in the first time it saves into the file in Excel.
import type { Cell as XlsxCell, CellValue as XlsxValue, Worksheet } from 'exceljs';
import { cellAddress, parseArea, parseCell } from '../addresses';
import { CellValue, isCellError } from '../cellKinds';
import type { CellStyle, PrintSpec } from '../toSheets';
import { addCalculatedColumns, CalculatedColumn } from './calculatedColumns';
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
const isArrayFormula = (formula: string) => WHOLE_COLUMN.test(formula);

/** Writes one cell; gives back what it wrote, as exceljs reads a formula's 0 or "" result back as none. */
function writeCell(sheet: Worksheet, address: string, cell: MemoryCell, table: string | undefined) {
  const target = sheet.getCell(address);
  let value: XlsxValue;
  if (cell.formula) {
    const formula = fileFormula(cell.formula, table);
    const result = fileValue(cell.value) as never;
    // A formula over whole columns (IF(vcRoster[Team]=…), SUMIFS per category) must be evaluated
    // as an array: a file keeps that as an array formula, or Excel and LibreOffice would take one
    // cell of each column.
    value = isArrayFormula(formula)
      ? ({ formula, result, shareType: 'array', ref: address } as XlsxValue)
      : { formula, result };
  } else {
    value = fileValue(cell.value);
  }
  target.value = value;
  if (cell.format && cell.format !== 'General') target.numFmt = cell.format;
  if (cell.style) STYLES[cell.style](target);
  return value;
}

/** A table's formula columns, where every row holds the same formula (all of the add-in's do). */
function calculatedColumns(body: XlsxValue[][]): CalculatedColumn[] {
  const formulaOf = (value: XlsxValue) =>
    typeof value === 'object' && value !== null && 'formula' in value ? value.formula : undefined;
  return (body[0] ?? []).flatMap((first, column) => {
    const formula = formulaOf(first);
    if (!formula || body.some(row => formulaOf(row[column]) !== formula)) return [];
    return [{ column, formula, array: isArrayFormula(formula) }];
  });
}

/** A4 landscape on one page, the header left and centre as given, the printing date (&D) on the right. */
function printSetup(sheet: Worksheet, print: PrintSpec) {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4 in Excel's numbering
    orientation: print.orientation,
    fitToPage: print.fitToOnePage,
    fitToWidth: 1,
    fitToHeight: 1,
  };
  sheet.headerFooter = {
    ...sheet.headerFooter,
    oddHeader: `&L${print.header.left}&C${print.header.center}&R&D`,
  };
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

  // Excel recalculates everything when it opens the file, so no figure stored here is shown as current.
  file.calcProperties.fullCalcOnLoad = true;
  const calculated = new Map<string, CalculatedColumn[]>();

  const sheets = book.sheets.filter(sheet => userSheets || !sheet.user);
  for (const memory of sheets) {
    const sheet = file.addWorksheet(memory.name);
    if (memory.print) printSetup(sheet, memory.print);
    memory.widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
    const tables = book.tables.filter(t => t.sheet === memory.name).map(t => ({ ...t, area: parseArea(t.address) }));
    const tableAt = (address: string) => {
      const { row, col } = parseCell(address);
      return tables.find(t => row > t.area.top && row <= t.area.bottom && col >= t.area.left && col <= t.area.right);
    };
    const written = new Map<string, XlsxValue>();
    for (const [address, cell] of memory.cells) {
      written.set(address, writeCell(sheet, address, cell, tableAt(address)?.name));
    }
    for (const table of tables) {
      const values = book.values(memory.name, table.area);
      const [header, ...rows] = values;
      const body = rows.map((row, r) =>
        row.map((_v, c) => written.get(cellAddress({ row: table.area.top + 1 + r, col: table.area.left + c })) ?? null),
      );
      calculated.set(table.name, calculatedColumns(body));
      sheet.addTable({
        name: table.name,
        ref: cellAddress({ row: table.area.top, col: table.area.left }),
        headerRow: true,
        style: { theme: 'TableStyleMedium2', showRowStripes: true },
        columns: header.map(name => ({ name: String(name ?? ''), filterButton: true })),
        // The cells are written above; the table stores them again, so give it the same values.
        rows: body,
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
  return addCalculatedColumns(new Uint8Array(await file.xlsx.writeBuffer()), calculated);
}

/** The file for a download link in the browser. */
export const exportXlsxBlob = async (book: MemoryWorkbook, options?: ExportOptions): Promise<Blob> =>
  new Blob([(await exportXlsx(book, options)) as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE });
