// What a save does, decided once for every workbook: from the sheets a plan needs (toSheets.ts) and
// what the last load learned (fromSheets.ts) to a list of plain steps. The ports only carry the
// steps out, in order, so the Office one can queue them all and sync once. Protected sheets get no
// step at all: nothing the user made or hand-edited is ever written over.
import { Area, areaAddress, blockArea, cellAddress, quoteSheet } from './addresses';
import type { SheetState } from './fromSheets';
import type { SaveResult, WorkbookWarning } from './storage/port';
import type { Cell, ChartSpec, SheetSpec } from './toSheets';

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
  | { op: 'widths'; sheet: string; widths: readonly number[] };

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

  // Sheets first, so every formula written after finds the sheets and tables it refers to.
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
    const rows: Record<string, number> = {};
    for (const table of spec.tables) {
      const address = areaAddress(table.area);
      const before = now.rows[table.name];
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
    }
    if (spec.chart) steps.push({ op: 'chart', sheet, chart: spec.chart, exists: now.chart });
    if (now.mode === 'create') steps.push({ op: 'widths', sheet, widths: spec.widths });
    written.push(sheet);
    next.push({ ...now, mode: 'write', rows, chart: Boolean(spec.chart) || now.chart });
  }
  return { steps, result: { written, skipped }, state: next };
}
