import { define, range } from '../params';
import { sumProduct } from '../sums';

/**
 * Cases to expect in an area: Σ inhabitants × rate per 1,000 / 1,000, per age group (or any other
 * group) with its own case rate. A group with a blank count or rate adds nothing.
 */
export const EXPECTED_CASES = define(
  'EXPECTED_CASES',
  { inhabitants: range('nonNegative'), rate_per_1000: range('nonNegative', 'inhabitants') },
  a => sumProduct(a.inhabitants, a.rate_per_1000) / 1000,
);
