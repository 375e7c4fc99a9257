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

describe('toSheets / fromSheets', () => {
  it('reads the sample plan back unchanged', async () => {
    const book = await bookWith(samplePlan());
    const read = fromSheets(snapshotOf(book));
    expect(read.warnings).toEqual([]);
    expect(read.fresh).toBe(false);
    expect(read.protectedNames).toEqual([]);
    expect(read.plan).toEqual(samplePlan());
  });

  it('finds nothing of its own in a new workbook', () => {
    const read = fromSheets({ sheets: ['Blad1'], cells: {}, tables: [], charts: {} }, 'en');
    expect(read).toMatchObject({ fresh: true, warnings: [], protectedNames: [], plan: emptyPlan('en') });
  });

  it('names the sheets in Dutch and keeps the band live with CASELOAD formulas', () => {
    const sheets = toSheets(samplePlan());
    expect(sheets.map(s => s.name)).toEqual(ADDIN_SHEETS);
    const band = Object.fromEntries(sheets[1].cells.map(c => [c.address, c]));
    expect(band.A11.value).toBe('Uren per week');
    expect(band.B11.value).toBe(36);
    expect(band.B32).toMatchObject({
      formula: '=CASELOAD.BANDWIDTH($B$31,$B$20,$B$21,vcFactors[Vermindering])',
      value: 20.54034045,
      spill: [32.86454472],
    });
    expect(band.B34.formula).toBe('=CASELOAD.TEAM_BANDWIDTH(vcRoster[Fte],vcRoster[Vermindering],$B$33,$C$33)');
    const weeks = sheets[2].tables.find(t => t.name === 'vcWeeks')!;
    expect(weeks.header).toEqual([
      'Week',
      'Open casussen',
      'Fte aanwezig',
      'Caseload per fte',
      'Ondergrens',
      'Bovengrens',
      'Status',
    ]);
    expect(weeks.rows[0].map(c => c.formula)).toEqual([
      undefined,
      undefined,
      undefined,
      '=CASELOAD.CASELOAD_PER_FTE([@[Open casussen]],[@[Fte aanwezig]])',
      "='VC Bandbreedte'!$B$33",
      "='VC Bandbreedte'!$C$33",
      '=CASELOAD.BANDWIDTH_STATUS([@[Caseload per fte]],[@Ondergrens],[@Bovengrens])',
    ]);
    expect(sheets[2].chart).toMatchObject({ categories: 'A23:A30', series: 'D22:F30' });
    const tracker = sheets.find(s => s.key === 'tracker')!.tables[0];
    expect(tracker.rows[0].map(c => c.value)).toEqual([
      1,
      tracker.rows[0][1].value,
      'Gereed',
      'Teamleider',
      '2026-09-15',
    ]);
  });

  it('reads headers and status words written by an English Office', async () => {
    const book = await bookWith(samplePlan());
    book.setCell('VC Werkpakket', 'A3', 'Step');
    book.setCell('VC Werkpakket', 'C3', 'Status');
    book.setCell('VC Werkpakket', 'C4', 'Done');
    book.setCell('VC Werkpakket', 'C5', 'DONE');
    book.setCell('VC Situatie', 'M7', 'Area');
    book.setCell('VC Situatie', 'P8', 'Rising');
    book.setCell('VC Bandbreedte', 'A11', 'Hours per week');
    const read = await memoryStorage(book).load();
    expect(read.warnings).toEqual([]);
    expect(read.plan).toEqual(samplePlan());
  });
});

describe.each(['memory', 'office'] as const)('saving again (%s adapter)', kind => {
  const changed = (plan: Plan): Plan => ({
    ...plan,
    situation: {
      ...plan.situation,
      areas: [...plan.situation.areas, { ...plan.situation.areas[0], name: 'Oost' }],
    },
    implement: { ...plan.implement, weeks: plan.implement.weeks.slice(0, 2), reflections: [] },
  });

  it('grows and shrinks the tables and leaves no stale rows behind', async () => {
    const book = new MemoryWorkbook();
    const excel = fakeExcel(book);
    const adapter = kind === 'memory' ? memoryStorage(book) : officeStorage(excel.run);
    await adapter.load();
    await adapter.save(samplePlan());
    excel.resetSyncs();
    await adapter.save(changed(samplePlan()));
    if (kind === 'office') {
      expect(excel.syncs()).toBe(1);
      expect(excel.calls).toEqual(
        expect.arrayContaining(['table.resize vcAreas A7:G11', 'clear VC Implementatie!A25:G30']),
      );
    }
    expect(
      book
        .values('VC Implementatie', { top: 24, left: 0, bottom: 30, right: 6 })
        .flat()
        .every(v => v === null),
    ).toBe(true);
    const read = await (kind === 'memory' ? memoryStorage(book) : officeStorage(excel.run)).load();
    expect(read.warnings).toEqual([]);
    expect(read.plan).toEqual(changed(samplePlan()));
  });
});
