import { define, optional, range, required } from '../params';
import { divide, Result } from '../result';
import { sumProduct, withOnePassSumProduct } from '../sums';

/** The parameter after the two ranges, the same in both declarations below. */
const perFteParam = { fte: optional('nonNegative') };
const perFte = (weighted: number, fte: number | undefined): Result<number> =>
  fte === undefined ? weighted : divide(weighted, fte, 'fte');

/**
 * Caseload that counts heavy cases more: Σ count × weight, per FTE when fte is given.
 * A category with a blank count or weight adds nothing.
 */
export const WEIGHTED_CASELOAD = withOnePassSumProduct(
  define(
    'WEIGHTED_CASELOAD',
    { counts: range('nonNegative'), weights: range('nonNegative', 'counts'), ...perFteParam },
    a => perFte(sumProduct(a.counts, a.weights), a.fte),
  ),
  // The same with Σ count × weight already taken from Excel's ranges (see withOnePassSumProduct).
  define('WEIGHTED_CASELOAD', { weighted: required(), ...perFteParam }, a => perFte(a.weighted, a.fte)),
);
