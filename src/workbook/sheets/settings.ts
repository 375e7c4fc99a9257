// "VC Instellingen": the settings record (see ../settings.ts) in B3 beside its label, which marks
// the sheet as the add-in's, and a note on what the sheet is for.
import { note, section, SheetLayout, words } from '../model';

export const SETTINGS_SHEET: SheetLayout = {
  key: 'settings',
  name: 'VC Instellingen',
  title: words(s => s.settings.title),
  lines: [section(words(s => s.settings.record)), note(words(s => s.settings.note))],
  tables: [],
  widths: [30, 80],
};

/** The record's cell: its label is the first line (A3), the JSON beside it. */
export const SETTINGS_CELL = 'B3';
export const SETTINGS_LABEL = SETTINGS_SHEET.lines[0]!.label;
