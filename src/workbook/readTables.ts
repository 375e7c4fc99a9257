// Reading one table or labelled cell back, strictly: every row is checked against its schema and
// what does not fit is reported (where, which cell, and why where that can be said: a text too
// long, a date that is none) and left out, never guessed at. A week that is no date is kept as
// typed and only said.
import { z } from 'zod';
import { isIsoDate, readDate, shortened, TextSchema } from '../core';
import { areaAddress, cellAddress, parseArea } from './addresses';
import { cellProblem, fromCell, isBlankCell, UNREADABLE } from './cellKinds';
import type { FieldLine, TableLayout, Words } from './model';
import { schemaAt } from './planPaths';
import type { TableSnapshot, WorkbookWarning } from './storage/port';

/** A header or label as the user may have left it: today's Dutch or English word, or a former one. */
export const same = (a: unknown, words: Words) => {
  const text = String(a ?? '')
    .trim()
    .toLowerCase();
  return [words.nl, words.en, ...(words.formerly ?? [])].some(word => word.toLowerCase() === text);
};

export interface TableRead {
  rows: Record<string, unknown>[] | undefined;
  warnings: WorkbookWarning[];
  /** Safe to write over: the header row and position are the add-in's, every row was read. */
  intact: boolean;
}

/** A warning that only tells: what it names is read and written back as it is, so its sheet may be written. */
export const onlyTells = (warning: WorkbookWarning): boolean => warning.problem === 'weekNotADate';

/** A team table's row names its team in a text cell of its own, as long as any text may be. */
const TEAM_CELL = z.object({ team: TextSchema });

/** How long a quoted name may be in a sentence: enough to recognise, never a page. */
const NAME_SHOWN = 60;

/** What names a row left out: its first text (a person's name) and its team, as far as they read. */
function rowName(layout: TableLayout, inputs: unknown[], bad: number): string {
  const text = (i: number) =>
    i !== bad && typeof inputs[i] === 'string' ? shortened(String(inputs[i]).trim(), NAME_SHOWN) : '';
  const team = layout.columns.findIndex(c => c.kind === 'input' && c.field === 'team');
  const name = layout.columns.findIndex((c, i) => c.kind === 'input' && c.type === 'text' && i !== team);
  const said = [name, team].filter(i => i >= 0).map(text);
  return [...new Set(said.filter(Boolean))].join(', '); // an area named after its team: once
}

/** A table's rows, checked against its schema; `undefined` rows when its columns cannot be matched. */
export function readTable(layout: TableLayout, found: TableSnapshot): TableRead {
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

  const rows: Record<string, unknown>[] = [];
  const ofTeam = 'team' in layout.rows;
  // A team table's schema is the team's own row: the team it belongs to is checked and kept beside it.
  const schema = ofTeam ? layout.schema.and(TEAM_CELL) : layout.schema;
  body.forEach((cells, r) => {
    const inputs = layout.columns.map((c, i) => (c.kind === 'input' ? cells[index[i]] : null));
    if (inputs.every(isBlankCell)) return; // an empty row (Excel keeps one in an empty table)
    const cellOf = (column: number) =>
      `${cellAddress({ row: area.top + 1 + r, col: area.left + Math.max(index[column] ?? 0, 0) })} (${layout.columns[column]?.header.nl})`;
    const item: Record<string, unknown> = {};
    let bad = layout.columns.findIndex((c, i) => {
      if (c.kind !== 'input') return false;
      const value = fromCell(c.type, inputs[i]);
      item[c.field] = value;
      return value === UNREADABLE;
    });
    if (bad < 0) {
      const checked = schema.safeParse(item);
      if (checked.success) {
        rows.push({ ...(checked.data as object), ...(ofTeam ? { team: item.team } : {}) });
        warnings.push(...keptWeeks(layout, item, cellOf));
        return;
      }
      bad = layout.columns.findIndex(c => c.kind === 'input' && c.field === checked.error.issues[0]?.path[0]);
    }
    const column = layout.columns[bad];
    const why = column?.kind === 'input' ? cellProblem(column.type, inputs[bad]) : undefined;
    warnings.push({
      where: layout.name,
      problem: 'rowUnreadable',
      detail: cellOf(bad),
      ...(why ? { why } : {}),
      row: rowName(layout, inputs, bad),
    });
  });
  return { rows, warnings, intact: !warnings.some(w => !onlyTells(w)) };
}

/** The weeks of a row read that are no date: kept as typed, and said, with the cell. */
function keptWeeks(layout: TableLayout, item: Record<string, unknown>, cellOf: (column: number) => string) {
  return layout.columns.flatMap((c, i): WorkbookWarning[] => {
    if (c.kind !== 'input' || c.type !== 'week') return [];
    const value = item[c.field];
    if (typeof value !== 'string' || isIsoDate(value)) return [];
    const read = readDate(value);
    const problem = 'problem' in read ? read.problem : 'notADate';
    return [{ where: layout.name, problem: 'weekNotADate', detail: cellOf(i), why: { kind: 'date', problem, value } }];
  });
}

/** A value typed in the cells a table grows into would be overwritten: report the first. */
export function cellInTheWay(
  layout: TableLayout,
  found: TableSnapshot,
  grid: unknown[][],
): WorkbookWarning | undefined {
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

export type FieldRead = { value: unknown } | { warning: WorkbookWarning };

export function readField(line: FieldLine, row: number, grid: unknown[][], sheet: string): FieldRead {
  const labelled = same(grid[row]?.[0], line.label);
  const raw = grid[row]?.[1] ?? null;
  const value = labelled ? fromCell(line.type, raw) : UNREADABLE;
  if (value !== UNREADABLE && schemaAt(line.path).safeParse(value).success) return { value };
  const detail = `${cellAddress({ row, col: 1 })} (${line.label.nl})`;
  const why = labelled ? cellProblem(line.type, raw) : undefined;
  return {
    warning: { where: sheet, problem: labelled ? 'rowUnreadable' : 'columnsChanged', detail, ...(why ? { why } : {}) },
  };
}
