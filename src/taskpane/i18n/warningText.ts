// A WorkbookWarning as a sentence in the user's language.
import type { WorkbookWarning } from '../../workbook';
import type { PaneTexts as Strings } from '../../core';

export function warningText(warning: WorkbookWarning, strings: Strings): string {
  const { where } = warning;
  const detail = warning.detail ?? '';
  switch (warning.problem) {
    case 'sheetNotOurs':
      return strings.warningSheetNotOurs(where);
    case 'tableMissing':
      return strings.warningTableMissing(where);
    case 'columnsChanged':
      return strings.warningColumnsChanged(where, detail);
    case 'rowUnreadable':
      return strings.warningRowUnreadable(where, detail);
    case 'settingsCorrupt':
      return strings.warningSettingsCorrupt(where);
    case 'newerVersion':
      return strings.warningNewerVersion(where, detail);
  }
}
