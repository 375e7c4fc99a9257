// "VC Implementatie": step 3. Each team's weekly figures, a week being the date of its Monday:
// the FTE present typed or (left blank) from the roster rows in force that week (FTE_ON), the
// caseload per FTE, and the band version in force that week (BAND_ON) with its date, so adopting a
// new band never re-grades the past and each row says what it was graded with. A week whose open
// cases are blank is not graded yet. A Controle column (checks.ts), a chart per team, and the
// shared agreements, evaluation moments and reflections.
import {
  AgreementSchema,
  CHECKS,
  EvaluationSchema,
  isError,
  isoToSerial,
  ReflectionSchema,
  weekChecks,
  WeekSchema,
} from '../../core';
import type { CellValue } from '../cellKinds';
import { bandCells, figureCell, statusCell, STATUS_WORDS } from '../figureCells';
import {
  formulaColumn,
  inputsOf,
  note,
  sideBySide,
  SheetLayout,
  since,
  table,
  teamColumn,
  teamTable,
  words,
} from '../model';
import type { WeekFigures } from '../../core';
import type { Formulas, Rendering, RowPlace } from '../model';
import { checkColumn, CHECKS_SINCE, outsideYears } from './checks';
import {
  bandsFrom,
  bandsHigh,
  bandsLow,
  bandsTeam,
  rosterFrom,
  rosterFte,
  rosterReduction,
  rosterTeam,
  rosterTo,
} from './teams';
import { ofTeam, versionFrom } from './teamFormulas';

const weekly = inputsOf(s => s.implement.weeks);
const agreement = inputsOf(s => s.implement.agreements);
const evaluation = inputsOf(s => s.implement.evaluations);
const reflection = inputsOf(s => s.implement.reflections);
export const weeksTeam = teamColumn();
const week = weekly('week', 'week');
// Blank until the week's figures are entered: such a week is not graded.
const openCases = weekly('openCases', 'typedNumber');
const typedFte = weekly('ftePresent', 'typedNumber', ['Fte getypt', 'FTE typed']);

/** The figures core computed for this week. */
const weekOf = ({ team, index }: RowPlace, r: Rendering): WeekFigures => r.teams[team].weeks[index];

const present = formulaColumn(
  words(s => s.implement.weeks.present),
  f => {
    const roster = ofTeam(f, rosterTeam, weeksTeam, rosterFte);
    const fromRoster = f.x.fteOn(
      f.row(week),
      roster,
      f.column(rosterFrom),
      f.column(rosterTo),
      f.column(rosterReduction),
    );
    return `=IF(${f.row(typedFte)}="",${fromRoster},${f.row(typedFte)})`;
  },
  '0.00',
  (at, r) => figureCell(weekOf(at, r).ftePresent),
);
const source = formulaColumn(
  words(s => s.implement.weeks.source),
  f => {
    const [roster, typed] = [words(s => s.implement.weeks.fromRoster), words(s => s.implement.weeks.typed)];
    return `=IF(${f.row(typedFte)}="","${roster.nl}","${typed.nl}")`;
  },
  '@',
  (at, r) =>
    words(s => (weekOf(at, r).fteSource === 'typed' ? s.implement.weeks.typed : s.implement.weeks.fromRoster)).nl,
);
/** A week's grade, or blank while its open cases are not entered. */
const graded = (f: Formulas, formula: string) => `=IF(${f.row(openCases)}="","",${formula})`;
const gradedCell = (week: WeekFigures, cell: CellValue): CellValue => (week.entered ? cell : '');

const caseload = formulaColumn(
  words(s => s.implement.weeks.caseload),
  f => graded(f, f.x.caseloadPerFte(f.row(openCases), f.row(present))),
  '0.0',
  (at, r) => gradedCell(weekOf(at, r), figureCell(weekOf(at, r).caseload)),
);
/** One end of the band version in force in the row's week. */
const bound = (key: 'low' | 'high', end: 1 | 2) =>
  formulaColumn(
    words(s => s.implement.weeks[key]),
    f =>
      `=${f.x.bandOn(f.row(week), ofTeam(f, bandsTeam, weeksTeam, bandsFrom), f.column(bandsLow), f.column(bandsHigh), end)}`,
    '0.0',
    (at, r) => bandCells(weekOf(at, r).band)[end - 1],
  );
const low = bound('low', 1);
const high = bound('high', 2);
/** The date of the band version the week is graded with (format 5): which version, not only its bounds. */
const bandFrom = since(
  CHECKS_SINCE,
  formulaColumn(
    words(s => s.implement.weeks.bandFrom),
    f => `=${versionFrom(f, bandsTeam, weeksTeam, bandsFrom, f.row(week))}`,
    'yyyy-mm-dd',
    (at, r) => {
      const from = weekOf(at, r).bandFrom;
      return isError(from) ? figureCell(from) : (isoToSerial(from) ?? null);
    },
  ),
);
const status = formulaColumn(
  words(s => s.implement.weeks.status),
  f => graded(f, f.x.status(f.row(caseload), f.row(low), f.row(high), STATUS_WORDS)),
  'General',
  (at, r) => gradedCell(weekOf(at, r), statusCell(weekOf(at, r).status)),
);
const weekCheck = checkColumn(
  CHECKS.weeks,
  {
    duplicateWeek: f => `SUMPRODUCT((${f.column(weeksTeam)}=${f.row(weeksTeam)})*(${f.column(week)}=${f.row(week)}))>1`,
    yearOutOfRange: f => outsideYears(f.row(week)),
  },
  ({ team, index }, r) => weekChecks(r.plan.teams[team])[index],
);
// Other sheets look a team's weeks up by these.
export {
  caseload as weeksCaseload,
  high as weeksHigh,
  low as weeksLow,
  openCases as weeksOpenCases,
  status as weeksStatus,
  week as weekColumn,
};

const weeks = teamTable({
  name: 'vcWeeks',
  list: 'weeks',
  team: weeksTeam,
  schema: WeekSchema,
  columns: [week, openCases, typedFte, present, source, caseload, low, high, bandFrom, status, weekCheck],
});

const [placedWeeks, ...others] = sideBySide({ row: 21, col: 0 }, [
  weeks,
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
    columns: [
      reflection('date', 'date'),
      reflection('observation'),
      reflection('factor', 'text', ['Weighing factor']),
      reflection('bandChanged'),
    ],
  }),
]);

export const IMPLEMENT: SheetLayout = {
  key: 'implement',
  name: 'VC Implementatie',
  title: words(s => s.implement.title),
  lines: [note(words(s => s.implement.chartNote))],
  tables: [placedWeeks, ...others],
  chart: {
    name: 'vcWeekChart',
    title: words(s => s.implement.chartTitle),
    table: placedWeeks,
    category: week,
    series: [caseload, low, high],
    from: { row: 2, col: 0 },
    to: { row: 19, col: 9 },
  },
  widths: [12, 12],
};
