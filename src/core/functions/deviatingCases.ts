import { isBlankCell } from '../cells';
import { define, range, required, withDefault, word } from '../params';

/** Hours beyond these bounds are far from the norm; a side that is not counted gets a bound no hours can pass. */
export const deviationBounds = (norm: number, tolerance: number, direction: 'both' | 'above' | 'below') => ({
  high: direction === 'below' ? Infinity : norm * (1 + tolerance),
  low: direction === 'above' ? -Infinity : norm * (1 - tolerance),
});

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
    const { high, low } = deviationBounds(a.norm_hours, a.tolerance, a.direction);
    let count = 0;
    for (const h of a.hours.values) if (!isBlankCell(h) && (h > high || h < low)) count++;
    return count;
  },
);
