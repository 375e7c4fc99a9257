// The add-in's sheets in the order they are written, and where things are on them. One file per
// sheet in sheets/; this file only lists them and answers "where is …" for formulas and readers.
import type { Locator } from './formula';
import type { Column, FieldLine, OutputLine, SheetKey, SheetLayout, TableLayout } from './model';
import { BANDWIDTH_SHEET } from './sheets/bandwidth';
import { FINANCE_SHEET } from './sheets/finance';
import { CONVERSATION_SHEET } from './sheets/conversation';
import { IMPLEMENT } from './sheets/implement';
import { OVERVIEW_SHEET } from './sheets/overview';
import { SCENARIOS } from './sheets/scenarios';
import { SETTINGS_SHEET } from './sheets/settings';
import { SITUATION } from './sheets/situation';
import { TEAMS_SHEET } from './sheets/teams';
import { WORK_PACKAGE } from './sheets/workPackage';

export const LAYOUT: readonly SheetLayout[] = [
  SITUATION,
  BANDWIDTH_SHEET,
  TEAMS_SHEET,
  IMPLEMENT,
  CONVERSATION_SHEET,
  SCENARIOS,
  FINANCE_SHEET,
  WORK_PACKAGE,
  OVERVIEW_SHEET,
  SETTINGS_SHEET,
];

export const sheetLayout = (key: SheetKey): SheetLayout => LAYOUT.find(sheet => sheet.key === key)!;
export const ALL_TABLES: readonly TableLayout[] = LAYOUT.flatMap(sheet => sheet.tables);

const FIRST_LINE_ROW = 2; // row 3: a title in row 1, an empty row 2
/** The row (0-based) of each line of a sheet's labelled block. */
export const lineRow = (index: number): number => FIRST_LINE_ROW + index;

export const LOCATOR: Locator = {
  tableOf: (column: Column) => ALL_TABLES.find(table => table.columns.includes(column)),
  lineAt(line: FieldLine | OutputLine) {
    for (const sheet of LAYOUT) {
      const index = sheet.lines.indexOf(line);
      if (index >= 0) return { sheet, row: lineRow(index) };
    }
    return undefined;
  },
};
