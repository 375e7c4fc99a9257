// "VC Financiën": what the organisation's work costs, live. The salary components and pay per
// person (financePay.ts) give the team cost and the hourly rate (financeCosts.ts), and the hourly
// rate each product's cost price against its tariff (financeProducts.ts). This file adds, for the
// organisation and per team, formatie, bezetting and benodigd with the euro cost of the gaps at the
// average cost per FTE, and the year budget (euro and FTE) against what the rosters cost and hold
// over the year, and lays the sheet out. Every team has a row in vcTeamFinance, typed or not; a
// row left blank reads back as nothing typed.
import {
  Budget,
  BudgetSchema,
  budgetLines,
  CaseloadError,
  FinanceFigures,
  hasBudget,
  isError,
  Result,
  rosterFteInYear,
  sameName,
  SheetWords,
  teamSalaryCost,
} from '../../core';
import { figureCell } from '../figureCells';
import {
  Column,
  formulaColumn,
  Formulas,
  inputsOf,
  note,
  Rendering,
  section,
  sideBySide,
  SheetLayout,
  since,
  table,
  TableLayout,
  words,
} from '../model';

import {
  employerShare,
  ikbShare,
  otherPerFte,
  PAY_TABLE,
  payCost,
  payCostInYear,
  payTeam,
  SCALES_TABLE,
} from './financePay';
import { teamValue } from './teamFormulas';
import {
  bezetting,
  formatie,
  fteNeeded,
  rosterFrom,
  rosterFte,
  rosterTeam,
  rosterTo,
  teamDeployable,
  teamName,
  totalDeployable,
  totalNeeded,
} from './teams';
import {
  atAverage,
  averageCostPerFte,
  figure,
  fromSalaries,
  hourlyRate,
  Line,
  paidFte,
  productiveHours,
  staff,
  teamCostUsed,
  unpaidCount,
} from './financeCosts';
import { PRODUCTS_TABLE } from './financeProducts';

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
const deployable = since(
  5,
  figure(
    'deployable',
    f => `=${f.cell(totalDeployable)}`,
    '0.00',
    r => r.total.inzetbaar,
  ),
);
const shortfall = figure(
  'shortfall',
  f => `=${f.cell(needed)}-${f.cell(deployable)}`,
  '0.00',
  r => r.total.shortfall,
);
const formatieShortfall = since(
  5,
  figure(
    'formatieShortfall',
    f => `=${f.cell(needed)}-${f.cell(totalFormatie)}`,
    '0.00',
    r => r.total.formatieShortfall,
  ),
);
const vacancy = figure(
  'vacancy',
  f => `=${f.cell(totalFormatie)}-${f.cell(staff)}`,
  '0.00',
  r => r.total.vacancy,
);
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
  key: 'formatie' | 'bezetting' | 'deployable' | 'fteNeeded',
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
const teamInzetbaar = since(
  5,
  lookup('deployable', teamDeployable, t => t.inzetbaar),
);
const teamNeeded = lookup('fteNeeded', fteNeeded, t => t.benodigd);
const teamShortfall = teamColumn(
  'shortfall',
  f => `=${f.row(teamNeeded)}-${f.row(teamInzetbaar)}`,
  '0.00',
  t => t.shortfall,
);
const teamFormatieShortfall = since(
  5,
  teamColumn(
    'formatieShortfall',
    f => `=${f.row(teamNeeded)}-${f.row(teamFormatie)}`,
    '0.00',
    t => t.formatieShortfall,
  ),
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

/** The columns vcTeamFinance had in format 2 (before the budgeted FTE), and has still, with those format 5 added. */
const gapColumns = [
  teamFormatie,
  teamBezetting,
  teamInzetbaar,
  teamNeeded,
  payOfTeam('teamCost', payCost, 'cost'),
  teamShortfall,
  teamColumn(
    'shortfallCost',
    f => atAverage(f, f.row(teamShortfall)),
    '#,##0',
    t => t.shortfallCost,
  ),
  teamFormatieShortfall,
  since(
    5,
    teamColumn(
      'formatieShortfallCost',
      f => atAverage(f, f.row(teamFormatieShortfall)),
      '#,##0',
      t => t.formatieShortfallCost,
    ),
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
const TABLES_AT = { row: 37, col: 0 };

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
    ikbShare,
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
    deployable,
    needed,
    shortfall,
    shortfallCost,
    formatieShortfall,
    since(
      5,
      figure(
        'formatieShortfallCost',
        f => atAverage(f, f.cell(formatieShortfall)),
        '#,##0',
        r => r.total.formatieShortfallCost,
      ),
    ),
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
