import { define, range, required } from '../params';
import { divide } from '../result';
import { sum } from '../sums';

/**
 * Integral cost price of a case: what the team and everyone who supports it cost in a year,
 * over the cases handled that year. Costs may be single amounts or ranges (summed).
 */
export const COST_PER_CASE = define(
  'COST_PER_CASE',
  { team_cost: range('nonNegative'), support_cost: range('nonNegative'), cases_per_year: required('nonNegative') },
  a => divide(sum(a.team_cost) + sum(a.support_cost), a.cases_per_year, 'cases_per_year'),
);
