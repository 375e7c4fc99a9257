// Pane texts in Dutch for time: weeks as dates, the band history, opening a workbook file and saving alongside others. Part of the pane texts (pane.ts).
export const paneTime = {
  // Step 3: weekly figures, each week a date
  monitoringHintWeeks:
    'Een week is de maandag van die week: typ bijvoorbeeld wk 12 2026, 2026-W12 of een datum. Laat fte aanwezig ' +
    'leeg om de fte uit het rooster te nemen. Caseload per fte en status rekenen met de bandbreedte die in die week gold.',
  weekPlaceholder: 'wk 12 2026',
  weekUnreadable:
    'Dit is geen week. Typ bijvoorbeeld wk 12 2026, 2026-W12 of een datum zoals 16-03-2026, met een jaar van 1990 ' +
    'tot en met 2100.',
  weekKeptAsLabel: 'Geen datum: bewaard zoals het er stond.',
  fteFromRoster: (fte: string) => `${fte} (rooster)`,
  fteTypedOverRoster: (fte: string) => `ingevuld (rooster ${fte})`,
  fteTyped: 'ingevuld',
  fteInvalidOrBlank: 'Vul een getal van 0 of meer in, of laat het leeg voor de fte uit het rooster.',
  weekBandHidden: 'bandbreedte',
  trendIntroVersions:
    'Elke week wordt vergeleken met de bandbreedte die in die week gold. De trend en de waarschuwing kijken naar de ' +
    'bandbreedte die nu geldt.',
  weeksUntilOutsideInForce: 'Weken tot de trend buiten de bandbreedte van nu komt',

  // The chart of step 3
  chartTitleVersions:
    'Caseload per fte en de bandbreedte van elke week (een trede is een nieuwe versie); de stippellijn is de trend',
  chartSummaryVersions: (weeks: number, first: string, last: string, versions: string, above: number, below: number) =>
    `Caseload per fte over ${weeks} ${weeks === 1 ? 'week' : 'weken'}: van ${first} naar ${last}. ${versions} ` +
    `${above} ${above === 1 ? 'week' : 'weken'} boven de bandbreedte van die week, ${below} eronder.`,
  chartVersionsUsed: (list: string) => `Bandbreedte per week: ${list}.`,
  chartVersionItem: (band: string, from: string, week: string) => `${band} vanaf ${week} (versie van ${from})`,
  chartNoVersionItem: (week: string) => `geen vastgestelde bandbreedte vanaf ${week}`,

  // Band history
  historyTitle: 'Bandbreedte in de tijd',
  historyIntro:
    'Jullie stellen een bandbreedte vast op een datum, met de reden. Elke week wordt vergeleken met de versie ' +
    'die in die week gold, dus een nieuwe versie verandert het oordeel over eerdere weken niet.',
  bandInForceLabel: 'Bandbreedte die nu geldt (per fte)',
  bandInForceSince: (date: string, reason: string) => `Sinds ${date}${reason ? `: ${reason}` : '.'}`,
  bandNoneAdopted: 'Nog geen bandbreedte vastgesteld.',
  bandNotYetInForce: (date: string) => `Vandaag geldt nog geen versie; de eerste geldt vanaf ${date}.`,
  bandProposedLabel: 'Voorgesteld door de invoer van vandaag (per fte)',
  bandProposedNote:
    'Wijkt af van de bandbreedte die nu geldt, bijvoorbeeld omdat een meewegende factor is begonnen of afgelopen.',
  bandProposalSame: 'De invoer van vandaag geeft dezelfde bandbreedte als die nu geldt.',
  adoptButton: 'Bandbreedte vaststellen',
  adoptTitle: 'Nieuwe bandbreedte vaststellen',
  adoptWhat: (band: string) => `Deze bandbreedte wordt vastgesteld: ${band} open casussen per fte.`,
  adoptFrom: 'Geldt vanaf',
  adoptFromHint:
    'Weken vanaf deze datum worden met de nieuwe bandbreedte vergeleken; eerdere weken houden hun oordeel.',
  adoptFromMissing: 'Vul de datum in vanaf wanneer de bandbreedte geldt.',
  adoptReason: 'Reden',
  adoptReasonHint: 'Waarom stellen jullie deze bandbreedte vast? Wie later kijkt, leest hier waarom hij veranderde.',
  adoptReasonMissing: 'Vul de reden in.',
  adoptConfirm: 'Vaststellen',
  adoptCancel: 'Annuleren',
  adoptDone: (band: string, date: string) => `Bandbreedte ${band} vastgesteld, geldig vanaf ${date}.`,
  versionsTitle: 'Versies',
  versionHeading: (date: string, band: string) => `Vanaf ${date}: ${band}`,
  versionInForce: '(geldt nu)',
  versionReason: 'Reden',
  versionBasis: 'Basis',
  versionNotRecorded: 'Niet vastgelegd.',
  noVersions: 'Nog geen versies.',

  // A workbook of an earlier format, converted on opening
  conversionTitle: 'Werkmap van een eerdere versie omgezet',
  conversionIntro: (version: number) =>
    `Deze werkmap is gemaakt met versie ${version} van de invoegtoepassing. Dit is omgezet:`,
  conversionTeam: (team: string) => `Er is één team gemaakt, genoemd naar de gemeente: ${team}.`,
  conversionWeeks: (count: number) =>
    `${count} ${count === 1 ? 'week is' : 'weken zijn'} omgezet in een datum (de maandag van die week).`,
  conversionLabels: (labels: string) => `Niet als week te lezen en bewaard zoals ze er stonden: ${labels}.`,
  conversionBand: (date: string) =>
    `De bandbreedte is bewaard als eerste versie, geldig vanaf ${date}, zodat elke week haar oordeel houdt.`,
  conversionNoBand: 'Er was geen bandbreedte te bewaren: die kon met de gegevens van de werkmap niet worden berekend.',
  conversionFactors: (count: number) =>
    `De periode van ${count} meewegende ${count === 1 ? 'factor is' : 'factoren zijn'} omgezet in datums; ` +
    'de oorspronkelijke tekst staat bij de toelichting.',
  conversionNextSave: 'De volgende keer dat je naar de werkmap schrijft, krijgt die de opzet van nu.',

  // Opening a workbook file in the browser
  openTitle: 'Werkmap openen',
  openIntro:
    'Open een .xlsx-bestand van je computer om er in de browser mee te werken. Het plan in het taakvenster wordt ' +
    'dan vervangen door het plan uit het bestand.',
  openUserSheetsNote:
    'De browser herschrijft je eigen werkbladen niet: grafieken, draaitabellen en macro’s op je eigen werkbladen ' +
    'zouden dat niet overleven. Een download bevat daarna alleen de werkbladen van de invoegtoepassing; je eigen ' +
    'bestand blijft zoals het is.',
  openButton: 'Werkmap openen',
  opening: (file: string) => `${file} wordt gelezen…`,
  opened: (file: string) => `${file} is geopend.`,
  openedConverted: 'Wat er is omgezet, staat bovenaan het taakvenster.',
  openedUserSheets: (sheets: string) =>
    `Je eigen werkbladen (${sheets}) zijn alleen gelezen en gaan niet mee in een download.`,
  openFailed: (reason: string) => `Het bestand kon niet worden geopend: ${reason}`,
  openNotWorkbook: 'Dit bestand is geen Excel-werkmap (.xlsx), of het is beschadigd. Er is niets veranderd.',
  openTooLarge: (megabytes: string, limit: string) =>
    `Dit bestand is te groot om te openen: uitgepakt zou het ${megabytes} MB zijn, en het taakvenster opent tot ${limit} MB. Er is niets veranderd.`,
  downloadAddInSheetsOnly:
    'Deze download bevat alleen de werkbladen van de invoegtoepassing, niet je eigen werkbladen uit het geopende bestand.',

  // Saving while others work in the same workbook
  conflictTitle: 'Iemand anders heeft de werkmap intussen bijgewerkt',
  conflictNothingWritten: 'Er is niets geschreven. Dit heeft de ander veranderd:',
  conflictMerged:
    'Jouw wijzigingen staan weer in het taakvenster, bovenop die van de ander. Kijk ze na en schrijf daarna ' +
    'opnieuw naar de werkmap.',
  changeAdded: (what: string, count: number) => `${what}: ${count} ${count === 1 ? 'rij' : 'rijen'} toegevoegd`,
  changeRemoved: (what: string, count: number) => `${what}: ${count} ${count === 1 ? 'rij' : 'rijen'} verwijderd`,
  changeChanged: (what: string) => `${what}: gewijzigd`,
  changeOfTeam: (what: string, team: string) => `${what} van ${team}`,
  changeTeam: (team: string) => `Team ${team}`,
  changeCases: 'Casussen per jaar',
  changeWeeks: 'Weekcijfers',
  changeName: 'Naam',
  changeOfArea: (what: string, area: string) => `${what} van gebied ${area}`,
  changeOfCategory: (what: string, category: string) => `${what} van categorie ${category}`,
  // Both changed the same thing: choose
  disagreementsTitle: 'Jullie veranderden hetzelfde: kies per punt',
  disagreementsIntro:
    'Hieronder staat wat jij en de ander allebei anders hebben veranderd. Jouw versie staat nu in het ' +
    'taakvenster; niets van de ander is weg. Kies per punt, of laat het zo.',
  disagreementValue: (place: string) => `${place}: jullie typten elk iets anders.`,
  disagreementRow: (place: string) => `${place}: jullie veranderden dezelfde rij. Beide versies staan er nu.`,
  disagreementRowRemovedByThem: (place: string) =>
    `${place}: de ander verwijderde een rij die jij veranderde. Jouw versie staat er nog.`,
  disagreementRowRemovedByMe: (place: string) =>
    `${place}: jij verwijderde een rij die de ander veranderde. Die versie staat er nog.`,
  disagreementKeptRemovedByThem: (name: string) =>
    `${name}: de ander verwijderde dit, jij veranderde het. Het staat er nog, met jouw wijzigingen.`,
  disagreementKeptRemovedByMe: (name: string) =>
    `${name}: jij verwijderde dit, de ander veranderde het. Het staat er nog, met de wijzigingen van de ander.`,
  versionMine: 'Jouw versie',
  versionTheirs: 'Versie van de ander',
  versionRemoved: '(verwijderd)',
  chooseMine: 'Houd de mijne',
  chooseTheirs: 'Neem die van de ander',
  chooseBoth: 'Houd beide',
  chooseKeep: 'Laten staan',
  chooseRemove: 'Toch verwijderen',
  choiceMade: (place: string) => `Gekozen: ${place}`,
};

export type PaneTimeTexts = typeof paneTime;
