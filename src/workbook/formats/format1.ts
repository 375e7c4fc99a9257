// Format 1, frozen: the tables a workbook of the add-in's first version holds (one team, weeks as
// labels, factors with a free-text period, yearly counts on the case categories), so such a
// workbook is read as it was written and then migrated (migrate1.ts). Never change this file: it
// describes workbooks users already have. Its labelled cells sit where today's do, so only the
// tables differ.
import { z } from 'zod';
import {
  ActivitySchema,
  AgreementSchema,
  AreaSchema,
  DemandSchema,
  EvaluationSchema,
  FacilitySchema,
  ReflectionSchema,
  StakeholderSchema,
} from '../../core';
import type { Kind } from '../cellKinds';
import { formulaColumn, input, sideBySide, TableLayout, Words } from '../model';
import type { ListPath } from '../planPaths';

const text = z.string().max(2000);
const amount = z.number().finite().nonnegative();
const share = z.number().finite().min(0).max(1);

export const Format1Schema = z.object({
  areas: z.array(AreaSchema.omit({ team: true, id: true })),
  facilities: z.array(FacilitySchema),
  demand: z.array(DemandSchema),
  stakeholders: z.array(StakeholderSchema),
  categories: z.array(z.object({ name: text, count: amount, hoursPerCase: amount })),
  factors: z.array(z.object({ name: text, reduction: share, period: text })),
  roster: z.array(
    z.object({ name: text, fte: amount, reduction: share, openCases: amount, indirectHoursPerWeek: amount }),
  ),
  weeks: z.array(z.object({ week: text, openCases: amount, ftePresent: amount })),
  agreements: z.array(AgreementSchema),
  evaluations: z.array(EvaluationSchema),
  reflections: z.array(ReflectionSchema),
  scenarios: z.array(
    z.object({
      name: text,
      extraFte: amount,
      newStaffReduction: share,
      extraReduction: share,
      caseGrowth: z.number().finite().min(-1),
      hoursChange: z.number().finite().min(-1),
      extraCost: amount,
    }),
  ),
  tracker: z.array(ActivitySchema),
});
export type Format1Tables = z.infer<typeof Format1Schema>;

/** The empty lists a format-1 read fills. */
export const emptyFormat1 = (): Format1Tables => ({
  areas: [],
  facilities: [],
  demand: [],
  stakeholders: [],
  categories: [],
  factors: [],
  roster: [],
  weeks: [],
  agreements: [],
  evaluations: [],
  reflections: [],
  scenarios: [],
  tracker: [],
});

const w = (nl: string, en: string): Words => ({ nl, en });
const col = (nl: string, en: string, field: string, type: Kind = 'text') => input(w(nl, en), field, type);
/** A live column of format 1: only its header matters when reading. */
const live = (nl: string, en: string) =>
  formulaColumn(
    w(nl, en),
    () => '',
    'General',
    () => null,
  );

/** A format-1 table: its rows go to the list of the same name in Format1Tables. */
const table = (name: string, list: keyof Format1Tables, schema: z.ZodType, columns: TableLayout['columns']) => ({
  name,
  rows: { path: [list] as unknown as ListPath },
  schema,
  columns,
});
const rowSchema = <K extends keyof Format1Tables>(list: K) =>
  (Format1Schema.shape[list] as unknown as z.ZodArray<z.ZodType>).element;

export const FORMAT_1_TABLES: readonly TableLayout[] = [
  ...sideBySide({ row: 6, col: 0 }, [
    table('vcAreas', 'areas', rowSchema('areas'), [
      col('Gebied', 'Area', 'name'),
      col('Inwoners', 'Inhabitants', 'inhabitants', 'number'),
      col('Jeugd (0-17)', 'Youth (0-17)', 'youth', 'number'),
      col('Volwassenen (18-64)', 'Adults (18-64)', 'adults', 'number'),
      col('Ouderen (65+)', 'Seniors (65+)', 'seniors', 'number'),
      col('Casussen per 1.000 inwoners', 'Cases per 1,000 inhabitants', 'caseRatePer1000', 'number'),
      live('Verwachte casussen', 'Expected cases'),
    ]),
    table('vcFacilities', 'facilities', rowSchema('facilities'), [
      col('Gebied', 'Area', 'area'),
      col('Voorziening', 'Facility', 'kind'),
      col('Aantal', 'Number', 'count', 'number'),
    ]),
    table('vcDemand', 'demand', rowSchema('demand'), [
      col('Gebied', 'Area', 'area'),
      col('Thema', 'Theme', 'theme'),
      col('Casussen', 'Cases', 'cases', 'number'),
      col('Trend', 'Trend', 'trend', 'trend'),
    ]),
    table('vcStakeholders', 'stakeholders', rowSchema('stakeholders'), [
      col('Wie', 'Who', 'who'),
      col('Belang', 'Interest', 'interest'),
      col('Betrokkenheid', 'Involvement', 'involvement'),
    ]),
  ]),
  ...sideBySide({ row: 2, col: 4 }, [
    table('vcCategories', 'categories', rowSchema('categories'), [
      col('Categorie', 'Category', 'name'),
      col('Aantal per jaar', 'Cases per year', 'count', 'number'),
      col('Uren per casus', 'Hours per case', 'hoursPerCase', 'number'),
    ]),
    table('vcFactors', 'factors', rowSchema('factors'), [
      col('Factor', 'Factor', 'name'),
      col('Korting', 'Reduction', 'reduction', 'share'),
      col('Periode', 'Period', 'period'),
    ]),
    table('vcRoster', 'roster', rowSchema('roster'), [
      col('Naam', 'Name', 'name'),
      col('Fte', 'FTE', 'fte', 'number'),
      col('Korting', 'Reduction', 'reduction', 'share'),
      col('Open casussen', 'Open cases', 'openCases', 'number'),
      col('Indirecte uren per week', 'Indirect hours per week', 'indirectHoursPerWeek', 'number'),
      live('Caseload per fte', 'Caseload per FTE'),
      live('Status', 'Status'),
    ]),
  ]),
  ...sideBySide({ row: 21, col: 0 }, [
    table('vcWeeks', 'weeks', rowSchema('weeks'), [
      col('Week', 'Week', 'week'),
      col('Open casussen', 'Open cases', 'openCases', 'number'),
      col('Fte aanwezig', 'FTE present', 'ftePresent', 'number'),
      live('Caseload per fte', 'Caseload per FTE'),
      live('Ondergrens', 'Low'),
      live('Bovengrens', 'High'),
      live('Status', 'Status'),
    ]),
    table('vcAgreements', 'agreements', rowSchema('agreements'), [
      col('Wanneer', 'When', 'when'),
      col('Actie', 'Action', 'action'),
      col('Wie', 'Who', 'who'),
    ]),
    table('vcEvaluations', 'evaluations', rowSchema('evaluations'), [
      col('Datum', 'Date', 'date', 'date'),
      col('Onderwerp', 'Topic', 'topic'),
      col('Wie', 'Who', 'who'),
    ]),
    table('vcReflections', 'reflections', rowSchema('reflections'), [
      col('Datum', 'Date', 'date', 'date'),
      col('Observatie', 'Observation', 'observation'),
      col('Meewegende factor', 'Weighing factor', 'factor'),
      col('Bandbreedte aangepast', 'Band changed', 'bandChanged'),
    ]),
  ]),
  ...sideBySide({ row: 4, col: 0 }, [
    table('vcScenarios', 'scenarios', rowSchema('scenarios'), [
      col('Scenario', 'Scenario', 'name'),
      col('Extra fte', 'Extra FTE', 'extraFte', 'number'),
      col('Korting nieuwe fte', 'Reduction new FTE', 'newStaffReduction', 'share'),
      col('Extra korting', 'Extra reduction', 'extraReduction', 'share'),
      col('Groei casussen', 'Case growth', 'caseGrowth', 'share'),
      col('Verandering uren per casus', 'Change in hours per case', 'hoursChange', 'share'),
      col('Extra kosten', 'Extra cost', 'extraCost', 'money'),
      ...[
        ['Laag per fte', 'Low per FTE'],
        ['Hoog per fte', 'High per FTE'],
        ['Fte in scenario', 'FTE in scenario'],
        ['Team laag', 'Team low'],
        ['Team hoog', 'Team high'],
        ['Fte nodig', 'FTE needed'],
        ['Formatieverhouding', 'Staffing ratio'],
        ['Kostprijs per casus', 'Cost per case'],
      ].map(([nl, en]) => live(nl, en)),
    ]),
  ]),
  ...sideBySide({ row: 2, col: 0 }, [
    table('vcTracker', 'tracker', rowSchema('tracker'), [
      col('Stap', 'Step', 'step', 'step'),
      col('Activiteit', 'Activity', 'activity'),
      col('Status', 'Status', 'status', 'activityStatus'),
      col('Eigenaar', 'Owner', 'owner'),
      col('Datum', 'Date', 'date', 'date'),
    ]),
  ]),
];

/** The sheet each format-1 table was on, by key of today's layout. */
export const FORMAT_1_SHEET_OF: Readonly<Record<string, string>> = {
  vcAreas: 'situation',
  vcFacilities: 'situation',
  vcDemand: 'situation',
  vcStakeholders: 'situation',
  vcCategories: 'bandwidth',
  vcFactors: 'bandwidth',
  vcRoster: 'bandwidth',
  vcWeeks: 'implement',
  vcAgreements: 'implement',
  vcEvaluations: 'implement',
  vcReflections: 'implement',
  vcScenarios: 'scenarios',
  vcTracker: 'tracker',
};
