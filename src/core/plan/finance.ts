// Finance's view: the integral hourly rate (team and support cost over the client hours of the
// bezetting, HOURLY_RATE), the cost price of every product (a case category: hours per case × that
// rate, PRODUCT_COST) against its tariff (TARIFF_COVERAGE, below 1 flagged), and per team the euro
// cost of the gaps between formatie, bezetting and benodigd and its year budget against what its
// roster will cost over the year. Computed from the same figures as the rest, so the pane and the
// sheet "VC Financiën" show the same numbers.
import { HOURLY_RATE } from '../functions/hourlyRate';
import { PRODUCT_COST } from '../functions/productCost';
import { TARIFF_COVERAGE } from '../functions/tariffCoverage';
import { isError, Result } from '../result';
import { ifComputed, sameName } from './compute';
import { computeFigures, Figures, hoursPerFte } from './figures';
import { Plan } from './plan';
import { SalaryFigures, salaryFigures, sumOf, teamSalaryCost } from './salaries';

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
  benodigd: Result<number>;
  /** Its people's cost per year at today's FTE. */
  teamCost: Result<number>;
  /** Benodigd − bezetting (negative: more on the roster than the work asks). */
  shortfall: Result<number>;
  shortfallCost: Result<number>;
  /** Formatie − bezetting (negative: more on the roster than the budget allows). */
  vacancy: number;
  vacancyCost: Result<number>;
  /** The budget entered for the team, or null. */
  budget: number | null;
  /** What its roster costs over the budget year. */
  projected: Result<number>;
  /** Budget − projected; null without a budget. */
  budgetLeft: Result<number> | null;
}

export interface FinanceFigures extends SalaryFigures {
  supportCost: number;
  /** Client hours of the bezetting over a year: the hours the products are made in. */
  productiveHours: Result<number>;
  hourlyRate: Result<number>;
  products: ProductFigures[];
  teams: TeamFinance[];
  /** The organisation's totals of the team rows. */
  total: Omit<TeamFinance, 'name' | 'budget' | 'budgetLeft'> & { budget: number; budgetLeft: Result<number> };
}

/** Euro for an FTE figure, at the average cost per FTE. */
const costOf = (fte: Result<number>, salaries: SalaryFigures): Result<number> =>
  ifComputed([fte, salaries.averageCostPerFte], () => (fte as number) * (salaries.averageCostPerFte as number));

function teamFinance(plan: Plan, figures: Figures, index: number, salaries: SalaryFigures): TeamFinance {
  const name = figures.team;
  const { formatie } = plan.teams[index];
  const bezetting = figures.existingFte;
  const shortfall = ifComputed([figures.fteNeeded], () => (figures.fteNeeded as number) - bezetting);
  const vacancy = formatie - bezetting;
  const { cost, costInYear } = teamSalaryCost(salaries, name);
  const budget = plan.finance.budgets.find(b => sameName(b.team, name))?.budget ?? null;
  return {
    name,
    formatie,
    bezetting,
    benodigd: figures.fteNeeded,
    teamCost: cost,
    shortfall,
    shortfallCost: costOf(shortfall, salaries),
    vacancy,
    vacancyCost: costOf(vacancy, salaries),
    budget,
    projected: costInYear,
    budgetLeft: budget === null ? null : ifComputed([costInYear], () => budget - (costInYear as number)),
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
  return plan.bandwidth.categories.map(({ name, hoursPerCase }) => {
    const costPrice = ifComputed([hourlyRate], () => {
      const cost = PRODUCT_COST.evaluate([[[hoursPerCase]], hourlyRate]);
      return isError(cost) ? cost : (cost as number[][])[0][0];
    });
    const tariff = plan.finance.products.find(p => sameName(p.product, name))?.tariff ?? null;
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
  const hourlyRate = ifComputed([salaries.teamCost, productiveHours], () =>
    HOURLY_RATE.evaluate([(salaries.teamCost as number) + supportCost, productiveHours]),
  ) as Result<number>;
  const rows = figures.map((f, i) => teamFinance(plan, f, i, salaries));
  const sum = (pick: (t: TeamFinance) => Result<number>) => sumOf(rows.map(pick));
  // The totals over every line of pay and budget, as the sheet sums their columns.
  const budget = plan.finance.budgets.reduce((s, b) => s + b.budget, 0);
  const projected = sumOf(salaries.pay.map(p => p.costInYear));
  const total = {
    formatie: rows.reduce((s, t) => s + t.formatie, 0),
    bezetting: salaries.bezetting,
    benodigd: sum(t => t.benodigd),
    teamCost: salaries.fromSalaries,
    shortfall: sum(t => t.shortfall),
    shortfallCost: sum(t => t.shortfallCost),
    vacancy: rows.reduce((s, t) => s + t.vacancy, 0),
    vacancyCost: sum(t => t.vacancyCost),
    budget,
    projected,
    budgetLeft: ifComputed([projected], () => budget - (projected as number)),
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
