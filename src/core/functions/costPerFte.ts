import { define, required, withDefault } from '../params';

/**
 * What one full-time FTE costs in a year: the salary with the individual choice budget (IKB:
 * holiday pay, year-end pay and the like, as a share of the salary), the employer's charges on
 * that whole (social security and pension are levied over both), plus other costs per FTE
 * (workplace, training, travel).
 */
export const COST_PER_FTE = define(
  'COST_PER_FTE',
  {
    salary: required('nonNegative'),
    employer_share: required('share'),
    other_per_fte: withDefault(0, 'nonNegative'),
    ikb_share: withDefault(0, 'share'),
  },
  a => a.salary * (1 + a.ikb_share) * (1 + a.employer_share) + a.other_per_fte,
);
