import { define, range } from '../params';
import { CaseloadError, divide } from '../result';
import { sum } from '../sums';

/** The part of all working hours that is not spent with or for clients: Σ indirect / Σ total. */
export const INDIRECT_TIME_SHARE = define(
  'INDIRECT_TIME_SHARE',
  { indirect_hours: range('nonNegative'), total_hours: range('nonNegative') },
  a => {
    const indirect = sum(a.indirect_hours);
    const total = sum(a.total_hours);
    // Sums beyond Excel's largest number would show as "Infinity" in the message below
    if (!Number.isFinite(indirect) || !Number.isFinite(total)) return new CaseloadError('#NUM!', 'tooLarge', {});
    if (indirect > total && total > 0) {
      return new CaseloadError('#VALUE!', 'partExceedsWhole', {
        argument: 'indirect_hours',
        got: String(indirect),
        other: 'total_hours',
        otherGot: String(total),
      });
    }
    return divide(indirect, total, 'total_hours');
  },
);
