// DOMAIN.md's worked examples 13-17 (the catalogue's second part: time, teams, reflection,
// finance), exact, shared like test/support/workedExamples.ts by the tests that run them through
// the source and through the built bundle.
import { column } from '../support/excelRuntime';
import type { WORKED_EXAMPLES } from '../support/workedExamples';

const hours = column(30, 100, 160, 40);

export const SECOND_PART_EXAMPLES: typeof WORKED_EXAMPLES = [
  ['16 DEVIATING_CASES above', 'DEVIATING_CASES', [hours, 100, 0.5, 'above'], 1],
  ['16 DEVIATING_CASES below', 'DEVIATING_CASES', [hours, 100, 0.5, 'below'], 2],
  ['16 DEVIATING_CASES both', 'DEVIATING_CASES', [hours, 100, 0.5, 'both'], 3],
];
