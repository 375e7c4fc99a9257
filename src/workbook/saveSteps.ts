// What a save does, decided once for every workbook: from the sheets a plan needs (toSheets.ts) and
// what the last load learned (fromSheets.ts) to a list of plain steps. The ports only carry the
// steps out, in order, so the Office one can queue them all and sync once. Protected sheets get no
// step at all: nothing the user made or hand-edited is ever written over.
import { Area, areaAddress, blockArea, cellAddress, quoteSheet } from './addresses';
import type { SheetState } from './fromSheets';
import type { SaveResult, WorkbookWarning } from './storage/port';
import type { Cell, ChartSpec, PrintSpec, SheetSpec } from './toSheets';

export type WriteStep =
  | { op: 'addSheet'; sheet: string }
  | { op: 'addTable'; sheet: string; name: string; address: string }
  | { op: 'resizeTable'; sheet: string; name: string; address: string }
  /** A rectangle of cells from `address` (its top-left); formats and styles come with the cells. */
  | { op: 'write'; sheet: string; address: string; cells: Cell[][] }
  | { op: 'clear'; sheet: string; address: string }
  /** A drop-down of allowed words on a column of cells. */
  | { op: 'list'; sheet: string; address: string; words: string[] }
  | { op: 'chart'; sheet: string; chart: ChartSpec; exists: boolean }
  | { op: 'deleteChart'; sheet: string; name: string }
  /** Removes one of the add-in's tables with its cells (a sheet being rebuilt in a newer format). */
  | { op: 'deleteTable'; sheet: string; name: string }
  /** Clears every cell of one of the add-in's sheets (a sheet being rebuilt in a newer format). */
  | { op: 'clearSheet'; sheet: string }
  | { op: 'widths'; sheet: string; widths: readonly number[] }
  /** Page setup and header; written at every save, as the header names the municipality and the teams. */
  | { op: 'print'; sheet: string; print: PrintSpec }
  /** A hidden workbook name holding a text; fails when the name exists already (storage/revisionStamp.ts). */
  | { op: 'addName'; name: string; text: string }
  /** Deletes a workbook name; fails when it is gone. */
  | { op: 'deleteName'; name: string };

export interface SavePlan {
  steps: WriteStep[];
  result: SaveResult;
  /** The state after the steps ran, so the next save needs no new load. */
  state: SheetState[];
}

/**
 * Formulas name the add-in's sheets by their own names. A sheet the user renamed is named as it
 * is now; a reference to a sheet that is not the add-in's is replaced by the value it stood for.
 */
function retarget(cell: Cell, specs: SheetSpec[], state: SheetState[]): Cell {
  if (!cell.formula) return cell;
  let formula = cell.formula;
  for (const spec of specs) {
    const now = state.find(s => s.key === spec.key)!;
    const ref = `${quoteSheet(spec.name)}!`;
    if (!formula.includes(ref)) continue;
    if (now.reason?.problem === 'sheetNotOurs') return { ...cell, formula: undefined };
    formula = formula.split(ref).join(`${quoteSheet(now.name)}!`);
  }
  return { ...cell, formula };
}

const rowsOf = (area: Area) => area.bottom - area.top;

export function saveSteps(specs: SheetSpec[], state: SheetState[]): SavePlan {
  const steps: WriteStep[] = [];
  const skipped: WorkbookWarning[] = [];
  const written: string[] = [];
  const next: SheetState[] = [];
  const todo = specs.map(spec => ({ spec, now: state.find(s => s.key === spec.key)! }));

  // A sheet of an earlier format is emptied first, everywhere, so tables that moved to another
  // sheet can be made again under their own name.
  for (const { now } of todo) {
    if (now.mode !== 'rebuild') continue;
    for (const name of Object.keys(now.rows)) steps.push({ op: 'deleteTable', sheet: now.name, name });
    for (const name of now.charts) steps.push({ op: 'deleteChart', sheet: now.name, name });
    steps.push({ op: 'clearSheet', sheet: now.name });
  }
  // Sheets next, so every formula written after finds the sheets and tables it refers to.
  for (const { now } of todo) if (now.mode === 'create') steps.push({ op: 'addSheet', sheet: now.name });

  for (const { spec, now } of todo) {
    if (now.mode === 'protected') {
      if (now.reason && !skipped.some(w => w.where === now.reason!.where && w.problem === now.reason!.problem)) {
        skipped.push(now.reason);
      }
      next.push(now);
      continue;
    }
    const sheet = now.name;
    const fresh = now.mode === 'create' || now.mode === 'rebuild';
    const rows: Record<string, number> = {};
    for (const table of spec.tables) {
      const address = areaAddress(table.area);
      const before = fresh ? undefined : now.rows[table.name];
      if (before === undefined) steps.push({ op: 'addTable', sheet, name: table.name, address });
      else if (before !== rowsOf(table.area)) steps.push({ op: 'resizeTable', sheet, name: table.name, address });
      const header = table.header.map((value): Cell => ({ value }));
      const body = table.rows.map(row =>
        row.map((cell, c) => ({ ...retarget(cell, specs, state), format: table.formats[c] })),
      );
      // Headers before the body: the body's formulas refer to the columns by their header.
      steps.push({ op: 'write', sheet, address, cells: [header] });
      steps.push({
        op: 'write',
        sheet,
        address: cellAddress({ row: table.area.top + 1, col: table.area.left }),
        cells: body,
      });
      if (before !== undefined && before > rowsOf(table.area)) {
        const gone = blockArea(
          { row: table.area.bottom + 1, col: table.area.left },
          before - rowsOf(table.area),
          table.header.length,
        );
        steps.push({ op: 'clear', sheet, address: areaAddress(gone) });
      }
      table.lists.forEach((words, c) => {
        if (!words) return;
        const column = {
          ...table.area,
          top: table.area.top + 1,
          left: table.area.left + c,
          right: table.area.left + c,
        };
        steps.push({ op: 'list', sheet, address: areaAddress(column), words });
      });
      rows[table.name] = rowsOf(table.area);
    }
    for (const cell of spec.cells) {
      steps.push({ op: 'write', sheet, address: cell.address, cells: [[retarget(cell, specs, state)]] });
      if (cell.list) steps.push({ op: 'list', sheet, address: cell.address, words: cell.list });
    }
    const charts = fresh ? [] : now.charts;
    const names = spec.charts.map(chart => chart.name);
    for (const name of charts.filter(name => !names.includes(name))) steps.push({ op: 'deleteChart', sheet, name });
    for (const chart of spec.charts) steps.push({ op: 'chart', sheet, chart, exists: charts.includes(chart.name) });
    if (fresh) steps.push({ op: 'widths', sheet, widths: spec.widths });
    if (spec.print) steps.push({ op: 'print', sheet, print: spec.print });
    written.push(sheet);
    next.push({ ...now, mode: 'write', reason: undefined, rows, charts: names });
  }
  return { steps, result: { written, skipped }, state: next };
}
