import { define, required } from '../params';
import { CaseloadError } from '../result';
import { ordered } from '../sums';

/** How far into the band a caseload lies: 0 at the low bound, 1 at the high bound, outside beyond. */
export const BANDWIDTH_POSITION = define(
  'BANDWIDTH_POSITION',
  { caseload: required('nonNegative'), low: required('nonNegative'), high: required('nonNegative') },
  a => {
    const [low, high] = ordered(a.low, a.high);
    if (high === low) {
      return new CaseloadError('#VALUE!', 'boundsEqual', { argument: 'high', got: String(high), other: 'low' });
    }
    return (a.caseload - low) / (high - low);
  },
);
