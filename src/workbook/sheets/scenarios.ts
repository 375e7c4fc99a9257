// "VC Scenario's": named what-ifs, each a row of changes to the plan of step 2 with its figures
// as live formulas beside it. Every formula applies the same changes core's applyScenario does,
// to the same lines and tables of "VC Bandbreedte", so pane and sheet agree.
import { Band, Result, ScenarioFigures, ScenarioSchema, SheetWords } from '../../core';
import { boundOf, figureCell } from '../figureCells';
import { Column, formulaColumn, FormulaColumn, inputsOf, note, sideBySide, SheetLayout, table, words } from '../model';
import {
  availableHours,
  caseDuration,
  casesPerYear,
  categoryCount,
  categoryHours,
  clientHours,
  factorReduction,
  hoursHeavy,
  hoursLight,
  indirectShare,
  individualHours,
  rosterFte,
  rosterReduction,
  supportCost,
  teamCost,
} from './bandwidth';

type Header = keyof SheetWords['scenarios']['table'];
/** A header of the table; `formerly`: what a workbook of an earlier version may still say. */
const header = (key: Header, formerly?: readonly string[]) => words(s => s.scenarios.table[key], formerly);

/** A result column: a formula per row and the figure core computes for that scenario. */
const result = (
  key: Header,
  formula: FormulaColumn['formula'],
  format: string,
  value: (scenario: ScenarioFigures) => Result<number>,
  formerly?: readonly string[],
) => formulaColumn(header(key, formerly), formula, format, (i, { scenarios }) => figureCell(value(scenarios[i])));

const scenario = inputsOf(s => s.scenarios.table);
const extraFte = scenario('extraFte', 'number');
const newStaffReduction = scenario('newStaffReduction', 'share', ['Korting nieuwe fte']);
const extraReduction = scenario('extraReduction', 'share', ['Extra korting']);
const caseGrowth = scenario('caseGrowth', 'share');
const hoursChange = scenario('hoursChange', 'share');
const extraCost = scenario('extraCost', 'money');

/**
 * One end of a scenario's band per FTE: the plan's BANDWIDTH with hours per case changed, times
 * the extra weighing factor (factors multiply), as open cases. INDEX picks the end, as a table
 * cell cannot hold a spill.
 */
const bound = (key: Header, end: 1 | 2) =>
  result(
    key,
    f =>
      `=CASELOAD.CONCURRENT_CASELOAD(INDEX(CASELOAD.BANDWIDTH(${f.cell(clientHours)},` +
      `${f.cell(hoursHeavy)}*(1+${f.row(hoursChange)}),${f.cell(hoursLight)}*(1+${f.row(hoursChange)}),` +
      `${f.column(factorReduction)}),1,${end})*(1-${f.row(extraReduction)}),${f.cell(caseDuration)})`,
    '0.0',
    s => boundOf(s.bandPerFte, end === 1 ? 'low' : 'high'),
  );
const lowPerFte = bound('lowPerFte', 1);
const highPerFte = bound('highPerFte', 2);

/** One end of a scenario's team band: the roster's TEAM_BANDWIDTH plus the extra FTE after their reduction. */
const teamBound = (key: Header, end: 1 | 2, perFte: Column, value: (s: ScenarioFigures) => Result<Band>) =>
  result(
    key,
    f =>
      `=INDEX(CASELOAD.TEAM_BANDWIDTH(${f.column(rosterFte)},${f.column(rosterReduction)},` +
      `${f.row(lowPerFte)},${f.row(highPerFte)}),1,${end})` +
      `+${f.row(extraFte)}*(1-${f.row(newStaffReduction)})*${f.row(perFte)}`,
    '0.0',
    s => boundOf(value(s), end === 1 ? 'low' : 'high'),
  );

const bezetting = result(
  'bezetting',
  f => `=SUM(${f.column(rosterFte)})+${f.row(extraFte)}`,
  '0.00',
  s => s.fte,
  ['Fte in scenario'],
);
const fteNeeded = result(
  'fteNeeded',
  f =>
    `=CASELOAD.FTE_NEEDED(${f.column(categoryCount)}*(1+${f.row(caseGrowth)}),` +
    `${f.column(categoryHours)}*(1+${f.row(hoursChange)}),` +
    `${f.cell(availableHours)},${f.cell(indirectShare)},${f.cell(individualHours)})`,
  '0.00',
  s => s.fteNeeded,
  ['Fte nodig'],
);

export const SCENARIOS: SheetLayout = {
  key: 'scenarios',
  name: "VC Scenario's",
  title: words(s => s.scenarios.title),
  lines: [note(words(s => s.scenarios.note))],
  tables: sideBySide({ row: 4, col: 0 }, [
    table({
      name: 'vcScenarios',
      path: ['scenarios'],
      schema: ScenarioSchema,
      columns: [
        scenario('name'),
        extraFte,
        newStaffReduction,
        extraReduction,
        caseGrowth,
        hoursChange,
        extraCost,
        lowPerFte,
        highPerFte,
        bezetting,
        teamBound('teamLow', 1, lowPerFte, s => s.teamBand),
        teamBound('teamHigh', 2, highPerFte, s => s.teamBand),
        fteNeeded,
        result(
          'staffingRatio',
          f => `=CASELOAD.STAFFING_RATIO(${f.row(bezetting)},${f.row(fteNeeded)})`,
          '0.00',
          s => s.staffingRatio,
          ['Formatieverhouding'],
        ),
        result(
          'costPerCase',
          f =>
            `=CASELOAD.COST_PER_CASE(${f.cell(teamCost)}+${f.row(extraCost)},${f.cell(supportCost)},` +
            `${f.cell(casesPerYear)}*(1+${f.row(caseGrowth)}))`,
          '#,##0',
          s => s.costPerCase,
        ),
      ],
    }),
  ]),
  widths: [24, 10, 12, 12, 12, 14, 12, 10, 10, 10, 10, 10, 10, 12, 12],
};
