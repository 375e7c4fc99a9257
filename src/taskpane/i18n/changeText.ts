// Something another person changed in the shared workbook, as a sentence in the user's words:
// "teams.Noord.roster" added 1 becomes "Teamleden van Noord: 1 rij toegevoegd". A place in the
// plan the pane has no name for is quoted as it is.
import type { PaneTexts as Strings, PlanChange } from '../../core';

type Named = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];

/** The plan's shared places, by path, named as the pane labels them. */
const SHARED: Record<string, Named> = {
  'situation.municipality': 'municipalityName',
  'situation.areas': 'areasTitle',
  'situation.facilities': 'facilitiesTitle',
  'situation.demand': 'demandTitle',
  'situation.stakeholders': 'stakeholdersTitle',
  'situation.problem': 'problemTitle',
  'bandwidth.definitions.case': 'definitionCase',
  'bandwidth.definitions.caseload': 'definitionCaseload',
  'bandwidth.definitions.directTime': 'definitionDirect',
  'bandwidth.definitions.indirectTime': 'definitionIndirect',
  'bandwidth.purpose': 'purposeTitle',
  'bandwidth.time.hoursPerWeek': 'hoursPerWeek',
  'bandwidth.time.weeks': 'weeks',
  'bandwidth.time.leaveHours': 'leaveHours',
  'bandwidth.time.holidayHours': 'holidayHours',
  'bandwidth.time.otherHours': 'otherHours',
  'bandwidth.time.absenceRate': 'absenceRate',
  'bandwidth.time.indirectShare': 'indirectShare',
  'bandwidth.hoursPerCaseHeavy': 'hoursHeavy',
  'bandwidth.hoursPerCaseLight': 'hoursLight',
  'bandwidth.caseDurationWeeks': 'caseDuration',
  'bandwidth.categories': 'categoriesTitle',
  'organisation.teamCost': 'teamCost',
  'organisation.supportCost': 'supportCost',
  'organisation.individualHours': 'individualHours',
  'organisation.fteToSplit': 'fteToSplit',
  'finance.employerShare': 'employerShare',
  'finance.otherPerFte': 'otherPerFte',
  'finance.scales': 'scalesTitle',
  'finance.pay': 'payList',
  'finance.products': 'productsTitle',
  'finance.budgets': 'budgetList',
  'implement.agreements': 'agreementsTitle',
  'implement.evaluations': 'evaluationsTitle',
  'implement.reflections': 'reflectionsTitle',
  tracker: 'tabWorkPackage',
  scenarios: 'scenariosTitle',
  formulas: 'formulasLabel',
};

/** A team's own places, by the last part of the path ("teams.<name>.roster"). */
const TEAM: Record<string, Named> = {
  formatie: 'teamFormatie',
  extraWeight: 'teamExtraWeight',
  roster: 'rosterTitle',
  factors: 'factorsTitle',
  cases: 'changeCases',
  weeks: 'changeWeeks',
  bands: 'historyTitle',
};

/** Where a change is, in words: a shared place, a place of one team, or a whole team. */
function placeText(where: string, strings: Strings): string {
  if (SHARED[where]) return strings[SHARED[where]];
  if (!where.startsWith('teams.')) return where;
  // A team's name may hold dots: its field is the last part, when that is one of a team's.
  const rest = where.slice('teams.'.length);
  const dot = rest.lastIndexOf('.');
  const field = rest.slice(dot + 1);
  if (dot > 0 && TEAM[field]) return strings.changeOfTeam(strings[TEAM[field]], rest.slice(0, dot));
  return strings.changeTeam(rest);
}

export function changeText({ where, kind, count }: PlanChange, strings: Strings): string {
  const place = placeText(where, strings);
  if (kind === 'changed') return strings.changeChanged(place);
  return (kind === 'added' ? strings.changeAdded : strings.changeRemoved)(place, count);
}
