// "VC Financiën": what the organisation's work costs, live. The salary components and pay per
// person (financePay.ts) give the team cost, unless one is typed on "VC Bandbreedte" (then the
// sheet says so beside it); the average cost per FTE is that cost over the FTE of the people it
// counts, and with the support cost and the client hours of the bezetting it gives the integral
// hourly rate (HOURLY_RATE), and per product (a case category) its cost price (PRODUCT_COST)
// against the tariff entered (TARIFF_COVERAGE, signalled below 1). For the organisation and per
// team: formatie, bezetting and benodigd with the euro cost of the gaps at the average cost per
// FTE, and the year budget (euro and FTE) against what the rosters cost and hold over the year.
// Every case category has a row in vcProducts and every team one in vcTeamFinance, typed or not;
// a row left blank reads back as nothing typed.
import {
  Budget,
  BudgetSchema,
  budgetLines,
  CaseloadError,
  FinanceFigures,
  hasBudget,
  hasTariff,
  isError,
  productLines,
  ProductSchema,
  Result,
  rosterFteInYear,
  sameName,
  SheetWords,
  teamSalaryCost,
  tariffCoverageOf,
} from '../../core';
import type { CellValue } from '../cellKinds';
import { figureCell } from '../figureCells';
import {
  Column,
  formulaColumn,
  Formulas,
  inputsOf,
  note,
  output,
  OutputLine,
  Rendering,
  section,
  sideBySide,
  SheetLayout,
  table,
  TableLayout,
  words,
} from '../model';
import { categoryHours, categoryName, clientHours, supportCost, teamCost } from './bandwidth';
import {
  employerShare,
  otherPerFte,
  PAY_TABLE,
  payCost,
  payCostInYear,
  payFte,
  payName,
  payTeam,
  SCALES_TABLE,
} from './financePay';
import { inPeriod, teamValue } from './teamFormulas';
import {
  bezetting,
  formatie,
  fteNeeded,
  rosterFrom,
  rosterFte,
  rosterName,
  rosterTeam,
  rosterTo,
  teamName,
  totalBezetting,
  totalNeeded,
} from './teams';

type Line = Exclude<keyof SheetWords['finance'], 'title' | 'note' | 'scales' | 'pay' | 'products' | 'teams'>;

/** A labelled figure of the organisation, as core computed it. */
const figure = (
  key: Line,
  formula: (f: Formulas) => string,
  format: string,
  value: (r: FinanceFigures) => Result<number>,
) =>
  output(
    words(s => s.finance[key]),
    [formula],
    format,
    r => [figureCell(value(r.organisation.finance))],
  );

const fromSalaries = figure(
  'fromSalaries',
  f => `=SUM(${f.column(payCost)})`,
  '#,##0',
  r => r.fromSalaries,
);

/**
 * The team cost the figures use: as typed on VC Bandbreedte, else from the salaries with anyone on
 * the roster without a pay line at the average of those with one; beside it, which.
 */
export const teamCostUsed: OutputLine = output(
  words(s => s.finance.teamCost),
  [
    f => {
      const fromRosters = `IF(${f.cell(paidFte)}=0,${f.cell(fromSalaries)},${f.cell(fromSalaries)}/${f.cell(paidFte)}*${f.cell(staff)})`;
      return `=IF(${f.cell(teamCost)}="",${fromRosters},${f.cell(teamCost)})`;
    },
    f => `=IF(${f.cell(teamCost)}="","${words(s => s.finance.computed).nl}","${words(s => s.finance.typed).nl}")`,
  ],
  '#,##0',
  ({ organisation: { finance } }) => [
    figureCell(finance.teamCost),
    words(s => (finance.typed ? s.finance.typed : s.finance.computed)).nl,
  ],
);
const staff = figure(
  'bezetting',
  f => `=${f.cell(totalBezetting)}`,
  '0.00',
  r => r.bezetting,
);
/** The FTE of the people with a pay line: the FTE the team cost from the salaries pays for. */
const paidFte = figure(
  'paidFte',
  f => `=SUM(${f.column(payFte)})`,
  '0.00',
  r => r.paidFte,
);

/**
 * How many people are on a roster today without a pay line: each roster row in force today whose
 * team and name no pay line has, divided by the rows of that person in force today (so a person
 * counts once, however many of their rows hold today).
 */
function unpaidPeople(f: Formulas): string {
  const [team, name, from, to] = [rosterTeam, rosterName, rosterFrom, rosterTo].map(c => f.column(c));
  const today = inPeriod(f, rosterFrom, rosterTo, 'TODAY()');
  const same = (...also: string[]) => `COUNTIFS(${[team, team, name, name, ...also].join(',')})`;
  const after = `${from},">"&TODAY()`;
  const before = `${to},"<"&TODAY()`;
  const rowsToday = `(${same()}-${same(after)}-${same(before)}+${same(after, before)})`;
  const unpaid = `(COUNTIFS(${f.column(payTeam)},${team},${f.column(payName)},${name})=0)`;
  return `=SUMPRODUCT(${today}*${unpaid}/(${rowsToday}+1-${today}))`;
}
const unpaidCount = figure('unpaid', unpaidPeople, '0', r => r.unpaid.length);

export const averageCostPerFte = figure(
  'averageCostPerFte',
  f => `=${f.cell(teamCostUsed)}/${f.cell(staff)}`,
  '#,##0',
  r => r.averageCostPerFte,
);
const productiveHours = figure(
  'productiveHours',
  f => `=${f.cell(staff)}*${f.cell(clientHours)}`,
  '#,##0',
  r => r.productiveHours,
);
/** The team cost plus the support cost, per productive hour. */
export const hourlyRate = figure(
  'hourlyRate',
  f => `=${f.x.hourlyRate(`${f.cell(teamCostUsed)}+${f.cell(supportCost)}`, f.cell(productiveHours))}`,
  '#,##0.00',
  r => r.hourlyRate,
);
const totalFormatie = figure(
  'formatie',
  f => `=SUM(${f.column(formatie)})`,
  '0.00',
  r => r.total.formatie,
);
const needed = figure(
  'fteNeeded',
  f => `=${f.cell(totalNeeded)}`,
  '0.00',
  r => r.total.benodigd,
);
const shortfall = figure(
  'shortfall',
  f => `=${f.cell(needed)}-${f.cell(staff)}`,
  '0.00',
  r => r.total.shortfall,
);
const vacancy = figure(
  'vacancy',
  f => `=${f.cell(totalFormatie)}-${f.cell(staff)}`,
  '0.00',
  r => r.total.vacancy,
);
/** Euro per year for an FTE figure, at the average cost per FTE. */
const atAverage = (f: Formulas, fte: string) => `=${fte}*${f.cell(averageCostPerFte)}`;

// ---- Products: cost price and tariff ---------------------------------------------------------

const product = inputsOf(s => s.finance.products);
const productName = product('product');
const tariff = product('tariff', 'typedMoney');

/** This row's product among core's: the first case category of that name (as MATCH finds it), or #N/A. */
function productOf(r: Rendering, row: number) {
  const { product: name, tariff: typed } = productLines(r.plan)[row];
  const at = r.plan.bandwidth.categories.findIndex(c => sameName(c.name, name));
  const found = at < 0 ? undefined : r.organisation.finance.products[at];
  const missing = new CaseloadError('#N/A', 'required', { argument: 'hours_per_case' });
  return {
    hours: found ? found.hoursPerCase : missing,
    cost: found ? found.costPrice : missing,
    coverage: typed === null ? null : found ? tariffCoverageOf(typed, found.costPrice) : missing,
  };
}
type ProductFigure = ReturnType<typeof productOf>;
/** A column of a product's figure; a product without a tariff has no coverage (an empty cell). */
const productColumn = (
  key: keyof SheetWords['finance']['products'],
  formula: (f: Formulas) => string,
  format: string,
  value: (p: ProductFigure) => CellValue,
) =>
  formulaColumn(
    words(s => s.finance.products[key]),
    formula,
    format,
    ({ row }, r) => value(productOf(r, row)),
  );

const hoursPerCase = productColumn(
  'hoursPerCase',
  f => `=INDEX(${f.column(categoryHours)},MATCH(${f.row(productName)},${f.column(categoryName)},0))`,
  '0.0',
  p => figureCell(p.hours),
);
const costPrice = productColumn(
  'costPrice',
  f => `=${f.x.productCost(f.row(hoursPerCase), f.cell(hourlyRate))}`,
  '#,##0',
  p => figureCell(p.cost),
);
const coverage = productColumn(
  'coverage',
  f => `=IF(${f.row(tariff)}="","",${f.x.tariffCoverage(f.row(tariff), f.row(costPrice))})`,
  '0.00',
  p => (p.coverage === null ? '' : figureCell(p.coverage)),
);
const belowCost = words(s => s.finance.products.belowCost).nl;
const signal = productColumn(
  'signal',
  f => `=IF(${f.row(tariff)}="","",IF(${f.row(coverage)}<1,"${belowCost}",""))`,
  'General',
  p => (p.coverage === null ? '' : isError(p.coverage) ? figureCell(p.coverage) : p.coverage < 1 ? belowCost : ''),
);

const PRODUCTS_TABLE = table({
  name: 'vcProducts',
  path: ['finance', 'products'],
  schema: ProductSchema,
  columns: [productName, tariff, hoursPerCase, costPrice, coverage, signal],
  shown: productLines,
  typed: hasTariff,
});

// ---- Per team: the gaps in euro and the year budget ------------------------------------------
export const shortfallCost = figure(
  'shortfallCost',
  f => atAverage(f, f.cell(shortfall)),
  '#,##0',
  r => r.total.shortfallCost,
);

const perTeam = inputsOf(s => s.finance.teams);
const budgetTeam = perTeam('team');
const budgetAmount = perTeam('budget', 'typedMoney');
const budgetFte = perTeam('budgetFte', 'typedNumber');

/** This row's budget line: one per team in the plan's order, then any of a team no longer there. */
const lineOf = (r: Rendering, row: number): Budget => budgetLines(r.plan)[row];
/** This row's team among core's, or #N/A (the MATCH of a team that is not in vcTeams). */
const teamOf = (r: Rendering, row: number) => {
  const name = lineOf(r, row).team;
  const found = r.organisation.finance.teams.find(t => sameName(t.name, name));
  return found ?? new CaseloadError('#N/A', 'required', { argument: 'team' });
};
/** A column of a team's figure: from its row in core's team figures. */
const teamColumn = (
  key: keyof SheetWords['finance']['teams'],
  formula: (f: Formulas) => string,
  format: string,
  value: (team: FinanceFigures['teams'][number], r: Rendering, row: number) => Result<number>,
) =>
  formulaColumn(
    words(s => s.finance.teams[key]),
    formula,
    format,
    ({ row }, r) => {
      const team = teamOf(r, row);
      return figureCell(isError(team) ? team : value(team, r, row));
    },
  );
/** A team's own figure in vcTeams. */
const lookup = (
  key: 'formatie' | 'bezetting' | 'fteNeeded',
  column: Column,
  value: (t: FinanceFigures['teams'][number]) => Result<number>,
) => teamColumn(key, f => `=${teamValue(f, budgetTeam, teamName, column)}`, '0.00', value);
/** A sum over this team's people in vcPay (0 for a team without any, as SUMIFS gives). */
const payOfTeam = (key: 'teamCost' | 'projected', column: Column, which: 'cost' | 'costInYear') =>
  formulaColumn(
    words(s => s.finance.teams[key]),
    f => `=SUMIFS(${f.column(column)},${f.column(payTeam)},${f.row(budgetTeam)})`,
    '#,##0',
    ({ row }, r) => figureCell(teamSalaryCost(r.organisation.finance, lineOf(r, row).team)[which]),
  );
/** Typed minus a figure of the team; blank when nothing is typed, as core leaves it out. */
const leftOf = (typed: Column, against: Column) => (f: Formulas) =>
  `=IF(${f.row(typed)}="","",${f.row(typed)}-${f.row(against)})`;

const teamFormatie = lookup('formatie', formatie, t => t.formatie);
const teamBezetting = lookup('bezetting', bezetting, t => t.bezetting);
const teamNeeded = lookup('fteNeeded', fteNeeded, t => t.benodigd);
const teamShortfall = teamColumn(
  'shortfall',
  f => `=${f.row(teamNeeded)}-${f.row(teamBezetting)}`,
  '0.00',
  t => t.shortfall,
);
const teamVacancy = teamColumn(
  'vacancy',
  f => `=${f.row(teamFormatie)}-${f.row(teamBezetting)}`,
  '0.00',
  t => t.vacancy,
);
const teamProjected = payOfTeam('projected', payCostInYear, 'costInYear');
const teamBudgetLeft = formulaColumn(
  words(s => s.finance.teams.budgetLeft),
  leftOf(budgetAmount, teamProjected),
  '#,##0',
  ({ row }, r) => {
    const { team, budget: amount } = lineOf(r, row);
    const { costInYear } = teamSalaryCost(r.organisation.finance, team);
    return amount === null ? '' : figureCell(isError(costInYear) ? costInYear : amount - costInYear);
  },
);
/** The FTE of the team's roster over the budget year, each row for the part of the year it is in force. */
const teamFteInYear = formulaColumn(
  words(s => s.finance.teams.fteInYear),
  f =>
    `=${f.x.fteInYear(
      'TODAY()',
      { cond: `(${f.column(rosterTeam)}=${f.row(budgetTeam)})`, values: f.column(rosterFte) },
      f.column(rosterFrom),
      f.column(rosterTo),
    )}`,
  '0.00',
  ({ row }, r) => rosterFteInYear(r.plan, lineOf(r, row).team, r.organisation.finance.year),
);
const teamFteLeft = formulaColumn(
  words(s => s.finance.teams.fteLeft),
  leftOf(budgetFte, teamFteInYear),
  '0.00',
  ({ row }, r) => {
    const line = lineOf(r, row);
    return line.budgetFte === null
      ? ''
      : line.budgetFte - rosterFteInYear(r.plan, line.team, r.organisation.finance.year);
  },
);

/** The columns vcTeamFinance had in format 2 (before the budgeted FTE), and has still. */
const gapColumns = [
  teamFormatie,
  teamBezetting,
  teamNeeded,
  payOfTeam('teamCost', payCost, 'cost'),
  teamShortfall,
  teamColumn(
    'shortfallCost',
    f => atAverage(f, f.row(teamShortfall)),
    '#,##0',
    t => t.shortfallCost,
  ),
  teamVacancy,
  teamColumn(
    'vacancyCost',
    f => atAverage(f, f.row(teamVacancy)),
    '#,##0',
    t => t.vacancyCost,
  ),
  teamProjected,
  teamBudgetLeft,
];

const TEAM_FINANCE_TABLE = table({
  name: 'vcTeamFinance',
  path: ['finance', 'budgets'],
  schema: BudgetSchema,
  columns: [budgetTeam, budgetAmount, budgetFte, ...gapColumns, teamFteInYear, teamFteLeft],
  shown: budgetLines,
  typed: hasBudget,
});

// The organisation's year budget: the sums of vcTeamFinance's columns (a blank row adds nothing).
const sumOfColumn = (key: Line, column: Column, format: string, value: (r: FinanceFigures) => Result<number>) =>
  figure(key, f => `=SUM(${f.column(column)})`, format, value);
const budget = sumOfColumn('budget', budgetAmount, '#,##0', r => r.total.budget);
const projected = figure(
  'projected',
  f => `=SUM(${f.column(payCostInYear)})`,
  '#,##0',
  r => r.total.projected,
);
/** Σ over the teams with a budget of (budget − their projected cost). */
export const budgetLeft = sumOfColumn('budgetLeft', teamBudgetLeft, '#,##0', r => r.total.budgetLeft);

/** Where the tables start: below the labelled lines, one empty line between. */
const TABLES_AT = { row: 33, col: 0 };

export const FINANCE_SHEET: SheetLayout = {
  key: 'finance',
  name: 'VC Financiën',
  title: words(s => s.finance.title),
  lines: [
    note(words(s => s.finance.note)),
    null,
    section(words(s => s.finance.salaries)),
    employerShare,
    otherPerFte,
    null,
    section(words(s => s.finance.organisation)),
    fromSalaries,
    teamCostUsed,
    staff,
    paidFte,
    unpaidCount,
    averageCostPerFte,
    productiveHours,
    hourlyRate,
    totalFormatie,
    needed,
    shortfall,
    shortfallCost,
    vacancy,
    figure(
      'vacancyCost',
      f => atAverage(f, f.cell(vacancy)),
      '#,##0',
      r => r.total.vacancyCost,
    ),
    null,
    figure(
      'budgetYear',
      () => '=YEAR(TODAY())',
      '0',
      r => r.year,
    ),
    budget,
    projected,
    budgetLeft,
    sumOfColumn('budgetFte', budgetFte, '0.00', r => r.total.budgetFte),
    sumOfColumn('fteInYear', teamFteInYear, '0.00', r => r.total.fteInYear),
    sumOfColumn('fteLeft', teamFteLeft, '0.00', r => r.total.fteLeft),
  ],
  tables: sideBySide(TABLES_AT, [TEAM_FINANCE_TABLE, PRODUCTS_TABLE, SCALES_TABLE, PAY_TABLE]),
  widths: [44, 16, 22],
};

/**
 * The tables as format 2 placed them, to read a workbook of that format: vcTeamFinance without the
 * budgeted FTE (so none is typed), every table from row 29.
 */
export const FINANCE_TABLES_FORMAT_2: readonly TableLayout[] = sideBySide({ row: 28, col: 0 }, [
  {
    ...TEAM_FINANCE_TABLE,
    schema: BudgetSchema.omit({ budgetFte: true }).transform(line => ({ ...line, budgetFte: null })),
    columns: [budgetTeam, budgetAmount, ...gapColumns],
  },
  PRODUCTS_TABLE,
  SCALES_TABLE,
  PAY_TABLE,
]);
