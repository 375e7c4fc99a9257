import { define, required } from '../params';
import { divide } from '../result';

/** WISN ratio of the FTE a team has to the FTE it needs; below 1 the team is understaffed. */
export const STAFFING_RATIO = define(
  'STAFFING_RATIO',
  { existing_fte: required('nonNegative'), needed_fte: required('nonNegative') },
  a => divide(a.existing_fte, a.needed_fte, 'needed_fte'),
);
