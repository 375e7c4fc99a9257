// The week a new row of weekly figures starts with: the Monday after the last week that is a date
// (a label kept from an old workbook is passed over), or this week's Monday when there is none.
import { addDays, isDatedWeek, mondayOf } from '../../core';

export function nextWeek(weeks: readonly string[], today: string): string {
  const last = weeks.filter(isDatedWeek).at(-1);
  return last ? addDays(last, 7) : (mondayOf(today) ?? today);
}
