// What the pane says about a cell of a workbook it could not read: the table or sheet, the cell,
// what is in it and what is wrong, and for a row the person or line that is missing because of it,
// in the pane's language. Never the schema's own report.
import { renderToStaticMarkup } from 'react-dom/server';
import { Language } from '../../src/core';
import { WarningList } from '../../src/taskpane/components/WarningList';
import { LocaleProvider } from '../../src/taskpane/i18n/LocaleProvider';
import type { WorkbookWarning } from '../../src/workbook';

const said = (language: Language, warning: WorkbookWarning) =>
  renderToStaticMarkup(
    <LocaleProvider initial={language}>
      <WarningList warnings={[warning]} />
    </LocaleProvider>,
  )
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"');

const yearWrong: WorkbookWarning = {
  where: 'vcRoster',
  problem: 'rowUnreadable',
  detail: 'AB17 (Van)',
  why: { kind: 'date', problem: 'yearOutOfRange', value: '20266-03-16' },
  row: 'Anouk, Noord',
};

test('a roster row with a year typed wrong names the person, the cell, what it holds and why', () => {
  expect(said('nl', yearWrong)).toBe(
    'Een rij in "vcRoster" (Anouk, Noord) is niet gelezen: in AB17 (Van) staat "20266-03-16", een jaar buiten ' +
      '1990 tot en met 2100. Die rij ontbreekt daarom in het taakvenster en telt in geen enkel cijfer mee. De cel ' +
      'blijft in de werkmap zoals ze is; dit werkblad wordt pas weer geschreven als je de cel daar aanpast.',
  );
  expect(said('en', yearWrong)).toMatch(
    /^A row in "vcRoster" \(Anouk, Noord\) was not read: AB17 \(Van\) holds "20266-03-16", a year outside 1990 to 2100\. That row is missing from the pane/,
  );
});

test('a day that does not exist, and a cell that is no date at all, are told apart', () => {
  const noSuchDay = { ...yearWrong, why: { kind: 'date', problem: 'noSuchDay', value: '31-02-2026' } } as const;
  const notADate = { ...yearWrong, why: { kind: 'date', problem: 'notADate', value: 'volgende week' } } as const;
  expect(said('nl', noSuchDay)).toContain('in AB17 (Van) staat "31-02-2026", een dag die niet bestaat.');
  expect(said('en', notADate)).toContain('AB17 (Van) holds "volgende week", which is not a date.');
});

test('a text too long for a labelled cell gives its length and the limit, in the language’s numbers', () => {
  const tooLong: WorkbookWarning = {
    where: 'VC Bandbreedte',
    problem: 'rowUnreadable',
    detail: 'B8 (Bedoeling van het team)',
    why: { kind: 'tooLong', length: 12000 },
  };
  expect(said('nl', tooLong)).toMatch(
    /^In "VC Bandbreedte" is B8 \(Bedoeling van het team\) niet gelezen: daar staat een tekst van 12\.000 tekens, meer dan de 10\.000 die een veld mag hebben\. Het taakvenster gebruikt tot dan de standaardwaarde\./,
  );
  expect(said('en', tooLong)).toContain('it holds a text of 12,000 characters, more than the 10,000 a field may have.');
});

test('a week that is no date is said to be kept as typed, and what that means for its figures', () => {
  const week: WorkbookWarning = {
    where: 'vcWeeks',
    problem: 'weekNotADate',
    detail: 'B24 (Week)',
    why: { kind: 'date', problem: 'noSuchDay', value: '31-02-2026' },
  };
  expect(said('nl', week)).toMatch(
    /^In "vcWeeks" is de week in B24 \(Week\) geen datum: "31-02-2026"\. Die week is bewaard/,
  );
  expect(said('en', week)).toContain('the other weeks count as usual');
});

test('a long value is quoted short: enough to find the cell, never a page', () => {
  const long = { ...yearWrong, why: { kind: 'date', problem: 'notADate', value: 'x'.repeat(5000) } } as const;
  expect(said('nl', long).length).toBeLessThan(500);
});
