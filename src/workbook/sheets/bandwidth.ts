// "VC Bandbreedte": step 2. Definitions, available time, hours per case and the organisation's
// figures as labelled inputs; the band and the WISN figures as live CASELOAD formulas below them;
// case categories, weighing factors and the roster as tables. Other sheets refer to its lines
// (the band per FTE, available hours, …), which is why they are exported.
import { CategorySchema, FactorSchema, PersonSchema } from '../../core';
import { bandCells, figureCell, statusCell } from '../figureCells';
import { field, formulaColumn, inputsOf, output, section, sideBySide, SheetLayout, table, words } from '../model';

const time = (key: 'hoursPerWeek' | 'weeks' | 'leaveHours' | 'holidayHours' | 'otherHours') =>
  field(
    words(s => s.bandwidth[key]),
    ['bandwidth', 'time', key],
    'number',
  );

export const hoursPerWeek = time('hoursPerWeek');
const weeks = time('weeks');
const leaveHours = time('leaveHours');
const holidayHours = time('holidayHours');
const otherHours = time('otherHours');
const absenceRate = field(
  words(s => s.bandwidth.absenceRate),
  ['bandwidth', 'time', 'absenceRate'],
  'share',
);
export const indirectShare = field(
  words(s => s.bandwidth.indirectShare),
  ['bandwidth', 'time', 'indirectShare'],
  'share',
);
export const hoursHeavy = field(
  words(s => s.bandwidth.hoursHeavy),
  ['bandwidth', 'hoursPerCaseHeavy'],
  'number',
);
export const hoursLight = field(
  words(s => s.bandwidth.hoursLight),
  ['bandwidth', 'hoursPerCaseLight'],
  'number',
);
export const caseDuration = field(
  words(s => s.bandwidth.caseDuration),
  ['bandwidth', 'caseDurationWeeks'],
  'number',
);
export const teamCost = field(
  words(s => s.bandwidth.teamCost),
  ['organisation', 'teamCost'],
  'money',
);
export const supportCost = field(
  words(s => s.bandwidth.supportCost),
  ['organisation', 'supportCost'],
  'money',
);
export const individualHours = field(
  words(s => s.bandwidth.individualHours),
  ['organisation', 'individualHours'],
  'number',
);

// ---- Tables ----------------------------------------------------------------------------------

const category = inputsOf(s => s.bandwidth.categories);
const factor = inputsOf(s => s.bandwidth.factors);
const person = inputsOf(s => s.bandwidth.roster);
export const categoryCount = category('count', 'number');
export const categoryHours = category('hoursPerCase', 'number');
export const factorReduction = factor('reduction', 'share', ['Korting']);
export const rosterFte = person('fte', 'number');
export const rosterReduction = person('reduction', 'share', ['Korting']);
const rosterOpenCases = person('openCases', 'number');
const rosterCaseload = formulaColumn(
  words(s => s.bandwidth.roster.caseload),
  f => `=CASELOAD.CASELOAD_PER_FTE(${f.row(rosterOpenCases)},${f.row(rosterFte)})`,
  '0.0',
  (i, { figures }) => figureCell(figures.people[i].caseload),
);

// ---- Results ---------------------------------------------------------------------------------

export const availableHours = output(
  words(s => s.bandwidth.availableHours),
  [
    f =>
      `=CASELOAD.AVAILABLE_HOURS(${[hoursPerWeek, weeks, leaveHours, holidayHours, otherHours, absenceRate]
        .map(line => f.cell(line))
        .join(',')})`,
  ],
  '#,##0.0',
  ({ figures }) => [figureCell(figures.availableHours)],
);
export const clientHours = output(
  words(s => s.bandwidth.clientHours),
  [f => `=CASELOAD.CLIENT_HOURS(${f.cell(availableHours)},${f.cell(indirectShare)})`],
  '#,##0.0',
  ({ figures }) => [figureCell(figures.clientHours)],
);
const bandPerFteYear = output(
  words(s => s.bandwidth.bandPerFteYear),
  [
    f =>
      `=CASELOAD.BANDWIDTH(${f.cell(clientHours)},${f.cell(hoursHeavy)},${f.cell(hoursLight)},` +
      `${f.column(factorReduction)})`,
  ],
  '0.0',
  ({ figures }) => bandCells(figures.bandPerFteYear),
  2,
);
/** The band per FTE in open cases: what every weekly figure and every person is held against. */
export const bandPerFte = output(
  words(s => s.bandwidth.bandPerFte),
  [
    f => `=CASELOAD.CONCURRENT_CASELOAD(${f.cell(bandPerFteYear)},${f.cell(caseDuration)})`,
    f => `=CASELOAD.CONCURRENT_CASELOAD(${f.cell(bandPerFteYear, 'high')},${f.cell(caseDuration)})`,
  ],
  '0.0',
  ({ figures }) => bandCells(figures.bandPerFte),
  2,
);
const teamBand = output(
  words(s => s.bandwidth.teamBand),
  [
    f =>
      `=CASELOAD.TEAM_BANDWIDTH(${f.column(rosterFte)},${f.column(rosterReduction)},` +
      `${f.cell(bandPerFte)},${f.cell(bandPerFte, 'high')})`,
  ],
  '0.0',
  ({ figures }) => bandCells(figures.teamBand),
  2,
);
const bezetting = output(
  words(s => s.bandwidth.bezetting),
  [f => `=SUM(${f.column(rosterFte)})`],
  '0.00',
  ({ figures }) => [figures.existingFte],
);
export const casesPerYear = output(
  words(s => s.bandwidth.casesPerYear),
  [f => `=SUM(${f.column(categoryCount)})`],
  '#,##0',
  ({ figures }) => [figures.casesPerYear],
);
const fteNeeded = output(
  words(s => s.bandwidth.fteNeeded),
  [
    f =>
      `=CASELOAD.FTE_NEEDED(${f.column(categoryCount)},${f.column(categoryHours)},${f.cell(availableHours)},` +
      `${f.cell(indirectShare)},${f.cell(individualHours)})`,
  ],
  '0.00',
  ({ figures }) => [figureCell(figures.fteNeeded)],
);
const staffingRatio = output(
  words(s => s.bandwidth.staffingRatio),
  [f => `=CASELOAD.STAFFING_RATIO(${f.cell(bezetting)},${f.cell(fteNeeded)})`],
  '0.00',
  ({ figures }) => [figureCell(figures.staffingRatio)],
);
const costPerCase = output(
  words(s => s.bandwidth.costPerCase),
  [f => `=CASELOAD.COST_PER_CASE(${f.cell(teamCost)},${f.cell(supportCost)},${f.cell(casesPerYear)})`],
  '#,##0',
  ({ figures }) => [figureCell(figures.costPerCase)],
);

export const BANDWIDTH_SHEET: SheetLayout = {
  key: 'bandwidth',
  name: 'VC Bandbreedte',
  title: words(s => s.bandwidth.title),
  lines: [
    section(words(s => s.bandwidth.definitions)),
    field(
      words(s => s.bandwidth.definitionCase),
      ['bandwidth', 'definitions', 'case'],
      'text',
    ),
    field(
      words(s => s.bandwidth.definitionCaseload),
      ['bandwidth', 'definitions', 'caseload'],
      'text',
    ),
    field(
      words(s => s.bandwidth.definitionDirect),
      ['bandwidth', 'definitions', 'directTime'],
      'text',
    ),
    field(
      words(s => s.bandwidth.definitionIndirect),
      ['bandwidth', 'definitions', 'indirectTime'],
      'text',
    ),
    field(
      words(s => s.bandwidth.purpose),
      ['bandwidth', 'purpose'],
      'text',
    ),
    null,
    section(words(s => s.bandwidth.time)),
    hoursPerWeek,
    weeks,
    leaveHours,
    holidayHours,
    otherHours,
    absenceRate,
    indirectShare,
    null,
    section(words(s => s.bandwidth.cases)),
    hoursHeavy,
    hoursLight,
    caseDuration,
    null,
    section(words(s => s.bandwidth.organisation)),
    teamCost,
    supportCost,
    individualHours,
    null,
    section(words(s => s.bandwidth.results)),
    availableHours,
    clientHours,
    bandPerFteYear,
    bandPerFte,
    teamBand,
    bezetting,
    casesPerYear,
    fteNeeded,
    staffingRatio,
    costPerCase,
  ],
  tables: sideBySide({ row: 2, col: 4 }, [
    table({
      name: 'vcCategories',
      path: ['bandwidth', 'categories'],
      schema: CategorySchema,
      columns: [category('name'), categoryCount, categoryHours],
    }),
    table({
      name: 'vcFactors',
      path: ['bandwidth', 'factors'],
      schema: FactorSchema,
      columns: [factor('name'), factorReduction, factor('period')],
    }),
    table({
      name: 'vcRoster',
      path: ['team', 'roster'],
      schema: PersonSchema,
      columns: [
        person('name'),
        rosterFte,
        rosterReduction,
        rosterOpenCases,
        person('indirectHoursPerWeek', 'number'),
        rosterCaseload,
        formulaColumn(
          words(s => s.bandwidth.roster.status),
          f =>
            `=CASELOAD.BANDWIDTH_STATUS(${f.row(rosterCaseload)},${f.cell(bandPerFte)}*(1-${f.row(rosterReduction)}),` +
            `${f.cell(bandPerFte, 'high')}*(1-${f.row(rosterReduction)}))`,
          'General',
          (i, { figures }) => statusCell(figures.people[i].status),
        ),
      ],
    }),
  ]),
  widths: [44, 16, 12, 2],
};
