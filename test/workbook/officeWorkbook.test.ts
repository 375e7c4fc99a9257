// The Excel adapter against office-addin-mock: what lands where, and how many round trips to
// Excel it takes (each context.sync() is one; in Excel on the web each costs real time).
import { samplePlan } from '../../src/core';
import { parseArea } from '../../src/workbook/addresses';
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
  const area = parseArea(t.address);
  return book.values(t.sheet, { ...area, bottom: area.top })[0];
};

describe('the Office port under PlanStorage', () => {
  it('reads a workbook without a plan in one sync, and saves in two: a check and the write', async () => {
    const { book, excel, adapter } = excelWith();
    const before = cellsOf(book, []);
    const loaded = await adapter.load();
    expect(loaded).toMatchObject({ fresh: true, warnings: [], protectedNames: [] });
    expect(excel.syncs()).toBe(1);

    excel.resetSyncs();
    const saved = await adapter.save(samplePlan());
    expect(excel.syncs()).toBe(2);
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
      'VC Situatie!A7:I11 vcAreas',
      'VC Situatie!K7:M13 vcFacilities',
      'VC Situatie!O7:R10 vcDemand',
      'VC Situatie!T7:V11 vcStakeholders',
      'VC Bandbreedte!E3:G6 vcCategories',
      'VC Teams!A16:R20 vcTeams',
      'VC Teams!T16:V28 vcCases',
      'VC Teams!X16:AH41 vcRoster',
      'VC Teams!AJ16:AP22 vcFactors',
      'VC Teams!AR16:AW24 vcBands',
      'VC Implementatie!A22:L126 vcWeeks',
      'VC Implementatie!N22:P24 vcAgreements',
      'VC Implementatie!R22:T24 vcEvaluations',
      'VC Implementatie!V22:Y23 vcReflections',
      'VC Gesprek!A10:L54 vcCaseList',
      'VC Gesprek!N10:T19 vcFelt',
      'VC Gesprek!V10:Z13 vcDivision',
      'VC Gesprek!AB10:AE11 vcSharedNotes',
      "VC Scenario's!A5:P9 vcScenarios",
      'VC Financiën!A38:R42 vcTeamFinance',
      'VC Financiën!T38:Y41 vcProducts',
      'VC Financiën!AA38:AC41 vcScales',
      'VC Financiën!AE38:AN60 vcPay',
      'VC Werkpakket!A3:E22 vcTracker',
      'VC Overzicht!A16:R20 vcOverview',
    ]);
    expect(headerOf(book, 'vcRoster')).toEqual([
      'Team',
      'Naam',
      'Fte',
      'Vermindering',
      'Van',
      'Tot',
      'Open casussen',
      'Indirecte uren per week',
      'Caseload per fte',
      'Status',
      'Controle',
    ]);
    // Periods are real dates, so the formulas can compare them with the week's date.
    expect(book.cell('VC Teams', 'AB22')).toMatchObject({ value: 46266, format: 'yyyy-mm-dd' }); // Iris from 1 Sep 2026
    expect(book.cell('VC Bandbreedte', 'B31')?.formula).toBe('=CASELOAD.CLIENT_HOURS($B$30,$B$17)');
    // Benodigd with the team's weighing factors in force today, as the band takes them.
    expect(book.cell('VC Teams', 'F17')?.formula).toBe(
      "=CASELOAD.FTE_NEEDED(SUMIFS(vcCases[Casussen per jaar],vcCases[Team],[@Team],vcCases[Categorie],vcCategories[Categorie]),vcCategories[Uren per casus]*(1+[@[Extra weging]]),'VC Bandbreedte'!$B$30,'VC Bandbreedte'!$B$17,'VC Bandbreedte'!$B$27," +
        'IF((vcFactors[Team]=[@Team])*((vcFactors[Van]="")+(vcFactors[Van]<=TODAY())>0)*((vcFactors[Tot]="")+(vcFactors[Tot]>=TODAY())>0),vcFactors[Vermindering],""))',
    );
    // A week is graded once its open cases are entered.
    expect(book.cell('VC Implementatie', 'K23')?.formula).toBe(
      '=IF([@[Open casussen]]="","",CASELOAD.BANDWIDTH_STATUS([@[Caseload per fte]],[@Ondergrens],[@Bovengrens]))',
    );
    expect(book.cell('VC Werkpakket', 'E4')).toMatchObject({ value: '2026-05-15', format: '@' });
    expect(book.cell('VC Instellingen', 'B3')?.value).toMatch(/^\{"app":"verantwoorde-caseload","version":7,/);
    // One chart per team, side by side, each over its team's weeks, its series named from the header.
    expect(book.charts.map(c => [c.name, c.series, c.categories, c.from, c.to, c.seriesNames])).toEqual(
      [1, 2, 3, 4].map(i => [
        `vcWeekChart${i}`,
        `G${23 + 26 * (i - 1)}:I${48 + 26 * (i - 1)}`,
        `B${23 + 26 * (i - 1)}:B${48 + 26 * (i - 1)}`,
        ['A3', 'L3', 'W3', 'AH3'][i - 1],
        ['J20', 'U20', 'AF20', 'AQ20'][i - 1],
        ['Caseload per fte', 'Ondergrens', 'Bovengrens'],
      ]),
    );
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

  it('saves again in two syncs, with nothing of the earlier charts left over when a team goes', async () => {
    const { book, adapter, excel } = excelWith();
    await adapter.load();
    await adapter.save(samplePlan());
    const fewer = { ...samplePlan(), teams: samplePlan().teams.slice(0, 3) };
    excel.resetSyncs();
    await adapter.save(fewer);
    expect(excel.syncs()).toBe(2);
    expect(excel.calls).toContain('chart.delete VC Implementatie vcWeekChart4');
    expect(book.charts.map(c => c.name)).toEqual(['vcWeekChart1', 'vcWeekChart2', 'vcWeekChart3']);
  });

  it('starts each write with its revision check: the mark it read goes, a hidden one for the new revision comes', async () => {
    const { book, adapter, excel } = excelWith();
    await adapter.load();
    await adapter.save(samplePlan());
    expect(excel.calls.slice(0, 2)).toEqual(['names.add vcRevision1', 'worksheets.add VC Situatie']);
    expect(excel.calls).toContain('names.hidden vcRevision1');
    excel.calls.splice(0);
    await adapter.save(samplePlan());
    expect(excel.calls.slice(0, 2)).toEqual(['names.delete vcRevision1', 'names.add vcRevision2']);
    expect(excel.calls).toContain('names.hidden vcRevision2');
    expect([...book.names.keys()]).toEqual(['vcRevision2']);
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
