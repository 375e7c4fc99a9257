import { define, optionalRange, required } from '../params';
import { CaseloadError } from '../result';
import { ordered, remainingAfter } from '../sums';

/**
 * The band of responsible caseload per FTE per year: client hours divided by the hours a case
 * takes at the heavy and at the light end, then reduced by every weighing factor (onboarding,
 * temporary staff, leave, registration burden). Returns one row: {low, high}.
 */
export const BANDWIDTH = define(
  'BANDWIDTH',
  {
    client_hours_per_fte: required('nonNegative'),
    hours_per_case_high: required('nonNegative'),
    hours_per_case_low: required('nonNegative'),
    reductions: optionalRange('share'),
  },
  a => {
    for (const argument of ['hours_per_case_high', 'hours_per_case_low'] as const) {
      if (a[argument] === 0) return new CaseloadError('#DIV/0!', 'divisionByZero', { argument });
    }
    const left = remainingAfter(a.reductions);
    const bounds = ordered(
      (a.client_hours_per_fte / a.hours_per_case_high) * left,
      (a.client_hours_per_fte / a.hours_per_case_low) * left,
    );
    return [bounds];
  },
  'matrix',
);
