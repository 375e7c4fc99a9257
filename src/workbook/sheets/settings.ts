// "VC Instellingen": the settings record (see ../settings.ts) in B3 beside its label, which marks
// the sheet as the add-in's, a note on what the sheet is for, and the one choice made here: which
// formulas the add-in writes (see ../dialect.ts).
import { field, note, section, SheetLayout, words } from '../model';

export const SETTINGS_SHEET: SheetLayout = {
  key: 'settings',
  name: 'VC Instellingen',
  title: words(s => s.settings.title),
  lines: [
    section(words(s => s.settings.record)),
    note(words(s => s.settings.note)),
    null,
    field(
      words(s => s.settings.formulas),
      ['formulas'],
      'formulas',
    ),
    note(words(s => s.settings.formulasNote)),
  ],
  tables: [],
  widths: [30, 80],
};

/** The record's cell: its label is the first line (A3), the JSON beside it. */
export const SETTINGS_CELL = 'B3';
export const SETTINGS_LABEL = SETTINGS_SHEET.lines[0]!.label;
