// "VC Situatie": step 1. The municipality and its problem as labelled cells; areas (with the
// cases their population implies, live), facilities, care demand and stakeholders as tables.
import { AreaSchema, DemandSchema, FacilitySchema, FUNCTIONS, StakeholderSchema } from '../../core';
import { figureCell } from '../figureCells';
import { field, formulaColumn, input, sideBySide, SheetLayout, table, words } from '../model';

const inhabitants = input(
  words(s => s.situation.areas.inhabitants),
  'inhabitants',
  'number',
);
const caseRate = input(
  words(s => s.situation.areas.caseRatePer1000),
  'caseRatePer1000',
  'number',
);

const areas = table({
  name: 'vcAreas',
  path: ['situation', 'areas'],
  schema: AreaSchema,
  columns: [
    input(
      words(s => s.situation.areas.name),
      'name',
    ),
    inhabitants,
    input(
      words(s => s.situation.areas.youth),
      'youth',
      'number',
    ),
    input(
      words(s => s.situation.areas.adults),
      'adults',
      'number',
    ),
    input(
      words(s => s.situation.areas.seniors),
      'seniors',
      'number',
    ),
    caseRate,
    formulaColumn(
      words(s => s.situation.areas.expectedCases),
      f => `=CASELOAD.EXPECTED_CASES(${f.row(inhabitants)},${f.row(caseRate)})`,
      '0',
      (i, { plan }) => {
        const area = plan.situation.areas[i];
        return figureCell(FUNCTIONS.EXPECTED_CASES.evaluate([area.inhabitants, area.caseRatePer1000]));
      },
    ),
  ],
});

export const SITUATION: SheetLayout = {
  key: 'situation',
  name: 'VC Situatie',
  title: words(s => s.situation.title),
  lines: [
    field(
      words(s => s.situation.municipality),
      ['situation', 'municipality'],
      'text',
    ),
    field(
      words(s => s.situation.problem),
      ['situation', 'problem'],
      'text',
    ),
  ],
  tables: sideBySide({ row: 6, col: 0 }, [
    areas,
    table({
      name: 'vcFacilities',
      path: ['situation', 'facilities'],
      schema: FacilitySchema,
      columns: [
        input(
          words(s => s.situation.facilities.area),
          'area',
        ),
        input(
          words(s => s.situation.facilities.kind),
          'kind',
        ),
        input(
          words(s => s.situation.facilities.count),
          'count',
          'number',
        ),
      ],
    }),
    table({
      name: 'vcDemand',
      path: ['situation', 'demand'],
      schema: DemandSchema,
      columns: [
        input(
          words(s => s.situation.demand.area),
          'area',
        ),
        input(
          words(s => s.situation.demand.theme),
          'theme',
        ),
        input(
          words(s => s.situation.demand.cases),
          'cases',
          'number',
        ),
        input(
          words(s => s.situation.demand.trend),
          'trend',
          'trend',
        ),
      ],
    }),
    table({
      name: 'vcStakeholders',
      path: ['situation', 'stakeholders'],
      schema: StakeholderSchema,
      columns: [
        input(
          words(s => s.situation.stakeholders.who),
          'who',
        ),
        input(
          words(s => s.situation.stakeholders.interest),
          'interest',
        ),
        input(
          words(s => s.situation.stakeholders.involvement),
          'involvement',
        ),
      ],
    }),
  ]),
  widths: [22, 50],
};
