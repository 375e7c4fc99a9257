// The add-in's own sheets and named tables, and how a Plan maps to them. This is the file format:
// the sheet and table names, the Dutch (and accepted English) headers, where every labelled cell
// sits and which CASELOAD formula keeps the band live in Excel after the pane is closed.
// Pure: no Office. `toSheets` describes what to write; fromSheets.ts reads it back.
import { z } from 'zod';
import {
  ActivitySchema,
  AgreementSchema,
  AreaSchema,
  CategorySchema,
  compareScenarios,
  computeFigures,
  DemandSchema,
  EvaluationSchema,
  EXPECTED_CASES,
  FacilitySchema,
  FactorSchema,
  Figures,
  isError,
  PersonSchema,
  Plan,
  ReflectionSchema,
  Result,
  ScenarioFigures,
  ScenarioSchema,
  StakeholderSchema,
  statusWord,
  WeekSchema,
} from '../../core';
import { Area, blockArea, cellAddress, CellRef, columnLetters, parseCell, quoteSheet } from './addresses';
import { CellValue, FORMAT, Kind, toCell, wordsOf } from './cellKinds';
import { settingsJson } from './settings';

export type SheetKey = 'situation' | 'bandwidth' | 'implement' | 'scenarios' | 'tracker' | 'settings';
export type CellStyle = 'title' | 'section' | 'label' | 'input' | 'output' | 'note';

export interface Words {
  nl: string;
  en: string;
}

/** One cell to write. A formula cell carries the value core computes for it, so a file opens showing numbers. */
export interface Cell {
  value: CellValue;
  formula?: string;
  /** Values the formula spills into the cells to its right. */
  spill?: CellValue[];
  format?: string;
  style?: CellStyle;
}
export interface PlacedCell extends Cell {
  address: string;
}

// ---- The layout ------------------------------------------------------------------------------

/** A labelled input: the label in column A, the value in B; read back into the plan. */
export interface FieldLine {
  kind: 'field';
  id: string;
  label: Words;
  path: readonly string[];
  type: Kind;
}
/** A live result: label in A, formula in B (and C for a band's high end). Never read back. */
interface OutputLine {
  kind: 'output';
  id: string;
  label: Words;
  /** One formula per cell from B; a single formula with `width` 2 spills into C. */
  formulas: string[];
  width: 1 | 2;
  format: string;
  result: (figures: Figures) => CellValue[];
}
interface TextLine {
  kind: 'section' | 'note';
  label: Words;
}
type Line = FieldLine | OutputLine | TextLine | null;

export interface ColumnLayout {
  header: Words;
  /** The plan field this column holds; absent for a formula column. */
  field?: string;
  type?: Kind;
  /** A formula column: the same formula in every row, with structured references to the row. */
  formula?: string;
  format?: string;
  result?: (row: number, figures: Figures, plan: Plan, scenarios: ScenarioFigures[]) => CellValue;
}

export interface TableLayout {
  name: string;
  path: readonly string[];
  schema: z.ZodType;
  columns: ColumnLayout[];
  /** Top-left cell (the first header). Tables sit side by side so each can grow downwards alone. */
  at: CellRef;
}

export interface ChartLayout {
  name: string;
  title: Words;
  table: string;
  category: string;
  series: string[];
  from: string;
  to: string;
}

export interface SheetLayout {
  key: SheetKey;
  name: string;
  title: Words;
  /** Labelled cells from row 3 down, one per line (null is an empty line). */
  lines: Line[];
  tables: TableLayout[];
  chart?: ChartLayout;
  /** Column widths in characters, from A; set when the sheet is created. */
  widths: number[];
}

const w = (nl: string, en: string): Words => ({ nl, en });
const FIRST_LINE_ROW = 2; // row 3: a title in row 1, an empty row 2

const field = (id: string, nl: string, en: string, path: string[], type: Kind): FieldLine => ({
  kind: 'field',
  id,
  label: w(nl, en),
  path,
  type,
});
const section = (nl: string, en: string): TextLine => ({ kind: 'section', label: w(nl, en) });
const input = (header: Words, fieldName: string, type: Kind): ColumnLayout => ({ header, field: fieldName, type });
const col = (nl: string, en: string, fieldName: string, type: Kind = 'text') => input(w(nl, en), fieldName, type);

/** A figure as a cell: the number, or the error Excel would show. */
const figure = (value: Result<number>): CellValue => (isError(value) ? { error: value.code } : value);
const band = (value: Figures['bandPerFte']): CellValue[] =>
  isError(value) ? [{ error: value.code }, { error: value.code }] : [value.low, value.high];

const output = (
  id: string,
  label: Words,
  formulas: string[],
  format: string,
  result: OutputLine['result'],
  width: 1 | 2 = 1,
): OutputLine => ({ kind: 'output', id, label, formulas, width, format, result });

const time = (key: string) => ['bandwidth', 'time', key];

/** A result column of the scenario comparison: a formula per row and the figure core computes for it. */
const scenarioOutput = (
  nl: string,
  en: string,
  formula: string,
  format: string,
  value: (scenario: ScenarioFigures) => Result<number>,
): ColumnLayout => ({
  header: w(nl, en),
  formula,
  format,
  result: (i, _f, _p, scenarios) => figure(value(scenarios[i])),
});

const bound = (value: Result<{ low: number; high: number }>, end: 1 | 2): Result<number> =>
  isError(value) ? value : end === 1 ? value.low : value.high;

/**
 * One end of a scenario's band per FTE: the plan's BANDWIDTH with hours per case changed, times
 * the extra weighing factor (factors multiply), as open cases. INDEX picks the end, as a table
 * cell cannot hold a spill.
 */
const scenarioBound = (nl: string, en: string, end: 1 | 2, value: (s: ScenarioFigures) => Figures['bandPerFte']) =>
  scenarioOutput(
    nl,
    en,
    '=CASELOAD.CONCURRENT_CASELOAD(INDEX(CASELOAD.BANDWIDTH({bandwidth!client},' +
      '{bandwidth!heavy}*(1+[@[Verandering uren per casus]]),{bandwidth!light}*(1+[@[Verandering uren per casus]]),' +
      `vcFactors[Korting]),1,${end})*(1-[@[Extra korting]]),{bandwidth!duration})`,
    '0.0',
    s => bound(value(s), end),
  );

/** One end of a scenario's team band: the roster's TEAM_BANDWIDTH plus the extra FTE after their reduction. */
const scenarioTeamBound = (nl: string, en: string, end: 1 | 2, perFte: string) =>
  scenarioOutput(
    nl,
    en,
    `=INDEX(CASELOAD.TEAM_BANDWIDTH(vcRoster[Fte],vcRoster[Korting],[@[Laag per fte]],[@[Hoog per fte]]),1,${end})` +
      `+[@[Extra fte]]*(1-[@[Korting nieuwe fte]])*[@[${perFte}]]`,
    '0.0',
    s => bound(s.teamBand, end),
  );

/** Places tables side by side from `at`, one empty column between them. */
function sideBySide(at: string, tables: Omit<TableLayout, 'at'>[]): TableLayout[] {
  const start = parseCell(at);
  let col = start.col;
  return tables.map(table => {
    const placed = { ...table, at: { row: start.row, col } };
    col += table.columns.length + 1;
    return placed;
  });
}

export const LAYOUT: readonly SheetLayout[] = [
  {
    key: 'situation',
    name: 'VC Situatie',
    title: w('Stap 1 – Situatie', 'Step 1 – Situation'),
    lines: [
      field('municipality', 'Gemeente', 'Municipality', ['situation', 'municipality'], 'text'),
      field('problem', 'Probleemstelling', 'Problem statement', ['situation', 'problem'], 'text'),
    ],
    tables: sideBySide('A7', [
      {
        name: 'vcAreas',
        path: ['situation', 'areas'],
        schema: AreaSchema,
        columns: [
          col('Gebied', 'Area', 'name'),
          col('Inwoners', 'Inhabitants', 'inhabitants', 'number'),
          col('Jeugd (0-17)', 'Youth (0-17)', 'youth', 'number'),
          col('Volwassenen (18-64)', 'Adults (18-64)', 'adults', 'number'),
          col('Ouderen (65+)', 'Seniors (65+)', 'seniors', 'number'),
          col('Casussen per 1.000 inwoners', 'Cases per 1,000 inhabitants', 'caseRatePer1000', 'number'),
          {
            header: w('Verwachte casussen', 'Expected cases'),
            formula: '=CASELOAD.EXPECTED_CASES([@Inwoners],[@[Casussen per 1.000 inwoners]])',
            format: '0',
            result: (i, _f, plan) => {
              const area = plan.situation.areas[i];
              return figure(EXPECTED_CASES.evaluate([area.inhabitants, area.caseRatePer1000]) as Result<number>);
            },
          },
        ],
      },
      {
        name: 'vcFacilities',
        path: ['situation', 'facilities'],
        schema: FacilitySchema,
        columns: [
          col('Gebied', 'Area', 'area'),
          col('Voorziening', 'Facility', 'kind'),
          col('Aantal', 'Number', 'count', 'number'),
        ],
      },
      {
        name: 'vcDemand',
        path: ['situation', 'demand'],
        schema: DemandSchema,
        columns: [
          col('Gebied', 'Area', 'area'),
          col('Thema', 'Theme', 'theme'),
          col('Casussen', 'Cases', 'cases', 'number'),
          col('Trend', 'Trend', 'trend', 'trend'),
        ],
      },
      {
        name: 'vcStakeholders',
        path: ['situation', 'stakeholders'],
        schema: StakeholderSchema,
        columns: [
          col('Wie', 'Who', 'who'),
          col('Belang', 'Interest', 'interest'),
          col('Betrokkenheid', 'Involvement', 'involvement'),
        ],
      },
    ]),
    widths: [22, 50],
  },
  {
    key: 'bandwidth',
    name: 'VC Bandbreedte',
    title: w('Stap 2 – Naar een bandbreedte', 'Step 2 – Towards a bandwidth'),
    lines: [
      section('Definities', 'Definitions'),
      field('defCase', 'Wat is een casus', 'What counts as a case', ['bandwidth', 'definitions', 'case'], 'text'),
      field(
        'defCaseload',
        'Wat is caseload',
        'What counts as caseload',
        ['bandwidth', 'definitions', 'caseload'],
        'text',
      ),
      field('defDirect', 'Directe tijd', 'Direct time', ['bandwidth', 'definitions', 'directTime'], 'text'),
      field('defIndirect', 'Indirecte tijd', 'Indirect time', ['bandwidth', 'definitions', 'indirectTime'], 'text'),
      field('purpose', 'Bedoeling van het team', 'Purpose of the team', ['bandwidth', 'purpose'], 'text'),
      null,
      section('Beschikbare tijd per fte', 'Available time per FTE'),
      field('hoursPerWeek', 'Uren per week', 'Hours per week', time('hoursPerWeek'), 'number'),
      field('weeks', 'Weken per jaar', 'Weeks per year', time('weeks'), 'number'),
      field('leaveHours', 'Verlofuren per jaar', 'Leave hours per year', time('leaveHours'), 'number'),
      field('holidayHours', 'Feestdaguren per jaar', 'Public holiday hours per year', time('holidayHours'), 'number'),
      field('otherHours', 'Overige uren per jaar', 'Other hours per year', time('otherHours'), 'number'),
      field('absenceRate', 'Verzuim', 'Absence rate', time('absenceRate'), 'share'),
      field('indirectShare', 'Aandeel indirecte tijd', 'Indirect share', time('indirectShare'), 'share'),
      null,
      section('Casussen', 'Cases'),
      field('heavy', 'Uren per casus, zwaar', 'Hours per case, heavy', ['bandwidth', 'hoursPerCaseHeavy'], 'number'),
      field('light', 'Uren per casus, licht', 'Hours per case, light', ['bandwidth', 'hoursPerCaseLight'], 'number'),
      field(
        'duration',
        'Gemiddelde duur van een casus (weken)',
        'Average duration of a case (weeks)',
        ['bandwidth', 'caseDurationWeeks'],
        'number',
      ),
      null,
      section('Organisatie', 'Organisation'),
      field('teamCost', 'Teamkosten per jaar (€)', 'Team cost per year (€)', ['organisation', 'teamCost'], 'money'),
      field(
        'supportCost',
        'Kosten ondersteuning per jaar (€)',
        'Support cost per year (€)',
        ['organisation', 'supportCost'],
        'money',
      ),
      field(
        'individualHours',
        'Uren voor taken die alleen sommigen doen (per jaar)',
        'Hours for tasks only some do (per year)',
        ['organisation', 'individualHours'],
        'number',
      ),
      null,
      section('Uitkomst (rekent live met de CASELOAD-functies)', 'Result (live CASELOAD formulas)'),
      output(
        'available',
        w('Beschikbare uren per fte per jaar', 'Available hours per FTE per year'),
        ['=CASELOAD.AVAILABLE_HOURS({hoursPerWeek},{weeks},{leaveHours},{holidayHours},{otherHours},{absenceRate})'],
        '#,##0.0',
        f => [figure(f.availableHours)],
      ),
      output(
        'client',
        w('Cliënturen per fte per jaar', 'Client hours per FTE per year'),
        ['=CASELOAD.CLIENT_HOURS({available},{indirectShare})'],
        '#,##0.0',
        f => [figure(f.clientHours)],
      ),
      output(
        'bandYear',
        w('Bandbreedte: casussen per fte per jaar (laag, hoog)', 'Band: cases per FTE per year (low, high)'),
        ['=CASELOAD.BANDWIDTH({client},{heavy},{light},vcFactors[Korting])'],
        '0.0',
        f => band(f.bandPerFteYear),
        2,
      ),
      output(
        'bandOpen',
        w('Bandbreedte: open casussen per fte (laag, hoog)', 'Band: open cases per FTE (low, high)'),
        [
          '=CASELOAD.CONCURRENT_CASELOAD({bandYear},{duration})',
          '=CASELOAD.CONCURRENT_CASELOAD({bandYear.high},{duration})',
        ],
        '0.0',
        f => band(f.bandPerFte),
        2,
      ),
      output(
        'teamBand',
        w('Bandbreedte team: open casussen (laag, hoog)', 'Team band: open cases (low, high)'),
        ['=CASELOAD.TEAM_BANDWIDTH(vcRoster[Fte],vcRoster[Korting],{bandOpen},{bandOpen.high})'],
        '0.0',
        f => band(f.teamBand),
        2,
      ),
      output('fteExisting', w('Fte in het team', 'FTE in the team'), ['=SUM(vcRoster[Fte])'], '0.00', f => [
        f.existingFte,
      ]),
      output(
        'casesPerYear',
        w('Casussen per jaar', 'Cases per year'),
        ['=SUM(vcCategories[Aantal per jaar])'],
        '#,##0',
        f => [f.casesPerYear],
      ),
      output(
        'fteNeeded',
        w('Fte nodig', 'FTE needed'),
        [
          '=CASELOAD.FTE_NEEDED(vcCategories[Aantal per jaar],vcCategories[Uren per casus],{available},{indirectShare},{individualHours})',
        ],
        '0.00',
        f => [figure(f.fteNeeded)],
      ),
      output(
        'staffingRatio',
        w('Formatieverhouding (aanwezig / nodig)', 'Staffing ratio (present / needed)'),
        ['=CASELOAD.STAFFING_RATIO({fteExisting},{fteNeeded})'],
        '0.00',
        f => [figure(f.staffingRatio)],
      ),
      output(
        'costPerCase',
        w('Kostprijs per casus (€)', 'Cost per case (€)'),
        ['=CASELOAD.COST_PER_CASE({teamCost},{supportCost},{casesPerYear})'],
        '#,##0',
        f => [figure(f.costPerCase)],
      ),
    ],
    tables: sideBySide('E3', [
      {
        name: 'vcCategories',
        path: ['bandwidth', 'categories'],
        schema: CategorySchema,
        columns: [
          col('Categorie', 'Category', 'name'),
          col('Aantal per jaar', 'Cases per year', 'count', 'number'),
          col('Uren per casus', 'Hours per case', 'hoursPerCase', 'number'),
        ],
      },
      {
        name: 'vcFactors',
        path: ['bandwidth', 'factors'],
        schema: FactorSchema,
        columns: [
          col('Factor', 'Factor', 'name'),
          col('Korting', 'Reduction', 'reduction', 'share'),
          col('Periode', 'Period', 'period'),
        ],
      },
      {
        name: 'vcRoster',
        path: ['team', 'roster'],
        schema: PersonSchema,
        columns: [
          col('Naam', 'Name', 'name'),
          col('Fte', 'FTE', 'fte', 'number'),
          col('Korting', 'Reduction', 'reduction', 'share'),
          col('Open casussen', 'Open cases', 'openCases', 'number'),
          col('Indirecte uren per week', 'Indirect hours per week', 'indirectHoursPerWeek', 'number'),
          {
            header: w('Caseload per fte', 'Caseload per FTE'),
            formula: '=CASELOAD.CASELOAD_PER_FTE([@[Open casussen]],[@Fte])',
            format: '0.0',
            result: (i, f) => figure(f.people[i].caseload),
          },
          {
            header: w('Status', 'Status'),
            formula:
              '=CASELOAD.BANDWIDTH_STATUS([@[Caseload per fte]],{bandOpen}*(1-[@Korting]),{bandOpen.high}*(1-[@Korting]))',
            result: (i, f) => statusCell(f.people[i].status),
          },
        ],
      },
    ]),
    widths: [44, 16, 12, 2],
  },
  {
    key: 'implement',
    name: 'VC Implementatie',
    title: w('Stap 3 – Implementeren en leren', 'Step 3 – Implement and learn'),
    lines: [
      {
        kind: 'note',
        label: w(
          'De grafiek zet de caseload per fte van elke week af tegen de bandbreedte (open casussen per fte).',
          'The chart holds each week’s caseload per FTE against the band (open cases per FTE).',
        ),
      },
    ],
    tables: sideBySide('A22', [
      {
        name: 'vcWeeks',
        path: ['implement', 'weeks'],
        schema: WeekSchema,
        columns: [
          col('Week', 'Week', 'week'),
          col('Open casussen', 'Open cases', 'openCases', 'number'),
          col('Fte aanwezig', 'FTE present', 'ftePresent', 'number'),
          {
            header: w('Caseload per fte', 'Caseload per FTE'),
            formula: '=CASELOAD.CASELOAD_PER_FTE([@[Open casussen]],[@[Fte aanwezig]])',
            format: '0.0',
            result: (i, f) => figure(f.weeks[i].caseload),
          },
          {
            header: w('Ondergrens', 'Low'),
            formula: '={bandwidth!bandOpen}',
            format: '0.0',
            result: (_i, f) => band(f.bandPerFte)[0],
          },
          {
            header: w('Bovengrens', 'High'),
            formula: '={bandwidth!bandOpen.high}',
            format: '0.0',
            result: (_i, f) => band(f.bandPerFte)[1],
          },
          {
            header: w('Status', 'Status'),
            formula: '=CASELOAD.BANDWIDTH_STATUS([@[Caseload per fte]],[@Ondergrens],[@Bovengrens])',
            result: (i, f) => statusCell(f.weeks[i].status),
          },
        ],
      },
      {
        name: 'vcAgreements',
        path: ['implement', 'agreements'],
        schema: AgreementSchema,
        columns: [col('Wanneer', 'When', 'when'), col('Actie', 'Action', 'action'), col('Wie', 'Who', 'who')],
      },
      {
        name: 'vcEvaluations',
        path: ['implement', 'evaluations'],
        schema: EvaluationSchema,
        columns: [col('Datum', 'Date', 'date', 'date'), col('Onderwerp', 'Topic', 'topic'), col('Wie', 'Who', 'who')],
      },
      {
        name: 'vcReflections',
        path: ['implement', 'reflections'],
        schema: ReflectionSchema,
        columns: [
          col('Datum', 'Date', 'date', 'date'),
          col('Observatie', 'Observation', 'observation'),
          col('Meewegende factor', 'Weighing factor', 'factor'),
          col('Bandbreedte aangepast', 'Band changed', 'bandChanged'),
        ],
      },
    ]),
    chart: {
      name: 'vcWeekChart',
      title: w('Caseload per fte tegen de bandbreedte', 'Caseload per FTE against the band'),
      table: 'vcWeeks',
      category: 'Week',
      series: ['Caseload per fte', 'Ondergrens', 'Bovengrens'],
      from: 'A3',
      to: 'J20',
    },
    widths: [12],
  },
  {
    key: 'scenarios',
    name: "VC Scenario's",
    title: w('Scenario’s: wat als…', 'Scenarios: what if…'),
    lines: [
      {
        kind: 'note',
        label: w(
          'Elk scenario verandert het plan op stap 2 (0 = ongewijzigd). De uitkomsten rekenen live met de CASELOAD-functies.',
          'Each scenario changes the plan of step 2 (0 = unchanged). The results are live CASELOAD formulas.',
        ),
      },
    ],
    tables: sideBySide('A5', [
      {
        name: 'vcScenarios',
        path: ['scenarios'],
        schema: ScenarioSchema,
        columns: [
          col('Scenario', 'Scenario', 'name'),
          col('Extra fte', 'Extra FTE', 'extraFte', 'number'),
          col('Korting nieuwe fte', 'Reduction new FTE', 'newStaffReduction', 'share'),
          col('Extra korting', 'Extra reduction', 'extraReduction', 'share'),
          col('Groei casussen', 'Case growth', 'caseGrowth', 'share'),
          col('Verandering uren per casus', 'Change in hours per case', 'hoursChange', 'share'),
          col('Extra kosten', 'Extra cost', 'extraCost', 'money'),
          scenarioBound('Laag per fte', 'Low per FTE', 1, s => s.bandPerFte),
          scenarioBound('Hoog per fte', 'High per FTE', 2, s => s.bandPerFte),
          scenarioOutput(
            'Fte in scenario',
            'FTE in scenario',
            '=SUM(vcRoster[Fte])+[@[Extra fte]]',
            '0.00',
            s => s.fte,
          ),
          scenarioTeamBound('Team laag', 'Team low', 1, 'Laag per fte'),
          scenarioTeamBound('Team hoog', 'Team high', 2, 'Hoog per fte'),
          scenarioOutput(
            'Fte nodig',
            'FTE needed',
            '=CASELOAD.FTE_NEEDED(vcCategories[Aantal per jaar]*(1+[@[Groei casussen]]),' +
              'vcCategories[Uren per casus]*(1+[@[Verandering uren per casus]]),' +
              '{bandwidth!available},{bandwidth!indirectShare},{bandwidth!individualHours})',
            '0.00',
            s => s.fteNeeded,
          ),
          scenarioOutput(
            'Formatieverhouding',
            'Staffing ratio',
            '=CASELOAD.STAFFING_RATIO([@[Fte in scenario]],[@[Fte nodig]])',
            '0.00',
            s => s.staffingRatio,
          ),
          scenarioOutput(
            'Kostprijs per casus',
            'Cost per case',
            '=CASELOAD.COST_PER_CASE({bandwidth!teamCost}+[@[Extra kosten]],{bandwidth!supportCost},' +
              '{bandwidth!casesPerYear}*(1+[@[Groei casussen]]))',
            '#,##0',
            s => s.costPerCase,
          ),
        ],
      },
    ]),
    widths: [24, 10, 12, 12, 12, 14, 12, 10, 10, 10, 10, 10, 10, 12, 12],
  },
  {
    key: 'tracker',
    name: 'VC Werkpakket',
    title: w('Werkpakket', 'Work package'),
    lines: [],
    tables: sideBySide('A3', [
      {
        name: 'vcTracker',
        path: ['tracker'],
        schema: ActivitySchema,
        columns: [
          col('Stap', 'Step', 'step', 'step'),
          col('Activiteit', 'Activity', 'activity'),
          col('Status', 'Status', 'status', 'activityStatus'),
          col('Eigenaar', 'Owner', 'owner'),
          col('Datum', 'Date', 'date', 'date'),
        ],
      },
    ]),
    widths: [6, 60, 14, 20, 12],
  },
  {
    key: 'settings',
    name: 'VC Instellingen',
    title: w('Instellingen van Verantwoorde Caseload', 'Settings of Verantwoorde Caseload'),
    lines: [
      // The record's own label marks the sheet as the add-in's; see settings.ts for the record.
      { kind: 'section', label: w('Instellingen (niet wijzigen)', 'Settings (do not edit)') },
      {
        kind: 'note',
        label: w(
          'Dit blad verbindt de tabellen op de VC-bladen met de invoegtoepassing. Alles wat u invult staat in die tabellen.',
          'This sheet ties the tables on the VC sheets to the add-in. Everything you enter is in those tables.',
        ),
      },
    ],
    tables: [],
    widths: [30, 80],
  },
];

const statusCell = (status: Figures['weeks'][number]['status']): CellValue =>
  isError(status) ? { error: status.code } : statusWord(status, 'nl');

// ---- Where things are ------------------------------------------------------------------------

export const sheetLayout = (key: SheetKey): SheetLayout => LAYOUT.find(sheet => sheet.key === key)!;
export const ALL_TABLES: readonly TableLayout[] = LAYOUT.flatMap(sheet => sheet.tables);

/** The row (0-based) of each line of a sheet's labelled block. */
export const lineRow = (index: number): number => FIRST_LINE_ROW + index;

/** The settings record: label in A3, JSON in B3 of "VC Instellingen". */
export const SETTINGS_CELL = 'B3';
export const SETTINGS_LABEL = sheetLayout('settings').lines[0]!.label;

/** The header row plus `rows` body rows of a table (Excel keeps at least one body row). */
export const tableArea = (table: TableLayout, rows: number): Area =>
  blockArea(table.at, 1 + Math.max(rows, 1), table.columns.length);

/** Absolute reference to line `id`'s value cell (or the cell to its right for ".high"). */
function lineReference(id: string): { sheet: SheetLayout; address: string } {
  const [lineId, part] = id.split('.');
  for (const sheet of LAYOUT) {
    const index = sheet.lines.findIndex(line => line !== null && 'id' in line && line.id === lineId);
    if (index >= 0) {
      const col = part === 'high' ? 2 : 1;
      return { sheet, address: `$${columnLetters(col)}$${lineRow(index) + 1}` };
    }
  }
  throw new Error(`No line ${id} in the layout`);
}

/** Fills in "{id}" (same sheet) and "{sheetKey!id}" (another sheet) in a formula template. */
export const resolveFormula = (template: string): string =>
  template.replace(/\{(?:(\w+)!)?([\w.]+)\}/g, (_m, sheetKey: string | undefined, id: string) => {
    const { address } = lineReference(id);
    return sheetKey ? `${quoteSheet(sheetLayout(sheetKey as SheetKey).name)}!${address}` : address;
  });

// ---- What to write ---------------------------------------------------------------------------

export interface TableSpec {
  name: string;
  /** Header and body; the body has at least one (blank) row. */
  area: Area;
  header: string[];
  rows: Cell[][];
  /** Number format per column. */
  formats: string[];
  /** Words a column accepts (status, trend), offered as a drop-down; null for free columns. */
  lists: (string[] | null)[];
}

export interface ChartSpec {
  name: string;
  title: string;
  /** Week names (the category axis) and the series block with its header row, as addresses. */
  categories: string;
  series: string;
  from: string;
  to: string;
}

export interface SheetSpec {
  key: SheetKey;
  name: string;
  cells: PlacedCell[];
  tables: TableSpec[];
  chart?: ChartSpec;
  widths: number[];
}

const get = (from: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], from);

function lineCells(line: Line, row: number, figures: Figures, plan: Plan): PlacedCell[] {
  if (line === null) return [];
  const at = (col: number) => cellAddress({ row, col });
  const label: PlacedCell = {
    address: at(0),
    value: line.label.nl,
    style: line.kind === 'section' ? 'section' : line.kind === 'note' ? 'note' : 'label',
  };
  if (line.kind === 'field') {
    const value = toCell(line.type, get(plan, line.path));
    return [label, { address: at(1), value, format: FORMAT[line.type], style: 'input' }];
  }
  if (line.kind === 'output') {
    const results = line.result(figures);
    const spills = line.formulas.length < line.width;
    return [
      label,
      ...line.formulas.map((formula, i): PlacedCell => ({
        address: at(1 + i),
        value: results[i],
        formula: resolveFormula(formula),
        format: line.format,
        style: 'output',
        ...(spills ? { spill: results.slice(1) } : {}),
      })),
    ];
  }
  return [label];
}

function tableSpec(table: TableLayout, figures: Figures, plan: Plan, scenarios: ScenarioFigures[]): TableSpec {
  const items = get(plan, table.path) as Record<string, unknown>[];
  const rows = items.map((item, i) =>
    table.columns.map((column): Cell => {
      if (column.formula) {
        return { value: column.result!(i, figures, plan, scenarios), formula: resolveFormula(column.formula) };
      }
      return { value: toCell(column.type!, item[column.field!]) };
    }),
  );
  const blank = table.columns.map((): Cell => ({ value: '' }));
  return {
    name: table.name,
    area: tableArea(table, items.length),
    header: table.columns.map(column => column.header.nl),
    rows: rows.length > 0 ? rows : [blank],
    formats: table.columns.map(column => column.format ?? (column.type ? FORMAT[column.type] : 'General')),
    lists: table.columns.map(column => (column.type && wordsOf(column.type)) || null),
  };
}

function chartSpec(sheet: SheetLayout, tables: TableSpec[]): ChartSpec | undefined {
  const chart = sheet.chart;
  if (!chart) return undefined;
  const table = tables.find(t => t.name === chart.table)!;
  const column = (header: string) => table.area.left + table.header.indexOf(header);
  const first = column(chart.series[0]);
  const last = column(chart.series[chart.series.length - 1]);
  const at = (row: number, c: number) => cellAddress({ row, col: c });
  return {
    name: chart.name,
    title: chart.title.nl,
    categories: `${at(table.area.top + 1, column(chart.category))}:${at(table.area.bottom, column(chart.category))}`,
    series: `${at(table.area.top, first)}:${at(table.area.bottom, last)}`,
    from: chart.from,
    to: chart.to,
  };
}

/** Everything the add-in writes for a plan: its sheets, labelled cells, tables, formulas and chart. */
export function toSheets(plan: Plan, figures: Figures = computeFigures(plan)): SheetSpec[] {
  const scenarios = compareScenarios(plan);
  return LAYOUT.map(sheet => {
    const title: PlacedCell = { address: 'A1', value: sheet.title.nl, style: 'title' };
    const cells = [title, ...sheet.lines.flatMap((line, i) => lineCells(line, lineRow(i), figures, plan))];
    if (sheet.key === 'settings') {
      cells.push({ address: SETTINGS_CELL, value: settingsJson(ALL_TABLES.map(t => t.name)), format: '@' });
    }
    const tables = sheet.tables.map(table => tableSpec(table, figures, plan, scenarios));
    return { key: sheet.key, name: sheet.name, cells, tables, chart: chartSpec(sheet, tables), widths: sheet.widths };
  });
}
