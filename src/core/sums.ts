// Sums over ranges in which blanks are skipped, the way Excel's SUM and SUMPRODUCT treat them.
import { Cells, isBlankCell } from './cells';

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
