// A weighing factor changed from a date: a new reduction starts a new period there, and the period
// before keeps the old one, so a band adopted for a date before it is still computed as it was.
import type { Factor } from '../plan';
import { changeDated, DatedChange } from './datedChange';
import { defineEdit } from './edit';

export const changeFactor = defineEdit<DatedChange<Factor>>({
  name: 'changeFactor',
  perform: (plan, change) => changeDated(plan, 'factors', change),
});
