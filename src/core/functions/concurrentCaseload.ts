import { define, required } from '../params';

/** Cases open at one time, from cases per year and how long a case runs (Little's law). */
export const CONCURRENT_CASELOAD = define(
  'CONCURRENT_CASELOAD',
  { cases_per_year: required('nonNegative'), average_duration_weeks: required('nonNegative') },
  a => (a.cases_per_year * a.average_duration_weeks) / 52,
);
