// Reading one table or labelled cell back, strictly: every row is checked against its schema and
// what does not fit is reported (where, and which cell) and left out, never guessed at.
import { areaAddress, cellAddress, parseArea } from './addresses';
import { fromCell, isBlankCell, UNREADABLE } from './cellKinds';
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
      // A team table's schema is the team's own row: the team it belongs to is kept beside it.
      if (checked.success)
        return void rows.push({ ...(checked.data as object), ...('team' in layout.rows ? { team: item.team } : {}) });
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
  const value = labelled ? fromCell(line.type, grid[row]?.[1] ?? null) : UNREADABLE;
  if (value !== UNREADABLE && schemaAt(line.path).safeParse(value).success) return { value };
  const detail = `${cellAddress({ row, col: 1 })} (${line.label.nl})`;
  return { warning: { where: sheet, problem: labelled ? 'rowUnreadable' : 'columnsChanged', detail } };
}
