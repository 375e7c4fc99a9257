// "VC Scenario's": named what-ifs, each a row of changes to one team's plan with its figures as
// live formulas beside it. Every formula applies the same changes core's applyScenario does, to
// the same lines of "VC Bandbreedte" and the team's rows on "VC Teams", so pane and sheet agree.
import { Band, Result, ScenarioFigures, ScenarioSchema, SheetWords } from '../../core';
import { boundOf, figureCell } from '../figureCells';
import {
  Column,
  FieldLine,
  formulaColumn,
  FormulaColumn,
  Formulas,
  inputsOf,
  note,
  sideBySide,
  SheetLayout,
  table,
  words,
} from '../model';
import { caseDuration, categoryHours, clientHours, hoursHeavy, hoursLight, supportCost } from './bandwidth';
import { averageCostPerFte, teamCostUsed } from './financeCosts';
import { inPeriod, ofTeam, teamValue } from './teamFormulas';
import {
  bezetting as teamBezetting,
  casesCount,
  casesTeam,
  extraWeight,
  factorFrom,
  factorTo,
  FORMER_BAND_ENDS,
  factorReduction,
  factorsTeam,
  rosterFrom,
  rosterFte,
  rosterReduction,
  rosterTeam,
  rosterTo,
  teamCounts,
  teamDeployable,
  teamName,
  wisnTail,
} from './teams';

type Header = keyof SheetWords['scenarios']['table'];

/** A result column: a formula per row and the figure core computes for that scenario. */
const result = (
  key: Header,
  formula: FormulaColumn['formula'],
  format: string,
  value: (scenario: ScenarioFigures) => Result<number>,
  formerly?: readonly string[],
) =>
  formulaColumn(
    words(s => s.scenarios.table[key], formerly),
    formula,
    format,
    ({ row }, { scenarios }) => figureCell(value(scenarios[row])),
  );

const scenario = inputsOf(s => s.scenarios.table);
const team = scenario('team');
const extraFte = scenario('extraFte', 'number');
const newStaffReduction = scenario('newStaffReduction', 'share');
const extraReduction = scenario('extraReduction', 'share');
const caseGrowth = scenario('caseGrowth', 'share');
const hoursChange = scenario('hoursChange', 'share');
const extraCost = scenario('extraCost', 'typedMoney');

/** The scenario team's extra weight, looked up in the teams table. */
const weight = (f: Formulas) => `(1+${teamValue(f, team, teamName, extraWeight)})`;

/**
 * One end of a scenario's band per FTE: BANDWIDTH with the team's hours per case changed, the
 * team's factors in force today, times the extra weighing factor (factors multiply), as open
 * cases. INDEX picks the end, as a table cell cannot hold a spill.
 */
const bound = (key: 'lowPerFte' | 'highPerFte', end: 1 | 2) =>
  result(
    key,
    f => {
      const changed = (hours: FieldLine) => `${f.cell(hours)}*(1+${f.row(hoursChange)})*${weight(f)}`;
      const today = inPeriod(f, factorFrom, factorTo, 'TODAY()');
      const perYear = f.x.bandwidth(
        f.cell(clientHours),
        changed(hoursHeavy),
        changed(hoursLight),
        ofTeam(f, factorsTeam, team, factorReduction, today),
        end,
      );
      return `=${f.x.concurrentCaseload(`${perYear}*(1-${f.row(extraReduction)})`, f.cell(caseDuration))}`;
    },
    '0.0',
    s => boundOf(s.bandPerFte, end === 1 ? 'low' : 'high'),
    FORMER_BAND_ENDS[key],
  );
const lowPerFte = bound('lowPerFte', 1);
const highPerFte = bound('highPerFte', 2);

/** One end of the team band: TEAM_BANDWIDTH over the roster in force today, plus the extra FTE after their reduction. */
const teamBound = (
  key: 'teamLow' | 'teamHigh',
  end: 1 | 2,
  perFte: Column,
  value: (s: ScenarioFigures) => Result<Band>,
) =>
  result(
    key,
    f => {
      const roster = ofTeam(f, rosterTeam, team, rosterFte, inPeriod(f, rosterFrom, rosterTo, 'TODAY()'));
      const band = f.x.teamBandwidth(roster, f.column(rosterReduction), f.row(lowPerFte), f.row(highPerFte), end);
      return `=${band}+${f.row(extraFte)}*(1-${f.row(newStaffReduction)})*${f.row(perFte)}`;
    },
    '0.0',
    s => boundOf(value(s), end === 1 ? 'low' : 'high'),
    FORMER_BAND_ENDS[key],
  );

/** The scenario's extra cost: as typed, else its extra FTE at the average cost per FTE (none without extra FTE). */
const scenarioExtraCost = (f: Formulas) =>
  `IF(${f.row(extraCost)}="",IF(${f.row(extraFte)}=0,0,${f.row(extraFte)}*${f.cell(averageCostPerFte)}),${f.row(extraCost)})`;

const bezetting = result(
  'bezetting',
  f => `=${teamValue(f, team, teamName, teamBezetting)}+${f.row(extraFte)}`,
  '0.00',
  s => s.fte,
);
/**
 * Benodigd under the scenario: its cases and hours, the team's weighing factors in force today,
 * and its extra factor as hours per case / (1 − extra): one more factor on the case hours only.
 */
const fteNeeded = result(
  'fteNeeded',
  f =>
    `=${f.x.fteNeeded(
      `${teamCounts(f, team)}*(1+${f.row(caseGrowth)})`,
      `${f.column(categoryHours)}*(1+${f.row(hoursChange)})*${weight(f)}/(1-${f.row(extraReduction)})`,
      ...wisnTail(f, team),
    )}`,
  '0.00',
  s => s.fteNeeded,
);
/** The inzetbare bezetting under the scenario: the team's, plus the extra FTE after their own reduction. */
const deployable = (f: Formulas) =>
  `(${teamValue(f, team, teamName, teamDeployable)}+${f.row(extraFte)}*(1-${f.row(newStaffReduction)}))`;

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
        team,
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
          f => `=${f.x.staffingRatio(deployable(f), f.row(fteNeeded))}`,
          '0.00',
          s => s.staffingRatio,
          ['Bezettingsgraad'],
        ),
        result(
          'costPerCase',
          f =>
            `=${f.x.costPerCase(
              `${f.cell(teamCostUsed)}+${scenarioExtraCost(f)}`,
              f.cell(supportCost),
              `SUM(${f.column(casesCount)})+${f.row(caseGrowth)}*SUMIFS(${f.column(casesCount)},` +
                `${f.column(casesTeam)},${f.row(team)})`,
            )}`,
          '#,##0',
          s => s.costPerCase,
          ['Kostprijs per casus', 'Cost per case'],
        ),
      ],
    }),
  ]),
  widths: [24, 12, 10, 12, 12, 12, 14, 12, 10, 10, 10, 10, 10, 10, 12, 12],
};
