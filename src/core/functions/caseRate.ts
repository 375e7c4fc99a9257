import { define, range } from '../params';
import { divide, isError } from '../result';
import { sum } from '../sums';

/** Cases per 1,000 inhabitants: Σ cases / Σ inhabitants × 1,000, to compare areas of different size. */
export const CASE_RATE = define('CASE_RATE', { cases: range('nonNegative'), inhabitants: range('nonNegative') }, a => {
  const perInhabitant = divide(sum(a.cases), sum(a.inhabitants), 'inhabitants');
  return isError(perInhabitant) ? perInhabitant : perInhabitant * 1000;
});
