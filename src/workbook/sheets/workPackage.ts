// "VC Werkpakket": the framework's activities per step as a checklist.
import { ActivitySchema } from '../../core';
import { input, sideBySide, SheetLayout, table, words } from '../model';

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
      columns: [
        input(
          words(s => s.workPackage.table.step),
          'step',
          'step',
        ),
        input(
          words(s => s.workPackage.table.activity),
          'activity',
        ),
        input(
          words(s => s.workPackage.table.status),
          'status',
          'activityStatus',
        ),
        input(
          words(s => s.workPackage.table.owner),
          'owner',
        ),
        input(
          words(s => s.workPackage.table.date),
          'date',
          'date',
        ),
      ],
    }),
  ]),
  widths: [6, 60, 14, 20, 12],
};
