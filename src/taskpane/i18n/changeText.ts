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
  name: 'changeName',
  formatie: 'teamFormatie',
  extraWeight: 'teamExtraWeight',
  roster: 'rosterTitle',
  factors: 'factorsTitle',
  cases: 'changeCases',
  weeks: 'changeWeeks',
  bands: 'historyTitle',
};
const AREA: Record<string, Named> = {
  name: 'changeName',
  team: 'team',
  inhabitants: 'inhabitants',
  youth: 'youth',
  adults: 'adults',
  seniors: 'seniors',
  caseRatePer1000: 'caseRate',
};
const CATEGORY: Record<string, Named> = { name: 'changeName', hoursPerCase: 'categoryHours' };

/** Where a change is within one team, area or category: "<list>.<name>.<field>" (a name may hold dots). */
function ofOne(
  rest: string,
  fields: Record<string, Named>,
  strings: Strings,
  said: (what: string, name: string) => string,
  whole: (name: string) => string,
): string {
  const dot = rest.lastIndexOf('.');
  const field = rest.slice(dot + 1);
  if (dot > 0 && fields[field]) return said(strings[fields[field]], rest.slice(0, dot));
  return whole(rest);
}

/** Where a change is, in words: a shared place, a place of one team, area or category, or a whole one. */
function placeText(where: string, strings: Strings): string {
  if (SHARED[where]) return strings[SHARED[where]];
  const within = (list: string) => (where.startsWith(`${list}.`) ? where.slice(list.length + 1) : undefined);
  const team = within('teams');
  if (team !== undefined) return ofOne(team, TEAM, strings, strings.changeOfTeam, strings.changeTeam);
  const area = within('situation.areas');
  if (area !== undefined)
    return ofOne(area, AREA, strings, strings.changeOfArea, name => strings.changeOfArea(strings.areaName, name));
  const category = within('bandwidth.categories');
  if (category !== undefined)
    return ofOne(category, CATEGORY, strings, strings.changeOfCategory, name =>
      strings.changeOfCategory(strings.categoryName, name),
    );
  return where;
}

export { placeText };

export function changeText({ where, kind, count }: PlanChange, strings: Strings): string {
  const place = placeText(where, strings);
  if (kind === 'changed') return strings.changeChanged(place);
  return (kind === 'added' ? strings.changeAdded : strings.changeRemoved)(place, count);
}
