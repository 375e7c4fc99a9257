import { define, required, withDefault } from '../params';

/**
 * What one full-time FTE costs in a year: the salary plus the employer's charges on it (as a share
 * of the salary), plus other costs per FTE (workplace, training, travel).
 */
export const COST_PER_FTE = define(
  'COST_PER_FTE',
  {
    salary: required('nonNegative'),
    employer_share: required('share'),
    other_per_fte: withDefault(0, 'nonNegative'),
  },
  a => a.salary * (1 + a.employer_share) + a.other_per_fte,
);
