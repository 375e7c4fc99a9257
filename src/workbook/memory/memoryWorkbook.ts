// A workbook in memory, behaving as Excel does for what the add-in uses: sheets of cells (values,
// formulas with their cached results), named tables, drop-down lists and charts, the add-in's
// write steps carried out as Excel would, and what a person can do by hand (type in a cell,
// rename a sheet, delete a column). It knows nothing of plans: memoryPort.ts is the add-in's door
// to it. It is the pane's workbook in a plain browser, the workbook tests edit "by hand", and the
// source of `npm run sample`.
import { Area, areaAddress, cellAddress, parseArea, parseCell, quoteSheet } from '../addresses';
import { CellValue, isCellError } from '../cellKinds';
import type { WriteStep } from '../saveSteps';
import type { Cell, CellStyle, ChartSpec, PrintSpec } from '../toSheets';

export interface MemoryCell {
  value: CellValue;
  formula?: string;
  format?: string;
  style?: CellStyle;
}

export interface MemorySheet {
  name: string;
  /** Made by the user (pre-filled), never by the add-in: the add-in must not write to it. */
  user: boolean;
  cells: Map<string, MemoryCell>;
  widths: readonly number[];
  /** Drop-down lists by area address. */
  lists: Map<string, string[]>;
  /** How it prints, when the add-in set that. */
  print?: PrintSpec;
}

export interface MemoryTable {
  name: string;
  sheet: string;
  /** Header and body. */
  address: string;
}

export interface MemoryChart extends ChartSpec {
  sheet: string;
}

/** A sheet of the user's own, to pre-fill the workbook with (a roster, a case list, …). */
export interface UserSheet {
  name: string;
  /** Values from A1. */
  rows: unknown[][];
  /** Tables on it; by default none. */
  tables?: { name: string; address: string }[];
}

/** What the preview shows of one sheet: formulas as formulas. */
export interface SheetPreview {
  name: string;
  /** Made by the add-in. */
  ours: boolean;
  rows: unknown[][];
  tables: MemoryTable[];
  charts: string[];
}

const asCellValue = (value: unknown): CellValue =>
  value === undefined || value === '' ? null : isCellError(value) ? value : (value as CellValue);

/** A table's header and body as a fresh rows × columns array. */
const rectangle = (area: Area, at: (row: number, col: number) => unknown): unknown[][] =>
  Array.from({ length: area.bottom - area.top + 1 }, (_r, r) =>
    Array.from({ length: area.right - area.left + 1 }, (_c, c) => at(area.top + r, area.left + c)),
  );

const cellsIn = (area: Area): string[] => rectangle(area, (row, col) => cellAddress({ row, col })).flat() as string[];

const overlaps = (a: Area, b: Area) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

export class MemoryWorkbook {
  private readonly sheetList: MemorySheet[] = [];
  private readonly tableList: MemoryTable[] = [];
  private readonly chartList: MemoryChart[] = [];
  /** Workbook names the add-in keeps, hidden, with the text each holds (its save stamps). */
  private readonly nameList = new Map<string, string>();
  /** The current selection ("Sheet!A1:C9"), as Excel has one. */
  selection: string | undefined;

  constructor(options: { sheets?: UserSheet[]; selection?: string } = {}) {
    this.selection = options.selection;
    for (const sheet of options.sheets ?? []) this.addUserSheet(sheet);
  }

  // ---- Read-only views -----------------------------------------------------------------------

  get sheets(): readonly MemorySheet[] {
    return this.sheetList;
  }
  get tables(): readonly MemoryTable[] {
    return this.tableList;
  }
  get charts(): readonly MemoryChart[] {
    return this.chartList;
  }

  /** The workbook's names and the text each holds. */
  get names(): ReadonlyMap<string, string> {
    return this.nameList;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheetList.find(s => s.name === name);
  }

  cell(sheet: string, address: string): MemoryCell | undefined {
    return this.sheet(sheet)?.cells.get(address);
  }

  /** The cell values in an area (cached results for formulas), blanks as null. */
  values(sheet: string, area: Area): unknown[][] {
    const cells = this.sheet(sheet)?.cells;
    return rectangle(area, (row, col) => cells?.get(cellAddress({ row, col }))?.value ?? null);
  }

  /** A sheet's used cells from A1. */
  grid(sheet: string, show: (cell: MemoryCell) => unknown = cell => cell.value): unknown[][] {
    const grid: unknown[][] = [];
    for (const [address, cell] of this.sheet(sheet)?.cells ?? []) {
      const { row, col } = parseCell(address);
      while (grid.length <= row) grid.push([]);
      const line = grid[row];
      while (line.length < col) line.push(null);
      line[col] = show(cell);
    }
    const width = Math.max(0, ...grid.map(line => line.length));
    return grid.map(line => [...line, ...Array<null>(width - line.length).fill(null)]);
  }

  /** The sheets as the preview shows them: formulas as formulas. */
  preview(): SheetPreview[] {
    return this.sheetList.map(sheet => ({
      name: sheet.name,
      ours: !sheet.user,
      rows: this.grid(sheet.name, cell => cell.formula ?? (isCellError(cell.value) ? cell.value.error : cell.value)),
      tables: this.tableList.filter(t => t.sheet === sheet.name),
      charts: this.chartList.filter(c => c.sheet === sheet.name).map(c => c.name),
    }));
  }

  // ---- Changes: the add-in's save steps, and what a person can do in Excel -------------------

  /**
   * Carries out save steps in order; refuses any step on a sheet the user made. As in an Excel
   * batch, a step that fails stops the rest, and the steps before it stay done.
   */
  apply(steps: readonly WriteStep[]): void {
    for (const step of steps) {
      if (step.op === 'addName' || step.op === 'deleteName') {
        this.changeName(step);
        continue;
      }
      if (step.op !== 'addSheet' && this.sheet(step.sheet)?.user) {
        throw new Error(`The add-in may not write to "${step.sheet}": the user made it`);
      }
      switch (step.op) {
        case 'addSheet':
          this.addSheet(step.sheet, false);
          break;
        case 'addTable':
          this.addTable(step.sheet, step.name, step.address);
          break;
        case 'resizeTable':
          this.table(step.name).address = step.address;
          break;
        case 'write':
          this.write(step.sheet, step.address, step.cells);
          break;
        case 'clear':
          this.clear(step.sheet, step.address);
          break;
        case 'list':
          this.sheet(step.sheet)!.lists.set(step.address, step.words);
          break;
        case 'chart': {
          const others = this.chartList.filter(c => c.name !== step.chart.name || c.sheet !== step.sheet);
          this.chartList.splice(0, this.chartList.length, ...others, { ...step.chart, sheet: step.sheet });
          break;
        }
        case 'widths':
          this.setWidths(step.sheet, step.widths);
          break;
        case 'print':
          this.requireSheet(step.sheet).print = step.print;
          break;
        case 'deleteChart':
          this.deleteChart(step.sheet, step.name);
          break;
        case 'deleteTable': {
          // As Excel's Table.delete: the table and its cells go.
          this.clear(step.sheet, this.table(step.name).address);
          this.deleteTable(step.name);
          break;
        }
        case 'clearSheet':
          this.requireSheet(step.sheet).cells.clear();
          this.requireSheet(step.sheet).lists.clear();
          break;
        default:
          throw new Error(`Unknown step ${(step as { op: string }).op}`);
      }
    }
  }

  addUserSheet(sheet: UserSheet): void {
    this.addSheet(sheet.name, true);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => this.setCell(sheet.name, cellAddress({ row: r, col: c }), value)),
    );
    for (const table of sheet.tables ?? []) this.addTable(sheet.name, table.name, table.address);
  }

  addSheet(name: string, user = true): void {
    if (this.sheet(name)) throw new Error(`A sheet named "${name}" exists already`);
    this.sheetList.push({ name, user, cells: new Map(), widths: [], lists: new Map() });
  }

  /** Types a value (or "=formula") into a cell, as a person would. */
  setCell(sheet: string, address: string, typed: unknown): void {
    const cells = this.requireSheet(sheet).cells;
    const isFormula = typeof typed === 'string' && typed.startsWith('=');
    const value = asCellValue(isFormula ? null : typed);
    if (value === null && !isFormula) cells.delete(address);
    else cells.set(address, isFormula ? { value: null, formula: typed as string } : { value });
  }

  /** Column widths in characters, from A. */
  setWidths(sheet: string, widths: readonly number[]): void {
    this.requireSheet(sheet).widths = widths;
  }

  /** A cell exactly as a file holds it (value, formula with its cached result, format). */
  putCell(sheet: string, address: string, cell: MemoryCell): void {
    this.requireSheet(sheet).cells.set(address, cell);
  }

  addTable(sheet: string, name: string, address: string): void {
    const area = parseArea(address);
    if (this.tableList.some(t => t.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A table named "${name}" exists already`);
    }
    if (this.tableList.some(t => t.sheet === sheet && overlaps(parseArea(t.address), area))) {
      throw new Error(`Table ${name} would overlap another table on "${sheet}"`);
    }
    this.requireSheet(sheet);
    this.tableList.push({ name, sheet, address: areaAddress(area) });
  }

  renameSheet(from: string, to: string): void {
    this.requireSheet(from).name = to;
    for (const item of [...this.tableList, ...this.chartList]) if (item.sheet === from) item.sheet = to;
    // Excel follows a rename in every formula that refers to the sheet.
    for (const sheet of this.sheetList) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula) cell.formula = cell.formula.split(`${quoteSheet(from)}!`).join(`${quoteSheet(to)}!`);
      }
    }
  }

  deleteSheet(name: string): void {
    this.sheetList.splice(this.sheetList.indexOf(this.requireSheet(name)), 1);
    this.removeWhere(this.tableList, t => t.sheet === name);
    this.removeWhere(this.chartList, c => c.sheet === name);
  }

  renameTable(from: string, to: string): void {
    this.table(from).name = to;
  }

  /** "Convert to range": the cells stay, the table goes. */
  deleteTable(name: string): void {
    this.removeWhere(this.tableList, t => t.name === name);
  }

  deleteChart(sheet: string, name: string): void {
    this.removeWhere(this.chartList, c => c.sheet === sheet && c.name === name);
  }

  /** Deletes a table column: the columns to its right move left, as in Excel. */
  deleteTableColumn(tableName: string, header: string): void {
    const table = this.table(tableName);
    const area = parseArea(table.address);
    const headers = this.values(table.sheet, { ...area, bottom: area.top })[0];
    const col = area.left + headers.findIndex(h => h === header);
    if (col < area.left) throw new Error(`No column ${header} in ${tableName}`);
    const cells = this.requireSheet(table.sheet).cells;
    for (let row = area.top; row <= area.bottom; row++) {
      for (let c = col; c <= area.right; c++) {
        const right = cells.get(cellAddress({ row, col: c + 1 }));
        const here = cellAddress({ row, col: c });
        if (c < area.right && right) cells.set(here, right);
        else cells.delete(here);
      }
    }
    table.address = areaAddress({ ...area, right: area.right - 1 });
  }

  // ---- Internals -----------------------------------------------------------------------------

  /** As Excel's names: case-insensitive, an existing one cannot be added again, a missing one not deleted. */
  private changeName(step: Extract<WriteStep, { op: 'addName' | 'deleteName' }>): void {
    const existing = [...this.nameList.keys()].find(name => name.toLowerCase() === step.name.toLowerCase());
    if (step.op === 'addName') {
      if (existing) throw new Error(`A name "${existing}" exists already`);
      this.nameList.set(step.name, step.text);
    } else {
      if (!existing) throw new Error(`No name "${step.name}"`);
      this.nameList.delete(existing);
    }
  }

  private write(sheet: string, address: string, block: Cell[][]): void {
    const cells = this.requireSheet(sheet).cells;
    const { top, left } = parseArea(address);
    block.forEach((row, r) =>
      row.forEach((cell, c) => {
        const at = cellAddress({ row: top + r, col: left + c });
        const value = asCellValue(cell.value);
        const kept: MemoryCell = { value, formula: cell.formula, format: cell.format, style: cell.style };
        for (const key of Object.keys(kept) as (keyof MemoryCell)[]) if (kept[key] === undefined) delete kept[key];
        if (value === null && !cell.formula && !cell.format && !cell.style) cells.delete(at);
        else cells.set(at, kept);
      }),
    );
  }

  private clear(sheet: string, address: string): void {
    const cells = this.requireSheet(sheet).cells;
    for (const at of cellsIn(parseArea(address))) cells.delete(at);
  }

  private requireSheet(name: string): MemorySheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`No sheet named "${name}"`);
    return sheet;
  }

  private table(name: string): MemoryTable {
    const table = this.tableList.find(t => t.name === name);
    if (!table) throw new Error(`No table named "${name}"`);
    return table;
  }

  private removeWhere<T>(list: T[], drop: (item: T) => boolean): void {
    const kept = list.filter(item => !drop(item));
    list.splice(0, list.length, ...kept);
  }
}
