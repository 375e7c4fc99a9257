import { define, range, required, withDefault } from '../params';
import { CaseloadError } from '../result';
import { sumProduct } from '../sums';

/**
 * The formation needed (WISN required staff): the hours all cases ask, Σ count × hours per case,
 * divided by the client hours one FTE has, plus the tasks only some people do
 * (individual_hours) as a share of one FTE's available hours.
 */
export const FTE_NEEDED = define(
  'FTE_NEEDED',
  {
    case_counts: range('nonNegative'),
    hours_per_case: range('nonNegative', 'case_counts'),
    available_hours_per_fte: required('nonNegative'),
    indirect_share: withDefault(0, 'share'),
    individual_hours: withDefault(0, 'nonNegative'),
  },
  a => {
    if (a.available_hours_per_fte === 0) {
      return new CaseloadError('#DIV/0!', 'divisionByZero', { argument: 'available_hours_per_fte' });
    }
    if (a.indirect_share === 1) return new CaseloadError('#DIV/0!', 'noClientTime', { argument: 'indirect_share' });
    // Divided one factor at a time: the product available × (1 − share) of a tiny number of hours
    // can round to 0 although neither factor is 0.
    const perFte = sumProduct(a.case_counts, a.hours_per_case) / a.available_hours_per_fte;
    return perFte / (1 - a.indirect_share) + a.individual_hours / a.available_hours_per_fte;
  },
);
