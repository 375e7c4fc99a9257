import { Cells } from '../cells';
import { define, optionalRange, range, required, withDefault } from '../params';
import { CaseloadError, Result } from '../result';
import { remainingAfter, sumProduct, withOnePassSumProduct } from '../sums';

interface Time {
  readonly available_hours_per_fte: number;
  readonly indirect_share: number;
  readonly individual_hours: number;
  readonly reductions: Cells;
}
/** The parameters after the two ranges, the same in both declarations below. */
const time = {
  available_hours_per_fte: required('nonNegative'),
  indirect_share: withDefault(0, 'share'),
  individual_hours: withDefault(0, 'nonNegative'),
  reductions: optionalRange('share'),
};

/** FTE for `hours` of casework a year (Σ count × hours per case), given one FTE's time. */
function fteFor(hours: number, a: Time): Result<number> {
  if (a.available_hours_per_fte === 0) {
    return new CaseloadError('#DIV/0!', 'divisionByZero', { argument: 'available_hours_per_fte' });
  }
  if (a.indirect_share === 1) return new CaseloadError('#VALUE!', 'noClientTime', { argument: 'indirect_share' });
  // The weighing factors take the same share of each FTE's client hours as they take of the band
  // (BANDWIDTH): what is left of an hour for cases after all of them.
  const left = remainingAfter(a.reductions);
  if (left === 0) return new CaseloadError('#VALUE!', 'noClientTime', { argument: 'reductions' });
  // Divided one factor at a time: the product available × (1 − share) of a tiny number of hours
  // can round to 0 although neither factor is 0.
  const perFte = hours / a.available_hours_per_fte;
  return perFte / (1 - a.indirect_share) / left + a.individual_hours / a.available_hours_per_fte;
}

/**
 * The formation needed (WISN required staff): the hours all cases ask, Σ count × hours per case,
 * divided by the client hours one FTE has after the team's weighing factors, plus the tasks only
 * some people do (individual_hours) as a share of one FTE's available hours.
 */
export const FTE_NEEDED = withOnePassSumProduct(
  define(
    'FTE_NEEDED',
    { case_counts: range('nonNegative'), hours_per_case: range('nonNegative', 'case_counts'), ...time },
    a => fteFor(sumProduct(a.case_counts, a.hours_per_case), a),
  ),
  // The same with Σ count × hours already taken from Excel's ranges (see withOnePassSumProduct).
  define('FTE_NEEDED', { hours: required(), ...time }, a => fteFor(a.hours, a)),
);
