import { define, required } from '../params';

/** Hours left for client work once the indirect share (meetings, registration, travel) is taken off. */
export const CLIENT_HOURS = define(
  'CLIENT_HOURS',
  { available_hours: required('nonNegative'), indirect_share: required('share') },
  a => a.available_hours * (1 - a.indirect_share),
);
