// Every CASELOAD function, once, in the order the reference lists them. Code that needs one
// function by name takes it from FUNCTIONS (typed by id), so this list is the only one.
import { ALLOCATE_FTE } from './functions/allocateFte';
import { AVAILABLE_HOURS } from './functions/availableHours';
import { BAND_ON } from './functions/bandOn';
import { BANDWIDTH } from './functions/bandwidth';
import { BANDWIDTH_POSITION } from './functions/bandwidthPosition';
import { BANDWIDTH_STATUS } from './functions/bandwidthStatus';
import { CASE_RATE } from './functions/caseRate';
import { CASELOAD_PER_FTE } from './functions/caseloadPerFte';
import { CASELOAD_TREND } from './functions/caseloadTrend';
import { CLIENT_HOURS } from './functions/clientHours';
import { CONCURRENT_CASELOAD } from './functions/concurrentCaseload';
import { COST_PER_CASE } from './functions/costPerCase';
import { COST_PER_FTE } from './functions/costPerFte';
import { DEVIATING_CASES } from './functions/deviatingCases';
import { EXPECTED_CASES } from './functions/expectedCases';
import { FTE_NEEDED } from './functions/fteNeeded';
import { FTE_ON } from './functions/fteOn';
import { HOURLY_RATE } from './functions/hourlyRate';
import { INDIRECT_TIME_SHARE } from './functions/indirectTimeShare';
import { PRODUCT_COST } from './functions/productCost';
import { STAFF_CAPACITY } from './functions/staffCapacity';
import { STAFFING_RATIO } from './functions/staffingRatio';
import { TARIFF_COVERAGE } from './functions/tariffCoverage';
import { TEAM_BANDWIDTH } from './functions/teamBandwidth';
import { WEEKS_ABOVE_BAND } from './functions/weeksAboveBand';
import { WEEKS_BELOW_BAND } from './functions/weeksBelowBand';
import { WEEKS_UNTIL_OUTSIDE } from './functions/weeksUntilOutside';
import { WEIGHTED_CASELOAD } from './functions/weightedCaseload';
import type { CaseloadFunction } from './params';

export const CATALOGUE = [
  AVAILABLE_HOURS,
  INDIRECT_TIME_SHARE,
  CLIENT_HOURS,
  WEIGHTED_CASELOAD,
  BANDWIDTH,
  TEAM_BANDWIDTH,
  CONCURRENT_CASELOAD,
  STAFF_CAPACITY,
  FTE_NEEDED,
  STAFFING_RATIO,
  HOURLY_RATE,
  COST_PER_CASE,
  CASELOAD_PER_FTE,
  BANDWIDTH_STATUS,
  BANDWIDTH_POSITION,
  DEVIATING_CASES,
  EXPECTED_CASES,
  CASE_RATE,
  WEEKS_ABOVE_BAND,
  WEEKS_BELOW_BAND,
  CASELOAD_TREND,
  WEEKS_UNTIL_OUTSIDE,
  // Time and teams: the band and the roster on a date, FTE divided by need.
  BAND_ON,
  FTE_ON,
  ALLOCATE_FTE,
  // Finance: cost of an FTE, cost price of a product, how far a tariff covers it.
  COST_PER_FTE,
  PRODUCT_COST,
  TARIFF_COVERAGE,
] as const;

export type CatalogueFunction = (typeof CATALOGUE)[number];
export type FunctionId = CatalogueFunction['id'];
/** Every parameter id of every function (a union, not only the ids all functions share). */
export type ParameterId = CatalogueFunction extends infer F
  ? F extends CaseloadFunction<infer P>
    ? keyof P & string
    : never
  : never;

/** The functions by id: `FUNCTIONS.BANDWIDTH.evaluate(...)`. */
export const FUNCTIONS = Object.fromEntries(CATALOGUE.map(fn => [fn.id, fn])) as {
  readonly [F in CatalogueFunction as F['id']]: F;
};
