// Pane texts in Dutch for finance: the cost of an FTE, the team cost and hourly rate, the cost
// price and tariff of each product, the gaps in euro and the year budget. Part of the pane texts (pane.ts).
export const paneFinance = {
  financeTitle: 'Financiën',
  financeIntro:
    'Wat het werk kost: de teamkosten uit de salarissen en de roosters, het integrale uurtarief, de kostprijs ' +
    'per product naast het tarief, en formatie, bezetting en benodigd in euro.',
  invalidNumberOrBlank: 'Vul een getal van 0 of meer in, of laat het leeg.',

  salaryTitle: 'Kosten per fte',
  salaryIntro:
    'Eén voltijds fte kost het jaarsalaris met het individueel keuzebudget (IKB), de werkgeverslasten over die ' +
    'twee samen en de overige kosten per fte: salaris × (1 + IKB) × (1 + werkgeverslasten) + overige kosten ' +
    '(KOSTEN_PER_FTE).',
  ikbShare: 'Individueel keuzebudget, IKB (deel van het salaris)',
  ikbShareHint:
    'Vakantietoelage, eindejaarsuitkering en wat je cao nog meer in het IKB stopt. Laat 0 staan als de salarissen ' +
    'hieronder het IKB al bevatten (jaarsalaris inclusief IKB). Een cao kiezen bij stap 2 vult dit in.',
  employerShare: 'Werkgeverslasten (deel van het salaris)',
  employerShareHint: 'Sociale lasten en pensioenpremie als percentage van het salaris met het IKB.',
  otherPerFte: 'Overige kosten per fte per jaar (€)',
  otherPerFteHint: 'Werkplek, scholing, reizen.',
  scalesTitle: 'Salarisschalen',
  scaleNoun: 'Schaal',
  scaleName: 'Naam van de schaal',
  scaleSalary: 'Jaarsalaris (€)',
  scaleCostPerFte: (cost: string) =>
    `Kosten per fte: ${cost} (salaris × (1 + IKB) × (1 + werkgeverslasten) + overige kosten)`,
  payTitle: (team: string) => `Salarissen van ${team}`,
  payIntro:
    'Kies per persoon op het rooster een schaal, of typ een eigen jaarsalaris. Wie geen salaris heeft, telt in de ' +
    'teamkosten mee met de gemiddelde kosten per fte van wie wel een salaris heeft.',
  payScale: (name: string) => `Schaal van ${name}`,
  payOwnSalary: (name: string) => `Eigen jaarsalaris van ${name}`,
  payScaleColumn: 'Schaal',
  payOwnSalaryColumn: 'Eigen jaarsalaris (€)',
  payList: 'Salarissen per persoon',
  payNoScale: 'geen schaal',
  costPerFte: 'Kosten per fte',
  payFte: 'Bezetting (fte)',
  payCost: 'Kosten per jaar',
  noPeople: 'Er staat nog niemand op het rooster van dit team.',

  teamCostTitle: 'Teamkosten en uurtarief',
  teamCostTyped: 'Teamkosten per jaar, zelf ingevuld (€)',
  teamCostTypedHint: (fromSalaries: string) =>
    `Leeg: de teamkosten volgen uit de salarissen (nu ${fromSalaries}, wie geen salaris heeft, telt mee met het gemiddelde). Een ingevuld bedrag vervangt die.`,
  teamCostUsed: 'Teamkosten per jaar',
  teamCostIsTyped: 'zelf ingevuld: de salarissen tellen niet',
  teamCostFromSalaries:
    'kosten per fte × fte op het rooster; wie op het rooster staat zonder salaris, telt mee met de gemiddelde kosten per fte van wie er wel een heeft',
  averageCostPerFte: 'Gemiddelde kosten per fte',
  averageCostPerFteNote: 'teamkosten per jaar / bezetting',
  productiveHours: 'Productieve uren per jaar',
  productiveHoursNote: 'cliënturen van de bezetting',
  hourlyRate: 'Integraal uurtarief',
  hourlyRateNote: 'teamkosten plus ondersteuning, per productief uur (UURTARIEF)',
  unpaid: (people: string) =>
    `Zonder salaris: ${people}. In de teamkosten tellen zij mee met de gemiddelde kosten per fte van wie wel een salaris heeft.`,

  productsTitle: 'Kostprijs en tarief per product',
  productsIntro:
    'Elke categorie casussen is een product. De kostprijs per product is de uren per casus van die categorie maal ' +
    'het integrale uurtarief (KOSTPRIJS_PRODUCT); het tarief spreek je af met de opdrachtgever. Onder 1 dekt het ' +
    'tarief de kostprijs niet. De gemiddelde kostprijs per casus bij de organisatie is iets anders: alle kosten ' +
    'gedeeld door alle casussen, over de categorieën heen.',
  productColumn: 'Product',
  hoursPerCaseColumn: 'Uren per casus',
  costPrice: 'Kostprijs per product',
  tariffColumn: 'Tarief (€)',
  tariffLabel: (product: string) => `Tarief voor ${product}`,
  coverage: 'Tariefdekking',
  belowCost: 'tarief onder de kostprijs',
  covered: 'gedekt',
  noProducts: 'Nog geen categorieën casussen: vul ze in bij stap 2.',

  gapsTitle: 'Formatie, bezetting en benodigd in euro',
  gapsIntro:
    'Het fte-tekort is benodigd min inzetbare bezetting, het formatietekort benodigd min formatie, de ' +
    'vacatureruimte formatie min bezetting; in euro elk maal de gemiddelde kosten per fte. Negatief: meer ' +
    'op het rooster of in de formatie dan het werk vraagt, of meer op het rooster dan de formatie toestaat.',
  shortfall: 'Fte-tekort',
  shortfallCost: 'Kosten fte-tekort per jaar',
  formatieShortfall: 'Formatietekort',
  formatieShortfallCost: 'Kosten formatietekort per jaar',
  vacancy: 'Vacatureruimte',
  vacancyCost: 'Kosten vacatureruimte per jaar',
  atAverage: 'fte maal de gemiddelde kosten per fte',

  budgetTitle: (year: string) => `Begroting ${year}`,
  budgetIntro:
    'De begroting per team, in euro en in fte, naast wat het rooster over het jaar kost en aan fte heeft. Wie in ' +
    'de loop van het jaar begint of stopt, telt mee voor het deel van het jaar op het rooster. In het totaal ' +
    'tellen bij wat over is alleen de teams waarvoor je een begroting invult.',
  budgetList: 'Begroting per team',
  budgetColumn: 'Begroting (€)',
  budgetLabel: (team: string) => `Begroting van ${team}`,
  projected: 'Verwachte kosten in het begrotingsjaar',
  budgetLeft: 'Begroting min verwachte kosten',
  budgetFteColumn: 'Begrote fte',
  budgetFteHint:
    'Begrote fte: wat de begroting van dit jaar aan fte betaalt. Dat kan afwijken van de formatie, de vastgestelde ' +
    'formatie die de organisatie voor het team heeft besloten, los van één begrotingsjaar.',
  budgetFteLabel: (team: string) => `Begrote fte van ${team}`,
  fteInYear: 'Fte op het rooster in het begrotingsjaar',
  fteLeft: 'Begrote fte min fte op het rooster',

  scenarioExtraCostHint: 'Leeg: de extra fte maal de gemiddelde kosten per fte.',
  scenarioExtraCostFigure: 'Extra kosten per jaar',
};

export type PaneFinanceTexts = typeof paneFinance;
