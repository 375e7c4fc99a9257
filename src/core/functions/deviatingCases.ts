import { isBlankCell } from '../cells';
import { define, range, required, withDefault, word } from '../params';

/**
 * How many cases took far more or far less time than the norm: above counts hours over
 * norm × (1 + tolerance), below hours under norm × (1 − tolerance), both counts either. These are
 * the cases worth a reflection, instead of registering every hour of every case. The direction is
 * typed as a word, in English or Dutch.
 */
export const DEVIATING_CASES = define(
  'DEVIATING_CASES',
  {
    hours: range('nonNegative'),
    norm_hours: required('positive'),
    tolerance: withDefault(0.5, 'nonNegative'),
    direction: word(
      { both: { en: 'both', nl: 'beide' }, above: { en: 'above', nl: 'boven' }, below: { en: 'below', nl: 'onder' } },
      'both',
    ),
  },
  a => {
    // A side that is not counted gets a bound no hours can pass.
    const high = a.direction === 'below' ? Infinity : a.norm_hours * (1 + a.tolerance);
    const low = a.direction === 'above' ? -Infinity : a.norm_hours * (1 - a.tolerance);
    let count = 0;
    for (const h of a.hours.values) if (!isBlankCell(h) && (h > high || h < low)) count++;
    return count;
  },
);
