// Step 1's demand estimate: the cases an area's population implies. Each age group's inhabitants
// times the area's case rate, where the rate is entered or learned from the cases the team has in
// that area today (the demand table), so the estimate follows the team's own experience.
import { CASE_RATE } from '../functions/caseRate';
import { EXPECTED_CASES } from '../functions/expectedCases';
import { Result } from '../result';
import { sameName } from './compute';
import { Area, Plan, Team } from './plan';

export interface AreaDemand {
  name: string;
  /** Expected cases a year for the whole area: inhabitants × rate. */
  expected: Result<number>;
  /** The same split by age group (0-17, 18-64, 65+). */
  byAgeGroup: { youth: Result<number>; adults: Result<number>; seniors: Result<number> };
  /** The age groups do not add up to the inhabitants, so the split does not add up to the whole. */
  groupsDiffer: boolean;
  /** Today's cases in the area (demand table), for learning the rate from. */
  currentCases: number;
  /** Cases per 1,000 inhabitants today: the rate to use if the team's own cases are the guide. */
  learnedRate: Result<number>;
}

const expected = (inhabitants: number, rate: number) => EXPECTED_CASES.evaluate([inhabitants, rate]) as Result<number>;

/** Today's cases per area, by the area's name as typed (case and spaces ignored). */
function casesIn(plan: Plan, area: Area): number {
  return plan.situation.demand.filter(d => sameName(d.area, area.name)).reduce((s, d) => s + d.cases, 0);
}

export function areaDemand(plan: Plan, area: Area): AreaDemand {
  const currentCases = casesIn(plan, area);
  return {
    name: area.name,
    expected: expected(area.inhabitants, area.caseRatePer1000),
    byAgeGroup: {
      youth: expected(area.youth, area.caseRatePer1000),
      adults: expected(area.adults, area.caseRatePer1000),
      seniors: expected(area.seniors, area.caseRatePer1000),
    },
    groupsDiffer: area.youth + area.adults + area.seniors !== area.inhabitants,
    currentCases,
    learnedRate: CASE_RATE.evaluate([currentCases, area.inhabitants]) as Result<number>,
  };
}

/** Expected cases a year over the given areas: the sum the workbook's "Verwachte casussen" column holds. */
const expectedOver = (areas: readonly Area[]): Result<number> =>
  EXPECTED_CASES.evaluate([areas.map(a => [a.inhabitants]), areas.map(a => [a.caseRatePer1000])]) as Result<number>;

/** Expected cases a year over all areas. */
export const expectedCases = (plan: Plan): Result<number> => expectedOver(plan.situation.areas);

/** Expected cases a year over the areas a team serves. */
export const teamExpectedCases = (plan: Plan, team: string): Result<number> =>
  expectedOver(plan.situation.areas.filter(a => sameName(a.team, team)));

/** The areas a team serves. */
export const areasOf = (plan: Plan, team: string): Area[] => plan.situation.areas.filter(a => sameName(a.team, team));

/**
 * A team's cases per category scaled so that they add up to `total` (rounded to whole cases),
 * keeping today's mix: how step 2 takes over step 1's expected demand.
 */
export function scaleCases(cases: Team['cases'], total: number): Team['cases'] {
  const now = cases.reduce((sum, c) => sum + c.count, 0);
  if (now === 0) return cases;
  return cases.map(c => ({ ...c, count: Math.round((c.count * total) / now) }));
}
