// The sample municipality's own sheets, as its first team would keep them before the add-in: a
// roster table (the people on it today) and a list of open cases whose counts per person are the
// sample plan's, so an import of them gives the plan's figures back.
import { inPeriod, samplePlan } from '../../../src/core';
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
  const people = plan.teams[0].roster.filter(p => inPeriod('2026-12-02', p.from, p.to));
  const roster = [
    ['Naam', 'Functie', 'Fte', 'Korting'],
    ...people.map(p => [p.name, 'Wijkteammedewerker', p.fte, p.reduction]),
  ];
  // Each person's open cases, spread over the categories in turn.
  const categories = plan.bandwidth.categories.map(c => c.name);
  const cases: unknown[][] = [['Dossier', 'Categorie', 'Casusregisseur']];
  for (const person of people) {
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
