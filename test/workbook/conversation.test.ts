// The conversation side in the workbook: felt workload stays counts (whole numbers, no names)
// through a save and a load, through both doors and through an .xlsx file; a hand-typed fraction is
// reported, not rounded away; the case list, agreements and notes read back as they were; the
// overview prints on one A4 page in landscape with its header, in the file and through Office.js;
// a workbook written before this opens with the new lists empty and the settings at their defaults;
// and a case list whose case numbers look like names is not taken over.
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { DEFAULT_CONVERSATION, Plan, samplePlan } from '../../src/core';
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
  plan.teams.map(t => ({ caseList: t.caseList, felt: t.felt, division: t.division, notes: t.notes }));

describe.each(['memory', 'office'] as const)('the conversation through a save and a load (%s)', kind => {
  it('keeps the counts as counts, and the case list, agreements and notes as they were', async () => {
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
    expect(book.tables.find(t => t.name === 'vcFelt')!.address).toMatch(/^M10:/);
    expect(book.cell('VC Gesprek', 'O10')?.value).toBe('Te weinig');
    book.setCell('VC Gesprek', 'O11', 2.5); // Noord's first count of "too little"
    const loaded = await memoryStorage(book, 'nl', () => TODAY).load();
    expect(loaded.warnings).toEqual([
      expect.objectContaining({ where: 'vcFelt', problem: 'rowUnreadable', detail: expect.stringContaining('O11') }),
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
    expect([team.caseList, team.felt, team.division, team.notes]).toEqual([[], [], [], []]);
  }
});

describe('a case list from a table of the user’s own', () => {
  it('takes case numbers with their hours or weeks open, and keeps a reflection already made', () => {
    const { value, names, skippedCount } = importListedCases(
      [
        ['Dossier', 'Soort', 'Uren', 'Weken open'],
        ['N-0415', 'Enkelvoudige vraag', '40', ''],
        ['N-0999', 'Meervoudige vraag', '', 30],
        ['', 'Meervoudige vraag', 5, ''],
      ],
      { caseNumber: 'Dossier', category: 'Soort', hours: 'Uren', weeksOpen: 'Weken open' },
    );
    expect(names).toBe(false);
    expect(skippedCount).toBe(1);
    expect(value.map(c => [c.caseNumber, c.hours, c.weeksOpen])).toEqual([
      ['N-0415', 40, null],
      ['N-0999', null, 30],
    ]);
    const plan = withCaseList(samplePlan(), 0, value);
    expect(plan.teams[0].caseList[0].outcome).toBe('factor'); // N-0415 was reflected on before
  });

  it('refuses a case-number column that holds names', () => {
    const { value, names } = importListedCases(
      [
        ['Cliënt', 'Categorie'],
        ['Jansen', 'Enkelvoudige vraag'],
        ['A. de Vries', 'Meervoudige vraag'],
      ],
      { caseNumber: 'Cliënt', category: 'Categorie' },
    );
    expect(names).toBe(true);
    expect(value).toEqual([]);
  });

  it('skips a single row whose case number is a name, and says so, taking the others', () => {
    const { value, names, skipped } = importListedCases(
      [
        ['Dossier', 'Categorie', 'Uren'],
        ['N-0415', 'Enkelvoudige vraag', 12],
        ['van den Berg', 'Meervoudige vraag', 30],
        ['N-0416', 'Meervoudige vraag', 50],
      ],
      { caseNumber: 'Dossier', category: 'Categorie', hours: 'Uren' },
    );
    expect(names).toBe(false);
    expect(value.map(c => c.caseNumber)).toEqual(['N-0415', 'N-0416']);
    expect(skipped.map(s => [s.row, s.column])).toEqual([[3, 'Dossier']]);
  });
});
