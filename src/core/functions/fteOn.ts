import { cellAt, dateText, isBlankCell } from '../cells';
import { define, optionalRange, range, required } from '../params';
import { CaseloadError } from '../result';

/**
 * The FTE on the roster on a date, after reductions: Σ fte × (1 − reduction) over the rows in
 * force that day, a row being in force from its from date up to and including its to date. A
 * blank from or to date is no limit on that side, a blank FTE is an empty row (0), a blank
 * reduction is none. A row that ends before it starts is refused, wherever it is in the list.
 */
export const FTE_ON = define(
  'FTE_ON',
  {
    date: required('nonNegative'),
    fte: range('nonNegative'),
    from_dates: range('nonNegative', 'fte'),
    to_dates: optionalRange('nonNegative', 'fte'),
    reductions: optionalRange('share', 'fte'),
  },
  a => {
    let total = 0;
    for (let i = 0; i < a.fte.values.length; i++) {
      const fte = a.fte.values[i];
      const from = a.from_dates.values[i];
      const to = cellAt(a.to_dates, i);
      if (!isBlankCell(from) && !isBlankCell(to) && to < from) {
        return new CaseloadError('#VALUE!', 'endsBeforeStart', {
          argument: 'to_dates',
          cell: i + 1,
          got: dateText(to),
          other: 'from_dates',
          otherGot: dateText(from),
        });
      }
      const inForce = (isBlankCell(from) || from <= a.date) && (isBlankCell(to) || to >= a.date);
      if (isBlankCell(fte) || !inForce) continue;
      const reduction = cellAt(a.reductions, i);
      total += fte * (1 - (isBlankCell(reduction) ? 0 : reduction));
    }
    return total;
  },
);
