// Pane texts in English for teams, their rosters and factors over time, and the organisation; same ids as the Dutch ones.
import type { PaneTeamsTexts } from '../nl/paneTeams';

export const paneTeams: PaneTeamsTexts = {
  teamsRegion: 'Teams',
  team: 'Team',
  teamSelectHint:
    'What differs per team, such as team members, factors and weekly figures, is shown for the team you choose here.',
  teamNumbered: number => `Team ${number}`,
  teamAdd: 'Add team',
  teamRenameLabel: team => `Rename team ${team}`,
  teamNameField: 'New name of the team',
  teamNameHint: 'The areas and scenarios of this team get the new name too.',
  teamNameSave: 'Save name',
  teamCancel: 'Cancel',
  teamNameEmpty: 'Give the team a name.',
  teamNameTaken: name => `There is already a team called ${name}.`,
  teamRemoveLabel: team => `Remove team: ${team}`,
  teamRemoveTitle: team => `Remove team ${team}?`,
  teamRemoveBody:
    'The approved FTE, team members, contributing factors, cases, weekly figures and ranges of this team will be ' +
    'lost. Areas and scenarios of this team keep the team’s name, but belong to no team afterwards.',
  teamRemoveConfirm: 'Yes, remove',
  teamAdded: team => `${team} was added and is shown now.`,
  teamRenamed: team => `The team is called ${team} now.`,
  teamRemoved: (removed, shown) => `${removed} was removed. ${shown} is shown now.`,
  noTeam: '(no team)',
  unknownTeam: name => `${name} (no team)`,

  teamDemandTitle: 'Expected demand per team',
  teamDemandIntro: 'The expected cases per year of the areas each team serves.',
  areasColumn: 'Areas',
  allAreas: 'All areas',
  areasWithoutTeam: 'Without a team',

  bandwidthTeamsNote:
    'Definitions, purpose, available time and case categories hold for every team. The approved FTE, the extra ' +
    'weight, the cases per year, the contributing factors and the team members belong to the team you choose at the top.',
  resultTitleTeam: team => `Result for ${team}`,
  teamSettingsTitle: team => `${team}: approved FTE and weight`,
  teamFormatie: 'Approved FTE',
  teamFormatieHint: 'The FTE the budget allows for this team',
  teamExtraWeight: 'Extra weight of the cases',
  teamExtraWeightHint:
    '10 means a case of this team takes 10% more hours, for example with heavier youth problems; 0 is the usual weight.',
  teamCasesTitle: team => `Cases per year of ${team}`,
  teamCasesIntro: 'For each case category, the number of cases this team has in a year.',
  teamCasesNoCategories: 'Fill in the case categories first; then enter the number per category here.',
  teamCasesUnlisted: list => `Not counted, because the category is not (or no longer) in the list: ${list}.`,
  categoriesShared: 'For every team: the kinds of case and the hours a case takes.',
  factorsTitleTeam: team => `Contributing factors of ${team}`,
  factorsHintPeriods:
    'Each factor lowers the range by the percentage given, for as long as it holds. When you change the ' +
    'percentage of a factor that already held, the change holds from a date (today unless you choose another) and ' +
    'the period before stays as a row of its own. A blank date means: no limit.',
  factorNote: 'Note',
  periodFrom: 'From',
  periodTo: 'To (inclusive)',
  inForceToday: 'Counts today.',
  notInForceToday: 'Does not count today: today is outside the period.',
  rosterTitleTeam: team => `Team members of ${team}`,
  rosterHintPeriods:
    'A reduction applies to one person, for example while onboarding or on leave. A person has a row per period ' +
    '(from … to). When you change the FTE or reduction of someone already on the roster, the change holds from a ' +
    'date (today unless you choose another) and the period before stays as a row of its own, so earlier weeks keep ' +
    'their grade. A blank date means: no limit.',
  demandFromAreasIntroTeam: team =>
    `The expected cases per year from the areas of ${team} (step 1), and the FTE they ask (needed) with the ` +
    'team’s current spread over the categories.',
  importIntroTeam: team =>
    `Take team members or a case list of ${team} from a table already in the workbook. ` +
    'That table is only read, never changed.',
  importDoneRosterTeam: (count, team) => `${count} team ${count === 1 ? 'member' : 'members'} imported into ${team}.`,
  importDoneCasesTeam: (categories, cases, team) =>
    `${cases} ${cases === 1 ? 'case' : 'cases'} in ${categories} ${categories === 1 ? 'category' : 'categories'} ` +
    `imported into ${team}.`,

  organisationIntro: 'All teams together: what the budget allows, who is on the roster and what the work asks.',
  fteToSplit: 'FTE to split over the teams',
  fteToSplitHint: 'Split by what the expected demand from each team’s areas asks (step 1).',
  formatieTotal: 'Approved FTE, all teams',
  capacitySplitTitle: 'Capacity split',
  capacitySplitIntro: total =>
    `${total} FTE split by each team’s expected demand, beside the approved FTE, the staff on the roster ` +
    'and what the work asks (needed).',
  capacitySplitFailed: reason => `The split cannot be computed yet. ${reason}`,
  allocatedColumn: 'Allocated FTE',
  formatieColumn: 'Approved FTE',
  bezettingColumn: 'On the roster',
  benodigdColumn: 'Needed',
  deployableColumn: 'Deployable',
  allTeams: 'All teams',
  teamTitleNamed: team => `Team: ${team}`,
  individualTitleNamed: team => `Individual: ${team}`,
  noRosterToday: team =>
    `Nobody of ${team} is on the roster today. Fill in the team members in step 2, with their periods.`,

  scenarioChartSummaryTeams: items =>
    `Range for the team per scenario, with the open cases that team has now: ${items}.`,
  scenarioChartItemTeam: (name, team, band, open) => `${name} (${team}) ${band}, ${open} open now`,
  scenarioChartRow: (name, team) => `${name} (${team})`,
};
