// What the add-in writes for a plan: each sheet's labelled cells, tables (inputs and live
// formulas with the values core computes for them, so a file opens showing numbers) and chart.
// Pure: it describes the writes; saveSteps.ts decides which of them may happen.
import { compareScenarios, computeFigures, organisationFigures, Plan, shortened } from '../core';
import { Area, blockArea, cellAddress } from './addresses';
import { CellValue, FORMAT, toCell, wordsOf } from './cellKinds';
import { DIALECTS } from './dialect';
import { formulasFor } from './formula';
import { ALL_TABLES, LAYOUT, LOCATOR, lineRow } from './layout';
import type { Line, Rendering, SheetKey, SheetLayout, TableLayout } from './model';
import { valueAt } from './planPaths';
import { rowsOf } from './tableRows';
import { settingsJson } from './settings';
import { SETTINGS_CELL } from './sheets/settings';

export type CellStyle = 'title' | 'section' | 'label' | 'input' | 'output' | 'note';

/** One cell to write. A formula cell carries the value core computes for it. */
export interface Cell {
  value: CellValue;
  formula?: string;
  format?: string;
  style?: CellStyle;
  /** The words the cell accepts, offered as a drop-down. */
  list?: string[];
}
export interface PlacedCell extends Cell {
  address: string;
}

export interface TableSpec {
  name: string;
  /** Header and body; the body has at least one (blank) row. */
  area: Area;
  header: string[];
  rows: Cell[][];
  /** Number format per column. */
  formats: string[];
  /** Words a column accepts (status, trend), offered as a drop-down; null for free columns. */
  lists: (string[] | null)[];
}

export interface ChartSpec {
  name: string;
  title: string;
  /** The weeks (the category axis) and the series (one per column), as addresses; the series' names. */
  categories: string;
  series: string;
  seriesNames: string[];
  from: string;
  to: string;
}

/**
 * How a sheet prints: on A4 paper in landscape, fitted to one page, with a header (left, centre)
 * as Excel's header codes take it, "&" starting a code and so doubled where it was typed; the
 * printing date goes on the right.
 */
export interface PrintSpec {
  orientation: 'landscape';
  paper: 'A4';
  fitToOnePage: true;
  header: { left: string; center: string };
}

export interface SheetSpec {
  key: SheetKey;
  name: string;
  cells: PlacedCell[];
  tables: TableSpec[];
  charts: ChartSpec[];
  widths: readonly number[];
  print?: PrintSpec;
}

/** The header row plus `rows` body rows of a table (Excel keeps at least one body row). */
export const tableArea = (table: TableLayout, rows: number): Area =>
  blockArea(table.at, 1 + Math.max(rows, 1), table.columns.length);

function lineCells(sheet: SheetLayout, line: Line, row: number, r: Rendering): PlacedCell[] {
  if (line === null) return [];
  const at = (col: number) => cellAddress({ row, col });
  const style = line.kind === 'section' ? 'section' : line.kind === 'note' ? 'note' : 'label';
  const label: PlacedCell = { address: at(0), value: line.label.nl, style };
  if (line.kind === 'field') {
    const value = toCell(line.type, valueAt(r.plan, line.path));
    const list = wordsOf(line.type);
    return [label, { address: at(1), value, format: FORMAT[line.type], style: 'input', ...(list ? { list } : {}) }];
  }
  if (line.kind === 'output') {
    const results = line.result(r);
    const f = formulasFor(LOCATOR, DIALECTS[r.plan.formulas], sheet);
    return [
      label,
      ...line.formulas.map((formula, i): PlacedCell => ({
        address: at(1 + i),
        value: results[i],
        formula: formula(f),
        format: line.format,
        style: 'output',
      })),
    ];
  }
  return [label];
}

function tableSpec(sheet: SheetLayout, table: TableLayout, r: Rendering): TableSpec {
  const items = rowsOf(r.plan, table);
  const f = formulasFor(LOCATOR, DIALECTS[r.plan.formulas], sheet, table);
  // A formula is the same in every row: made once, not once per row.
  const formulas = table.columns.map(column => (column.kind === 'formula' ? column.formula(f) : undefined));
  const rows = items.map(({ row, place }) =>
    table.columns.map((column, c): Cell =>
      column.kind === 'formula'
        ? { value: column.result(place, r), formula: formulas[c] }
        : { value: toCell(column.type, row[column.field]) },
    ),
  );
  const blank = table.columns.map((): Cell => ({ value: '' }));
  return {
    name: table.name,
    area: tableArea(table, items.length),
    header: table.columns.map(column => column.header.nl),
    rows: rows.length > 0 ? rows : [blank],
    formats: table.columns.map(column => (column.kind === 'formula' ? column.format : FORMAT[column.type])),
    lists: table.columns.map(column => (column.kind === 'input' && wordsOf(column.type)) || null),
  };
}

/** One chart per team over the team's block of rows (team tables lay the teams out one after another). */
function chartSpecs(sheet: SheetLayout, tables: TableSpec[], plan: Plan): ChartSpec[] {
  const chart = sheet.chart;
  if (!chart) return [];
  const spec = tables.find(t => t.name === chart.table.name)!;
  const column = (c: (typeof chart.table.columns)[number]) => spec.area.left + chart.table.columns.indexOf(c);
  const first = column(chart.series[0]);
  const last = column(chart.series[chart.series.length - 1]);
  const category = column(chart.category);
  const width = chart.to.col - chart.from.col + 1;
  const list = 'team' in chart.table.rows ? chart.table.rows.team : undefined;
  let top = spec.area.top + 1;
  return plan.teams.map((team, i) => {
    const rows = Math.max(list ? team[list].length : 0, 1);
    const bottom = top + rows - 1;
    const at = (row: number, col: number) => cellAddress({ row, col });
    const placed: ChartSpec = {
      name: `${chart.name}${i + 1}`,
      title: `${chart.title.nl}: ${team.name}`,
      categories: `${at(top, category)}:${at(bottom, category)}`,
      // The team's rows only: the header row is not next to them, so the series are named apart.
      series: `${at(top, first)}:${at(bottom, last)}`,
      seriesNames: spec.header.slice(first - spec.area.left, last - spec.area.left + 1),
      from: cellAddress({ row: chart.from.row, col: chart.from.col + i * (width + 1) }),
      to: cellAddress({ row: chart.to.row, col: chart.to.col + i * (width + 1) }),
    };
    top = bottom + 1;
    return placed;
  });
}

/** Excel refuses a page header over 255 characters, its codes included: "&L…&C…&R&D". */
const HEADER_ROOM = 255 - '&L&C&R&D'.length;
/** The municipality's share of it; the teams' names take the rest. */
const HEADER_LEFT = 80;

/** A header part, its typed "&" doubled (in Excel's header codes "&" starts a code), shortened to `room`. */
function headerPart(text: string, room: number): string {
  const escape = (part: string) => part.replace(/&/g, '&&');
  let fitted = shortened(text, room);
  while (escape(fitted).length > room) fitted = shortened(fitted, fitted.length - 1);
  return escape(fitted);
}

/**
 * A printed sheet's header. Long names are shortened with "…" to what Excel takes (a save with a
 * longer one would fail as a whole); the names themselves stay whole on the sheets.
 */
function headerOf(sheet: SheetLayout, plan: Plan): PrintSpec['header'] {
  const header = sheet.print!.header(plan);
  const left = headerPart(header.left, HEADER_LEFT);
  return { left, center: headerPart(header.center, HEADER_ROOM - left.length) };
}

/** What the cached values of a plan's formulas are computed from, with TODAY() as `on`. */
export function rendering(plan: Plan, on: string): Rendering {
  const teams = plan.teams.map((_team, i) => computeFigures(plan, i, on));
  return { plan, on, teams, organisation: organisationFigures(plan, on, teams), scenarios: compareScenarios(plan, on) };
}

/** Everything the add-in writes for a plan: its sheets, labelled cells, tables, formulas and charts. */
export function toSheets(plan: Plan, on: string, revision = 0): SheetSpec[] {
  const r = rendering(plan, on);
  return LAYOUT.map(sheet => {
    const title: PlacedCell = { address: 'A1', value: sheet.title.nl, style: 'title' };
    const cells = [title, ...sheet.lines.flatMap((line, i) => lineCells(sheet, line, lineRow(i), r))];
    if (sheet.key === 'settings') {
      cells.push({
        address: SETTINGS_CELL,
        value: settingsJson(
          ALL_TABLES.map(t => t.name),
          revision,
        ),
        format: '@',
      });
    }
    const tables = sheet.tables.map(table => tableSpec(sheet, table, r));
    return {
      key: sheet.key,
      name: sheet.name,
      cells,
      tables,
      charts: chartSpecs(sheet, tables, plan),
      widths: sheet.widths,
      ...(sheet.print
        ? { print: { orientation: 'landscape', paper: 'A4', fitToOnePage: true, header: headerOf(sheet, plan) } }
        : {}),
    };
  });
}
