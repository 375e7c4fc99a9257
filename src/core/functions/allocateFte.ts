import { isBlankCell } from '../cells';
import { define, range, required } from '../params';
import { CaseloadError } from '../result';
import { sum } from '../sums';

/**
 * FTE divided in proportion to need: total_fte × need / Σ needs, one row per need, so the result
 * spills beside the needs (a team's FTE needed, hours or cases). A blank need gets 0 and keeps
 * its row. When every need is 0 there is nothing to divide by.
 */
export const ALLOCATE_FTE = define(
  'ALLOCATE_FTE',
  { needs: range('nonNegative'), total_fte: required('nonNegative') },
  a => {
    const needed = sum(a.needs);
    // A sum beyond the largest number would make every share 0.
    if (!Number.isFinite(needed)) return new CaseloadError('#NUM!', 'tooLarge', {});
    if (needed === 0) return new CaseloadError('#DIV/0!', 'divisionByZero', { argument: 'needs' });
    return Array.from(a.needs.values, need => [isBlankCell(need) ? 0 : a.total_fte * (need / needed)]);
  },
  'matrix',
);
