// The sheets as an earlier file format wrote them: today's layout without the columns and lines a
// later format added (their `since`), the tables right of those columns moved back left and the
// tables below those lines moved back up, as they were. A row read from such a table gets the
// added field's blank value, as if left empty.
import { z } from 'zod';
import type { Column, Line, SheetLayout, TableLayout } from '../model';

const addedAfter = (format: number) => (added: Column | Line) =>
  added !== null && 'since' in added && (added.since ?? 0) > format;

function tableIn(format: number, table: TableLayout): { table: TableLayout; removed: number } {
  const added = table.columns.filter(addedAfter(format));
  if (added.length === 0) return { table, removed: 0 };
  const blanks = Object.fromEntries(added.flatMap(c => (c.kind === 'input' ? [[c.field, '']] : [])));
  return {
    table: {
      ...table,
      columns: table.columns.filter(c => !addedAfter(format)(c)),
      schema: z.preprocess(row => ({ ...blanks, ...(row as object) }), table.schema),
    },
    removed: added.length,
  };
}

/** The tables of a sheet as `format` wrote them. */
export function tablesIn(format: number, tables: readonly TableLayout[]): TableLayout[] {
  const read = tables.map(table => tableIn(format, table));
  // A table sits right of others on its row: it was as many columns further left as they lost.
  return read.map(({ table }) => {
    const shift = read
      .filter(other => other.table.at.row === table.at.row && other.table.at.col < table.at.col)
      .reduce((sum, other) => sum + other.removed, 0);
    return shift === 0 ? table : { ...table, at: { ...table.at, col: table.at.col - shift } };
  });
}

/** The sheets as `format` wrote them: every sheet's tables sit below its lines. */
export const sheetsIn = (format: number, sheets: readonly SheetLayout[]): SheetLayout[] =>
  sheets.map(sheet => {
    const lines = sheet.lines.filter(line => !addedAfter(format)(line));
    const up = sheet.lines.length - lines.length;
    const tables = tablesIn(format, sheet.tables).map(t => (up ? { ...t, at: { ...t.at, row: t.at.row - up } } : t));
    return { ...sheet, lines, tables };
  });
