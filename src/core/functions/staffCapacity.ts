import { isBlankCell } from '../cells';
import { define, range, required } from '../params';
import { ordered } from '../sums';

/** A roster (FTE and reduction per person) and the band per FTE; shared with TEAM_BANDWIDTH. */
export const ROSTER_PARAMS = {
  fte_range: range('nonNegative'),
  reduction_range: range('share', 'fte_range'),
  low_per_fte: required('nonNegative'),
  high_per_fte: required('nonNegative'),
};

/**
 * Each person's share of the band: fte × (1 − reduction) × {low, high}, one row per person.
 * A blank FTE is an empty roster row and gets {0, 0}; a blank reduction means none. A roster
 * without cells is one empty row too, as Excel cannot show a spill of no rows.
 */
export const STAFF_CAPACITY = define(
  'STAFF_CAPACITY',
  ROSTER_PARAMS,
  a => {
    const [low, high] = ordered(a.low_per_fte, a.high_per_fte);
    if (a.fte_range.values.length === 0) return [[0, 0]];
    const valueOr0 = (v: number) => (isBlankCell(v) ? 0 : v);
    return Array.from(a.fte_range.values, (fte, i) => {
      const effective = valueOr0(fte) * (1 - valueOr0(a.reduction_range.values[i]));
      return [effective * low, effective * high];
    });
  },
  'matrix',
);
