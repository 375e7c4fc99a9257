import { isBlankCell } from '../cells';
import { define, range, required } from '../params';

/**
 * The cost price of a product (a kind of case): hours per case × hourly rate, one row per cell of
 * hours, so a column of hours spills a column of cost prices (one value gives one). A blank is
 * no hours (0), as in Excel's own multiplication; a range without cells gives one row, as Excel
 * cannot show a spill of no rows.
 */
export const PRODUCT_COST = define(
  'PRODUCT_COST',
  { hours_per_case: range('nonNegative'), hourly_rate: required('nonNegative') },
  a => {
    if (a.hours_per_case.values.length === 0) return [[0]];
    return Array.from(a.hours_per_case.values, hours => [isBlankCell(hours) ? 0 : hours * a.hourly_rate]);
  },
  'matrix',
);
