// The week a new row of weekly figures starts with: the Monday after the latest week that is a
// date (a label kept from an old workbook is passed over), or this week's Monday when there is
// none. Never a week that has not begun: figures are entered for weeks that happened, so when
// this week is there already there is no next week to add (undefined).
import { addDays, isDatedWeek, mondayOf } from '../../core';

export function nextWeek(weeks: readonly string[], today: string): string | undefined {
  const current = mondayOf(today) ?? today;
  const latest = weeks.filter(isDatedWeek).sort().at(-1);
  if (!latest) return current;
  const next = addDays(latest, 7);
  return next <= current ? next : undefined;
}
