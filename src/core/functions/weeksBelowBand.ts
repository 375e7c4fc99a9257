import { isBlankCell } from '../cells';
import { define, range, required } from '../params';

/** How many weeks of the monitoring column lie below the band's low bound (blank weeks skipped). */
export const WEEKS_BELOW_BAND = define(
  'WEEKS_BELOW_BAND',
  { caseloads: range('nonNegative'), low: required('nonNegative') },
  a => a.caseloads.values.filter(caseload => !isBlankCell(caseload) && caseload < a.low).length,
);
