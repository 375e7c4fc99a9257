// A WorkbookWarning as a sentence in the user's language: where, which cell, and, where it can be
// said, what is wrong with it (a text too long, a date that is none).
import type { CellProblem, WorkbookWarning } from '../../workbook';
import { FIRST_YEAR, LAST_YEAR, shortened, TEXT_LIMIT } from '../../core';
import type { PaneTexts as Strings } from '../../core';
import type { Formats } from './LocaleProvider';

/** A cell's value quoted in a sentence: enough to find it, never a page. */
const QUOTED = 60;
const quoted = (value: string) => shortened(value, QUOTED);

function problemText(why: CellProblem, strings: Strings, formats: Formats): string {
  if (why.kind === 'tooLong') return strings.cellTooLong(formats.number(why.length), formats.number(TEXT_LIMIT));
  const value = quoted(why.value);
  switch (why.problem) {
    case 'notADate':
      return strings.cellNotADate(value);
    case 'noSuchDay':
      return strings.cellNoSuchDay(value);
    case 'yearOutOfRange':
      return strings.cellYearOutOfRange(value, FIRST_YEAR, LAST_YEAR);
  }
}

export function warningText(warning: WorkbookWarning, strings: Strings, formats: Formats): string {
  const { where, why, row } = warning;
  const detail = warning.detail ?? '';
  switch (warning.problem) {
    case 'sheetNotOurs':
      return strings.warningSheetNotOurs(where);
    case 'tableMissing':
      return strings.warningTableMissing(where);
    case 'columnsChanged':
      return strings.warningColumnsChanged(where, detail);
    case 'rowUnreadable':
      if (!why) return strings.warningRowUnreadable(where, detail);
      return row === undefined
        ? strings.warningFieldCell(where, detail, problemText(why, strings, formats))
        : strings.warningRowCell(where, detail, problemText(why, strings, formats), row);
    case 'settingsCorrupt':
      return strings.warningSettingsCorrupt(where);
    case 'newerVersion':
      return strings.warningNewerVersion(where, detail);
    case 'weekNotADate':
      return strings.warningWeekNotADate(where, detail, quoted(why?.kind === 'date' ? why.value : ''));
  }
}
