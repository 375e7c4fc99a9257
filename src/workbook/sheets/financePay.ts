// What the staff cost, on "VC Financiën": the salary components (employer's charges, other costs
// per FTE) as labelled inputs, the salary scales, and per person of a roster their scale or own
// salary with live figures: COST_PER_FTE, the FTE of their roster rows in force today (FTE_ON),
// the cost per year at that FTE, and the FTE and cost over the budget year (the calendar year of
// today), where rows that start or end during the year count for the days they are in force.
import { costPerFteOf, PaySchema, Result, ScaleSchema } from '../../core';
import type { Rows } from '../dialect';
import { figureCell } from '../figureCells';
import { field, formulaColumn, Formulas, inputsOf, Rendering, since, table, words } from '../model';
import { rosterFrom, rosterFte, rosterName, rosterTeam, rosterTo } from './teams';

export const employerShare = field(
  words(s => s.finance.employerShare),
  ['finance', 'employerShare'],
  'share',
);
export const otherPerFte = field(
  words(s => s.finance.otherPerFte),
  ['finance', 'otherPerFte'],
  'money',
);
/** The IKB as a share of the salary (format 5): a workbook of an earlier format reads as 0, the salaries as typed. */
export const ikbShare = since(
  5,
  field(
    words(s => s.finance.ikbShare),
    ['finance', 'ikbShare'],
    'share',
  ),
);

const costPerFte = (f: Formulas, salary: string) =>
  `=${f.x.costPerFte(salary, f.cell(employerShare), f.cell(otherPerFte), f.cell(ikbShare))}`;

// ---- Scales ----------------------------------------------------------------------------------

const scale = inputsOf(s => s.finance.scales);
const scaleName = scale('name');
const scaleSalary = scale('salary', 'money');

export const SCALES_TABLE = table({
  name: 'vcScales',
  path: ['finance', 'scales'],
  schema: ScaleSchema,
  columns: [
    scaleName,
    scaleSalary,
    formulaColumn(
      words(s => s.finance.scales.costPerFte),
      f => costPerFte(f, f.row(scaleSalary)),
      '#,##0',
      ({ row }, { plan }) => figureCell(costPerFteOf(plan.finance, plan.finance.scales[row].salary)),
    ),
  ],
});

// ---- Pay per person --------------------------------------------------------------------------

const pay = inputsOf(s => s.finance.pay);
export const payTeam = pay('team');
export const payName = pay('name');
const payScale = pay('scale');
const ownSalary = pay('salary', 'typedMoney');

/** A figure of this row's person, as core computed it. */
const payColumn = (
  key: 'salaryUsed' | 'costPerFte' | 'fte' | 'cost' | 'fteInYear' | 'costInYear',
  formula: (f: Formulas) => string,
  format: string,
  value: (figures: Rendering['organisation']['finance']['pay'][number]) => Result<number>,
) =>
  formulaColumn(
    words(s => s.finance.pay[key]),
    formula,
    format,
    ({ row }, r) => figureCell(value(r.organisation.finance.pay[row])),
  );

/** This person's rows of the rosters: their team's, under their name. */
const ownRows = (f: Formulas): Rows => ({
  cond: `(${f.column(rosterTeam)}=${f.row(payTeam)})*(${f.column(rosterName)}=${f.row(payName)})`,
  values: f.column(rosterFte),
});

const salaryUsed = payColumn(
  'salaryUsed',
  f =>
    `=IF(${f.row(ownSalary)}="",INDEX(${f.column(scaleSalary)},MATCH(${f.row(payScale)},${f.column(scaleName)},0)),` +
    `${f.row(ownSalary)})`,
  '#,##0',
  p => p.salary,
);
const payCostPerFte = payColumn(
  'costPerFte',
  f => costPerFte(f, f.row(salaryUsed)),
  '#,##0',
  p => p.costPerFte,
);
export const payFte = payColumn(
  'fte',
  f => `=${f.x.fteOn('TODAY()', ownRows(f), f.column(rosterFrom), f.column(rosterTo))}`,
  '0.00',
  p => p.fte,
);
export const payCost = payColumn(
  'cost',
  f => `=${f.row(payCostPerFte)}*${f.row(payFte)}`,
  '#,##0',
  p => p.cost,
);
const payFteInYear = payColumn(
  'fteInYear',
  f => `=${f.x.fteInYear('TODAY()', ownRows(f), f.column(rosterFrom), f.column(rosterTo))}`,
  '0.00',
  p => p.fteInYear,
);
export const payCostInYear = payColumn(
  'costInYear',
  f => `=${f.row(payCostPerFte)}*${f.row(payFteInYear)}`,
  '#,##0',
  p => p.costInYear,
);

export const PAY_TABLE = table({
  name: 'vcPay',
  path: ['finance', 'pay'],
  schema: PaySchema,
  columns: [
    payTeam,
    payName,
    payScale,
    ownSalary,
    salaryUsed,
    payCostPerFte,
    payFte,
    payCost,
    payFteInYear,
    payCostInYear,
  ],
});
