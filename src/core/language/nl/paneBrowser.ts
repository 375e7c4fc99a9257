// Pane texts in Dutch for working in a plain browser, without Excel: what is not downloaded yet,
// the copy of the plan this browser keeps meanwhile, and asking before work is lost. Part of the
// pane texts (pane.ts).

export const paneBrowser = {
  browserNotDownloaded: 'Nog niet gedownload.',
  browserKeptHere:
    'Tot dan staat je plan alleen in deze browser, met de namen en casusnummers die je typte. Downloaden wist ' +
    'die kopie.',
  browserNotKept: (reason: string) =>
    `Deze browser kon je plan niet bewaren (${reason}). Download het, anders ben je het kwijt als je dit ` +
    'tabblad sluit.',
  browserAllDownloaded: 'Geen wijzigingen sinds het openen of de laatste download.',
  browserDiscarded: 'Het plan uit deze browser is weggegooid. Je ziet weer het voorbeeld.',
  restoredTitle: 'Hersteld uit deze browser',
  restoredBody: (date: string, time: string) =>
    `Dit is het plan dat je hier op ${date} om ${time} nog niet had gedownload. Het staat alleen in deze browser.`,
  restoredFromFile: (file: string) => `Het kwam uit ${file}; je eigen werkbladen uit dat bestand zijn er niet bij.`,
  restoredDiscard: 'Weggooien',
  restoredUnreadable: 'Er stond een plan in deze browser dat deze versie niet kan lezen. Het is niet hersteld.',
  discardTitle: 'Het plan uit deze browser weggooien?',
  discardBody:
    'Het herstelde plan, met wat je er sindsdien in veranderde, is dan weg. Het taakvenster begint weer met het ' +
    'voorbeeld.',
  discardConfirm: 'Weggooien',
  openUnsavedTitle: 'Wijzigingen die nog niet gedownload zijn',
  openUnsavedBody:
    'Een andere werkmap openen vervangt het plan in het taakvenster. Wat je sinds het openen of de laatste ' +
    'download veranderde, en tekst die je nog niet bewaard of vastgesteld hebt, ben je dan kwijt. Wil je het ' +
    'houden, kies dan Annuleren en download het eerst.',
  openUnsavedConfirm: 'Toch openen',
  loseWorkCancel: 'Annuleren',
};

export type PaneBrowserTexts = typeof paneBrowser;
