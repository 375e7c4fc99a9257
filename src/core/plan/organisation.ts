// The organisation's view over all its teams: formatie (approved), bezetting (on the roster) and
// benodigd (FTE_NEEDED) per team and in total, the bezettingsgraad, the cost per case, and the
// capacity split: a total FTE divided over the teams in proportion to what their areas' expected
// demand asks (ALLOCATE_FTE), and finance's figures (see finance.ts).
import { ALLOCATE_FTE } from '../functions/allocateFte';
import { COST_PER_CASE } from '../functions/costPerCase';
import { STAFFING_RATIO } from '../functions/staffingRatio';
import { isError, Result } from '../result';
import { column, ifComputed } from './compute';
import { computeFigures, Figures, teamCaseMix } from './figures';
import { financeFigures, FinanceFigures } from './finance';
import { Plan } from './plan';
import { sumOf } from './salaries';

export interface TeamSummary {
  name: string;
  formatie: number;
  bezetting: number;
  benodigd: Result<number>;
  bezettingsgraad: Result<number>;
  /** FTE the expected demand of the team's areas asks: what the split goes by. */
  demandFte: Result<number>;
  /** The team's share of the FTE to split. */
  allocated: Result<number>;
}

export interface OrganisationFigures {
  teams: TeamSummary[];
  formatie: number;
  bezetting: number;
  benodigd: Result<number>;
  bezettingsgraad: Result<number>;
  casesPerYear: number;
  /** Team and support cost per year. */
  cost: Result<number>;
  costPerCase: Result<number>;
  fteToSplit: number;
  finance: FinanceFigures;
}

/** The organisation's integral cost price per case: team and support cost over every team's cases per year. */
export function costPerCaseOf(plan: Plan, casesPerYear: number, teamCost: Result<number>): Result<number> {
  return ifComputed([teamCost], () => COST_PER_CASE.evaluate([teamCost, plan.organisation.supportCost, casesPerYear]));
}

/** Cases per year over all teams, in the shared categories. */
export const allCasesPerYear = (plan: Plan): number =>
  plan.teams.reduce((sum, team) => sum + teamCaseMix(plan, team).reduce((s, c) => s + c.count, 0), 0);

export function organisationFigures(plan: Plan, on: string, teams?: readonly Figures[]): OrganisationFigures {
  const figures = teams ?? plan.teams.map((_t, i) => computeFigures(plan, i, on));
  const needs = figures.map(f => f.fteNeededForExpected);
  const { fteToSplit, supportCost } = plan.organisation;
  const finance = financeFigures(plan, on, figures);
  const { teamCost } = finance;
  const split = ifComputed(
    needs,
    () => ALLOCATE_FTE.evaluate([column(needs as number[]), fteToSplit]) as Result<number[][]>,
  );
  const summaries = figures.map((f, i): TeamSummary => ({
    name: f.team,
    formatie: plan.teams[i].formatie,
    bezetting: f.existingFte,
    benodigd: f.fteNeeded,
    bezettingsgraad: f.staffingRatio,
    demandFte: f.fteNeededForExpected,
    allocated: isError(split) ? split : split[i][0],
  }));
  const bezetting = summaries.reduce((sum, t) => sum + t.bezetting, 0);
  const benodigd = sumOf(summaries.map(t => t.benodigd));
  const casesPerYear = figures.reduce((sum, f) => sum + f.casesPerYear, 0);
  return {
    teams: summaries,
    formatie: summaries.reduce((sum, t) => sum + t.formatie, 0),
    bezetting,
    benodigd,
    bezettingsgraad: ifComputed([benodigd], () => STAFFING_RATIO.evaluate([bezetting, benodigd]) as Result<number>),
    casesPerYear,
    cost: ifComputed([teamCost], () => (teamCost as number) + supportCost),
    costPerCase: costPerCaseOf(plan, casesPerYear, teamCost),
    fteToSplit,
    finance,
  };
}
