// "VC Instellingen": the settings record (see ../settings.ts) in B3 beside its label, which marks
// the sheet as the add-in's, a note on what the sheet is for, which formulas the add-in writes (see
// ../dialect.ts), and (format 7) what the organisation decided on privacy: from how many answers a
// count is shown, whether figures per staff member are shown, and how long lists are kept.
import { field, note, section, SheetLayout, since, words } from '../model';

/** The format that added the privacy settings, the day a case was listed and the notes without a name. */
export const PRIVACY_SINCE = 7;

/** From how many answers a count of people is shown (the overview's felt workload refers to it). */
export const minAnswers = since(
  PRIVACY_SINCE,
  field(
    words(s => s.settings.minAnswers),
    ['privacy', 'minAnswers'],
    'count',
  ),
);

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
    since(PRIVACY_SINCE, section(words(s => s.settings.privacy))),
    minAnswers,
    since(
      PRIVACY_SINCE,
      field(
        words(s => s.settings.staffFigures),
        ['privacy', 'staffFigures'],
        'staffFigures',
      ),
    ),
    since(
      PRIVACY_SINCE,
      field(
        words(s => s.settings.keepMonths),
        ['privacy', 'keepMonths'],
        'count',
      ),
    ),
    since(PRIVACY_SINCE, note(words(s => s.settings.privacyNote))),
  ],
  tables: [],
  widths: [30, 80],
};

/** The record's cell: its label is the first line (A3), the JSON beside it. */
export const SETTINGS_CELL = 'B3';
export const SETTINGS_LABEL = SETTINGS_SHEET.lines[0]!.label;
