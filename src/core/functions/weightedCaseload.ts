import { define, optional, range } from '../params';
import { divide } from '../result';
import { sumProduct } from '../sums';

/**
 * Caseload that counts heavy cases more: Σ count × weight, per FTE when fte is given.
 * A category with a blank count or weight adds nothing.
 */
export const WEIGHTED_CASELOAD = define(
  'WEIGHTED_CASELOAD',
  { counts: range('nonNegative'), weights: range('nonNegative', 'counts'), fte: optional('nonNegative') },
  a => {
    const weighted = sumProduct(a.counts, a.weights);
    return a.fte === undefined ? weighted : divide(weighted, a.fte, 'fte');
  },
);
