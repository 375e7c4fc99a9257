// Every text the task pane shows in Dutch, keyed by id. The English pane texts have the same
// shape (checked by the compiler); components take their words from useStrings(), never inline.
import { paneBrowser } from './paneBrowser';
import { paneFinance } from './paneFinance';
import { paneConversation } from './paneConversation';
import { paneDating } from './paneDating';
import { paneHost } from './paneHost';
import { paneTeams } from './paneTeams';
import { paneTime } from './paneTime';
import { paneInput } from './paneInput';
import { panePrivacy } from './panePrivacy';
import { paneStart } from './paneStart';

export const pane = {
  ...paneHost,
  ...paneBrowser,
  ...paneFinance,
  ...paneConversation,
  ...paneTeams,
  ...paneTime,
  ...paneInput,
  ...panePrivacy,
  ...paneDating,
  ...paneStart,
  appTitle: 'Verantwoorde Caseload',
  appTagline: 'Een bandbreedte die het team samen afspreekt, in plaats van één vaste norm.',
  navigationLabel: 'Onderdelen van het plan',
  navigationMore: 'Meer',

  tabSituation: '1 Situatie',
  tabBandwidth: '2 Bandbreedte',
  tabImplement: '3 Implementeren en leren',
  tabScenarios: 'Scenario’s',
  tabWorkPackage: 'Werkpakket',
  tabPerspectives: 'Perspectieven',
  tabFunctions: 'Functies',

  // Shared by every editable list
  addRow: (noun: string) => `${noun} toevoegen`,
  removeRow: (row: number) => `Rij ${row} verwijderen`,
  removeVisible: 'Verwijderen',
  rowDetails: 'Details',
  rowDetailsLabel: (noun: string, row: number) => `Details van ${noun.toLowerCase()} ${row}`,
  rowTitle: (noun: string, row: number, name: string) => (name ? `${noun} ${row}: ${name}` : `${noun} ${row}`),
  emptyList: 'Nog niets ingevuld.',
  findRow: (label: string) => `${label} zoeken`,
  rowsShown: (shown: string, total: string) => `${shown} van ${total} getoond`,
  showMoreRows: (count: number) => `Nog ${count} tonen`,
  noRowFound: 'Niets gevonden.',
  invalidNumber: 'Vul een getal van 0 of meer in.',
  invalidCount: 'Vul een heel aantal in (0, 1, 2, …).',
  invalidPercent: 'Vul een percentage van 0 tot en met 100 in.',
  invalidChange: 'Vul een percentage van -100 of meer in (10% groei is 10, 5% minder is -5).',
  noValue: '—',

  // Workbook connection
  loading: 'De werkmap wordt gelezen…',
  loadFailed: (reason: string) => `De werkmap kon niet worden gelezen: ${reason}`,
  loadWarningsTitle: 'Niet alles uit de werkmap kon worden gelezen',
  freshWorkbook: 'Deze werkmap bevat nog geen plan. Vul de stappen in en schrijf ze daarna naar de werkmap.',
  warningSheetNotOurs: (where: string) =>
    `Werkblad "${where}" bestaat al, maar is niet door deze invoegtoepassing gemaakt. Het blijft zoals het is.`,
  warningTableMissing: (where: string) => `De tabel "${where}" is verwijderd of heeft een andere naam gekregen.`,
  warningColumnsChanged: (where: string, detail: string) =>
    `De kolommen van "${where}" zijn gewijzigd${detail ? ` (${detail})` : ''}; die tabel wordt niet overschreven.`,
  warningRowUnreadable: (where: string, detail: string) =>
    `Een rij in "${where}" past niet${detail ? ` (${detail})` : ''} en is overgeslagen.`,
  warningSettingsCorrupt: (where: string) =>
    `De instellingen in "${where}" zijn niet geldig; de tabellen zijn zo goed mogelijk gelezen.`,
  warningNewerVersion: (where: string, detail: string) =>
    `"${where}" is gemaakt met een nieuwere versie van de invoegtoepassing${detail ? ` (versie ${detail})` : ''}. ` +
    'Alles is gelezen wat kon, maar er wordt niets overschreven.',

  // Writing to the workbook
  saveButton: 'Naar werkmap schrijven',
  saving: 'Bezig met schrijven…',
  savedTitle: 'Naar de werkmap geschreven',
  savedSheets: (sheets: string) => `Bijgewerkte werkbladen: ${sheets}.`,
  savedNothing: 'Er is geen werkblad bijgewerkt.',
  skippedTitle: 'Overgeslagen',
  saveFailed: (reason: string) => `Schrijven naar de werkmap is mislukt: ${reason}`,
  unsavedChanges: 'Er zijn wijzigingen die nog niet in de werkmap staan.',
  formulasLabel: 'Formules',
  formulasCaseload: 'CASELOAD-functies',
  formulasStandard: 'Standaard Excel-formules',
  formulasHint:
    'Kies standaard Excel-formules als je de werkmap deelt met mensen die de invoegtoepassing niet hebben: ' +
    'de cijfers rekenen dan ook bij hen (en in LibreOffice), met dezelfde uitkomsten.',

  // Step 1
  situationIntro:
    'Breng eerst samen in beeld hoe de gemeente eruitziet: de gebieden en wie er wonen, wat er aan voorzieningen is, ' +
    'welke hulpvragen er spelen en wie er belang bij heeft. Sluit af met het probleem dat jullie willen oplossen.',
  municipality: 'Gemeente',
  municipalityName: 'Naam van de gemeente',
  areasTitle: 'Gebieden',
  areaNoun: 'Gebied',
  areaName: 'Naam',
  inhabitants: 'Inwoners',
  youth: 'Jeugd 0-17',
  adults: 'Volwassenen 18-64',
  seniors: 'Ouderen 65+',
  caseRate: 'Casussen per 1.000 inwoners',
  expectedCases: 'Verwachte casussen',
  expectedByAge: (youth: string, adults: string, seniors: string) =>
    `jeugd ${youth} · volwassenen ${adults} · ouderen ${seniors}`,
  groupsDiffer: (groups: string, inhabitants: string) =>
    `De leeftijdsgroepen tellen op tot ${groups}, niet tot de ${inhabitants} inwoners.`,
  learnedRate: (cases: string, rate: string) =>
    `Huidige casussen in dit gebied: ${cases}, dat is ${rate} per 1.000 inwoners.`,
  useLearnedRate: 'Dit cijfer gebruiken',
  useLearnedRateLabel: (area: string) => `Casussen per 1.000 inwoners van ${area} leren uit de huidige casussen`,
  demandFromAreasTitle: 'Vraag uit de situatie (stap 1)',
  expectedCasesYear: 'Verwachte casussen per jaar (stap 1)',
  fteForExpected: 'Fte voor de verwachte vraag',
  fteForExpectedNote: 'wat de verwachte casussen zouden vragen; de benodigde fte gaat uit van de casussen per jaar',
  fteNeededNote: 'de casussen per jaar hieronder, met de meewegende factoren die vandaag gelden',
  useExpectedCases: 'Aantallen per categorie hierop afstemmen',
  facilitiesTitle: 'Voorzieningen',
  facilityNoun: 'Voorziening',
  facilityArea: 'Gebied',
  facilityKind: 'Soort',
  facilityKindHint: 'Bijvoorbeeld verpleeghuis, beschermd wonen of basisschool',
  facilityCount: 'Aantal',
  demandTitle: 'Zorgvraag',
  demandNoun: 'Vraag',
  demandArea: 'Gebied',
  demandTheme: 'Thema',
  demandCases: 'Casussen',
  demandTrend: 'Ontwikkeling',
  trendRising: 'Stijgend',
  trendStable: 'Gelijk',
  trendFalling: 'Dalend',
  stakeholdersTitle: 'Belanghebbenden',
  stakeholderNoun: 'Belanghebbende',
  stakeholderWho: 'Wie',
  stakeholderInterest: 'Belang',
  stakeholderInvolvement: 'Betrokkenheid',
  problemTitle: 'Probleemstelling',
  problem: 'Wat is het probleem met de caseload?',
  problemHint: 'Beschrijf wat er schuurt, voor wie, en waaraan jullie dat merken.',

  // Step 2
  bandwidthIntro:
    'Spreek af wat jullie tellen en hoeveel tijd er echt is. De uitkomst is geen getal maar een bandbreedte: ' +
    'zoveel casussen kunnen tegelijk openstaan bij zware en bij lichte casussen.',
  bandPerFte: 'Bandbreedte per fte (open casussen)',
  bandTeam: 'Bandbreedte voor het team (open casussen)',
  closedPerFteYear: 'Afgesloten casussen per fte per jaar',
  closedPerFteYearNote: (weeks: string) =>
    'Dit is niet de bandbreedte, maar hoeveel casussen één fte in een jaar kan afronden. Met de gemiddelde duur ' +
    `van ${weeks} weken wordt dat de bandbreedte bovenaan: de casussen die tegelijk openstaan per fte.`,
  availableHours: 'Beschikbare uren per fte per jaar',
  clientHours: 'Cliënturen per fte per jaar',
  definitionsTitle: 'Begrippen',
  definitionCase: 'Wat telt als casus?',
  definitionCaseload: 'Wat verstaan we onder caseload?',
  definitionDirect: 'Wat is directe tijd?',
  definitionIndirect: 'Wat is indirecte tijd?',
  purposeTitle: 'Bedoeling',
  purpose: 'Waarvoor is het team er?',
  timeTitle: 'Beschikbare tijd per fte',
  hoursPerWeek: 'Contracturen per week',
  weeks: 'Weken per jaar',
  leaveHours: 'Verlofuren per jaar',
  holidayHours: 'Feestdaguren per jaar',
  caoLabel: 'Cao',
  caoHint: 'Vult de verlofuren, het IKB en de feestdaguren van dit jaar in. Alles blijft aan te passen.',
  caoNone: 'Kies een cao om in te vullen',
  caoNames: { gemeenten: 'Cao Gemeenten', sociaalWerk: 'Cao Sociaal Werk', jeugdzorg: 'Cao Jeugdzorg' },
  caoFilled: (cao: string, leave: string, ikb: string, days: string, year: string, hours: string) =>
    `${cao} ingevuld: ${leave} verlofuren, een IKB van ${ikb} en ${days} feestdagen op een werkdag in ${year} (${hours} uur). Pas aan wat bij jullie anders is.`,
  caoUnconfirmed:
    'Controleer het IKB: de eindejaarsuitkering van deze cao kon niet worden bevestigd en zit er niet in; tel haar percentage erbij.',
  liberationLabel: 'Bevrijdingsdag (5 mei) als vrije dag',
  liberationYearly: 'elk jaar',
  liberationLustrum: 'alleen in lustrumjaren (2025, 2030, …)',
  holidaysFromCalendar: (year: string) => `Feestdaguren van ${year} uit de kalender`,
  holidaysCounted: (days: string, year: string) =>
    `${days} feestdagen vallen in ${year} op een werkdag, elk een vijfde van de contracturen per week.`,
  otherHours: 'Overige uren per jaar',
  otherHoursHint: 'Scholing, OR-werk en andere uren waarin geen casuswerk kan worden gedaan',
  absenceRate: 'Verzuim',
  indirectShare: 'Aandeel indirecte tijd',
  indirectShareHint: 'Overleg, registratie, scholing en reistijd die niet bij één casus horen',
  caseHoursTitle: 'Tijd per casus',
  hoursHeavy: 'Uren per casus (zwaar)',
  hoursLight: 'Uren per casus (licht)',
  caseDuration: 'Gemiddelde duur van een casus (weken)',
  caseDurationHint: 'Hiermee worden casussen per jaar omgerekend naar casussen die tegelijk openstaan',
  categoriesTitle: 'Casuscategorieën',
  categoryNoun: 'Categorie',
  categoryName: 'Naam',
  categoryHours: 'Uren per casus',
  factorsTitle: 'Meewegende factoren',
  factorNoun: 'Factor',
  factorName: 'Omschrijving',
  factorReduction: 'Vermindering',
  rosterTitle: 'Teamleden',
  personNoun: 'Teamlid',
  personName: 'Naam',
  personFte: 'Fte',
  personReduction: 'Vermindering',
  personOpenCases: 'Open casussen',
  personIndirectHours: 'Indirecte uren per week',

  // Import from the user's own tables
  importTitle: 'Gegevens uit eigen werkmap',
  importLoading: 'Tabellen in de werkmap worden gezocht…',
  importNoSources: 'Er zijn geen eigen tabellen gevonden. Maak van je gegevens een Excel-tabel of selecteer ze.',
  importSourcesFailed: (reason: string) => `De tabellen konden niet worden opgehaald: ${reason}`,
  importSource: 'Tabel',
  importSourceOption: (name: string, sheet: string, rows: number) => `${name} (${sheet}, ${rows} rijen)`,
  importTarget: 'Overnemen als',
  importTargetRoster: 'Teamleden',
  importTargetCases: 'Casuslijst',
  importTargetCosts: 'Kosten',
  importTargetHint: 'Een casuslijst heeft één rij per casus; per categorie wordt geteld hoeveel er zijn.',
  importCategory: 'Categorie',
  importWorker: 'Medewerker',
  importWorkerHint: 'Optioneel: telt de open casussen per teamlid',
  importSelection: (address: string) => `Selectie ${address}`,
  importDoneCosts: 'De kosten zijn overgenomen bij Perspectieven.',
  importSkippedRow: (row: number, column: string, value: string) => `Rij ${row}, kolom ${column}: "${value}"`,
  importColumnsLegend: 'Welke kolom hoort bij welk gegeven?',
  importNoColumn: '(geen)',
  importButton: 'Overnemen',
  importRefresh: 'Tabellen opnieuw zoeken',
  importDoneTitle: 'Overgenomen',
  importFailed: (reason: string) => `Overnemen is mislukt: ${reason}`,
  importSkippedRows: (count: number) => `${count} ${count === 1 ? 'rij is' : 'rijen zijn'} overgeslagen`,

  // Step 3
  implementIntro:
    'Leg vast wat jullie doen als de caseload buiten de bandbreedte komt, houd de cijfers elke week bij ' +
    'en sta regelmatig stil bij wat ze laten zien.',
  agreementsTitle: 'Afspraken',
  agreementNoun: 'Afspraak',
  agreementWhen: 'Wanneer',
  agreementAction: 'Wat doen we',
  agreementWho: 'Wie',
  evaluationsTitle: 'Evaluatiemomenten',
  evaluationNoun: 'Evaluatie',
  evaluationDate: 'Datum',
  evaluationTopic: 'Onderwerp',
  evaluationWho: 'Wie',
  monitoringTitle: 'Wekelijkse monitoring',
  weekColumn: 'Week',
  openCasesColumn: 'Open casussen',
  ftePresentColumn: 'Fte aanwezig',
  perFteColumn: 'Per fte',
  statusColumn: 'Status',
  cellLabel: (column: string, row: number) => `${column}, rij ${row}`,
  addWeek: 'Week toevoegen',
  chartTitle: 'Caseload per fte en de bandbreedte; de stippellijn is de trend',
  chartNoData: 'Nog geen weekcijfers om te tonen.',
  trendTitle: 'Trend en vroege waarschuwing',
  trendForecast: (weeks: number) => `Verwachte caseload per fte over ${weeks} weken`,
  weeksAbove: 'Weken boven de bandbreedte',
  weeksBelow: 'Weken onder de bandbreedte',
  trendOutsideNow: (side: string) => `De caseload ligt nu ${side} de bandbreedte.`,
  trendWarning: (weeks: number, side: string) =>
    `Als de trend doorzet, komt de caseload over ${weeks} ${weeks === 1 ? 'week' : 'weken'} ${side} de bandbreedte. ` +
    'Bespreek de afspraken voor die situatie nu al.',
  trendSideAbove: 'boven',
  trendSideBelow: 'onder',
  reflectionsTitle: 'Reflectielogboek',
  reflectionNoun: 'Reflectie',
  reflectionDate: 'Datum',
  reflectionObservation: 'Wat zagen we?',
  reflectionFactor: 'Bijgestelde factor',
  reflectionBandChanged: 'Bandbreedte aangepast?',

  // Work package
  workPackageIntro:
    'Het werkpakket in drie stappen als afvinklijst. Pas de activiteiten aan, voeg er toe of haal er weg.',
  stepHeading: (step: number, name: string) => `Stap ${step}: ${name}`,
  stepName1: 'Schets de situatie',
  stepName2: 'Toewerken naar een bandbreedte',
  stepName3: 'Implementeren en leren',
  stepProgress: (done: number, total: number) => `${done} van ${total} gereed`,
  activityNoun: 'Activiteit',
  activity: 'Activiteit',
  activityStatus: 'Status',
  statusTodo: 'Niet gestart',
  statusBusy: 'Bezig',
  statusDone: 'Gereed',
  activityOwner: 'Eigenaar',
  activityDate: 'Datum',

  // Perspectives
  perspectivesIntro: 'Dezelfde cijfers, bekeken vanuit de organisatie, het team en de individuele professional.',
  organisationTitle: 'Organisatie',
  teamCost: 'Teamkosten per jaar, zelf ingevuld (€)',
  supportCost: 'Kosten ondersteuning per jaar (€)',
  individualHours: 'Uren voor taken die alleen sommigen doen (per jaar)',
  fteNeeded: 'Benodigde fte',
  existingFte: 'Bezetting (fte op het rooster)',
  deployableFte: 'Inzetbare bezetting (na inwerken, verlof en verminderingen)',
  staffingRatio: 'Dekkingsgraad (inzetbare bezetting / benodigd)',
  ratioUnder: '< 1: de inzetbare bezetting dekt het werk niet.',
  ratioBalanced: '1: de inzetbare bezetting past bij het werk.',
  ratioOver: '> 1: er is meer inzetbaar dan het werk volgens deze berekening vraagt.',
  fillRate: 'Bezettingsgraad (bezetting / formatie)',
  formatieShortfall: 'Formatietekort (benodigd − formatie)',
  casesPerYear: 'Casussen per jaar (alle categorieën)',
  costPerCase: 'Gemiddelde kostprijs per casus',
  costPerCaseNote:
    'teamkosten plus ondersteuning, gedeeld door alle casussen per jaar (KOSTPRIJS_PER_CASUS); per soort casus: de kostprijs per product bij Financiën',
  teamIntro: 'Hoeveel open casussen ieder teamlid kan dragen, naar fte en vermindering, en hoeveel er nu openstaan.',
  capacityColumn: 'Ruimte',
  teamTotal: 'Team',
  individualIntro:
    'Caseload is niet hetzelfde als werklast. Werklast is de tijd die de open casussen vragen, als deel van de eigen ' +
    'cliënttijd; indirect is het deel van de contracturen dat niet aan cliënten besteed wordt.',
  nameColumn: 'Naam',
  fteColumn: 'Fte',
  caseloadAndStatusColumn: 'Caseload per fte en status',
  ownBandColumn: 'Eigen bandbreedte',
  workloadColumn: 'Werklast',
  indirectColumn: 'Indirect',
  // Functions reference
  functionsIntro:
    'De invoegtoepassing voegt CASELOAD-functies toe aan Excel. Ze rekenen hetzelfde als dit taakvenster, ' +
    'zodat de werkmap ook zonder de invoegtoepassing te volgen is.',
  functionsParameters: 'Argumenten',
  functionsOptional: 'optioneel',
  functionsNoParameters: 'Geen argumenten.',

  // Workbook preview in a plain browser
  previewTitle: 'Werkmap (voorbeeld)',
  previewIntro:
    'Buiten Excel wordt de werkmap in het geheugen bijgehouden. Hier zie je de werkbladen die de invoegtoepassing ' +
    'zou schrijven.',
  previewSheet: 'Werkblad',
  previewTables: 'Tabellen',
  previewCharts: 'Grafieken',
  previewEmpty: 'Nog niets geschreven. Kies "Naar werkmap schrijven".',
  previewMoreRows: (count: number) => `En nog ${count} ${count === 1 ? 'rij' : 'rijen'}.`,
  downloadXlsx: 'Download als .xlsx',
  downloading: 'Bestand wordt gemaakt…',
  downloadFailed: (reason: string) => `Het bestand kon niet worden gemaakt: ${reason}`,

  // Scenarios
  scenariosIntro:
    'Wat gebeurt er met de bandbreedte als er drie collega’s bijkomen, of als het aantal casussen met 10% groeit? ' +
    'Een scenario verandert een paar invoerwaarden van stap 2; 0 betekent ongewijzigd. De uitkomsten staan naast elkaar.',
  scenariosTitle: 'Scenario’s',
  scenarioNoun: 'Scenario',
  scenarioName: 'Naam',
  scenarioExtraFte: 'Extra fte (nieuwe collega’s)',
  scenarioNewStaffReduction: 'Vermindering voor die fte',
  scenarioNewStaffReductionHint: 'Bijvoorbeeld inwerken: de nieuwe fte draagt minder casussen',
  scenarioExtraReduction: 'Extra meewegende factor',
  scenarioExtraReductionHint: 'Voor het hele team, bovenop de factoren van stap 2',
  scenarioCaseGrowth: 'Groei van het aantal casussen',
  scenarioHoursChange: 'Verandering van de uren per casus',
  scenarioHoursChangeHint: '-5 betekent dat een casus 5% minder uren vraagt',
  scenarioExtraCost: 'Extra kosten per jaar (€)',
  comparisonTitle: 'Naast elkaar',
  comparisonFigure: 'Uitkomst',
  scenarioFte: 'Bezetting in het scenario (fte)',
  scenarioChartTitle: 'Bandbreedte van het team per scenario (open casussen), met de huidige open casussen',
  scenarioChartMissing: (name: string) => `${name} niet te berekenen`,
  noScenarios: 'Nog geen scenario’s. Voeg er een toe om te vergelijken met het plan zoals het is.',

  // What an adopted band was based on (kept with the version)
  basisFactors: (factors: string) => `Meewegende factoren: ${factors}.`,
  basisHours: (heavy: string, light: string, extra: string) =>
    `Uren per casus: ${heavy} (zwaar) tot ${light} (licht), extra weging van het team ${extra}.`,
  basisDuration: (weeks: string) => `Duur van een casus: ${weeks} weken.`,
  basisDefinitions: (caseText: string, caseload: string) => `Casus: ${caseText} Caseload: ${caseload}`,

  // A workbook of an earlier version, opened and converted
  migratedTeamName: 'Team',
  migratedBandReason:
    'Overgenomen uit een werkmap van een eerdere versie: de bandbreedte waarmee die alle weken beoordeelde',
};

export type PaneTexts = typeof pane;
