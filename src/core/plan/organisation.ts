// The organisation's view over all its teams: formatie (vastgesteld), bezetting (on the roster),
// inzetbare bezetting and benodigd (FTE_NEEDED) per team and in total, the dekkingsgraad and the
// bezettingsgraad, the formatietekort, the average cost price per case, and the
// capacity split: a total FTE divided over the teams in proportion to what their areas' expected
// demand asks (ALLOCATE_FTE), and finance's figures (see finance.ts).
import { ALLOCATE_FTE } from '../functions/allocateFte';
import { COST_PER_CASE } from '../functions/costPerCase';
import { STAFFING_RATIO } from '../functions/staffingRatio';
import { divide, isError, Result } from '../result';
import { column, ifComputed } from './compute';
import { computeFigures, Figures, teamCaseMix } from './figures';
import { financeFigures, FinanceFigures } from './finance';
import { Plan } from './plan';
import { sumOf } from './salaries';

export interface TeamSummary {
  name: string;
  formatie: number;
  bezetting: number;
  inzetbaar: number;
  benodigd: Result<number>;
  /** Inzetbare bezetting / benodigd (STAFFING_RATIO). */
  dekkingsgraad: Result<number>;
  /** Bezetting / formatie. */
  bezettingsgraad: Result<number>;
  /** Benodigd − formatie. */
  formatietekort: Result<number>;
  /** FTE the expected demand of the team's areas asks: what the split goes by. */
  demandFte: Result<number>;
  /** The team's share of the FTE to split. */
  allocated: Result<number>;
}

export interface OrganisationFigures {
  teams: TeamSummary[];
  formatie: number;
  bezetting: number;
  inzetbaar: number;
  benodigd: Result<number>;
  dekkingsgraad: Result<number>;
  bezettingsgraad: Result<number>;
  formatietekort: Result<number>;
  casesPerYear: number;
  /** Team and support cost per year. */
  cost: Result<number>;
  /** The average cost price per case: team and support cost over every team's cases per year (COST_PER_CASE). */
  costPerCase: Result<number>;
  fteToSplit: number;
  finance: FinanceFigures;
}

/** The organisation's average cost price per case: team and support cost over every team's cases per year. */
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
    formatie: f.formatie,
    bezetting: f.existingFte,
    inzetbaar: f.deployableFte,
    benodigd: f.fteNeeded,
    dekkingsgraad: f.staffingRatio,
    bezettingsgraad: f.fillRate,
    formatietekort: f.formatieShortfall,
    demandFte: f.fteNeededForExpected,
    allocated: isError(split) ? split : split[i][0],
  }));
  const total = (pick: (t: TeamSummary) => number) => summaries.reduce((sum, t) => sum + pick(t), 0);
  const [formatie, bezetting, inzetbaar] = [total(t => t.formatie), total(t => t.bezetting), total(t => t.inzetbaar)];
  const benodigd = sumOf(summaries.map(t => t.benodigd));
  const casesPerYear = figures.reduce((sum, f) => sum + f.casesPerYear, 0);
  return {
    teams: summaries,
    formatie,
    bezetting,
    inzetbaar,
    benodigd,
    dekkingsgraad: ifComputed([benodigd], () => STAFFING_RATIO.evaluate([inzetbaar, benodigd]) as Result<number>),
    bezettingsgraad: divide(bezetting, formatie, 'formatie'),
    formatietekort: ifComputed([benodigd], () => (benodigd as number) - formatie),
    casesPerYear,
    cost: ifComputed([teamCost], () => (teamCost as number) + supportCost),
    costPerCase: costPerCaseOf(plan, casesPerYear, teamCost),
    fteToSplit,
    finance,
  };
}
