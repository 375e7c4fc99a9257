import { define, required, withDefault } from '../params';
import { divide } from '../result';

/** What an hour of a professional costs: annual cost plus overhead, over the productive hours. */
export const HOURLY_RATE = define(
  'HOURLY_RATE',
  {
    annual_cost: required('nonNegative'),
    productive_hours: required('nonNegative'),
    overhead_share: withDefault(0, 'share'),
  },
  a => divide(a.annual_cost * (1 + a.overhead_share), a.productive_hours, 'productive_hours'),
);
