import { dateText, isBlankCell } from '../cells';
import { define, range, required } from '../params';
import { CaseloadError } from '../result';
import { ordered } from '../sums';

/**
 * The band in force on a date, as {low, high}, from the band's versions: each row is a version
 * adopted from a date, and the one with the latest from date on or before the date counts. Rows
 * may be in any order; of two versions from the same date the later row counts (a correction).
 * A row without a from date is no version and is skipped, so a list of every team's versions can
 * be narrowed to one team with IF(team = "x", from dates, ""). The version in force needs both
 * bounds; a date before every version is #N/A, as a lookup that finds nothing.
 */
export const BAND_ON = define(
  'BAND_ON',
  {
    date: required('nonNegative'),
    from_dates: range('nonNegative'),
    lows: range('nonNegative', 'from_dates'),
    highs: range('nonNegative', 'from_dates'),
  },
  a => {
    const from = a.from_dates.values;
    let earliest = -1;
    let inForce = -1;
    for (let i = 0; i < from.length; i++) {
      if (isBlankCell(from[i])) continue;
      if (earliest < 0 || from[i] < from[earliest]) earliest = i;
      if (from[i] <= a.date && (inForce < 0 || from[i] >= from[inForce])) inForce = i;
    }
    if (earliest < 0) return new CaseloadError('#N/A', 'noVersion', { argument: 'from_dates' });
    if (inForce < 0) {
      return new CaseloadError('#N/A', 'beforeFirstVersion', {
        argument: 'date',
        got: dateText(a.date),
        other: 'from_dates',
        otherGot: dateText(from[earliest]),
      });
    }
    for (const argument of ['lows', 'highs'] as const) {
      if (isBlankCell(a[argument].values[inForce])) {
        return new CaseloadError('#VALUE!', 'required', { argument, cell: inForce + 1 });
      }
    }
    return [ordered(a.lows.values[inForce], a.highs.values[inForce])];
  },
  'matrix',
);
