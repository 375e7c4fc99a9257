// Pane texts in English for what people type: the one limit of every text, dates, and a cell of a
// workbook that is too long or no date; same ids as the Dutch ones.
import type { PaneInputTexts } from '../nl/paneInput';

export const paneInput: PaneInputTexts = {
  textCount: (count, limit) => `${count} of ${limit} characters used.`,
  textFull: limit => `This field is full: it takes ${limit} characters.`,
  textPasteTooLong: (pasted, room) =>
    `Not pasted: the text is ${pasted} characters and ${room} more fit here. Shorten it first; nothing was cut off.`,

  datePlaceholder: 'dd-mm-yyyy',
  dateHint: 'Type for example 16-03-2026 or 16 March 2026.',
  dateNotADate: 'This is not a date. Type for example 16-03-2026 or 16 March 2026.',
  dateNoSuchDay: 'That day does not exist. Check the day and the month.',
  dateYearOutOfRange: (first, last) => `Choose a year from ${first} to ${last}.`,
  dateRequired: 'Enter a date.',

  cellTooLong: (length, limit) => `holds a text of ${length} characters, more than the ${limit} a field may have`,
  cellNotADate: value => `holds "${value}", which is not a date`,
  cellNoSuchDay: value => `holds "${value}", a day that does not exist`,
  cellYearOutOfRange: (value, first, last) => `holds "${value}", a year outside ${first} to ${last}`,
  warningRowCell: (where, detail, problem, row) =>
    `A row in "${where}"${row ? ` (${row})` : ''} was not read: ${detail} ${problem}. That row is missing from ` +
    'the pane and counts in no figure. The workbook keeps the cell as it is; this sheet is written again only ' +
    'once you correct the cell there.',
  warningFieldCell: (where, detail, problem) =>
    `In "${where}", ${detail} was not read: it ${problem}. Until then the pane uses the default value. The ` +
    'workbook keeps the cell as it is; this sheet is written again only once you correct the cell there.',
  warningWeekNotADate: (where, detail, value) =>
    `In "${where}", the week in ${detail} is not a date: "${value}". That week is kept as it is, but gets no FTE ` +
    'from the roster and no grade against the range; the other weeks count as usual. Make it a date, or a ' +
    'week such as wk 12 2026.',
  planDoesNotFit: where =>
    `what it holds does not fit the plan as a whole (${where}). Nothing was read and nothing written; the ` +
    'workbook stays as it is.',
};
