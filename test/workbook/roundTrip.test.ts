// What the add-in writes is what it reads back: the sample municipality survives a save and a
// load unchanged, also after tables grew and shrank, and the sheets hold what a person opening
// the workbook expects to see.
import { emptyPlan, Plan, samplePlan } from '../../src/core';
import { fromSheets } from '../../src/workbook/fromSheets';
import { memoryStorage, snapshotOf } from '../../src/workbook/memory/memoryPort';
import { MemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { toSheets } from '../../src/workbook/toSheets';
import { fakeExcel } from './support/fakeExcel';
import { bookWith, officeStorage } from './support/storage';
import { ADDIN_SHEETS } from './support/sheetNames';

const TODAY = '2026-12-02';

describe('toSheets / fromSheets', () => {
  it('reads the sample plan back unchanged', async () => {
    const book = await bookWith(samplePlan());
    const read = fromSheets(snapshotOf(book), 'nl', TODAY);
    expect(read.warnings).toEqual([]);
    expect(read.fresh).toBe(false);
    expect(read.protectedNames).toEqual([]);
    expect(read.conversion).toBeUndefined();
    expect(read.plan).toEqual(samplePlan());
  });

  it('finds nothing of its own in a new workbook', () => {
    const read = fromSheets({ sheets: ['Blad1'], cells: {}, tables: [], charts: {}, stamps: [] }, 'en', TODAY);
    expect(read).toMatchObject({ fresh: true, warnings: [], protectedNames: [], plan: emptyPlan('en') });
  });

  it('names the sheets in Dutch and keeps the figures live with CASELOAD formulas', () => {
    const sheets = toSheets(samplePlan(), TODAY);
    expect(sheets.map(s => s.name)).toEqual(ADDIN_SHEETS);
    const band = Object.fromEntries(sheets[1].cells.map(c => [c.address, c]));
    expect(band.A11.value).toBe('Contracturen per week');
    expect(band.B11.value).toBe(36);
    expect(band.B31).toMatchObject({ formula: '=CASELOAD.CLIENT_HOURS($B$30,$B$17)', value: 910.3752 });
    const teams = sheets.find(s => s.key === 'teams')!.tables.find(t => t.name === 'vcTeams')!;
    const noord = Object.fromEntries(teams.header.map((h, i) => [h, teams.rows[0][i]]));
    expect(noord.Team.value).toBe('Noord');
    // The band in force today is the one adopted on 7 September, found by BAND_ON.
    expect(noord['Geldende ondergrens']).toMatchObject({
      formula:
        '=INDEX(CASELOAD.BAND_ON(TODAY(),IF((vcBands[Team]=[@Team]),vcBands[Vanaf],""),vcBands[Ondergrens],vcBands[Bovengrens]),1,1)',
      value: 10.270170225,
    });
    expect(noord['Bezetting (fte)'].formula).toBe(
      '=CASELOAD.FTE_ON(TODAY(),IF((vcRoster[Team]=[@Team]),vcRoster[Fte],""),vcRoster[Van],vcRoster[Tot])',
    );
    const weeks = sheets.find(s => s.key === 'implement')!.tables.find(t => t.name === 'vcWeeks')!;
    expect(weeks.header).toEqual([
      'Team',
      'Week',
      'Open casussen',
      'Fte ingevuld',
      'Fte aanwezig',
      'Bron',
      'Caseload per fte',
      'Ondergrens',
      'Bovengrens',
      'Bandbreedte vanaf',
      'Status',
      'Controle',
    ]);
    // A week is a date; its bounds are the version in force in that week, never today's band.
    expect(weeks.rows[0][1].value).toBe(46174); // Monday 1 June 2026
    expect(weeks.rows[0][7]).toMatchObject({
      formula:
        '=INDEX(CASELOAD.BAND_ON([@Week],IF((vcBands[Team]=[@Team]),vcBands[Vanaf],""),vcBands[Ondergrens],vcBands[Bovengrens]),1,1)',
      value: 10.8107055,
    });
    expect(weeks.rows[0][4].formula).toBe(
      '=IF([@[Fte ingevuld]]="",CASELOAD.FTE_ON([@Week],IF((vcRoster[Team]=[@Team]),vcRoster[Fte],""),vcRoster[Van],vcRoster[Tot],vcRoster[Vermindering]),[@[Fte ingevuld]])',
    );
    expect(weeks.rows[0][5].value).toBe('rooster');
    // What the week was graded with: the version of 1 June, and nothing to check.
    expect(weeks.rows[0][9].value).toBe(46174);
    expect(weeks.rows[0][11].value).toBe('');
    expect(weeks.rows[10].slice(3, 6).map(c => c.value)).toEqual([3.6, 3.6, 'ingevuld']);
    // One chart per team over its own rows.
    expect(sheets.find(s => s.key === 'implement')!.charts.map(c => [c.name, c.categories, c.series])).toEqual([
      ['vcWeekChart1', 'B23:B48', 'G23:I48'],
      ['vcWeekChart2', 'B49:B74', 'G49:I74'],
      ['vcWeekChart3', 'B75:B100', 'G75:I100'],
      ['vcWeekChart4', 'B101:B126', 'G101:I126'],
    ]);
    const tracker = sheets.find(s => s.key === 'tracker')!.tables[0];
    expect(tracker.rows[0].map(c => c.value)).toEqual([
      1,
      tracker.rows[0][1].value,
      'Gereed',
      'Teamleider',
      '2026-05-15',
    ]);
  });

  it('reads headers and status words written by an English Office', async () => {
    const book = await bookWith(samplePlan());
    book.setCell('VC Werkpakket', 'A3', 'Step');
    book.setCell('VC Werkpakket', 'C3', 'Status');
    book.setCell('VC Werkpakket', 'C4', 'Done');
    book.setCell('VC Werkpakket', 'C5', 'DONE');
    book.setCell('VC Situatie', 'O7', 'Area');
    book.setCell('VC Situatie', 'R8', 'Rising');
    book.setCell('VC Bandbreedte', 'A11', 'Contract hours per week');
    book.setCell('VC Teams', 'A13', 'Team');
    const read = await memoryStorage(book).load();
    expect(read.warnings).toEqual([]);
    expect(read.plan).toEqual(samplePlan());
  });

  it('keeps the choice of formulas on the settings sheet, and writes standard formulas when chosen', async () => {
    const book = await bookWith({ ...samplePlan(), formulas: 'standard' });
    expect(book.cell('VC Instellingen', 'A6')?.value).toBe('Formules');
    expect(book.cell('VC Instellingen', 'B6')?.value).toBe('Standaard Excel-formules');
    const settings = book.sheets.find(s => s.name === 'VC Instellingen')!;
    expect(settings.lists.get('B6')).toEqual(['CASELOAD-functies', 'Standaard Excel-formules']);
    const formulas = book.sheets.flatMap(s => [...s.cells.values()].flatMap(c => (c.formula ? [c.formula] : [])));
    expect(formulas.length).toBeGreaterThan(100);
    expect(formulas.filter(f => f.includes('CASELOAD.'))).toEqual([]);
    expect((await memoryStorage(book).load()).plan.formulas).toBe('standard');
    // Chosen on the sheet, in either language; a blank cell (a workbook from before the choice) is CASELOAD.
    for (const [typed, read] of [
      ['caseload functions', 'caseload'],
      ['Standard Excel formulas', 'standard'],
      ['', 'caseload'],
    ] as const) {
      book.setCell('VC Instellingen', 'B6', typed);
      const loaded = await memoryStorage(book).load();
      expect(loaded.warnings).toEqual([]);
      expect(loaded.plan.formulas).toBe(read);
    }
  });

  it('reads a week typed as a label, or a date in its week, as the Monday of that week', async () => {
    const book = await bookWith(samplePlan());
    book.setCell('VC Implementatie', 'B23', 'wk 23 2026');
    book.setCell('VC Implementatie', 'B24', 46183); // Wednesday 10 June 2026
    const read = await memoryStorage(book).load();
    expect(read.warnings).toEqual([]);
    expect(read.plan.teams[0].weeks.slice(0, 2).map(w => w.week)).toEqual(['2026-06-01', '2026-06-08']);
  });
});

describe.each(['memory', 'office'] as const)('saving again (%s adapter)', kind => {
  const changed = (plan: Plan): Plan => ({
    ...plan,
    situation: {
      ...plan.situation,
      areas: [...plan.situation.areas, { ...plan.situation.areas[0], id: 'oost', name: 'Oost' }],
    },
    teams: plan.teams.map((t, i) => (i === 0 ? { ...t, weeks: t.weeks.slice(0, 2) } : t)),
    implement: { ...plan.implement, reflections: [] },
  });

  it('grows and shrinks the tables and leaves no stale rows behind', async () => {
    const book = new MemoryWorkbook();
    const excel = fakeExcel(book);
    const adapter = kind === 'memory' ? memoryStorage(book) : officeStorage(excel.run);
    await adapter.load();
    await adapter.save(samplePlan());
    excel.resetSyncs();
    await adapter.save(changed(samplePlan()));
    const weeks = samplePlan().teams.reduce((n, t) => n + t.weeks.length, 0) - 24;
    if (kind === 'office') {
      // One round trip to check nobody else saved meanwhile, one to write.
      expect(excel.syncs()).toBe(2);
      expect(excel.calls).toEqual(
        expect.arrayContaining([
          'table.resize vcAreas A7:I12',
          `clear VC Implementatie!A${23 + weeks}:L${22 + weeks + 24}`,
        ]),
      );
    }
    expect(
      book
        .values('VC Implementatie', { top: 22 + weeks, left: 0, bottom: 22 + weeks + 23, right: 11 })
        .flat()
        .every(v => v === null),
    ).toBe(true);
    const read = await (kind === 'memory' ? memoryStorage(book) : officeStorage(excel.run)).load();
    expect(read.warnings).toEqual([]);
    expect(read.plan).toEqual(changed(samplePlan()));
  });
});
