// "VC Overzicht": the page for the team meeting, printed on one A4 page in landscape. One row per
// team: the band in force and how many versions it has had, the latest week's caseload, status and
// forecast, the latest felt workload (only with the answers VC Instellingen asks for), the cases
// far above and below their norm, the case-mix drift with the FTE the real mix would ask, and the
// agreements on dividing cases still open. Above it
// the organisation: the work package's progress per step, the totals and the money (hourly rate,
// the yearly cost of the FTE shortfall and what is left of the budget, as on VC Financiën). Every cell is a live
// formula over the other VC sheets; core computes the same figures for the cached values.
import {
  DIVISION_QUESTIONS,
  divide,
  FORECAST_WEEKS,
  isError,
  isoToSerial,
  overview,
  SheetWords,
  stepProgress,
  TeamOverview,
} from '../../core';
import { CellValue, toCell } from '../cellKinds';
import { figureCell, statusCell } from '../figureCells';
import {
  Column,
  figuresPerTeam,
  formulaColumn,
  Formulas,
  note,
  output,
  OutputLine,
  Rendering,
  section,
  sideBySide,
  SheetLayout,
  teamColumn,
  words,
} from '../model';
import { categoryHours, categoryName } from './bandwidth';
import {
  caseCategory,
  caseHours,
  caseRatio,
  caseTeam,
  divides,
  divisionNorm,
  divisionQuality,
  divisionTeam,
  feltDate,
  feltRight,
  feltTeam,
  feltTooLittle,
  feltTooMuch,
  tolerance,
} from './conversation';
import { budgetLeft, shortfallCost } from './finance';
import { hourlyRate } from './financeCosts';
import { minAnswers } from './settings';
import { weekColumn, weeksCaseload, weeksOpenCases, weeksStatus, weeksTeam } from './implement';
import { latestOf, ofTeam, teamValue, versionFrom } from './teamFormulas';
import {
  bandsFrom,
  bandsTeam,
  extraWeight,
  fteNeeded,
  FORMER_BAND_ENDS,
  inForceHigh,
  inForceLow,
  teamCounts,
  teamName,
  wisnTail,
} from './teams';
import { activityStatus, activityStep } from './workPackage';

type Header = Exclude<keyof SheetWords['overview']['table'], 'team'>;

const team = teamColumn();

/** The overview of the team on row `row`: core's figures, computed once per rendering. */
const cache = new WeakMap<Rendering, TeamOverview[]>();
const teamOf = (row: number, r: Rendering): TeamOverview => {
  if (!cache.has(r)) cache.set(r, overview(r.plan, r.teams).teams);
  return cache.get(r)![row];
};

const figure = (key: Header, formula: (f: Formulas) => string, format: string, value: (t: TeamOverview) => CellValue) =>
  formulaColumn(
    words(
      s => s.overview.table[key],
      key === 'inForceLow' || key === 'inForceHigh' ? FORMER_BAND_ENDS[key] : undefined,
    ),
    f => `=${formula(f)}`,
    format,
    ({ row }, r) => value(teamOf(row, r)),
  );
const NONE: CellValue = { error: '#N/A' };

/** A figure of the team's latest dated week with figures, and of its latest felt count. */
const lastWeek = (f: Formulas, values: Column) =>
  latestOf(f, weeksTeam, team, weekColumn, values, { entered: weeksOpenCases });
const lastFelt = (f: Formulas, values: Column) => latestOf(f, feltTeam, team, feltDate, values);
/** The latest count's answers of one kind, only when it has the answers VC Instellingen asks for (#N/A otherwise). */
const felt = (key: 'tooLittle' | 'right' | 'tooMuch', values: Column) =>
  figure(
    key,
    f => {
      const answered = [feltTooLittle, feltRight, feltTooMuch].map(c => lastFelt(f, c)).join('+');
      return `IF(${answered}>=${f.cell(minAnswers)},${lastFelt(f, values)},NA())`;
    },
    '0',
    t => (t.felt ? t.felt[key] : NONE),
  );

/** The team's listed cases per category, in the order of vcCategories. */
const listedIn = (f: Formulas) =>
  `COUNTIFS(${f.column(caseTeam)},${f.row(team)},${f.column(caseCategory)},${f.column(categoryName)})`;
/** A category is heavy when its case takes more hours than the assumed mix's average case (the team's weight cancels out). */
const heavy = (f: Formulas) =>
  `(${f.column(categoryHours)}>SUMPRODUCT(${teamCounts(f, team)},${f.column(categoryHours)})/SUM(${teamCounts(f, team)}))`;

const deviating = (key: 'above' | 'below') =>
  figure(
    key,
    f =>
      f.x.deviatingCases(
        ofTeam(f, caseTeam, team, caseRatio, key === 'below' ? `(${f.column(caseHours)}<>"")` : ''),
        f.cell(tolerance),
        key,
      ),
    '0',
    t => t.deviations[key],
  );

const tooMuch = felt('tooMuch', feltTooMuch);
const above = deviating('above');
const below = deviating('below');

/** The date the version in force took effect (format 3 added it to the table). */
const inForceSince = figure(
  'inForceSince',
  // The date of the version BAND_ON takes today.
  f => versionFrom(f, bandsTeam, team, bandsFrom, 'TODAY()'),
  'yyyy-mm-dd',
  t => {
    const found = t.figures.bandInForce;
    return isError(found) ? figureCell(found) : (isoToSerial(found.from) ?? NONE);
  },
);

const overviewTable = figuresPerTeam({
  name: 'vcOverview',
  team,
  columns: [
    figure(
      'inForceLow',
      f => teamValue(f, team, teamName, inForceLow),
      '0.0',
      t => bound(t, 'low'),
    ),
    figure(
      'inForceHigh',
      f => teamValue(f, team, teamName, inForceHigh),
      '0.0',
      t => bound(t, 'high'),
    ),
    inForceSince,
    figure(
      'versions',
      f => `COUNTIFS(${f.column(bandsTeam)},${f.row(team)})`,
      '0',
      t => t.versions,
    ),
    figure(
      'lastWeek',
      f => lastWeek(f, weekColumn),
      'yyyy-mm-dd',
      t => (t.lastWeek ? (isoToSerial(t.lastWeek.date) ?? NONE) : NONE),
    ),
    figure(
      'caseload',
      f => lastWeek(f, weeksCaseload),
      '0.0',
      t => (t.lastWeek ? figureCell(t.lastWeek.caseload) : NONE),
    ),
    figure(
      'status',
      f => lastWeek(f, weeksStatus),
      'General',
      t => (t.lastWeek ? statusCell(t.lastWeek.status) : NONE),
    ),
    figure(
      'forecast',
      f => f.x.trend(ofTeam(f, weeksTeam, team, weeksCaseload), String(FORECAST_WEEKS)),
      '0.0',
      t => figureCell(t.figures.monitoring.forecast),
    ),
    felt('tooLittle', feltTooLittle),
    felt('right', feltRight),
    tooMuch,
    above,
    below,
    figure(
      'drift',
      f =>
        `SUMPRODUCT(${heavy(f)}*(${listedIn(f)}/SUM(${listedIn(f)})-${teamCounts(f, team)}/SUM(${teamCounts(f, team)})))`,
      '+0.0%;-0.0%;0.0%',
      t => figureCell(t.mix.drift),
    ),
    figure(
      'fteNeeded',
      f => teamValue(f, team, teamName, fteNeeded),
      '0.00',
      t => figureCell(t.mix.fteAssumed),
    ),
    figure(
      'fteRealMix',
      f =>
        f.x.fteNeeded(
          `SUM(${teamCounts(f, team)})*${listedIn(f)}/SUM(${listedIn(f)})`,
          `${f.column(categoryHours)}*(1+${teamValue(f, team, teamName, extraWeight)})`,
          ...wisnTail(f, team),
        ),
      '0.00',
      t => figureCell(t.mix.fteReal),
    ),
    figure(
      'openAgreements',
      f => {
        // A question counts as answered once, however many of the team's rows answer it.
        const answered = [divides, divisionNorm, divisionQuality]
          .map(c => `(SUMPRODUCT((${f.column(divisionTeam)}=${f.row(team)})*(${f.column(c)}<>""))>0)`)
          .join('+');
        return `${DIVISION_QUESTIONS.length}-(${answered})`;
      },
      '0',
      t => t.openAgreements,
    ),
  ],
});

function bound(t: TeamOverview, end: 'low' | 'high'): CellValue {
  const found = t.figures.bandInForce;
  return isError(found) ? figureCell(found) : found.band[end];
}

/** The share of a step's activities that are done. */
const stepDone = (step: 1 | 2 | 3): OutputLine =>
  output(
    words(s => s.overview.step(step)),
    [
      f => {
        const done = toCell('activityStatus', 'done');
        const of = `${f.column(activityStep)},${step}`;
        return `=COUNTIFS(${of},${f.column(activityStatus)},"${done}")/COUNTIFS(${of})`;
      },
    ],
    '0%',
    r => {
      const progress = stepProgress(r.plan)[step - 1];
      return [figureCell(divide(progress.done, progress.total, 'activities'))];
    },
  );

/** A figure of VC Financiën as it stands there, under the same name. */
const mirrored = (line: OutputLine): OutputLine =>
  output(line.label, [f => `=${f.cell(line)}`], line.format, r => line.result(r).slice(0, 1));

/** A total over the teams' rows; a team without the figure (no felt count yet) adds nothing. */
const total = (key: 'above' | 'below' | 'tooMuch', of: Column) =>
  output(
    words(s => s.overview[key]),
    [f => `=SUMPRODUCT(IFERROR(${f.column(of)},0))`],
    '0',
    r => [overview(r.plan, r.teams).totals[key]],
  );

const TABLE_AT = { row: 15, col: 0 };

export const OVERVIEW_SHEET: SheetLayout = {
  key: 'overview',
  name: 'VC Overzicht',
  title: words(s => s.overview.title),
  lines: [
    note(words(s => s.overview.note)),
    null,
    section(words(s => s.overview.organisation)),
    stepDone(1),
    stepDone(2),
    stepDone(3),
    total('above', above),
    total('below', below),
    total('tooMuch', tooMuch),
    ...[hourlyRate, shortfallCost, budgetLeft].map(mirrored),
  ],
  tables: sideBySide(TABLE_AT, [overviewTable]),
  widths: [30, 9, 9, 11, 10, 11, 10, 9, 10, 8, 8, 8, 9, 9, 10, 10, 12, 10],
  print: {
    header: plan => ({
      left: plan.situation.municipality,
      center: `${words(s => s.overview.header).nl}: ${plan.teams.map(t => t.name).join(', ')}`,
    }),
  },
};

/** vcOverview as format 2 wrote it (before "in force since"), to read a workbook of that format. */
export const OVERVIEW_TABLES_FORMAT_2 = sideBySide(TABLE_AT, [
  { ...overviewTable, columns: overviewTable.columns.filter(c => c !== inForceSince) },
]);
