// Reading a plan back from the workbook, and learning which of the add-in's sheets it may write.
// Every row is checked against the plan's zod schemas; what does not fit is reported (where, and
// which cell) and left out, and the sheet it is on is protected: the add-in never writes over a
// hand edit it could not read. Tables are found by name, so a renamed sheet keeps working.
import { emptyPlan, Language, Plan, PlanSchema } from '../core';
import { areaAddress, cellAddress, parseArea, parseCell } from './addresses';
import { fromCell, isBlankCell, UNREADABLE } from './cellKinds';
import { ALL_TABLES, LAYOUT, lineRow } from './layout';
import type { FieldLine, SheetKey, SheetLayout, TableLayout, Words } from './model';
import { schemaAt, setValueAt } from './planPaths';
import { readSettings } from './settings';
import { SETTINGS_CELL, SETTINGS_LABEL } from './sheets/settings';
import type { LoadResult, WorkbookSnapshot, TableSnapshot, WorkbookWarning } from './storage/port';

/** What the add-in may do with one of its sheets at the next save. */
export interface SheetState {
  key: SheetKey;
  /** The sheet's name in this workbook: the user may have renamed it. */
  name: string;
  mode: 'create' | 'write' | 'protected';
  /** Why a protected sheet is left alone. */
  reason?: WorkbookWarning;
  /** Body rows of each of its tables now. */
  rows: Record<string, number>;
  chart: boolean;
}

export interface ReadResult extends LoadResult {
  state: SheetState[];
}

const OUR_TABLE_NAMES = new Set(ALL_TABLES.map(t => t.name.toLowerCase()));
export const isOurTable = (name: string): boolean => OUR_TABLE_NAMES.has(name.toLowerCase());

/** The sheets whose cells fromSheets needs: ours by name, and wherever our tables are. */
export const candidateSheets = (sheets: readonly string[], tables: readonly { name: string; sheet: string }[]) => {
  const names = new Set(LAYOUT.map(s => s.name));
  for (const t of tables) if (isOurTable(t.name)) names.add(t.sheet);
  return sheets.filter(name => names.has(name));
};

/** A header or label as the user may have left it: today's Dutch or English word, or a former one. */
const same = (a: unknown, words: Words) => {
  const text = String(a ?? '')
    .trim()
    .toLowerCase();
  return [words.nl, words.en, ...(words.formerly ?? [])].some(word => word.toLowerCase() === text);
};

const cellOf = (grid: unknown[][] | undefined, address: string) => {
  const { row, col } = parseCell(address);
  return grid?.[row]?.[col] ?? null;
};

interface TableRead {
  rows: unknown[] | undefined;
  warnings: WorkbookWarning[];
  /** Safe to write over: the header row and position are the add-in's, every row was read. */
  intact: boolean;
}

/** A table's rows, checked against its schema; `undefined` rows when its columns cannot be matched. */
function readTable(layout: TableLayout, found: TableSnapshot): TableRead {
  const [header = [], ...body] = found.values;
  const area = parseArea(found.address);
  const warnings: WorkbookWarning[] = [];
  const index = layout.columns.map(column => header.findIndex(h => same(h, column.header)));
  const inOrder = header.length === layout.columns.length && index.every((at, i) => at === i);
  const moved = area.top !== layout.at.row || area.left !== layout.at.col;
  const missing = layout.columns.filter((c, i) => c.kind === 'input' && index[i] < 0).map(c => c.header.nl);
  if (!inOrder || moved) {
    const unknown = header.filter(h => !layout.columns.some(c => same(h, c.header))).map(String);
    const detail = [...missing, ...unknown].join(', ') || (moved ? areaAddress(area) : header.join(', '));
    warnings.push({ where: layout.name, problem: 'columnsChanged', detail });
  }
  if (missing.length > 0) return { rows: undefined, warnings, intact: false };

  const rows: unknown[] = [];
  body.forEach((cells, r) => {
    const inputs = layout.columns.map((c, i) => (c.kind === 'input' ? cells[index[i]] : null));
    if (inputs.every(isBlankCell)) return; // an empty row (Excel keeps one in an empty table)
    const item: Record<string, unknown> = {};
    let bad = layout.columns.findIndex((c, i) => {
      if (c.kind !== 'input') return false;
      const value = fromCell(c.type, inputs[i]);
      item[c.field] = value;
      return value === UNREADABLE;
    });
    if (bad < 0) {
      const checked = layout.schema.safeParse(item);
      if (checked.success) return void rows.push(checked.data);
      bad = layout.columns.findIndex(c => c.kind === 'input' && c.field === checked.error.issues[0]?.path[0]);
    }
    const at = cellAddress({ row: area.top + 1 + r, col: area.left + Math.max(index[bad] ?? 0, 0) });
    warnings.push({
      where: layout.name,
      problem: 'rowUnreadable',
      detail: `${at} (${layout.columns[bad]?.header.nl})`,
    });
  });
  return { rows, warnings, intact: warnings.length === 0 };
}

/** A value typed in the cells a table grows into would be overwritten: report the first. */
function cellInTheWay(layout: TableLayout, found: TableSnapshot, grid: unknown[][]): WorkbookWarning | undefined {
  const area = parseArea(found.address);
  for (let row = area.bottom + 1; row < grid.length; row++) {
    for (let col = area.left; col <= area.right; col++) {
      if (!isBlankCell(grid[row]?.[col])) {
        return { where: layout.name, problem: 'rowUnreadable', detail: cellAddress({ row, col }) };
      }
    }
  }
  return undefined;
}

type FieldRead = { value: unknown } | { warning: WorkbookWarning };

function readField(line: FieldLine, row: number, grid: unknown[][], sheet: string): FieldRead {
  const labelled = same(grid[row]?.[0], line.label);
  const value = labelled ? fromCell(line.type, grid[row]?.[1] ?? null) : UNREADABLE;
  if (value !== UNREADABLE && schemaAt(line.path).safeParse(value).success) return { value };
  const detail = `${cellAddress({ row, col: 1 })} (${line.label.nl})`;
  return { warning: { where: sheet, problem: labelled ? 'rowUnreadable' : 'columnsChanged', detail } };
}

/** The plan in a workbook, what could not be read, and what the add-in may write at the next save. */
export function fromSheets(snapshot: WorkbookSnapshot, language: Language = 'nl'): ReadResult {
  const plan = emptyPlan(language) as Plan;
  const warnings: WorkbookWarning[] = [];
  const state: SheetState[] = [];
  const tables = new Map(snapshot.tables.filter(t => isOurTable(t.name)).map(t => [t.name.toLowerCase(), t]));
  const exists = (name: string) => snapshot.sheets.includes(name);

  // The settings record: who made the workbook, with which version of the format.
  const settingsSheet = LAYOUT.find(s => s.key === 'settings')!;
  const settingsGrid = snapshot.cells[settingsSheet.name];
  const labelAddress = `A${parseCell(SETTINGS_CELL).row + 1}`;
  const settingsOurs = exists(settingsSheet.name) && same(cellOf(settingsGrid, labelAddress), SETTINGS_LABEL);
  const settings = settingsOurs ? readSettings(cellOf(settingsGrid, SETTINGS_CELL)) : { state: 'absent' as const };
  const readOnly = settings.state === 'newer';
  const versionWarning: WorkbookWarning | undefined =
    settings.state === 'newer'
      ? { where: settingsSheet.name, problem: 'newerVersion', detail: String(settings.version) }
      : undefined;
  if (versionWarning) warnings.push(versionWarning);
  let settingsReason: WorkbookWarning | undefined;
  if (exists(settingsSheet.name) && !settingsOurs) {
    settingsReason = { where: settingsSheet.name, problem: 'sheetNotOurs' };
  } else if (settings.state === 'corrupt') {
    settingsReason = { where: settingsSheet.name, problem: 'settingsCorrupt' };
  }
  if (settingsReason) warnings.push(settingsReason);

  const hadPlan = settings.state !== 'absent' || tables.size > 0;

  for (const sheet of LAYOUT.filter(s => s.key !== 'settings')) {
    state.push(readSheet(sheet));
  }
  state.push({
    key: 'settings',
    name: settingsSheet.name,
    mode: settingsReason || versionWarning ? 'protected' : exists(settingsSheet.name) ? 'write' : 'create',
    reason: settingsReason ?? versionWarning,
    rows: {},
    chart: false,
  });

  function readSheet(sheet: SheetLayout): SheetState {
    const found = sheet.tables.map(t => tables.get(t.name.toLowerCase()));
    const hosts = [...new Set(found.flatMap(t => (t ? [t.sheet] : [])))];
    if (hosts.length === 0) {
      if (exists(sheet.name)) {
        const reason: WorkbookWarning = { where: sheet.name, problem: 'sheetNotOurs' };
        warnings.push(reason);
        return { key: sheet.key, name: sheet.name, mode: 'protected', reason, rows: {}, chart: false };
      }
      // Deleted (or never made): written afresh at the next save.
      // A table the record does not list came with a later version of the add-in: not missing, new.
      const listed = (t: TableLayout) => settings.state !== 'ok' || settings.settings.tables.includes(t.name);
      if (hadPlan)
        for (const t of sheet.tables.filter(listed)) warnings.push({ where: t.name, problem: 'tableMissing' });
      const mode = readOnly ? 'protected' : 'create';
      return { key: sheet.key, name: sheet.name, mode, reason: versionWarning, rows: {}, chart: false };
    }

    const name = hosts.includes(sheet.name) ? sheet.name : hosts[0];
    const grid = snapshot.cells[name] ?? [];
    const sheetWarnings: WorkbookWarning[] = [];
    const rows: Record<string, number> = {};
    sheet.tables.forEach((layout, i) => {
      const table = found[i];
      if (!table || table.sheet !== name) {
        sheetWarnings.push({ where: layout.name, problem: 'tableMissing' });
      }
      if (!table) return;
      const read = readTable(layout, table);
      sheetWarnings.push(...read.warnings);
      if (read.rows) setValueAt(plan, layout.path, read.rows);
      rows[layout.name] = Math.max(table.values.length - 1, 1);
      const blocked = read.intact && table.sheet === name ? cellInTheWay(layout, table, grid) : undefined;
      if (blocked) sheetWarnings.push(blocked);
    });
    sheet.lines.forEach((line, i) => {
      if (line?.kind !== 'field') return;
      const read = readField(line, lineRow(i), grid, name);
      if ('warning' in read) sheetWarnings.push(read.warning);
      else setValueAt(plan, line.path, read.value);
    });
    warnings.push(...sheetWarnings);
    const reason = versionWarning ?? sheetWarnings[0];
    return {
      key: sheet.key,
      name,
      mode: reason ? 'protected' : 'write',
      reason,
      rows,
      chart: (snapshot.charts[name] ?? []).includes(sheet.chart?.name ?? ''),
    };
  }

  const protectedNames = state
    .filter(s => s.mode === 'protected' && exists(s.name))
    .flatMap(s => [s.name, ...Object.keys(s.rows)]);
  return { plan: PlanSchema.parse(plan), fresh: !hadPlan, warnings, protectedNames, state };
}
