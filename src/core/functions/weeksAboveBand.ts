import { isBlankCell } from '../cells';
import { define, range, required } from '../params';

/** How many weeks of the monitoring column lie above the band's high bound (blank weeks skipped). */
export const WEEKS_ABOVE_BAND = define(
  'WEEKS_ABOVE_BAND',
  { caseloads: range('nonNegative'), high: required('nonNegative') },
  a => a.caseloads.values.filter(caseload => !isBlankCell(caseload) && caseload > a.high).length,
);
