import { define, required, withDefault } from '../params';
import { CaseloadError } from '../result';

/**
 * Hours a person (or a number of FTE) can actually work in a year: contract hours minus leave,
 * public holidays and other non-available hours, then reduced by the absence rate. This is
 * WISN's available working time, counted in hours instead of days.
 */
export const AVAILABLE_HOURS = define(
  'AVAILABLE_HOURS',
  {
    hours_per_week: required('nonNegative'),
    weeks: withDefault(52, 'nonNegative'),
    leave_hours: withDefault(0, 'nonNegative'),
    holiday_hours: withDefault(0, 'nonNegative'),
    other_hours: withDefault(0, 'nonNegative'),
    absence_rate: withDefault(0, 'share'),
    fte: withDefault(1, 'nonNegative'),
  },
  a => {
    const contract = a.hours_per_week * a.weeks;
    const present = contract - a.leave_hours - a.holiday_hours - a.other_hours;
    if (present < 0)
      return new CaseloadError('#VALUE!', 'hoursExceeded', { argument: 'leave_hours', other: 'hours_per_week' });
    return present * (1 - a.absence_rate) * a.fte;
  },
);
