import { define, range, required } from '../params';
import { CaseloadError, isError } from '../result';
import { ordered } from '../sums';
import { fitTrend, HORIZON_WEEKS } from '../trend';

/**
 * How many weeks until the caseload leaves the band if the trend goes on: 0 when the last figure
 * is outside the band already, else the first whole week k ≥ 1 after it at which the trend line
 * (as CASELOAD_TREND with weeks_ahead k) lies below low or above high. The bounds are inside.
 */
export const WEEKS_UNTIL_OUTSIDE = define(
  'WEEKS_UNTIL_OUTSIDE',
  { caseloads: range('nonNegative'), low: required('nonNegative'), high: required('nonNegative') },
  a => {
    const trend = fitTrend(a.caseloads, 'caseloads');
    if (isError(trend)) return trend;
    const [low, high] = ordered(a.low, a.high);
    const outside = (caseload: number) => caseload < low || caseload > high;
    if (outside(trend.lastValue)) return 0;
    for (let k = 1; k <= HORIZON_WEEKS; k++) if (outside(trend.at(trend.lastWeek + k))) return k;
    return new CaseloadError('#N/A', 'bandNotLeft', {});
  },
);
