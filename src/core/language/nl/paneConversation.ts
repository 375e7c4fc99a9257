// Pane texts in Dutch for the conversation side (afwijkende casussen, casusmix, ervaren werkdruk,
// individuele reflectie, afspraken over verdelen) and the overview. Part of the pane texts (pane.ts).
export const paneConversation = {
  tabConversation: 'Gesprek',
  tabOverview: 'Overzicht',
  conversationIntro:
    'De cijfers zijn het begin van het gesprek, niet het eind. Hier kijken jullie naar de casussen die ver van de ' +
    'norm afliggen (beide kanten op), naar hoe de echte casusmix zich verhoudt tot wat stap 2 aannam, en naar hoe ' +
    'het werk voelt naast wat de cijfers zeggen.',

  // Deviating cases
  deviationsTitle: (team: string) => `Afwijkende casussen: team ${team}`,
  deviationsIntro:
    'Zet de casussen van het team in een lijst, ingevuld of uit een eigen tabel. Per categorie geldt de norm uit ' +
    'stap 2 (uren per casus). Kijk niet alleen naar casussen ver boven de norm: zoek ook bewust de casussen die ' +
    'veel minder tijd vroegen. Een casus die nog loopt, telt alleen mee als hij al ver boven de gemiddelde duur zit.',
  toleranceLabel: 'Marge rond de norm',
  toleranceHint: 'Hoe ver van de norm een casus moet liggen om te bespreken (50 = de helft meer of minder).',
  farAbove: 'Ver boven de norm',
  farBelow: 'Ver onder de norm',
  deviationsWithoutOutcome: 'Afwijkend en nog zonder uitkomst',
  caseListTitle: (team: string, count: number) => `Casuslijst van team ${team} (${count})`,
  caseNoun: 'Casus',
  caseNumber: 'Casusnummer',
  caseCategory: 'Categorie',
  measureHours: 'Geschatte uren',
  measureWeeks: 'Weken open (loopt nog)',
  caseHoursHint: 'Leeg zolang de casus loopt: dan telt het aantal weken open. Met uren telt alleen het aantal uren.',
  caseWorker: 'Medewerker (mag leeg)',
  caseReflection: 'Wat maakt dat deze casus meer of minder tijd vraagt?',
  caseOutcome: 'Uitkomst',
  outcomeNone: 'Nog niet besproken',
  outcomeFactor: 'Meewegende factor ontbreekt',
  outcomeCategory: 'Categorie ontbreekt',
  outcomeIndividual: 'Persoonlijke situatie',
  outcomeNothing: 'Niets aanpassen',
  caseAgainstNorm: (share: string, norm: string) => `${share} van de norm (${norm}).`,
  caseFarAbove: (share: string, norm: string) => `Ver boven de norm: ${share} van de norm (${norm}).`,
  caseFarBelow: (share: string, norm: string) => `Ver onder de norm: ${share} van de norm (${norm}).`,
  normHours: (hours: string) => `${hours} uur`,
  normWeeks: (weeks: string) => `${weeks} weken`,
  caseUnknownCategory: 'Deze categorie staat niet in stap 2: er is geen norm om mee te vergelijken.',
  caseNothingToCompare: 'Vul geschatte uren of weken open in om met de norm te vergelijken.',
  missTitle: 'Wat het model kan missen',
  missIntro: (team: string) =>
    `De uitkomsten van de gesprekken over afwijkende casussen van team ${team}, opgeteld. Een ontbrekende ` +
    'meewegende factor of categorie is een reden om stap 2 bij te stellen.',
  missNone: 'Nog geen uitkomsten: bespreek de afwijkende casussen in het tabblad Gesprek.',

  importTargetCaseList: 'Casuslijst voor afwijkende casussen (van het getoonde team)',
  importCaseNumberHint:
    'Alleen casusnummers: een kolom met namen, BSN’s of geboortedata wordt niet overgenomen, en een rij met zo’n ' +
    'casusnummer wordt overgeslagen.',
  importNamesRefused: (column: string) =>
    `De kolom "${column}" lijkt namen, BSN’s of geboortedata te bevatten, geen casusnummers. Er is niets ` +
    'overgenomen: gegevens van cliënten horen niet in de werkmap. Kies een kolom met casusnummers.',
  importDoneCaseList: (count: number, team: string) => `${count} casussen in de casuslijst van team ${team}.`,

  // Case-mix drift
  mixTitle: (team: string) => `Verschuiving in de casusmix: team ${team}`,
  mixIntro:
    'Het aandeel van elke categorie in de casuslijst naast de mix waar stap 2 van uitging. Zware categorieën ' +
    'vragen meer uren dan de gemiddelde casus in die mix. Is de echte mix zwaarder, dan vraagt hetzelfde aantal ' +
    'casussen meer fte.',
  mixCategory: 'Categorie',
  mixAssumed: 'Aandeel in stap 2',
  mixReal: 'Aandeel in de casuslijst',
  mixHeavy: 'zwaar',
  mixDrift: 'Verschuiving in de casusmix',
  mixDriftValue: (points: string) => `${points} procentpunt zware casussen`,
  mixFteAssumed: 'Benodigde fte',
  mixFteReal: 'Benodigde fte met de echte mix',
  mixThreshold: 'Waarschuwen vanaf (procentpunten)',
  mixWarning: (points: string, threshold: string) =>
    `De casuslijst heeft ${points} procentpunt meer zware casussen dan stap 2 aannam (grens ${threshold}). ` +
    'Bespreek of de bandbreedte en de prijs nog passen bij het werk dat binnenkomt.',
  mixNoList: 'Nog geen casussen in de lijst van een categorie uit stap 2.',

  // Felt workload
  feltTitle: (team: string) => `Ervaren werkdruk: team ${team}`,
  feltDate: 'Datum (week of evaluatiemoment)',
  feltTooLittle: 'Te weinig',
  feltRight: 'Goed',
  feltTooMuch: 'Te veel',
  feltBeside: (position: string, status: string, week: string) =>
    `Positie in de bandbreedte in de week van ${week}: ${position} (${status}).`,
  feltNoWeek: 'Geen week met cijfers op of voor deze datum.',
  signalWorkload:
    'De caseload valt binnen of onder de bandbreedte, maar de meesten vinden het te veel: kijk naar de werklast ' +
    'en de indirecte tijd, niet naar het aantal casussen.',
  signalCases:
    'Boven de bandbreedte en de meesten vinden het te veel: het aantal casussen drukt. Pak de afspraken voor ' +
    'boven de bandbreedte erbij.',
  signalCarried:
    'Boven de bandbreedte, maar de meesten vinden het goed of te weinig: bespreek of de kwaliteit overeind blijft ' +
    'en of de bandbreedte nog past.',
  signalRoom: 'Onder de bandbreedte en de meesten hebben ruimte over: gebruik die bewust.',

  // Individual reflection
  reflectionTitle: 'Individuele reflectie',
  reflectionIntro:
    'Werkdruk is meer dan de hoeveelheid werk. Vijf kanten om bij stil te staan, alleen of met een collega.',
  reflectionPerson: 'Wie reflecteert',
  reflectionNobody: 'Kies eerst iemand van het rooster.',
  aspectQuantity: 'Kwantiteit',
  aspectQuantityQuestion: 'Zit je vol, of voelt het vol? Wat zou je meer overzicht en grip geven?',
  aspectQuality: 'Kwaliteit',
  aspectQualityQuestion:
    'Wanneer is je werk goed genoeg? Weten jij en je leidinggevende wat de ander daaronder verstaat?',
  aspectProductivity: 'Productiviteit',
  aspectProductivityQuestion: 'Houdt het team de productie samen op orde, of draag je die alleen?',
  aspectEnergy: 'Energieverspilling',
  aspectEnergyQuestion:
    'Welke kleine ergernissen kosten je meer energie dan ze waard zijn? Met wie kun je die bespreken?',
  aspectResponsibility: 'Verantwoordelijkheid',
  aspectResponsibilityQuestion: 'Draag je verantwoordelijkheid die bij een ander hoort? Waar hoort die thuis?',
  reflectionNote: (aspect: string) => `Notitie bij ${aspect.toLowerCase()}`,
  reflectionIndirect: (person: string, own: string, team: string) =>
    `Aandeel indirecte tijd van ${person}: ${own}; stap 2 neemt voor het team ${team} aan.`,

  // Agreements on dividing cases
  divisionTitle: (team: string) => `Afspraken over het verdelen van casussen: team ${team}`,
  divisionIntro:
    'Beide manieren kunnen werken, zolang de afspraak helder is. Bespreek ook welke kwaliteit genoeg is: is een ' +
    '7 goed, of moet het een 10 zijn?',
  divisionDivides: 'Wie verdeelt de casussen',
  divisionTeamLeader: 'De teamleider',
  divisionTeam: 'Het team',
  divisionNorm: 'Norm',
  divisionPerPerson: 'Een norm per persoon',
  divisionTogether: 'Het team haalt de norm samen',
  divisionOpen: 'Nog niet afgesproken',
  divisionQuality: 'Welke kwaliteit is genoeg',
  divisionNote: 'Toelichting',
  openAgreements: 'Open afspraken',

  // Overview
  overviewIntro:
    'Het overzicht voor het teamoverleg, per team en voor de organisatie. In de werkmap staat het op het blad ' +
    'VC Overzicht, met live formules, klaar om af te drukken op één A4 liggend.',
  overviewTeams: 'Per team',
  overviewTeam: 'Team',
  overviewOrganisation: 'Organisatie',
  overviewBand: 'Bandbreedte die nu geldt',
  overviewSince: 'Geldend sinds',
  overviewVersions: 'Versies',
  overviewLastWeek: 'Laatste week',
  overviewForecast: 'Prognose over 4 weken',
  overviewFelt: 'Ervaren werkdruk (laatste meting)',
  overviewFeltValue: (tooLittle: number, right: number, tooMuch: number) =>
    `te weinig ${tooLittle}, goed ${right}, te veel ${tooMuch}`,
  overviewDeviating: 'Ver boven / ver onder de norm',
  overviewStep: (step: number) => `Werkpakket stap ${step}`,
  overviewStepValue: (done: number, total: number) => `${done} van ${total} gereed`,
  overviewAbove: 'Casussen ver boven de norm',
  overviewBelow: 'Casussen ver onder de norm',
  overviewTooMuch: 'Te veel (laatste meting)',
};

export type PaneConversationTexts = typeof paneConversation;
