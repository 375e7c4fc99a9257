// The sample municipality's own sheets, as a team would keep them before the add-in: a roster
// table and a list of open cases whose counts per person are the sample plan's, so an import of
// them gives the plan's figures back.
import { samplePlan } from '../../../src/core';
import { areaAddress, blockArea } from '../../../src/workbook/addresses';
import { UserSheet } from '../../../src/workbook/memory/memoryWorkbook';

/** A sheet holding one table over all of `rows` (headers first), from A1. */
export const userTable = (sheet: string, table: string, rows: unknown[][]): UserSheet => ({
  name: sheet,
  rows,
  tables: [{ name: table, address: areaAddress(blockArea({ row: 0, col: 0 }, rows.length, rows[0].length)) }],
});

export function sampleSources(): UserSheet[] {
  const plan = samplePlan();
  const roster = [
    ['Naam', 'Functie', 'Fte', 'Korting'],
    ...plan.team.roster.map(p => [p.name, 'Wijkteammedewerker', p.fte, p.reduction]),
  ];
  // Each person's open cases, spread over the categories in turn.
  const categories = plan.bandwidth.categories.map(c => c.name);
  const cases: unknown[][] = [['Dossier', 'Categorie', 'Casusregisseur']];
  for (const person of plan.team.roster) {
    for (let i = 0; i < person.openCases; i++) {
      cases.push([
        `W-${String(cases.length).padStart(4, '0')}`,
        categories[cases.length % categories.length],
        person.name,
      ]);
    }
  }
  return [userTable('Rooster', 'Rooster', roster), userTable('Casussen', 'Casussen', cases)];
}
