// Pane texts in Dutch for teams, their rosters and factors over time, and the organisation. Part of the pane texts (pane.ts).
export const paneTeams = {
  // Choosing, adding, renaming and removing a team (above the tabs)
  teamsRegion: 'Teams',
  team: 'Team',
  teamSelectHint:
    'Wat per team verschilt, zoals teamleden, factoren en weekcijfers, zie je van het team dat je hier kiest.',
  teamNumbered: (number: number) => `Team ${number}`,
  teamAdd: 'Team toevoegen',
  teamRenameLabel: (team: string) => `Naam wijzigen van team ${team}`,
  teamNameField: 'Nieuwe naam van het team',
  teamNameHint: 'Gebieden en scenario’s van dit team krijgen de nieuwe naam ook.',
  teamNameSave: 'Naam opslaan',
  teamCancel: 'Annuleren',
  teamNameEmpty: 'Geef het team een naam.',
  teamNameTaken: (name: string) => `Er is al een team met de naam ${name}.`,
  teamRemoveLabel: (team: string) => `Team verwijderen: ${team}`,
  teamRemoveTitle: (team: string) => `Team ${team} verwijderen?`,
  teamRemoveBody:
    'De vastgestelde formatie, de teamleden, de meewegende factoren, de casussen, de weekcijfers en de ' +
    'bandbreedtes van dit team gaan verloren. Gebieden en scenario’s van dit team houden de teamnaam, maar horen ' +
    'daarna bij geen team.',
  teamRemoveConfirm: 'Ja, verwijderen',
  teamAdded: (team: string) => `${team} is toegevoegd en wordt nu getoond.`,
  teamRenamed: (team: string) => `Het team heet nu ${team}.`,
  teamRemoved: (removed: string, shown: string) => `${removed} is verwijderd. Nu wordt ${shown} getoond.`,
  noTeam: '(geen team)',
  unknownTeam: (name: string) => `${name} (geen team)`,

  // Step 1: areas per team
  teamDemandTitle: 'Verwachte vraag per team',
  teamDemandIntro: 'De verwachte casussen per jaar van de gebieden die elk team bedient.',
  areasColumn: 'Gebieden',
  allAreas: 'Alle gebieden',
  areasWithoutTeam: 'Zonder team',

  // Step 2: shared and per team
  bandwidthTeamsNote:
    'Begrippen, bedoeling, beschikbare tijd en casuscategorieën gelden voor alle teams. De vastgestelde formatie, ' +
    'de extra weging, de casussen per jaar, de meewegende factoren en de teamleden horen bij het team dat je ' +
    'bovenaan kiest.',
  resultTitleTeam: (team: string) => `Uitkomst voor ${team}`,
  teamSettingsTitle: (team: string) => `${team}: vastgestelde formatie en weging`,
  teamFormatie: 'Formatie (fte)',
  teamFormatieHint: 'De fte die de begroting voor dit team toestaat',
  teamExtraWeight: 'Extra weging van de casussen',
  teamExtraWeightHint:
    '10 betekent dat een casus van dit team 10% meer uren vraagt, bijvoorbeeld bij zwaardere jeugdproblematiek; 0 is de gewone weging.',
  teamCasesTitle: (team: string) => `Casussen per jaar van ${team}`,
  teamCasesIntro: 'Per casuscategorie het aantal casussen dat dit team in een jaar heeft.',
  teamCasesNoCategories: 'Vul eerst de casuscategorieën in; daarna vul je hier per categorie het aantal in.',
  teamCasesUnlisted: (list: string) => `Niet meegeteld, want de categorie staat niet (meer) in de lijst: ${list}.`,
  categoriesShared: 'Voor alle teams: de soorten casussen en de uren die een casus vraagt.',
  factorsTitleTeam: (team: string) => `Meewegende factoren van ${team}`,
  factorsHintPeriods:
    'Elke factor verlaagt de bandbreedte met het opgegeven percentage, zolang hij geldt. Verander je het ' +
    'percentage van een factor die al gold, dan geldt dat vanaf een datum (standaard vandaag) en blijft de periode ' +
    'ervoor als eigen rij staan. Een lege datum betekent: geen grens.',
  factorNote: 'Toelichting',
  periodFrom: 'Van',
  periodTo: 'Tot en met',
  inForceToday: 'Telt vandaag mee.',
  notInForceToday: 'Telt vandaag niet mee: vandaag valt buiten de periode.',
  rosterTitleTeam: (team: string) => `Teamleden van ${team}`,
  rosterHintPeriods:
    'Vermindering geldt voor één persoon, bijvoorbeeld tijdens inwerken of verlof. Een persoon heeft een rij per ' +
    'periode (van … tot en met). Verander je de fte of vermindering van iemand die al op het rooster stond, dan ' +
    'geldt dat vanaf een datum (standaard vandaag) en blijft de periode ervoor als eigen rij staan, zodat eerdere ' +
    'weken hun oordeel houden. Een lege datum betekent: geen grens.',
  demandFromAreasIntroTeam: (team: string) =>
    `De verwachte casussen per jaar uit de gebieden van ${team} (stap 1), en de fte die ze vragen (benodigd) met de ` +
    'huidige verdeling van het team over de categorieën.',
  importIntroTeam: (team: string) =>
    `Neem teamleden of een casuslijst van ${team} over uit een tabel die al in de werkmap staat. ` +
    'Die tabel wordt alleen gelezen, nooit gewijzigd.',
  importDoneRosterTeam: (count: number, team: string) =>
    `${count} ${count === 1 ? 'teamlid' : 'teamleden'} overgenomen bij ${team}.`,
  importDoneCasesTeam: (categories: number, cases: number, team: string) =>
    `${cases} ${cases === 1 ? 'casus' : 'casussen'} in ${categories} ${categories === 1 ? 'categorie' : 'categorieën'} ` +
    `overgenomen bij ${team}.`,

  // Perspectives
  organisationIntro: 'Alle teams samen: wat de begroting toestaat, wie er op het rooster staan en wat het werk vraagt.',
  fteToSplit: 'Fte om te verdelen over de teams',
  fteToSplitHint: 'Wordt verdeeld naar wat de verwachte vraag uit de gebieden van elk team vraagt (stap 1).',
  formatieTotal: 'Formatie (fte), alle teams',
  capacitySplitTitle: 'Verdeling van de capaciteit',
  capacitySplitIntro: (total: string) =>
    `${total} fte verdeeld naar de verwachte vraag van elk team, naast de vastgestelde formatie, de bezetting ` +
    'en wat het werk vraagt (benodigd).',
  capacitySplitFailed: (reason: string) => `De verdeling kan nog niet worden berekend. ${reason}`,
  allocatedColumn: 'Toegewezen fte',
  formatieColumn: 'Formatie (fte)',
  bezettingColumn: 'Bezetting',
  benodigdColumn: 'Benodigd',
  deployableColumn: 'Inzetbaar',
  allTeams: 'Alle teams',
  teamTitleNamed: (team: string) => `Team: ${team}`,
  individualTitleNamed: (team: string) => `Individu: ${team}`,
  noRosterToday: (team: string) =>
    `Er staat vandaag niemand van ${team} op het rooster. Vul bij stap 2 de teamleden in, met hun periode.`,

  // Scenarios
  scenarioChartSummaryTeams: (items: string) =>
    `Bandbreedte van het team per scenario, met de open casussen die dat team nu heeft: ${items}.`,
  scenarioChartItemTeam: (name: string, team: string, band: string, open: string) =>
    `${name} (${team}) ${band}, nu ${open} open`,
  scenarioChartRow: (name: string, team: string) => `${name} (${team})`,
};

export type PaneTeamsTexts = typeof paneTeams;
