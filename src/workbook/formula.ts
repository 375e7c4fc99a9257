// Formulas refer to columns and labelled lines by the objects that describe them, never by typed
// header text or addresses: the reference is made from the column's current header and the
// line's current place when the sheet is written, so renaming a header or moving a line can never
// leave a dangling formula.
import { cellAddress, quoteSheet } from './addresses';
import type { Dialect } from './dialect';
import type { Column, FieldLine, Formulas, OutputLine, SheetLayout, TableLayout } from './model';

/** Where things are: which table a column belongs to, which sheet and row a line is on. */
export interface Locator {
  tableOf(column: Column): TableLayout | undefined;
  lineAt(line: FieldLine | OutputLine): { sheet: SheetLayout; row: number } | undefined;
}

/** A header inside a structured reference: Excel wants a quote before [ ] # and '. */
const escapeHeader = (header: string) => header.replace(/[[\]#']/g, "'$&");
/** This row's cell of a column, by header: simple names may stand alone after @, others need brackets. */
export const rowReference = (header: string): string =>
  /^[\p{L}\p{N}_]+$/u.test(header) ? `[@${escapeHeader(header)}]` : `[@[${escapeHeader(header)}]]`;

export function formulasFor(locator: Locator, x: Dialect, sheet: SheetLayout, table?: TableLayout): Formulas {
  const header = (column: Column) => escapeHeader(column.header.nl);
  return {
    x,
    row(column) {
      if (!table?.columns.includes(column)) {
        throw new Error(`[@${column.header.nl}] refers to a column outside ${table?.name ?? 'a table'}`);
      }
      return rowReference(column.header.nl);
    },
    column(column) {
      const owner = locator.tableOf(column);
      if (!owner) throw new Error(`The column ${column.header.nl} is in no table of the layout`);
      return `${owner.name}[${header(column)}]`;
    },
    cell(line, end) {
      const place = locator.lineAt(line);
      if (!place) throw new Error(`The line ${line.label.nl} is on no sheet of the layout`);
      const address = cellAddress({ row: place.row, col: end === 'high' ? 2 : 1 }).replace(/^([A-Z]+)/, '$$$1$$');
      return place.sheet === sheet ? address : `${quoteSheet(place.sheet.name)}!${address}`;
    },
  };
}
