// Pane texts in Dutch for where the pane runs: an Excel too old for the task pane. Part of the pane texts (pane.ts).

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
};

export type PaneHostTexts = typeof paneHost;
