import { define, range, withDefault } from '../params';
import { isError } from '../result';
import { fitTrend } from '../trend';

/**
 * Where the weekly caseload is heading: the least-squares line through the monitoring column
 * (x = the week's position in the column, blank weeks skipped but counted), read off weeks_ahead
 * weeks after the last figure. Never below 0, as a caseload cannot be.
 */
export const CASELOAD_TREND = define(
  'CASELOAD_TREND',
  { caseloads: range('nonNegative'), weeks_ahead: withDefault(4, 'nonNegative') },
  a => {
    const trend = fitTrend(a.caseloads, 'caseloads');
    return isError(trend) ? trend : trend.at(trend.lastWeek + a.weeks_ahead);
  },
);
