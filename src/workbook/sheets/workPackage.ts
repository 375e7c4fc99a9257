// "VC Werkpakket": the framework's activities per step as a checklist.
import { ActivitySchema } from '../../core';
import { inputsOf, sideBySide, SheetLayout, table, words } from '../model';

const activity = inputsOf(s => s.workPackage.table);
export const activityStep = activity('step', 'step');
export const activityStatus = activity('status', 'activityStatus');

export const WORK_PACKAGE: SheetLayout = {
  key: 'tracker',
  name: 'VC Werkpakket',
  title: words(s => s.workPackage.title),
  lines: [],
  tables: sideBySide({ row: 2, col: 0 }, [
    table({
      name: 'vcTracker',
      path: ['tracker'],
      schema: ActivitySchema,
      columns: [activityStep, activity('activity'), activityStatus, activity('owner'), activity('date', 'date')],
    }),
  ]),
  widths: [6, 60, 14, 20, 12],
};
