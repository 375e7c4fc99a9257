// The pane's tables of figures, written out once: a caption (read by screen readers, hidden on
// screen since the section heading above says the same), column headings, a row header per row
// when the rows are named, and an optional total row, in the look of useTableStyles. A table
// that does not fit the pane's width (Excel's 350 px) shows its rows stacked, each cell under its
// column's heading, instead of scrolling sideways; it keeps the roles of a table for screen readers.
import { mergeClasses } from '@fluentui/react-components';
import { ReactNode, Ref, useRef } from 'react';
import { STACKED, useStacked } from './useStacked';
import { useTableStyles } from './useTableStyles';

export interface FigureColumn {
  heading: string;
  /** Figures: the heading and the cells are aligned to the end, in tabular digits. */
  numeric?: boolean;
  /** The heading is for screen readers only (a column of buttons named one by one). */
  hiddenHeading?: boolean;
  /**
   * Its figures are read out when they change: by the body's live region when the body is live,
   * else by each cell; a total always by its own cell (the foot is outside the body).
   */
  live?: boolean;
  /** A class for the column's cells in the body, next to the table's own. */
  cellClassName?: string;
  /** Its cell in the total row at the foot of the table; the row is there when a column has one. */
  total?: ReactNode;
}

interface Props {
  /** Names the table. */
  caption: string;
  columns: readonly FigureColumn[];
  /** One array of cells per row, in the order of the columns. */
  rows: readonly (readonly ReactNode[])[];
  /** The first cell of each row names the row (a row header). */
  rowHeaders?: boolean;
  /** The whole body is a live region: every change in it is read out. */
  liveBody?: boolean;
  bodyRef?: Ref<HTMLTableSectionElement>;
}

export function FigureTable({ caption, columns, rows, rowHeaders = false, liveBody = false, bodyRef }: Props) {
  const table = useTableStyles();
  const container = useRef<HTMLDivElement>(null);
  const stacked = useStacked(container);
  // Stacked, the elements are no longer laid out as a table: explicit roles keep them one for screen readers.
  const role = (name: string) => (stacked ? name : undefined);
  const row = (cells: readonly ReactNode[], total: boolean) =>
    cells.map((content, c) => {
      const column = columns[c];
      // The heading each cell shows above its figure when stacked (decoration: the column header is read out).
      const label = column.hiddenHeading ? undefined : column.heading;
      if (rowHeaders && c === 0)
        return (
          <th
            key={c}
            scope="row"
            role={role('rowheader')}
            className={mergeClasses(table.cell, table.rowHead, total && table.total)}
          >
            {content}
          </th>
        );
      const className = total
        ? mergeClasses(table.cell, column.numeric && table.number, table.total)
        : mergeClasses(table.cell, column.numeric && table.number, column.cellClassName);
      const live = column.live && (total || !liveBody) ? 'polite' : undefined;
      return (
        <td key={c} role={role('cell')} data-label={label} className={className} aria-live={live}>
          {content}
        </td>
      );
    });
  return (
    <div ref={container} className={table.container} {...{ [STACKED]: String(stacked) }}>
      <table className={table.table} role={role('table')}>
        <caption className={table.hidden}>{caption}</caption>
        <thead role={role('rowgroup')}>
          <tr role={role('row')}>
            {columns.map((column, c) => (
              <th
                key={c}
                scope="col"
                role={role('columnheader')}
                className={mergeClasses(table.head, column.numeric && table.number)}
              >
                {column.hiddenHeading ? <span className={table.hidden}>{column.heading}</span> : column.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={bodyRef} role={role('rowgroup')} aria-live={liveBody ? 'polite' : undefined}>
          {rows.map((cells, r) => (
            <tr key={r} role={role('row')}>
              {row(cells, false)}
            </tr>
          ))}
        </tbody>
        {columns.some(column => column.total !== undefined) && (
          <tfoot role={role('rowgroup')}>
            <tr role={role('row')}>
              {row(
                columns.map(column => column.total),
                true,
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
