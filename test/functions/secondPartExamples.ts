// DOMAIN.md's worked examples 13-17 (the catalogue's second part: time, teams, reflection,
// finance), exact, shared like test/support/workedExamples.ts by the tests that run them through
// the source and through the built bundle.
import { column } from '../support/excelRuntime';
import type { WORKED_EXAMPLES } from '../support/workedExamples';

const versions = [column(46000, 46050), column(20, 22), column(30, 33)];
const roster = [column(1, 0.8), column(45000, 46000), column('', 46200), column(0, 0.25)];
const hours = column(30, 100, 160, 40);

export const SECOND_PART_EXAMPLES: typeof WORKED_EXAMPLES = [
  ['13 BAND_ON', 'BAND_ON', [46100, ...versions], [[22, 33]]],
  ['13 BAND_ON before the second version', 'BAND_ON', [46020, ...versions], [[20, 30]]],
  ['14 FTE_ON', 'FTE_ON', [46100, ...roster], 1.6],
  ['14 FTE_ON after the second row ended', 'FTE_ON', [46300, ...roster], 1],
  ['15 ALLOCATE_FTE', 'ALLOCATE_FTE', [column(2, 6), 12], [[3], [9]]],
  ['16 DEVIATING_CASES above', 'DEVIATING_CASES', [hours, 100, 0.5, 'above'], 1],
  ['16 DEVIATING_CASES below', 'DEVIATING_CASES', [hours, 100, 0.5, 'below'], 2],
  ['16 DEVIATING_CASES both', 'DEVIATING_CASES', [hours, 100, 0.5, 'both'], 3],
  ['17 COST_PER_FTE', 'COST_PER_FTE', [52000, 0.3, 4000], 71600],
  ['17 PRODUCT_COST', 'PRODUCT_COST', [12.5, 64], [[800]]],
  ['17 TARIFF_COVERAGE', 'TARIFF_COVERAGE', [column(720, 1000), column(800, 800)], [[0.9], [1.25]]],
];
