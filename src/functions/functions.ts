// The CASELOAD custom functions. Each is a thin wrapper: Excel's raw arguments go to the core
// function of the same id, and a refusal comes back as an Excel error with a message. The JSDoc
// below is the single source of the English metadata (functions.json) generated at build time;
// the Dutch names and help come from locales/nl.json, keyed by the same ids.
import './standaloneRuntime';
import * as core from '../core/catalogue';
import type { BandStatus } from '../core/functions/bandwidthStatus';
import { statusWord } from '../core/messages';
import { currentLanguage, toExcel } from './excelEdge';

/**
 * Hours a person can really work in a year: contract hours minus leave, public holidays and other hours, reduced by absence.
 * @customfunction AVAILABLE_HOURS
 * @param hours_per_week Contract hours per week, e.g. 36.
 * @param [weeks] Weeks in the year. Default 52.
 * @param [leave_hours] Leave hours per year. Default 0.
 * @param [holiday_hours] Public holiday hours per year that fall on working days. Default 0.
 * @param [other_hours] Other non-available hours per year (training, union work). Default 0.
 * @param [absence_rate] Absence (sickness) rate as a fraction, 5.5% = 0.055. Default 0.
 * @param [fte] FTE to multiply by. Default 1.
 * @returns Available hours per year.
 */
export function availableHours(
  hours_per_week: unknown,
  weeks?: unknown,
  leave_hours?: unknown,
  holiday_hours?: unknown,
  other_hours?: unknown,
  absence_rate?: unknown,
  fte?: unknown,
): number {
  return toExcel(core.AVAILABLE_HOURS, [
    hours_per_week,
    weeks,
    leave_hours,
    holiday_hours,
    other_hours,
    absence_rate,
    fte,
  ]);
}

/**
 * Share of working time that is indirect (not spent with or for clients): total indirect hours over total hours.
 * @customfunction INDIRECT_TIME_SHARE
 * @param indirect_hours Indirect hours: a number or a range (blanks skipped).
 * @param total_hours Total working hours: a number or a range (blanks skipped).
 * @returns Indirect share as a fraction between 0 and 1.
 */
export function indirectTimeShare(indirect_hours: unknown[][], total_hours: unknown[][]): number {
  return toExcel(core.INDIRECT_TIME_SHARE, [indirect_hours, total_hours]);
}

/**
 * Hours left for client work after the indirect share: available × (1 − indirect share).
 * @customfunction CLIENT_HOURS
 * @param available_hours Available hours per year (see AVAILABLE_HOURS).
 * @param indirect_share Indirect share as a fraction, 40% = 0.4.
 * @returns Client hours per year.
 */
export function clientHours(available_hours: unknown, indirect_share: unknown): number {
  return toExcel(core.CLIENT_HOURS, [available_hours, indirect_share]);
}

/**
 * Caseload with heavy cases counted more: sum of count × weight, per FTE when fte is given.
 * @customfunction WEIGHTED_CASELOAD
 * @param counts Number of cases per category (range).
 * @param weights Weight per category, same number of cells as counts.
 * @param [fte] FTE to divide by. Leave out for the team total.
 * @returns Weighted caseload.
 */
export function weightedCaseload(counts: unknown[][], weights: unknown[][], fte?: unknown): number {
  return toExcel(core.WEIGHTED_CASELOAD, [counts, weights, fte]);
}

/**
 * The band of responsible caseload per FTE per year, as {low, high}: client hours over hours per case, reduced by every weighing factor.
 * @customfunction BANDWIDTH
 * @param client_hours_per_fte Client hours per FTE per year (see CLIENT_HOURS).
 * @param hours_per_case_high Hours per case at the heavy end; gives the low bound.
 * @param hours_per_case_low Hours per case at the light end; gives the high bound.
 * @param [reductions] Weighing factors as fractions (onboarding, temporary staff, leave, registration), a range.
 * @returns One row: low and high cases per FTE per year.
 */
export function bandwidth(
  client_hours_per_fte: unknown,
  hours_per_case_high: unknown,
  hours_per_case_low: unknown,
  reductions?: unknown[][],
): number[][] {
  return toExcel(core.BANDWIDTH, [client_hours_per_fte, hours_per_case_high, hours_per_case_low, reductions]);
}

/**
 * The band for a whole team, as {low, high}: the sum over the roster of fte × (1 − reduction) × the band per FTE.
 * @customfunction TEAM_BANDWIDTH
 * @param fte_range FTE per person (range).
 * @param reduction_range Reduction per person as a fraction, same number of cells as fte_range.
 * @param low_per_fte Low bound of the band per FTE.
 * @param high_per_fte High bound of the band per FTE.
 * @returns One row: low and high cases for the team.
 */
export function teamBandwidth(
  fte_range: unknown[][],
  reduction_range: unknown[][],
  low_per_fte: unknown,
  high_per_fte: unknown,
): number[][] {
  return toExcel(core.TEAM_BANDWIDTH, [fte_range, reduction_range, low_per_fte, high_per_fte]);
}

/**
 * Cases open at one time, from cases per year and the average duration of a case (Little's law).
 * @customfunction CONCURRENT_CASELOAD
 * @param cases_per_year Cases started per year.
 * @param average_duration_weeks Average duration of a case in weeks.
 * @returns Concurrent caseload.
 */
export function concurrentCaseload(cases_per_year: unknown, average_duration_weeks: unknown): number {
  return toExcel(core.CONCURRENT_CASELOAD, [cases_per_year, average_duration_weeks]);
}

/**
 * Each person's part of the band, one row per person: fte × (1 − reduction) × {low, high}.
 * @customfunction STAFF_CAPACITY
 * @param fte_range FTE per person (range).
 * @param reduction_range Reduction per person as a fraction, same number of cells as fte_range.
 * @param low_per_fte Low bound of the band per FTE.
 * @param high_per_fte High bound of the band per FTE.
 * @returns Per person: low and high cases.
 */
export function staffCapacity(
  fte_range: unknown[][],
  reduction_range: unknown[][],
  low_per_fte: unknown,
  high_per_fte: unknown,
): number[][] {
  return toExcel(core.STAFF_CAPACITY, [fte_range, reduction_range, low_per_fte, high_per_fte]);
}

/**
 * FTE needed for the expected cases (WISN required staff), including indirect time and tasks only some people do.
 * @customfunction FTE_NEEDED
 * @param case_counts Number of cases per category (range).
 * @param hours_per_case Hours per case per category, same number of cells as case_counts.
 * @param available_hours_per_fte Available hours of one FTE per year (see AVAILABLE_HOURS).
 * @param [indirect_share] Indirect share as a fraction. Default 0.
 * @param [individual_hours] Hours per year of tasks only some people do. Default 0.
 * @returns FTE needed.
 */
export function fteNeeded(
  case_counts: unknown[][],
  hours_per_case: unknown[][],
  available_hours_per_fte: unknown,
  indirect_share?: unknown,
  individual_hours?: unknown,
): number {
  return toExcel(core.FTE_NEEDED, [
    case_counts,
    hours_per_case,
    available_hours_per_fte,
    indirect_share,
    individual_hours,
  ]);
}

/**
 * FTE present over FTE needed (WISN ratio); below 1 the team is understaffed.
 * @customfunction STAFFING_RATIO
 * @param existing_fte FTE the team has.
 * @param needed_fte FTE the team needs (see FTE_NEEDED).
 * @returns Staffing ratio.
 */
export function staffingRatio(existing_fte: unknown, needed_fte: unknown): number {
  return toExcel(core.STAFFING_RATIO, [existing_fte, needed_fte]);
}

/**
 * Cost of one productive hour: annual cost plus overhead, over the productive hours.
 * @customfunction HOURLY_RATE
 * @param annual_cost Annual employer cost in euro.
 * @param productive_hours Productive hours per year.
 * @param [overhead_share] Overhead as a fraction of the annual cost. Default 0.
 * @returns Euro per hour.
 */
export function hourlyRate(annual_cost: unknown, productive_hours: unknown, overhead_share?: unknown): number {
  return toExcel(core.HOURLY_RATE, [annual_cost, productive_hours, overhead_share]);
}

/**
 * Integral cost price per case: team cost plus support cost, over the cases per year.
 * @customfunction COST_PER_CASE
 * @param team_cost Annual cost of the team in euro: a number or a range (summed).
 * @param support_cost Annual cost of support staff in euro: a number or a range (summed).
 * @param cases_per_year Cases handled per year.
 * @returns Euro per case.
 */
export function costPerCase(team_cost: unknown[][], support_cost: unknown[][], cases_per_year: unknown): number {
  return toExcel(core.COST_PER_CASE, [team_cost, support_cost, cases_per_year]);
}

/**
 * Open cases per FTE present: sum of cases over sum of FTE, for the weekly figures.
 * @customfunction CASELOAD_PER_FTE
 * @param cases Open cases: a number or a range (summed).
 * @param fte FTE present: a number or a range (summed).
 * @returns Cases per FTE.
 */
export function caseloadPerFte(cases: unknown[][], fte: unknown[][]): number {
  return toExcel(core.CASELOAD_PER_FTE, [cases, fte]);
}

/**
 * Where a caseload stands against the band: below, within or above.
 * @customfunction BANDWIDTH_STATUS
 * @param caseload Caseload per FTE.
 * @param low Low bound of the band.
 * @param high High bound of the band.
 * @returns "below", "within" or "above", in the language of Excel.
 */
export function bandwidthStatus(caseload: unknown, low: unknown, high: unknown): string {
  return statusWord(toExcel(core.BANDWIDTH_STATUS, [caseload, low, high]) as BandStatus, currentLanguage());
}

/**
 * How far into the band a caseload lies: 0 at the low bound, 1 at the high bound.
 * @customfunction BANDWIDTH_POSITION
 * @param caseload Caseload per FTE.
 * @param low Low bound of the band.
 * @param high High bound of the band.
 * @returns Position in the band.
 */
export function bandwidthPosition(caseload: unknown, low: unknown, high: unknown): number {
  return toExcel(core.BANDWIDTH_POSITION, [caseload, low, high]);
}

/**
 * Number of cases whose hours differ from the norm by more than tolerance × norm: the cases worth a reflection.
 * @customfunction DEVIATING_CASES
 * @param hours Hours spent per case (range).
 * @param norm_hours Norm hours per case.
 * @param [tolerance] Allowed deviation as a fraction of the norm. Default 0.5.
 * @returns Number of deviating cases.
 */
export function deviatingCases(hours: unknown[][], norm_hours: unknown, tolerance?: unknown): number {
  return toExcel(core.DEVIATING_CASES, [hours, norm_hours, tolerance]);
}

/**
 * Cases to expect in an area: the sum of inhabitants × case rate per 1,000 over 1,000, per age group.
 * @customfunction EXPECTED_CASES
 * @param inhabitants Inhabitants per age group: a number or a range (blanks skipped).
 * @param rate_per_1000 Cases per 1,000 inhabitants of each group, same number of cells as inhabitants.
 * @returns Expected number of cases.
 */
export function expectedCases(inhabitants: unknown[][], rate_per_1000: unknown[][]): number {
  return toExcel(core.EXPECTED_CASES, [inhabitants, rate_per_1000]);
}

/**
 * Cases per 1,000 inhabitants: sum of cases over sum of inhabitants, times 1,000, to compare areas of different size.
 * @customfunction CASE_RATE
 * @param cases Number of cases: a number or a range (summed).
 * @param inhabitants Number of inhabitants: a number or a range (summed).
 * @returns Cases per 1,000 inhabitants.
 */
export function caseRate(cases: unknown[][], inhabitants: unknown[][]): number {
  return toExcel(core.CASE_RATE, [cases, inhabitants]);
}

/**
 * Number of weeks in the monitoring column with a caseload above the high bound of the band.
 * @customfunction WEEKS_ABOVE_BAND
 * @param caseloads Caseload per FTE per week, one week per cell (blank weeks skipped).
 * @param high High bound of the band.
 * @returns Number of weeks above the band.
 */
export function weeksAboveBand(caseloads: unknown[][], high: unknown): number {
  return toExcel(core.WEEKS_ABOVE_BAND, [caseloads, high]);
}

/**
 * Number of weeks in the monitoring column with a caseload below the low bound of the band.
 * @customfunction WEEKS_BELOW_BAND
 * @param caseloads Caseload per FTE per week, one week per cell (blank weeks skipped).
 * @param low Low bound of the band.
 * @returns Number of weeks below the band.
 */
export function weeksBelowBand(caseloads: unknown[][], low: unknown): number {
  return toExcel(core.WEEKS_BELOW_BAND, [caseloads, low]);
}

/**
 * Where the weekly caseload is heading: the least-squares trend line through the monitoring column, some weeks after the last figure (never below 0).
 * @customfunction CASELOAD_TREND
 * @param caseloads Caseload per week, one week per cell in order; at least 2 figures. A blank week is skipped but keeps its place.
 * @param [weeks_ahead] Weeks after the last figure. Default 4.
 * @returns Expected caseload.
 */
export function caseloadTrend(caseloads: unknown[][], weeks_ahead?: unknown): number {
  return toExcel(core.CASELOAD_TREND, [caseloads, weeks_ahead]);
}

/**
 * Weeks until the caseload leaves the band if the trend goes on: 0 when the last figure is outside already, #N/A when the trend stays inside for 52 weeks.
 * @customfunction WEEKS_UNTIL_OUTSIDE
 * @param caseloads Caseload per week, one week per cell in order; at least 2 figures. A blank week is skipped but keeps its place.
 * @param low Low bound of the band.
 * @param high High bound of the band.
 * @returns Number of weeks.
 */
export function weeksUntilOutside(caseloads: unknown[][], low: unknown, high: unknown): number {
  return toExcel(core.WEEKS_UNTIL_OUTSIDE, [caseloads, low, high]);
}
