// Pane texts in Dutch for what people type: the one limit of every text, dates, and a cell of a
// workbook that is too long or no date. Part of the pane texts (pane.ts).
export const paneInput = {
  // Text fields: one limit for all of them (TEXT_LIMIT)
  textCount: (count: string, limit: string) => `${count} van de ${limit} tekens gebruikt.`,
  textFull: (limit: string) => `Dit veld is vol: er passen ${limit} tekens in.`,
  textPasteTooLong: (pasted: string, room: string) =>
    `Niet geplakt: de tekst is ${pasted} tekens en hier passen er nog ${room}. Maak hem eerst korter; ` +
    'er is niets afgeknipt.',

  // Date fields: typed as people write a date, kept as ISO, shown as a Dutch date
  datePlaceholder: 'dd-mm-jjjj',
  dateHint: 'Typ bijvoorbeeld 16-03-2026 of 16 maart 2026.',
  dateNotADate: 'Dit is geen datum. Typ bijvoorbeeld 16-03-2026 of 16 maart 2026.',
  dateNoSuchDay: 'Die dag bestaat niet. Kijk de dag en de maand na.',
  dateYearOutOfRange: (first: number, last: number) => `Kies een jaar van ${first} tot en met ${last}.`,
  dateRequired: 'Vul een datum in.',

  // Reading a workbook: what is wrong with a cell ("in X14 (Van) staat …")
  cellTooLong: (length: string, limit: string) =>
    `staat een tekst van ${length} tekens, meer dan de ${limit} die een veld mag hebben`,
  cellNotADate: (value: string) => `staat "${value}", en dat is geen datum`,
  cellNoSuchDay: (value: string) => `staat "${value}", een dag die niet bestaat`,
  cellYearOutOfRange: (value: string, first: number, last: number) =>
    `staat "${value}", een jaar buiten ${first} tot en met ${last}`,
  warningRowCell: (where: string, detail: string, problem: string, row: string) =>
    `Een rij in "${where}"${row ? ` (${row})` : ''} is niet gelezen: in ${detail} ${problem}. Die rij ontbreekt ` +
    'daarom in het taakvenster en telt in geen enkel cijfer mee. De cel blijft in de werkmap zoals ze is; dit ' +
    'werkblad wordt pas weer geschreven als je de cel daar aanpast.',
  warningFieldCell: (where: string, detail: string, problem: string) =>
    `In "${where}" is ${detail} niet gelezen: daar ${problem}. Het taakvenster gebruikt tot dan de ` +
    'standaardwaarde. De cel blijft in de werkmap zoals ze is; dit werkblad wordt pas weer geschreven als je de ' +
    'cel daar aanpast.',
  warningWeekNotADate: (where: string, detail: string, value: string) =>
    `In "${where}" is de week in ${detail} geen datum: "${value}". Die week is bewaard zoals ze er staat, maar ` +
    'krijgt geen fte uit het rooster en geen status ten opzichte van de bandbreedte; de andere weken tellen gewoon mee. ' +
    'Maak er een datum van, of een week als wk 12 2026.',
  planDoesNotFit: (where: string) =>
    `wat er staat past als geheel niet in het plan (${where}). Er is niets gelezen en niets geschreven; de ` +
    'werkmap blijft zoals ze is.',
};

export type PaneInputTexts = typeof paneInput;
