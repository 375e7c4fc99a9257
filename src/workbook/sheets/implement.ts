// "VC Implementatie": step 3. The weekly figures with their caseload per FTE and status against
// the band (live), a chart of them, and the agreements, evaluation moments and reflections.
import { AgreementSchema, EvaluationSchema, ReflectionSchema, WeekSchema } from '../../core';
import { bandCells, figureCell, statusCell } from '../figureCells';
import { formulaColumn, inputsOf, note, sideBySide, SheetLayout, table, TableLayout, words } from '../model';

const weekly = inputsOf(s => s.implement.weeks);
const agreement = inputsOf(s => s.implement.agreements);
const evaluation = inputsOf(s => s.implement.evaluations);
const reflection = inputsOf(s => s.implement.reflections);
import { bandPerFte } from './bandwidth';

const week = weekly('week');
const openCases = weekly('openCases', 'number');
const ftePresent = weekly('ftePresent', 'number');
const caseload = formulaColumn(
  words(s => s.implement.weeks.caseload),
  f => `=CASELOAD.CASELOAD_PER_FTE(${f.row(openCases)},${f.row(ftePresent)})`,
  '0.0',
  (i, { figures }) => figureCell(figures.weeks[i].caseload),
);
const low = formulaColumn(
  words(s => s.implement.weeks.low),
  f => `=${f.cell(bandPerFte)}`,
  '0.0',
  (_i, { figures }) => bandCells(figures.bandPerFte)[0],
);
const high = formulaColumn(
  words(s => s.implement.weeks.high),
  f => `=${f.cell(bandPerFte, 'high')}`,
  '0.0',
  (_i, { figures }) => bandCells(figures.bandPerFte)[1],
);

const [weeks, ...others] = sideBySide({ row: 21, col: 0 }, [
  table({
    name: 'vcWeeks',
    path: ['implement', 'weeks'],
    schema: WeekSchema,
    columns: [
      week,
      openCases,
      ftePresent,
      caseload,
      low,
      high,
      formulaColumn(
        words(s => s.implement.weeks.status),
        f => `=CASELOAD.BANDWIDTH_STATUS(${f.row(caseload)},${f.row(low)},${f.row(high)})`,
        'General',
        (i, { figures }) => statusCell(figures.weeks[i].status),
      ),
    ],
  }),
  table({
    name: 'vcAgreements',
    path: ['implement', 'agreements'],
    schema: AgreementSchema,
    columns: [agreement('when'), agreement('action'), agreement('who')],
  }),
  table({
    name: 'vcEvaluations',
    path: ['implement', 'evaluations'],
    schema: EvaluationSchema,
    columns: [evaluation('date', 'date'), evaluation('topic'), evaluation('who')],
  }),
  table({
    name: 'vcReflections',
    path: ['implement', 'reflections'],
    schema: ReflectionSchema,
    columns: [reflection('date', 'date'), reflection('observation'), reflection('factor'), reflection('bandChanged')],
  }),
]);

export const IMPLEMENT: SheetLayout = {
  key: 'implement',
  name: 'VC Implementatie',
  title: words(s => s.implement.title),
  lines: [note(words(s => s.implement.chartNote))],
  tables: [weeks, ...others] as TableLayout[],
  chart: {
    name: 'vcWeekChart',
    title: words(s => s.implement.chartTitle),
    table: weeks as TableLayout,
    category: week,
    series: [caseload, low, high],
    from: 'A3',
    to: 'J20',
  },
  widths: [12],
};
