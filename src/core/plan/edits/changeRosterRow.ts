// A person's roster row changed from a date: a new FTE or reduction starts a new period there, and
// the period before keeps the old value, so the weeks before it keep their grade (periods.ts).
import type { Person } from '../plan';
import { changeDated, DatedChange } from './datedChange';
import { defineEdit } from './edit';

export const changeRosterRow = defineEdit<DatedChange<Person>>({
  name: 'changeRosterRow',
  perform: (plan, change) => changeDated(plan, 'roster', change),
});
