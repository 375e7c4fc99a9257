// The conversation side in the workbook: felt workload stays counts (whole numbers, no names)
// through a save and a load, through both doors and through an .xlsx file; a hand-typed fraction is
// reported, not rounded away; the case list, agreements and shared notes read back as they were,
// and no table of the add-in has a column for the person a reflection note belongs to; a workbook
// of format 5 that still has the notes with a name (vcNotes) opens with them shared without the
// name and loses the table at the next save; the overview prints on one A4 page in landscape with
// its header, in the file and through Office.js, and shows a felt count only from the answers VC
// Instellingen asks for; a workbook written before this opens with the new lists empty and the
// settings at their defaults; and a case list whose case numbers are names, BSNs or dates is not
// taken over.
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { ALL_TABLES } from '../../src/workbook/layout';
import { computeFigures, DEFAULT_CONVERSATION, overview, Plan, samplePlan } from '../../src/core';
import { cellAddress, parseArea } from '../../src/workbook/addresses';
import { toSheets } from '../../src/workbook/toSheets';
import { importListedCases, withCaseList } from '../../src/workbook/importSources';
import { withoutColumnFormulas } from '../../src/workbook/memory/calculatedColumns';
import { memoryStorage } from '../../src/workbook/memory/memoryPort';
import { MemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { exportXlsx } from '../../src/workbook/memory/xlsxExport';
import { importXlsx } from '../../src/workbook/memory/xlsxImport';
import { fakeExcel } from './support/fakeExcel';
import { bookWith, officeStorage } from './support/storage';

const TODAY = '2026-12-02';
const conversationOf = (plan: Plan) =>
  plan.teams.map(t => ({ caseList: t.caseList, felt: t.felt, division: t.division, sharedNotes: t.sharedNotes }));

describe.each(['memory', 'office'] as const)('the conversation through a save and a load (%s)', kind => {
  it('keeps the counts as counts, and the case list, agreements and shared notes as they were', async () => {
    const plan = samplePlan();
    const book = await bookWith(plan);
    const storage = kind === 'memory' ? memoryStorage(book, 'nl', () => TODAY) : officeStorage(fakeExcel(book).run);
    const loaded = await storage.load();
    expect(loaded.warnings).toEqual([]);
    expect(conversationOf(loaded.plan)).toEqual(conversationOf(plan));
    expect(loaded.plan.conversation).toEqual(plan.conversation);
    for (const felt of loaded.plan.teams.flatMap(t => t.felt)) {
      expect(Object.keys(felt).sort()).toEqual(['date', 'right', 'tooLittle', 'tooMuch']);
      for (const count of [felt.tooLittle, felt.right, felt.tooMuch]) expect(Number.isInteger(count)).toBe(true);
    }
  });
});

describe('reflection notes in the workbook', () => {
  it('have no column for a person: only notes shared with the team, without a name, reach a sheet', () => {
    const notes = ALL_TABLES.find(t => t.name === 'vcSharedNotes')!;
    expect(notes.columns.map(c => c.header.nl)).toEqual(['Team', 'Datum', 'Aspect', 'Gedeelde notitie (zonder naam)']);
    // No table of the add-in's takes an aspect of felt pressure beside a name.
    for (const table of ALL_TABLES) {
      const fields = table.columns.flatMap(c => (c.kind === 'input' ? [c.field] : []));
      if (fields.includes('aspect')) expect(fields).not.toContain('person');
      expect(table.name).not.toBe('vcNotes');
    }
    const written = toSheets(samplePlan(), TODAY).flatMap(sheet => sheet.tables);
    expect(written.find(t => t.name === 'vcSharedNotes')!.rows.map(row => row.map(c => c.value))).toEqual([
      ['Noord', '2026-11-16', 'Energieverspilling', samplePlan().teams[0].sharedNotes[0].note],
    ]);
  });

  it('with a name, as format 5 kept them before, open as shared notes without it, and the name goes at the next save', async () => {
    // A workbook saved by the add-in before notes stayed with their person: vcNotes with a Naam column.
    const plan = samplePlan();
    plan.teams[0].sharedNotes = [];
    const book = await bookWith(plan);
    const place = book.tables.find(t => t.name === 'vcSharedNotes')!;
    const { top, left } = parseArea(place.address);
    const at = (row: number, col: number) => cellAddress({ row: top + row, col: left + col });
    book.apply([{ op: 'deleteTable', sheet: 'VC Gesprek', name: 'vcSharedNotes' }]);
    const named = [
      ['Team', 'Naam', 'Datum', 'Aspect', 'Notitie'],
      ['Noord', 'Bram', '2026-11-16', 'Energieverspilling', 'Storingen kosten me energie.'],
      ['Jeugd', 'Vera', '2026-11-20', 'Kwaliteit', 'Wanneer is het goed genoeg?'],
    ];
    book.apply([
      { op: 'addTable', sheet: 'VC Gesprek', name: 'vcNotes', address: `${at(0, 0)}:${at(2, 4)}` },
      { op: 'write', sheet: 'VC Gesprek', address: at(0, 0), cells: named.map(row => row.map(value => ({ value }))) },
    ]);
    // Its settings record lists the tables of that time.
    const record = JSON.parse(String(book.cell('VC Instellingen', 'B3')!.value));
    record.tables = record.tables.map((name: string) => (name === 'vcSharedNotes' ? 'vcNotes' : name));
    book.setCell('VC Instellingen', 'B3', JSON.stringify(record));
    const storage = memoryStorage(book, 'nl', () => TODAY);
    const loaded = await storage.load();
    expect(loaded.warnings).toEqual([]);
    expect(loaded.movedNotes).toEqual([
      { team: 'Noord', people: ['Bram'], count: 1 },
      { team: 'Jeugd', people: ['Vera'], count: 1 },
    ]);
    expect(loaded.plan.teams[0].sharedNotes).toEqual([
      { date: '2026-11-16', aspect: 'energy', note: 'Storingen kosten me energie.' },
    ]);
    expect(loaded.plan.teams[3].sharedNotes).toEqual([
      { date: '2026-11-20', aspect: 'quality', note: 'Wanneer is het goed genoeg?' },
    ]);
    expect((await storage.save(loaded.plan)).skipped).toEqual([]);
    expect(book.tables.map(t => t.name)).not.toContain('vcNotes');
    const shared = book.tables.find(t => t.name === 'vcSharedNotes')!;
    expect(book.values(shared.sheet, parseArea(shared.address)).flat()).not.toContain('Bram');
    const again = await storage.load();
    expect(again.movedNotes).toBeUndefined();
    expect(again.plan).toEqual(loaded.plan);
  });

  it('with a name that cannot be read leave the sheet as it is, so nothing is lost', async () => {
    const book = await bookWith(samplePlan());
    book.apply([
      { op: 'addTable', sheet: 'VC Gesprek', name: 'vcNotes', address: 'AH10:AL11' },
      {
        op: 'write',
        sheet: 'VC Gesprek',
        address: 'AH10',
        cells: [
          ['Team', 'Naam', 'Datum', 'Aspect', 'Notitie'],
          ['Noord', 'Bram', '2026-11-16', 'Geen aspect', 'Een notitie'],
        ].map(row => row.map(value => ({ value }))),
      },
    ]);
    const storage = memoryStorage(book, 'nl', () => TODAY);
    const loaded = await storage.load();
    expect(loaded.warnings).toEqual([expect.objectContaining({ where: 'vcNotes', problem: 'rowUnreadable' })]);
    expect((await storage.save(loaded.plan)).skipped).toEqual([
      expect.objectContaining({ where: 'vcNotes', problem: 'rowUnreadable' }),
    ]);
    expect(book.cell('VC Gesprek', 'AL11')?.value).toBe('Een notitie');
  });
});

describe('felt workload on the overview', () => {
  it('is shown only from the answers VC Instellingen asks for, in the formula and in the figure it caches', () => {
    const plan = samplePlan();
    // Jeugd, four people, counted once anyway (by hand in Excel): too few to show.
    plan.teams[3].felt = [{ date: '2026-11-16', tooLittle: 0, right: 1, tooMuch: 3 }];
    const table = toSheets(plan, TODAY)
      .find(s => s.key === 'overview')!
      .tables.find(t => t.name === 'vcOverview')!;
    const column = table.header.indexOf('Te veel');
    expect(table.rows[0][column].formula).toMatch(/^=IF\(.+>=\$?'?VC Instellingen'?!\$B\$\d+,LOOKUP\(.+\),NA\(\)\)$/);
    expect(table.rows.map(row => row[column].value)).toEqual([5, 2, 6, { error: '#N/A' }]);
    const jeugd = overview(
      plan,
      plan.teams.map((_t, i) => computeFigures(plan, i, TODAY)),
    ).teams[3];
    expect([jeugd.felt, jeugd.feltTooFew]).toEqual([undefined, true]);
    // Raised to 7, the latest counts of 6 (Noord, Centrum) are no longer shown either; Zuid's 7 still is.
    plan.privacy.minAnswers = 7;
    const raised = toSheets(plan, TODAY)
      .find(s => s.key === 'overview')!
      .tables.find(t => t.name === 'vcOverview')!;
    expect(raised.rows.map(row => row[column].value)).toEqual([
      { error: '#N/A' },
      { error: '#N/A' },
      6,
      { error: '#N/A' },
    ]);
  });
});

describe('in an .xlsx file', () => {
  const file = async () => {
    const book = await bookWith(samplePlan());
    return exportXlsx(book);
  };

  it('keeps the counts as whole numbers in their cells, and reads them back the same', async () => {
    const bytes = await file();
    const again = await memoryStorage(await importXlsx(bytes), 'nl', () => TODAY).load();
    expect(again.warnings).toEqual([]);
    expect(conversationOf(again.plan)).toEqual(conversationOf(samplePlan()));
  });

  it('reports a count typed as a fraction instead of rounding it', async () => {
    const book = await importXlsx(await file());
    expect(book.tables.find(t => t.name === 'vcFelt')!.address).toMatch(/^N10:/);
    expect(book.cell('VC Gesprek', 'P10')?.value).toBe('Te weinig');
    book.setCell('VC Gesprek', 'P11', 2.5); // Noord's first count of "too little"
    const loaded = await memoryStorage(book, 'nl', () => TODAY).load();
    expect(loaded.warnings).toEqual([
      expect.objectContaining({ where: 'vcFelt', problem: 'rowUnreadable', detail: expect.stringContaining('P11') }),
    ]);
  });

  it('prints the overview on one A4 page in landscape, with the municipality, the teams and the date in the header', async () => {
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await withoutColumnFormulas(await file())) as never);
    const sheet = read.getWorksheet('VC Overzicht')!;
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
    });
    expect(sheet.headerFooter.oddHeader).toBe(
      '&LGemeente Waalbeek (voorbeeld)&CVerantwoorde caseload, overzicht: Noord, Centrum, Zuid, Jeugd&R&D',
    );
    // The other sheets keep Excel's own page setup.
    expect(read.getWorksheet('VC Teams')!.pageSetup.fitToPage).toBeFalsy();
  });
});

it('the Office port sets the same page for the overview, in the one write round trip', async () => {
  const plan = { ...samplePlan(), situation: { ...samplePlan().situation, municipality: 'Gemeente A & B' } };
  const book = new MemoryWorkbook();
  const excel = fakeExcel(book);
  const storage = officeStorage(excel.run);
  await storage.load();
  await storage.save(plan);
  expect(excel.calls.filter(c => c.startsWith('pageLayout'))).toEqual([
    'pageLayout VC Overzicht Landscape A4 {"horizontalFitToPages":1,"verticalFitToPages":1} &D',
  ]);
  // "&" starts a code in a header: the municipality's own is doubled.
  expect(book.sheet('VC Overzicht')!.print?.header.left).toBe('Gemeente A && B');
});

it('a workbook written before the conversation side opens with it empty and at its defaults', async () => {
  const folder = path.resolve(__dirname, '../fixtures/format-2');
  const loaded = await memoryStorage(
    await importXlsx(fs.readFileSync(path.join(folder, 'written-by-main.xlsx'))),
    'nl',
    () => TODAY,
  ).load();
  expect(loaded.warnings).toEqual([]);
  expect(loaded.plan.conversation).toEqual(DEFAULT_CONVERSATION);
  for (const team of loaded.plan.teams) {
    expect([team.caseList, team.felt, team.division, team.sharedNotes]).toEqual([[], [], [], []]);
  }
});

describe('a case list from a table of the user’s own', () => {
  it('takes case numbers with their hours or weeks open, and keeps a reflection already made', () => {
    const { value, notCaseNumbers, skippedCount } = importListedCases(
      [
        ['Dossier', 'Soort', 'Uren', 'Weken open'],
        ['N-0415', 'Enkelvoudige vraag', '40', ''],
        ['N-0999', 'Meervoudige vraag', '', 30],
        ['', 'Meervoudige vraag', 5, ''],
      ],
      { caseNumber: 'Dossier', category: 'Soort', hours: 'Uren', weeksOpen: 'Weken open' },
    );
    expect(notCaseNumbers).toBe(false);
    expect(skippedCount).toBe(1);
    expect(value.map(c => [c.caseNumber, c.hours, c.weeksOpen])).toEqual([
      ['N-0415', 40, null],
      ['N-0999', null, 30],
    ]);
    const plan = withCaseList(samplePlan(), 0, value, TODAY);
    // N-0415 was reflected on before, and listed on the sample's day; N-0999 joins the list today.
    expect(plan.teams[0].caseList.map(c => [c.outcome, c.listed])).toEqual([
      ['factor', '2026-09-01'],
      ['', TODAY],
    ]);
  });

  it('refuses a case-number column that holds names', () => {
    const { value, notCaseNumbers } = importListedCases(
      [
        ['Cliënt', 'Categorie'],
        ['Jansen', 'Enkelvoudige vraag'],
        ['A. de Vries', 'Meervoudige vraag'],
      ],
      { caseNumber: 'Cliënt', category: 'Categorie' },
    );
    expect(notCaseNumbers).toBe(true);
    expect(value).toEqual([]);
  });

  it('refuses a case-number column of BSNs, and skips a row with a BSN, a date of birth or a name with a number', () => {
    const bsns = importListedCases(
      [
        ['Nummer', 'Categorie'],
        ['111222333', 'Enkelvoudige vraag'],
        [123456782, 'Meervoudige vraag'],
      ],
      { caseNumber: 'Nummer', category: 'Categorie' },
    );
    expect(bsns.notCaseNumbers).toBe(true);
    expect(bsns.value).toEqual([]);
    const { value, skipped } = importListedCases(
      [
        ['Dossier', 'Categorie'],
        ['N-0415', 'Enkelvoudige vraag'],
        ['1234.56.782', 'Enkelvoudige vraag'],
        ['14-03-1985', 'Meervoudige vraag'],
        ['Jansen 12', 'Meervoudige vraag'],
        ['N-0416', 'Meervoudige vraag'],
        ['N-0417', 'Meervoudige vraag'],
        ['N-0418', 'Meervoudige vraag'],
      ],
      { caseNumber: 'Dossier', category: 'Categorie' },
    );
    expect(value.map(c => c.caseNumber)).toEqual(['N-0415', 'N-0416', 'N-0417', 'N-0418']);
    expect(skipped.map(s => s.row)).toEqual([3, 4, 5]);
  });

  it('skips a single row whose case number is a name, and says so, taking the others', () => {
    const { value, notCaseNumbers, skipped } = importListedCases(
      [
        ['Dossier', 'Categorie', 'Uren'],
        ['N-0415', 'Enkelvoudige vraag', 12],
        ['van den Berg', 'Meervoudige vraag', 30],
        ['N-0416', 'Meervoudige vraag', 50],
      ],
      { caseNumber: 'Dossier', category: 'Categorie', hours: 'Uren' },
    );
    expect(notCaseNumbers).toBe(false);
    expect(value.map(c => c.caseNumber)).toEqual(['N-0415', 'N-0416']);
    expect(skipped.map(s => [s.row, s.column])).toEqual([[3, 'Dossier']]);
  });
});
