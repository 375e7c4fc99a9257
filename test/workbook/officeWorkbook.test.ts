// The Excel adapter against office-addin-mock: what lands where, and how many round trips to
// Excel it takes (each context.sync() is one; in Excel on the web each costs real time).
import { samplePlan } from '../../src/core';
import { MemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { officeStorage } from './support/storage';
import { sampleSources } from './support/userSheets';
import { fakeExcel } from './support/fakeExcel';
import { cellsOf } from './support/scenarios';
import { ADDIN_SHEETS, USER_SHEETS } from './support/sheetNames';

function excelWith(book = new MemoryWorkbook({ sheets: sampleSources() })) {
  const excel = fakeExcel(book);
  return { book, excel, adapter: officeStorage(excel.run) };
}

const headerOf = (book: MemoryWorkbook, table: string) => {
  const t = book.tables.find(x => x.name === table)!;
  const [from, to] = t.address.split(':');
  return book.values(t.sheet, {
    top: Number(from.replace(/\D/g, '')) - 1,
    bottom: Number(from.replace(/\D/g, '')) - 1,
    left: from.charCodeAt(0) - 65,
    right: to.charCodeAt(0) - 65,
  })[0];
};

describe('the Office port under PlanStorage', () => {
  it('reads a workbook without a plan in one sync and writes the plan in one', async () => {
    const { book, excel, adapter } = excelWith();
    const before = cellsOf(book, []);
    const loaded = await adapter.load();
    expect(loaded).toMatchObject({ fresh: true, warnings: [], protectedNames: [] });
    expect(excel.syncs()).toBe(1);

    excel.resetSyncs();
    const saved = await adapter.save(samplePlan());
    expect(excel.syncs()).toBe(1);
    expect(saved).toEqual({
      written: ADDIN_SHEETS,
      skipped: [],
    });
    // Nothing of the user's own sheets changed.
    expect(cellsOf(book, [])).toEqual(before);
    expect(excel.calls.filter(c => /Rooster|Casussen/.test(c))).toEqual([]);
  });

  it('puts every sheet, table, header row and live formula where the layout says', async () => {
    const { book, adapter, excel } = excelWith();
    await adapter.load();
    await adapter.save(samplePlan());
    expect(book.sheets.map(s => s.name)).toEqual([...USER_SHEETS, ...ADDIN_SHEETS]);
    expect(book.tables.filter(t => t.name.startsWith('vc')).map(t => `${t.sheet}!${t.address} ${t.name}`)).toEqual([
      'VC Situatie!A7:G10 vcAreas',
      'VC Situatie!I7:K13 vcFacilities',
      'VC Situatie!M7:P10 vcDemand',
      'VC Situatie!R7:T11 vcStakeholders',
      'VC Bandbreedte!E3:G6 vcCategories',
      'VC Bandbreedte!I3:K5 vcFactors',
      'VC Bandbreedte!M3:S10 vcRoster',
      'VC Implementatie!A22:G30 vcWeeks',
      'VC Implementatie!I22:K24 vcAgreements',
      'VC Implementatie!M22:O24 vcEvaluations',
      'VC Implementatie!Q22:T23 vcReflections',
      "VC Scenario's!A5:O9 vcScenarios",
      'VC Werkpakket!A3:E21 vcTracker',
    ]);
    expect(headerOf(book, 'vcRoster')).toEqual([
      'Naam',
      'Fte',
      'Vermindering',
      'Open casussen',
      'Indirecte uren per week',
      'Caseload per fte',
      'Status',
    ]);
    expect(book.cell('VC Bandbreedte', 'A32')?.value).toBe('Bandbreedte per fte: casussen per jaar (laag, hoog)');
    expect(book.cell('VC Bandbreedte', 'B32')?.formula).toBe(
      '=CASELOAD.BANDWIDTH($B$31,$B$20,$B$21,vcFactors[Vermindering])',
    );
    expect(book.cell('VC Bandbreedte', 'B37')?.formula).toBe(
      '=CASELOAD.FTE_NEEDED(vcCategories[Aantal per jaar],vcCategories[Uren per casus],$B$30,$B$17,$B$27)',
    );
    expect(book.cell('VC Implementatie', 'G23')?.formula).toBe(
      '=CASELOAD.BANDWIDTH_STATUS([@[Caseload per fte]],[@Ondergrens],[@Bovengrens])',
    );
    expect(book.cell('VC Werkpakket', 'E4')).toMatchObject({ value: '2026-09-15', format: '@' });
    expect(book.cell('VC Instellingen', 'B3')?.value).toMatch(/^\{"app":"verantwoorde-caseload","version":1,/);
    expect(book.charts).toEqual([
      expect.objectContaining({
        sheet: 'VC Implementatie',
        name: 'vcWeekChart',
        series: 'D22:F30',
        categories: 'A23:A30',
        from: 'A3',
        to: 'J20',
      }),
    ]);
    // The band's spill range is cleared before the formula goes in (an .xlsx keeps it as an array).
    expect(excel.calls).toContain('clear VC Bandbreedte!B32:C32 Contents');
    expect(excel.calls).toContain('charts.add VC Implementatie Line Columns');
    // The caseload series gets Excel's linear trendline, four weeks ahead like the pane's forecast.
    expect(excel.calls).toContain('trendline VC Implementatie series 0 Linear forward 4');
  });

  it('reads its own workbook back in two syncs', async () => {
    const { adapter, excel } = excelWith();
    await adapter.load();
    await adapter.save(samplePlan());
    excel.resetSyncs();
    const again = await officeStorage(excel.run).load();
    expect(excel.syncs()).toBe(2);
    expect(again).toMatchObject({ fresh: false, warnings: [], protectedNames: [] });
    expect(again.plan).toEqual(samplePlan());
  });

  it('reads the workbook first when asked to save before any load', async () => {
    const { adapter, excel } = excelWith();
    await adapter.save(samplePlan());
    expect(excel.syncs()).toBe(2); // one to read (nothing of ours yet), one to write
  });

  it('writes text that looks like a formula as text, and reads it back unchanged', async () => {
    const { book, adapter } = excelWith();
    const plan = samplePlan();
    plan.situation.municipality = '=HYPERLINK("https://example.org","klik")';
    plan.situation.problem = '- nog invullen';
    plan.situation.stakeholders[0].who = '+31 6 12345678';
    plan.situation.stakeholders[0].interest = '@wijkteam';
    await adapter.load();
    await adapter.save(plan);

    const values = book.sheets.flatMap(s => [...s.cells.values()].map(c => c.value));
    expect(values).toEqual(
      expect.arrayContaining([
        '=HYPERLINK("https://example.org","klik")',
        '- nog invullen',
        '+31 6 12345678',
        '@wijkteam',
      ]),
    );
    // Not one of them became a formula: the workbook holds exactly the formulas the sample plan gets.
    const formulasOf = (b: MemoryWorkbook) => b.sheets.flatMap(s => [...s.cells.values()].map(c => c.formula));
    const plain = excelWith();
    await plain.adapter.save(samplePlan());
    expect(formulasOf(book)).toEqual(formulasOf(plain.book));

    const again = await officeStorage(excelWith(book).excel.run).load();
    expect(again.plan).toEqual(plan);
  });
});
