// "VC Financiën", the organisation's cost lines: the team cost (from the salaries and rosters, or
// typed on "VC Bandbreedte", marked as such), the bezetting it pays for, the average cost per FTE and
// the integral hourly rate (HOURLY_RATE) with the support cost over the client hours of the bezetting.
import { FinanceFigures, Result, SheetWords } from '../../core';
import { figureCell } from '../figureCells';
import { Formulas, output, OutputLine, words } from '../model';
import { clientHours, supportCost, teamCost } from './bandwidth';
import { payCost, payFte, payName, payTeam } from './financePay';
import { inPeriod } from './teamFormulas';
import { rosterFrom, rosterName, rosterTeam, rosterTo, totalBezetting } from './teams';

export type Line = Exclude<keyof SheetWords['finance'], 'title' | 'note' | 'scales' | 'pay' | 'products' | 'teams'>;

/** A labelled figure of the organisation, as core computed it. */
export const figure = (
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

export const fromSalaries = figure(
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
export const staff = figure(
  'bezetting',
  f => `=${f.cell(totalBezetting)}`,
  '0.00',
  r => r.bezetting,
);
/** The FTE of the people with a pay line: the FTE the team cost from the salaries pays for. */
export const paidFte = figure(
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
export const unpaidCount = figure('unpaid', unpaidPeople, '0', r => r.unpaid.length);

export const averageCostPerFte = figure(
  'averageCostPerFte',
  f => `=${f.cell(teamCostUsed)}/${f.cell(staff)}`,
  '#,##0',
  r => r.averageCostPerFte,
);
export const productiveHours = figure(
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

/** Euro per year for an FTE figure, at the average cost per FTE. */
export const atAverage = (f: Formulas, fte: string) => `=${fte}*${f.cell(averageCostPerFte)}`;
