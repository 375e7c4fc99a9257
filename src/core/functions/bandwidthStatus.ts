import { define, required } from '../params';
import { ordered } from '../sums';

export type BandStatus = 'below' | 'within' | 'above';

/** Where a caseload stands against the band: below, within (bounds included) or above. */
export const BANDWIDTH_STATUS = define(
  'BANDWIDTH_STATUS',
  { caseload: required('nonNegative'), low: required('nonNegative'), high: required('nonNegative') },
  (a): BandStatus => {
    const [low, high] = ordered(a.low, a.high);
    return a.caseload < low ? 'below' : a.caseload > high ? 'above' : 'within';
  },
  'word',
);
