// "VC Bandbreedte": step 2, what every team shares. Definitions, available time, hours per case
// and the organisation's costs as labelled inputs, available and client hours per FTE as live
// CASELOAD formulas with a Controle line (checks.ts), the case categories with their hours as a
// table. The team sheet and the scenarios refer to its lines, which is why they are exported. (Its labelled cells sit where
// format 1 had them: an older workbook's inputs are read from the same cells.)
import { bandwidthChecks, CategorySchema, CHECKS, hoursPerFte, PLAUSIBLE } from '../../core';
import { checkFormula, checkText } from './checks';
import { figureCell } from '../figureCells';
import { field, idColumn, inputsOf, output, section, sideBySide, SheetLayout, table, words } from '../model';

const time = (key: 'hoursPerWeek' | 'weeks' | 'leaveHours' | 'holidayHours' | 'otherHours', formerly?: string[]) =>
  field(
    words(s => s.bandwidth[key], formerly),
    ['bandwidth', 'time', key],
    'number',
  );

// Uren per week before issue 21 gave the pane and the sheet one name.
export const hoursPerWeek = time('hoursPerWeek', ['Uren per week', 'Hours per week']);
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
/** The team cost as typed: blank, it follows from the salaries (see finance.ts); its label before that was plain. */
export const teamCost = field(
  words(
    s => s.bandwidth.teamCost,
    [
      'Teamkosten per jaar (€)',
      'Team cost per year (€)',
      'Teamkosten per jaar, getypt (€; leeg: uit salarissen op VC Financiën)',
      'Team cost per year, typed (€; blank: from salaries on VC Financiën)',
    ],
  ),
  ['organisation', 'teamCost'],
  'typedMoney',
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
export const categoryName = category('name');
export const categoryHours = category('hoursPerCase', 'number');

// ---- Results ---------------------------------------------------------------------------------

export const availableHours = output(
  words(s => s.bandwidth.availableHours),
  [
    f =>
      `=${f.x.availableHours(
        f.cell(hoursPerWeek),
        f.cell(weeks),
        f.cell(leaveHours),
        f.cell(holidayHours),
        f.cell(otherHours),
        f.cell(absenceRate),
      )}`,
  ],
  '#,##0.0',
  ({ plan }) => [figureCell(hoursPerFte(plan).availableHours)],
);
export const clientHours = output(
  words(s => s.bandwidth.clientHours),
  [f => `=${f.x.clientHours(f.cell(availableHours), f.cell(indirectShare))}`],
  '#,##0.0',
  ({ plan }) => [figureCell(hoursPerFte(plan).clientHours)],
);
/** Controle (format 5): contract hours and hours per case that are allowed but probably a slip (checks.ts). */
const check = output(
  words(s => s.bandwidth.check),
  [
    f =>
      checkFormula(f, CHECKS.bandwidth, {
        contractHours: () => `${f.cell(hoursPerWeek)}>${PLAUSIBLE.hoursPerWeek}`,
        heavyBelowLight: () => `${f.cell(hoursHeavy)}<${f.cell(hoursLight)}`,
      }),
  ],
  'General',
  ({ plan }) => [checkText(bandwidthChecks(plan))],
);

export const BANDWIDTH_SHEET: SheetLayout = {
  key: 'bandwidth',
  name: 'VC Bandbreedte',
  title: words(s => s.bandwidth.title),
  lines: [
    section(words(s => s.bandwidth.definitions, ['Definities'])),
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
    check,
  ],
  tables: sideBySide({ row: 2, col: 4 }, [
    table({
      name: 'vcCategories',
      path: ['bandwidth', 'categories'],
      schema: CategorySchema,
      columns: [categoryName, categoryHours, idColumn(words(s => s.bandwidth.categories.id))],
    }),
  ]),
  widths: [44, 16, 12, 2],
};
