// What the add-in writes for a plan: each sheet's labelled cells, tables (inputs and live
// formulas with the values core computes for them, so a file opens showing numbers) and chart.
// Pure: it describes the writes; saveSteps.ts decides which of them may happen.
import { compareScenarios, computeFigures, Figures, Plan } from '../core';
import { Area, blockArea, cellAddress } from './addresses';
import { CellValue, FORMAT, toCell, wordsOf } from './cellKinds';
import { formulasFor } from './formula';
import { ALL_TABLES, LAYOUT, LOCATOR, lineRow } from './layout';
import type { Line, Rendering, SheetKey, SheetLayout, TableLayout } from './model';
import { valueAt } from './planPaths';
import { settingsJson } from './settings';
import { SETTINGS_CELL } from './sheets/settings';

export type CellStyle = 'title' | 'section' | 'label' | 'input' | 'output' | 'note';

/** One cell to write. A formula cell carries the value core computes for it. */
export interface Cell {
  value: CellValue;
  formula?: string;
  /** Values the formula spills into the cells to its right. */
  spill?: CellValue[];
  format?: string;
  style?: CellStyle;
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
  /** Week names (the category axis) and the series block with its header row, as addresses. */
  categories: string;
  series: string;
  from: string;
  to: string;
}

export interface SheetSpec {
  key: SheetKey;
  name: string;
  cells: PlacedCell[];
  tables: TableSpec[];
  chart?: ChartSpec;
  widths: readonly number[];
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
    return [label, { address: at(1), value, format: FORMAT[line.type], style: 'input' }];
  }
  if (line.kind === 'output') {
    const results = line.result(r);
    const spills = line.formulas.length < line.width;
    const f = formulasFor(LOCATOR, sheet);
    return [
      label,
      ...line.formulas.map((formula, i): PlacedCell => ({
        address: at(1 + i),
        value: results[i],
        formula: formula(f),
        format: line.format,
        style: 'output',
        ...(spills ? { spill: results.slice(1) } : {}),
      })),
    ];
  }
  return [label];
}

function tableSpec(sheet: SheetLayout, table: TableLayout, r: Rendering): TableSpec {
  const items = valueAt(r.plan, table.path) as Record<string, unknown>[];
  const f = formulasFor(LOCATOR, sheet, table);
  // A formula is the same in every row: made once, not once per row.
  const formulas = table.columns.map(column => (column.kind === 'formula' ? column.formula(f) : undefined));
  const rows = items.map((item, i) =>
    table.columns.map((column, c): Cell =>
      column.kind === 'formula'
        ? { value: column.result(i, r), formula: formulas[c] }
        : { value: toCell(column.type, item[column.field]) },
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

function chartSpec(sheet: SheetLayout, tables: TableSpec[]): ChartSpec | undefined {
  const chart = sheet.chart;
  if (!chart) return undefined;
  const spec = tables.find(t => t.name === chart.table.name)!;
  const column = (c: (typeof chart.table.columns)[number]) => spec.area.left + chart.table.columns.indexOf(c);
  const first = column(chart.series[0]);
  const last = column(chart.series[chart.series.length - 1]);
  const at = (row: number, col: number) => cellAddress({ row, col });
  const category = column(chart.category);
  return {
    name: chart.name,
    title: chart.title.nl,
    categories: `${at(spec.area.top + 1, category)}:${at(spec.area.bottom, category)}`,
    series: `${at(spec.area.top, first)}:${at(spec.area.bottom, last)}`,
    from: chart.from,
    to: chart.to,
  };
}

/** Everything the add-in writes for a plan: its sheets, labelled cells, tables, formulas and chart. */
export function toSheets(plan: Plan, figures: Figures = computeFigures(plan)): SheetSpec[] {
  const rendering: Rendering = { plan, figures, scenarios: compareScenarios(plan) };
  return LAYOUT.map(sheet => {
    const title: PlacedCell = { address: 'A1', value: sheet.title.nl, style: 'title' };
    const cells = [title, ...sheet.lines.flatMap((line, i) => lineCells(sheet, line, lineRow(i), rendering))];
    if (sheet.key === 'settings') {
      cells.push({ address: SETTINGS_CELL, value: settingsJson(ALL_TABLES.map(t => t.name)), format: '@' });
    }
    const tables = sheet.tables.map(table => tableSpec(sheet, table, rendering));
    return { key: sheet.key, name: sheet.name, cells, tables, chart: chartSpec(sheet, tables), widths: sheet.widths };
  });
}
