// An .xlsx file as a workbook in memory: its sheets, cell values, formulas with their cached
// results, number formats, column widths and named tables, so a workbook can be opened in the
// browser pane (the user's own, or an earlier download) and read like one in Excel. Sheets that
// hold the add-in's tables (or carry its sheet names) are the add-in's; all others stay the
// user's, which the add-in never writes. exceljs is loaded on demand, as for the download.
// Reading (readXlsx) gives plain data, so the pane can do it in a worker, off its own thread, and
// build the workbook (bookOf) from what the worker sends back.
import type { Cell as XlsxCell, Worksheet } from 'exceljs';
import { Area, parseArea } from '../addresses';
import { CellValue } from '../cellKinds';
import { candidateSheets } from '../fromSheets';
import { formulaFromFile } from './fileFormula';
import { MemoryCell, MemoryWorkbook } from './memoryWorkbook';
import { readableXlsx } from './readableXlsx';

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** exceljs's cell kinds (its ValueType enum), by number so the module itself stays lazily loaded. */
const TYPE = {
  null: 0,
  merge: 1,
  number: 2,
  string: 3,
  date: 4,
  hyperlink: 5,
  formula: 6,
  richText: 8,
  boolean: 9,
  error: 10,
};

/** A value exceljs read, as a plain cell value: dates as Excel's serial numbers, rich text as text. */
function plain(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / DAY_MS;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  const object = value as { error?: string; richText?: { text: string }[]; text?: unknown };
  if (typeof object.error === 'string') return { error: object.error as never };
  if (Array.isArray(object.richText)) return object.richText.map(part => part.text).join('');
  if (object.text !== undefined) return plain(object.text);
  return String(value);
}

function memoryCell(cell: XlsxCell, table: string | undefined): MemoryCell | undefined {
  const format = cell.numFmt && cell.numFmt !== 'General' ? { format: cell.numFmt } : {};
  if (cell.type === TYPE.formula && cell.formula) {
    return { value: plain(cell.result), formula: formulaFromFile(cell.formula, table), ...format };
  }
  if (cell.type === TYPE.null || cell.type === TYPE.merge) return undefined;
  const value = plain(cell.value);
  return value === null ? undefined : { value, ...format };
}

function tablesOf(sheet: Worksheet): { name: string; ref: string; area: Area }[] {
  return sheet.getTables().map(entry => {
    const table = (entry as unknown as { table: { name: string; tableRef?: string; ref?: string } }).table;
    const ref = table.tableRef ?? table.ref ?? '';
    return { name: table.name, ref, area: parseArea(ref) };
  });
}

/** The table whose body holds the cell (exceljs counts rows and columns from 1). */
const bodyOf = (tables: { name: string; area: Area }[], row: number, col: number) =>
  tables.find(
    ({ area }) => row - 1 > area.top && row - 1 <= area.bottom && col - 1 >= area.left && col - 1 <= area.right,
  );

/** A file's sheets as plain data (it passes between threads as it is). */
export interface ReadSheet {
  name: string;
  /** Not the add-in's: the add-in never writes it. */
  user: boolean;
  cells: [address: string, cell: MemoryCell][];
  tables: { name: string; address: string }[];
  widths: number[];
}

export async function readXlsx(bytes: ArrayBuffer | Uint8Array): Promise<ReadSheet[]> {
  // A bundler hands a CommonJS module over as `default`; Node's require as the module itself.
  const exceljs: Partial<typeof import('exceljs')> & { default?: typeof import('exceljs') } = await import('exceljs');
  const { Workbook } = exceljs.default ?? (exceljs as typeof import('exceljs'));
  const file = new Workbook();
  await file.xlsx.load((await readableXlsx(new Uint8Array(bytes))) as never);

  const sheets = file.worksheets.map(sheet => ({ sheet, tables: tablesOf(sheet) }));
  const ours = new Set(
    candidateSheets(
      sheets.map(s => s.sheet.name),
      sheets.flatMap(s => s.tables.map(t => ({ name: t.name, sheet: s.sheet.name }))),
    ),
  );
  return sheets.map(({ sheet, tables }) => {
    const cells: ReadSheet['cells'] = [];
    sheet.eachRow({ includeEmpty: false }, row =>
      row.eachCell({ includeEmpty: false }, cell => {
        const table = bodyOf(tables, Number(cell.row), Number(cell.col))?.name;
        const kept = memoryCell(cell, table);
        if (kept) cells.push([cell.address, kept]);
      }),
    );
    return {
      name: sheet.name,
      user: !ours.has(sheet.name),
      cells,
      tables: tables.map(t => ({ name: t.name, address: t.ref })),
      widths: (sheet.columns ?? []).map(column => column.width ?? 0),
    };
  });
}

/** The workbook in memory that read sheets make. */
export function bookOf(sheets: readonly ReadSheet[]): MemoryWorkbook {
  const book = new MemoryWorkbook();
  for (const sheet of sheets) {
    book.addSheet(sheet.name, sheet.user);
    for (const [address, cell] of sheet.cells) book.putCell(sheet.name, address, cell);
    for (const table of sheet.tables) book.addTable(sheet.name, table.name, table.address);
    book.setWidths(sheet.name, sheet.widths);
  }
  return book;
}

export const importXlsx = async (bytes: ArrayBuffer | Uint8Array): Promise<MemoryWorkbook> =>
  bookOf(await readXlsx(bytes));
