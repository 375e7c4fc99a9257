// Sums over ranges in which blanks are skipped, the way Excel's SUM and SUMPRODUCT treat them.
import { Cells, isBlankCell, sumProductOfRanges } from './cells';
import type { Params } from './params';

export function sum(cells: Cells): number {
  let total = 0;
  for (const value of cells.values) if (!isBlankCell(value)) total += value;
  return total;
}

/** Σ a×b over cells that line up; a pair with a blank on either side adds nothing. */
export function sumProduct(a: Cells, b: Cells): number {
  let total = 0;
  const n = Math.min(a.values.length, b.values.length);
  for (let i = 0; i < n; i++) {
    // A blank on either side (NaN) makes the product blank: one test instead of two.
    const product = a.values[i] * b.values[i];
    if (!isBlankCell(product)) total += product;
  }
  return total;
}

/** Π (1 − share) over the non-blank cells: what is left after every reduction. */
export function remainingAfter(shares: Cells): number {
  let left = 1;
  for (const share of shares.values) if (!isBlankCell(share)) left *= 1 - share;
  return left;
}

/** The two bounds of a band, lowest first, whichever order they were given in. */
export const ordered = (a: number, b: number): [number, number] => (a <= b ? [a, b] : [b, a]);

type Evaluate = (raw: readonly unknown[]) => unknown;

/**
 * A function whose first two parameters are ranges that line up and that it uses only for
 * Σ a×b (WEIGHTED_CASELOAD, FTE_NEEDED), made fast on Excel's 100,000-row ranges: the sum is
 * taken straight from the rows in one pass (sumProductOfRanges) and handed to `afterSum`, the
 * same function declared with that sum as its first parameter in place of the two ranges.
 * This changes nothing a user sees: with both ranges clean and of one shape, `fn` could only
 * refuse a later argument (coerced by `afterSum` the same way, in the same order) or the result
 * (computed from the same sum). Whenever the one pass declines (a cell to refuse, ranges of
 * different shapes) or the sum does not fit in a number, `fn` itself evaluates the call.
 */
export function withOnePassSumProduct<F extends { readonly params: Params; readonly evaluate: Evaluate }>(
  fn: F,
  afterSum: Pick<F, 'evaluate'>,
): F {
  const [a, b] = Object.values(fn.params);
  const evaluate = (raw: readonly unknown[]) => {
    const total = sumProductOfRanges(raw[0], raw[1], a.check, b.check);
    return total !== undefined && Number.isFinite(total)
      ? afterSum.evaluate([total, ...raw.slice(2)])
      : fn.evaluate(raw);
  };
  return { ...fn, evaluate };
}
