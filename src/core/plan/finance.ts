// Finance's view: the integral hourly rate (team and support cost over the client hours of the
// bezetting, HOURLY_RATE), the cost price of every product (a case category: hours per case × that
// rate, PRODUCT_COST) against its tariff (TARIFF_COVERAGE, below 1 flagged), and per team the euro
// cost of the gaps between formatie, (inzetbare) bezetting and benodigd (the team's figures: one
// benodigd everywhere) and its year budget against what its roster will cost over the year. Computed from the same figures as the rest, so the pane and the
// sheet "VC Financiën" show the same numbers.
import { HOURLY_RATE } from '../functions/hourlyRate';
import { PRODUCT_COST } from '../functions/productCost';
import { TARIFF_COVERAGE } from '../functions/tariffCoverage';
import { isError, Result } from '../result';
import { ifComputed, sameName } from './compute';
import { computeFigures, Figures, hoursPerFte } from './figures';
import { Budget, Plan, Product } from './plan';
import { rosterFteInYear, SalaryFigures, salaryFigures, sumOf, teamSalaryCost } from './salaries';

export interface ProductFigures {
  /** The case category the product is. */
  product: string;
  hoursPerCase: number;
  costPrice: Result<number>;
  /** The tariff agreed for it, or null when none is entered. */
  tariff: number | null;
  /** Tariff over cost price; null without a tariff. */
  coverage: Result<number> | null;
  /** The tariff does not cover the cost price. */
  belowCost: boolean;
}

/** One team's FTE and what its gaps and its year cost in euro. */
export interface TeamFinance {
  name: string;
  formatie: number;
  bezetting: number;
  /** Inzetbare bezetting: the bezetting after each person's own reduction. */
  inzetbaar: number;
  benodigd: Result<number>;
  /** Its people's cost per year at today's FTE. */
  teamCost: Result<number>;
  /** Fte-tekort: benodigd − inzetbare bezetting (negative: more on the roster than the work asks). */
  shortfall: Result<number>;
  shortfallCost: Result<number>;
  /** Formatietekort: benodigd − formatie (negative: more formatie than the work asks). */
  formatieShortfall: Result<number>;
  formatieShortfallCost: Result<number>;
  /** Formatie − bezetting (negative: more on the roster than the budget allows). */
  vacancy: number;
  vacancyCost: Result<number>;
  /** The budget entered for the team, or null. */
  budget: number | null;
  /** What its roster costs over the budget year. */
  projected: Result<number>;
  /** Budget − projected; null without a budget. */
  budgetLeft: Result<number> | null;
  /** The FTE the budget pays for, as entered, or null. */
  budgetFte: number | null;
  /** The FTE of its roster over the budget year: someone who starts or leaves during it counts for their part. */
  fteInYear: number;
  /** Budgeted FTE − the roster's FTE over the year; null without a budgeted FTE. */
  fteLeft: number | null;
}

/** The organisation's totals: the budget lines summed over the teams that have one. */
export interface FinanceTotal extends Omit<TeamFinance, 'name' | 'budget' | 'budgetLeft' | 'budgetFte' | 'fteLeft'> {
  /** Σ the budgets entered. */
  budget: number;
  /** Σ over the teams with a budget of (budget − their projected cost); the others count for nothing. */
  budgetLeft: Result<number>;
  /** Σ the budgeted FTE entered. */
  budgetFte: number;
  /** Σ over the teams with a budgeted FTE of (budgeted FTE − their roster's FTE over the year). */
  fteLeft: number;
}

export interface FinanceFigures extends SalaryFigures {
  supportCost: number;
  /** Client hours of the bezetting over a year: the hours the products are made in. */
  productiveHours: Result<number>;
  hourlyRate: Result<number>;
  products: ProductFigures[];
  teams: TeamFinance[];
  /** The organisation's totals of the team rows. */
  total: FinanceTotal;
}

/**
 * A list of lines found by a name, one per name the plan has, in its order (the first line of that
 * name not taken yet, else a blank one), then every line no name took: nothing typed is dropped.
 */
function linesFor<T>(
  names: readonly string[],
  lines: readonly T[],
  nameOf: (line: T) => string,
  blank: (name: string) => T,
) {
  const taken = new Set<number>();
  const named = names.map(name => {
    const at = lines.findIndex((line, i) => !taken.has(i) && sameName(nameOf(line), name));
    if (at < 0) return blank(name);
    taken.add(at);
    return lines[at];
  });
  return [...named, ...lines.filter((_line, i) => !taken.has(i))];
}

/** A product (a case category) with a tariff typed. */
export const hasTariff = (line: Product): boolean => line.tariff !== null;
/** A team's budget line with a budget or a budgeted FTE typed. */
export const hasBudget = (line: Budget): boolean => line.budget !== null || line.budgetFte !== null;

/** The products as VC Financiën lists them: every case category (tariff or none), then any line of a category no longer there. */
export const productLines = (plan: Plan): Product[] =>
  linesFor(
    plan.bandwidth.categories.map(c => c.name),
    plan.finance.products,
    p => p.product,
    product => ({ product, tariff: null }),
  );

/** The budget lines as VC Financiën lists them: every team (budget or none), then any line of a team no longer there. */
export const budgetLines = (plan: Plan): Budget[] =>
  linesFor(
    plan.teams.map(t => t.name),
    plan.finance.budgets,
    b => b.team,
    team => ({ team, budget: null, budgetFte: null }),
  );

/** Euro for an FTE figure, at the average cost per FTE. */
const costOf = (fte: Result<number>, salaries: SalaryFigures): Result<number> =>
  ifComputed([fte, salaries.averageCostPerFte], () => (fte as number) * (salaries.averageCostPerFte as number));

/** What a budget line leaves: its budget and budgeted FTE against its team's projected cost and FTE over the year. */
function budgetFigures(plan: Plan, line: Budget, salaries: SalaryFigures) {
  const { costInYear } = teamSalaryCost(salaries, line.team);
  const fteInYear = rosterFteInYear(plan, line.team, salaries.year);
  const { budget, budgetFte } = line;
  return {
    budget,
    projected: costInYear,
    budgetLeft: budget === null ? null : ifComputed([costInYear], () => budget - (costInYear as number)),
    budgetFte,
    fteInYear,
    fteLeft: budgetFte === null ? null : budgetFte - fteInYear,
  };
}

function teamFinance(plan: Plan, figures: Figures, salaries: SalaryFigures, line: Budget): TeamFinance {
  const name = figures.team;
  const { formatie } = figures;
  const bezetting = figures.existingFte;
  const vacancy = formatie - bezetting;
  const { cost } = teamSalaryCost(salaries, name);
  return {
    name,
    formatie,
    bezetting,
    inzetbaar: figures.deployableFte,
    benodigd: figures.fteNeeded,
    teamCost: cost,
    shortfall: figures.fteShortfall,
    shortfallCost: costOf(figures.fteShortfall, salaries),
    formatieShortfall: figures.formatieShortfall,
    formatieShortfallCost: costOf(figures.formatieShortfall, salaries),
    vacancy,
    vacancyCost: costOf(vacancy, salaries),
    ...budgetFigures(plan, line, salaries),
  };
}

/** TARIFF_COVERAGE of one product: its tariff over its cost price. */
export function tariffCoverageOf(tariff: number, costPrice: Result<number>): Result<number> {
  return ifComputed([costPrice], () => {
    const rows = TARIFF_COVERAGE.evaluate([[[tariff]], [[costPrice as number]]]);
    return isError(rows) ? rows : (rows as number[][])[0][0];
  });
}

/** The products: every case category, with its tariff where one is entered. */
function productFigures(plan: Plan, hourlyRate: Result<number>): ProductFigures[] {
  const lines = productLines(plan);
  return plan.bandwidth.categories.map(({ name, hoursPerCase }, i) => {
    const costPrice = ifComputed([hourlyRate], () => {
      const cost = PRODUCT_COST.evaluate([[[hoursPerCase]], hourlyRate]);
      return isError(cost) ? cost : (cost as number[][])[0][0];
    });
    const { tariff } = lines[i];
    const coverage = tariff === null ? null : tariffCoverageOf(tariff, costPrice);
    const belowCost = coverage !== null && !isError(coverage) && coverage < 1;
    return { product: name, hoursPerCase, costPrice, tariff, coverage, belowCost };
  });
}

/** Finance's figures on date `on` (ISO); the teams' figures when they are already computed. */
export function financeFigures(plan: Plan, on: string, teams?: readonly Figures[]): FinanceFigures {
  const figures = teams ?? plan.teams.map((_t, i) => computeFigures(plan, i, on));
  const salaries = salaryFigures(plan, on);
  const { supportCost } = plan.organisation;
  const { clientHours } = hoursPerFte(plan);
  const productiveHours = ifComputed([clientHours], () => salaries.bezetting * (clientHours as number));
  const { teamCost } = salaries;
  const hourlyRate = ifComputed([teamCost, productiveHours], () =>
    HOURLY_RATE.evaluate([(teamCost as number) + supportCost, productiveHours]),
  ) as Result<number>;
  const lines = budgetLines(plan);
  const rows = figures.map((f, i) => teamFinance(plan, f, salaries, lines[i]));
  const sum = (pick: (t: TeamFinance) => Result<number>) => sumOf(rows.map(pick));
  // The budget totals over every budget line (a team's, or one of a team no longer there), as the
  // sheet sums the columns of vcTeamFinance; what is left only over the lines with a budget.
  const budgeted = lines.map(line => budgetFigures(plan, line, salaries));
  const projected = sumOf(salaries.pay.map(p => p.costInYear));
  const total: FinanceTotal = {
    formatie: rows.reduce((s, t) => s + t.formatie, 0),
    bezetting: salaries.bezetting,
    inzetbaar: rows.reduce((s, t) => s + t.inzetbaar, 0),
    benodigd: sum(t => t.benodigd),
    teamCost: salaries.fromSalaries,
    shortfall: sum(t => t.shortfall),
    shortfallCost: sum(t => t.shortfallCost),
    formatieShortfall: sum(t => t.formatieShortfall),
    formatieShortfallCost: sum(t => t.formatieShortfallCost),
    vacancy: rows.reduce((s, t) => s + t.vacancy, 0),
    vacancyCost: sum(t => t.vacancyCost),
    projected,
    budget: budgeted.reduce((s, b) => s + (b.budget ?? 0), 0),
    budgetLeft: sumOf(budgeted.flatMap(b => (b.budgetLeft === null ? [] : [b.budgetLeft]))),
    budgetFte: budgeted.reduce((s, b) => s + (b.budgetFte ?? 0), 0),
    fteInYear: budgeted.reduce((s, b) => s + b.fteInYear, 0),
    fteLeft: budgeted.reduce((s, b) => s + (b.fteLeft ?? 0), 0),
  };
  return {
    ...salaries,
    supportCost,
    productiveHours,
    hourlyRate,
    products: productFigures(plan, hourlyRate),
    teams: rows,
    total,
  };
}
