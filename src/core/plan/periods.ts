// Effective dating, as HR systems keep a contract: a change to a row with a period (a person on a
// roster, a weighing factor) holds from a date. What held before that date stays as it was, in a
// row of its own that ends the day before, so every week already entered keeps what it was graded
// with. A change to a row that only starts on that date (or later), or that ended before it, has
// no past to keep and is made in the row itself; so is a change that no figure depends on (a name,
// a note, the period itself).
import { addDays, isIsoDate } from '../dates';
import type { Factor, Person } from './plan';

export interface Period {
  from: string;
  to: string;
}

/** The fields whose change starts a new period: the ones a week's figures or a band depend on. */
export const DATED_FIELDS = {
  roster: ['fte', 'reduction'],
  factors: ['reduction'],
} as const satisfies { roster: readonly (keyof Person)[]; factors: readonly (keyof Factor)[] };

/** Whether a change from `from` leaves a past of `row` to keep: in force the day before and on that date. */
export const keepsPast = (row: Period, from: string): boolean =>
  isIsoDate(from) && (row.from === '' || row.from < from) && (row.to === '' || row.to >= from);

/**
 * `rows` with row `index` changed to `changed` from the date `from`: when a dated field changed and
 * the row has a past to keep, the row as it was ends the day before `from` and `changed` starts on
 * it (right after the row being edited, which stays where it is); otherwise in place.
 */
export function changeFrom<T extends Period>(
  rows: readonly T[],
  index: number,
  changed: T,
  from: string,
  dated: readonly string[],
): T[] {
  const row = rows[index];
  if (!row) return [...rows];
  const value = (r: T, key: string) => (r as unknown as Record<string, unknown>)[key];
  const split = keepsPast(row, from) && dated.some(key => value(row, key) !== value(changed, key));
  if (!split) return rows.map((r, i) => (i === index ? changed : r));
  const past = { ...row, to: addDays(from, -1) };
  return [...rows.slice(0, index), { ...changed, from }, past, ...rows.slice(index + 1)];
}
