// Where the weekly figures of step 3 are heading: the trend of the caseload per FTE, how many
// weeks fell outside their band, and how soon the trend leaves the band in force. The same
// catalogue functions as the workbook's formulas, on the column of weekly caseloads.
import type { Band } from '../band';
import { CASELOAD_TREND } from '../functions/caseloadTrend';
import { WEEKS_UNTIL_OUTSIDE } from '../functions/weeksUntilOutside';
import { toCells } from '../cells';
import { isError, Result } from '../result';
import { fitTrend } from '../trend';
import type { WeekFigures } from './weeks';

/** How many weeks ahead the pane looks for an early warning. */
export const WARNING_WEEKS = 8;
/** How many weeks after the last figure the forecast is read. */
export const FORECAST_WEEKS = 4;

export interface MonitoringFigures {
  /** The trend's caseload FORECAST_WEEKS weeks after the last week. */
  forecast: Result<number>;
  /** Weeks above (below) the band version in force in their week. */
  weeksAbove: number;
  weeksBelow: number;
  /** 0 when the last week is outside the band already; #N/A when the trend stays inside for 52 weeks. */
  weeksUntilOutside: Result<number>;
  /** The trend leaves the band (or has left it) within WARNING_WEEKS weeks. */
  warning: boolean;
  /** Which side the trend leaves the band on, when it does within 52 weeks. */
  side: 'above' | 'below' | undefined;
  /** The trend line to draw: its value at the first week and FORECAST_WEEKS after the last (1-based) week. */
  line: { start: number; end: number; lastWeek: number } | undefined;
}

function trendLine(column: (number | null)[][]): MonitoringFigures['line'] {
  const cells = toCells(column, 'caseloads', 'nonNegative');
  const trend = isError(cells) ? cells : fitTrend(cells, 'caseloads');
  if (isError(trend)) return undefined;
  return { start: trend.at(1), end: trend.at(trend.lastWeek + FORECAST_WEEKS), lastWeek: trend.lastWeek };
}

/**
 * From the weekly figures: the trend of their caseloads (a week that cannot be computed counts as
 * blank), the weeks above and below the band version each was held against, and, against the band
 * in force now, how soon the trend leaves it.
 */
export function monitoringFigures(weeks: readonly WeekFigures[], band: Result<Band>): MonitoringFigures {
  const caseloads = weeks.map(w => w.caseload);
  const column = caseloads.map(c => [isError(c) ? null : c]);
  const forecast = CASELOAD_TREND.evaluate([column, FORECAST_WEEKS]) as Result<number>;
  const line = trendLine(column);
  const weeksAbove = weeks.filter(w => w.status === 'above').length;
  const weeksBelow = weeks.filter(w => w.status === 'below').length;
  if (isError(band)) {
    return { forecast, weeksAbove, weeksBelow, weeksUntilOutside: band, warning: false, side: undefined, line };
  }
  const weeksUntilOutside = WEEKS_UNTIL_OUTSIDE.evaluate([column, band.low, band.high]) as Result<number>;
  const warning = !isError(weeksUntilOutside) && weeksUntilOutside <= WARNING_WEEKS;
  // The trend where it leaves the band (the last figure itself when that is outside already).
  const last = caseloads.filter(c => !isError(c)).at(-1) as number | undefined;
  const there = isError(weeksUntilOutside)
    ? undefined
    : weeksUntilOutside === 0
      ? last
      : (CASELOAD_TREND.evaluate([column, weeksUntilOutside]) as Result<number>);
  const side = there === undefined || isError(there) ? undefined : there > band.high ? 'above' : 'below';
  return { forecast, weeksAbove, weeksBelow, weeksUntilOutside, warning, side, line };
}
