// "VC Situatie": step 1. The municipality and its problem as labelled cells; areas (with the team
// that serves each and the cases its population implies, live), facilities, care demand and
// stakeholders as tables.
import { AreaSchema, DemandSchema, FacilitySchema, FUNCTIONS, StakeholderSchema } from '../../core';
import { figureCell } from '../figureCells';
import { field, formulaColumn, idColumn, inputsOf, sideBySide, SheetLayout, table, words } from '../model';

const area = inputsOf(s => s.situation.areas);
export const areaTeam = area('team');
const inhabitants = area('inhabitants', 'number');
const caseRate = area('caseRatePer1000', 'number');
/** The cases a year the area's population implies: the demand the teams' capacity split goes by. */
export const areaExpected = formulaColumn(
  words(s => s.situation.areas.expectedCases),
  f => `=${f.x.expectedCases(f.row(inhabitants), f.row(caseRate))}`,
  '0',
  ({ row }, { plan }) => {
    const { inhabitants: people, caseRatePer1000 } = plan.situation.areas[row];
    return figureCell(FUNCTIONS.EXPECTED_CASES.evaluate([people, caseRatePer1000]));
  },
);
const facility = inputsOf(s => s.situation.facilities);
const demand = inputsOf(s => s.situation.demand);
const stakeholder = inputsOf(s => s.situation.stakeholders);

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
    table({
      name: 'vcAreas',
      path: ['situation', 'areas'],
      schema: AreaSchema,
      columns: [
        area('name'),
        areaTeam,
        inhabitants,
        area('youth', 'number'),
        area('adults', 'number'),
        area('seniors', 'number'),
        caseRate,
        areaExpected,
        idColumn(words(s => s.situation.areas.id)),
      ],
    }),
    table({
      name: 'vcFacilities',
      path: ['situation', 'facilities'],
      schema: FacilitySchema,
      columns: [facility('area'), facility('kind'), facility('count', 'number')],
    }),
    table({
      name: 'vcDemand',
      path: ['situation', 'demand'],
      schema: DemandSchema,
      columns: [demand('area'), demand('theme'), demand('cases', 'number'), demand('trend', 'trend', ['Trend'])],
    }),
    table({
      name: 'vcStakeholders',
      path: ['situation', 'stakeholders'],
      schema: StakeholderSchema,
      columns: [stakeholder('who'), stakeholder('interest'), stakeholder('involvement')],
    }),
  ]),
  widths: [22, 50],
};
