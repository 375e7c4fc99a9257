// The pane's tables of figures, written out once: a caption (read by screen readers, hidden on
// screen since the section heading above says the same), column headings, a row header per row
// when the rows are named, and an optional total row, in the look of useTableStyles.
import { mergeClasses } from '@fluentui/react-components';
import { ReactNode, Ref } from 'react';
import { useTableStyles } from './useTableStyles';

export interface FigureColumn {
  heading: ReactNode;
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
  /** Names the table (and the scroller, when it can take the focus). */
  caption: string;
  columns: readonly FigureColumn[];
  /** One array of cells per row, in the order of the columns. */
  rows: readonly (readonly ReactNode[])[];
  /** The first cell of each row names the row (a row header). */
  rowHeaders?: boolean;
  /** The whole body is a live region: every change in it is read out. */
  liveBody?: boolean;
  bodyRef?: Ref<HTMLTableSectionElement>;
  /** The scroller takes the keyboard focus, so a table wider than the pane scrolls without a mouse. */
  focusable?: boolean;
}

export function FigureTable({
  caption,
  columns,
  rows,
  rowHeaders = false,
  liveBody = false,
  bodyRef,
  focusable,
}: Props) {
  const table = useTableStyles();
  const row = (cells: readonly ReactNode[], total: boolean) =>
    cells.map((content, c) => {
      const column = columns[c];
      if (rowHeaders && c === 0)
        return (
          <th key={c} scope="row" className={mergeClasses(table.cell, table.rowHead, total && table.total)}>
            {content}
          </th>
        );
      const className = total
        ? mergeClasses(table.cell, column.numeric && table.number, table.total)
        : mergeClasses(table.cell, column.numeric && table.number, column.cellClassName);
      const live = column.live && (total || !liveBody) ? 'polite' : undefined;
      return (
        <td key={c} className={className} aria-live={live}>
          {content}
        </td>
      );
    });
  const scroller = focusable ? { tabIndex: 0, 'aria-label': caption, role: 'group' } : {};
  return (
    <div className={table.scroller} {...scroller}>
      <table className={table.table}>
        <caption className={table.hidden}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, c) => (
              <th key={c} scope="col" className={mergeClasses(table.head, column.numeric && table.number)}>
                {column.hiddenHeading ? <span className={table.hidden}>{column.heading}</span> : column.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={bodyRef} aria-live={liveBody ? 'polite' : undefined}>
          {rows.map((cells, r) => (
            <tr key={r}>{row(cells, false)}</tr>
          ))}
        </tbody>
        {columns.some(column => column.total !== undefined) && (
          <tfoot>
            <tr>
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
