import { isBlankCell } from '../cells';
import { define, range, required, withDefault } from '../params';

/**
 * How many cases took far more or far less time than the norm (more than tolerance × norm away):
 * the cases worth a reflection, instead of registering every hour of every case.
 */
export const DEVIATING_CASES = define(
  'DEVIATING_CASES',
  { hours: range('nonNegative'), norm_hours: required('positive'), tolerance: withDefault(0.5, 'nonNegative') },
  a => {
    const margin = a.tolerance * a.norm_hours;
    let count = 0;
    for (const h of a.hours.values) if (!isBlankCell(h) && Math.abs(h - a.norm_hours) > margin) count++;
    return count;
  },
);
