import { define, range } from '../params';
import { divide } from '../result';
import { sum } from '../sums';

/** Open cases per FTE present: Σ cases / Σ fte, the figure the team compares with its band each week. */
export const CASELOAD_PER_FTE = define(
  'CASELOAD_PER_FTE',
  { cases: range('nonNegative'), fte: range('nonNegative') },
  a => divide(sum(a.cases), sum(a.fte), 'fte'),
);
