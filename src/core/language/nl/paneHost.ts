// Pane texts in Dutch for where the pane runs: an Excel too old for the task pane, or an Excel that
// could not load Office.js for it. Part of the pane texts (pane.ts).

/** The first Excel versions the task pane runs in. */
export interface ExcelVersions {
  readonly version: string;
  readonly build: string;
  readonly perpetual: string;
  readonly mac: string;
}

export const paneHost = {
  excelTooOldTitle: 'Deze Excel is te oud voor het taakvenster',
  excelTooOld: (set: string) =>
    `Het taakvenster heeft de Excel-API ${set} nodig en die heeft deze Excel niet. Daarom opent het hier niet, ` +
    'zodat er niets half in je werkmap komt.',
  excelTooOldVersions: (minimum: ExcelVersions) =>
    `Het werkt in Excel voor Microsoft 365 vanaf versie ${minimum.version} (build ${minimum.build}), in Excel ` +
    `${minimum.perpetual} en later, in Excel voor Mac vanaf ${minimum.mac} en in Excel op het web.`,
  excelTooOldUpdate:
    'Werk Excel bij (Bestand > Account > Bijwerkopties > Nu bijwerken), vraag je IT-afdeling om een nieuwere ' +
    'versie, of open de werkmap in Excel op het web.',
  excelTooOldFunctions: 'De CASELOAD-functies in je cellen werken wel gewoon.',
  officeJsMissingTitle: 'Het taakvenster kan geen verbinding maken met Excel',
  officeJsMissing: (script: string) =>
    `Excel opende het taakvenster, maar Office.js, het onderdeel van Microsoft waarmee het taakvenster met je ` +
    `werkmap praat, laadde niet (${script}). Er is niets in je werkmap gelezen of geschreven.`,
  officeJsMissingCause:
    'Meestal houdt een proxy, firewall of webfilter dat adres tegen, of is er even geen internet. Sluit het ' +
    'taakvenster en open het opnieuw. Blijft dit staan, vraag je IT-afdeling dan dat adres toe te staan.',
  officeJsMissingFunctions: 'Zolang Office.js niet laadt, rekenen ook de CASELOAD-functies in je cellen niet.',
};

export type PaneHostTexts = typeof paneHost;
