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
    'Eén voltijds fte kost het jaarsalaris plus de werkgeverslasten daarover plus de overige kosten per fte ' +
    '(KOSTEN_PER_FTE).',
  employerShare: 'Werkgeverslasten (deel van het salaris)',
  employerShareHint: 'Sociale lasten en pensioenpremie als percentage van het salaris.',
  otherPerFte: 'Overige kosten per fte per jaar (€)',
  otherPerFteHint: 'Werkplek, scholing, reizen.',
  scalesTitle: 'Salarisschalen',
  scaleNoun: 'Schaal',
  scaleName: 'Naam van de schaal',
  scaleSalary: 'Jaarsalaris (€)',
  scaleCostPerFte: (cost: string) => `Kosten per fte: ${cost}`,
  payTitle: (team: string) => `Salarissen van ${team}`,
  payIntro:
    'Kies per persoon op het rooster een schaal, of typ een eigen jaarsalaris. Wie geen salaris heeft, telt niet ' +
    'mee in de teamkosten.',
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
  teamCostTyped: 'Teamkosten per jaar, getypt (€)',
  teamCostTypedHint: (fromSalaries: string) =>
    `Leeg: de teamkosten volgen uit de salarissen (nu ${fromSalaries}). Een getypt bedrag vervangt die.`,
  teamCostUsed: 'Teamkosten per jaar',
  teamCostIsTyped: 'getypt: de salarissen tellen niet',
  teamCostFromSalaries: 'uit de salarissen; wie op het rooster staat zonder salaris, telt tegen het gemiddelde',
  averageCostPerFte: 'Gemiddelde kosten per fte',
  averageCostPerFteNote: 'teamkosten per jaar / bezetting',
  productiveHours: 'Productieve uren per jaar',
  productiveHoursNote: 'cliënturen van de bezetting',
  hourlyRate: 'Integraal uurtarief',
  hourlyRateNote: 'teamkosten plus ondersteuning, per productief uur (UURTARIEF)',
  unpaid: (people: string) =>
    `Zonder salaris: ${people}. In de teamkosten tellen zij tegen de gemiddelde kosten per fte van wie wel een salaris heeft.`,

  productsTitle: 'Kostprijs en tarief per product',
  productsIntro:
    'Elke categorie casussen is een product. De kostprijs is de uren per casus maal het integrale uurtarief ' +
    '(KOSTPRIJS_PRODUCT); het tarief spreek je af met de opdrachtgever. Onder 1 dekt het tarief de kostprijs niet.',
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
    'Het fte-tekort is benodigd min bezetting, de vacatureruimte formatie min bezetting; in euro tegen de ' +
    'gemiddelde kosten per fte. Negatief: meer op het rooster dan het werk vraagt of de begroting toestaat.',
  shortfall: 'Fte-tekort',
  shortfallCost: 'Kosten fte-tekort per jaar',
  vacancy: 'Vacatureruimte',
  vacancyCost: 'Kosten vacatureruimte per jaar',

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
  budgetFteLabel: (team: string) => `Begrote fte van ${team}`,
  fteInYear: 'Fte op het rooster in het begrotingsjaar',
  fteLeft: 'Begrote fte min fte op het rooster',

  scenarioExtraCostHint: 'Leeg: de extra fte maal de gemiddelde kosten per fte.',
  scenarioExtraCostFigure: 'Extra kosten per jaar',
};

export type PaneFinanceTexts = typeof paneFinance;
