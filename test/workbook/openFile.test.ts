// Opening an .xlsx in the browser pane, as the workbook layer reads it: a file that would unpack to
// more than the pane can hold is refused before anything is unpacked, and a workbook another
// program wrote (openpyxl, pandas: part paths from the package's root) opens like one from Excel.
// docs/bad-input.md's "Opening a file" rows are run here (the large case list in Chromium).
import { samplePlan } from '../../src/core';
import { memoryStorage } from '../../src/workbook/memory/memoryPort';
import { MemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { exportXlsx } from '../../src/workbook/memory/xlsxExport';
import { importXlsx } from '../../src/workbook/memory/xlsxImport';
import { MAX_UNPACKED_BYTES, relativeTarget, TooLargeToOpen } from '../../src/workbook/memory/readableXlsx';
import { badInputTable, quoted } from './support/markdownTable';
import { declaringUnpacked, withRootTargets } from './support/otherWriters';
import { sampleSources } from './support/userSheets';

async function sampleFile(): Promise<Uint8Array> {
  const book = new MemoryWorkbook({ sheets: sampleSources() });
  await memoryStorage(book).save(samplePlan());
  return exportXlsx(book);
}

describe('opening a file', () => {
  let file: Uint8Array;
  beforeAll(async () => {
    file = await sampleFile();
  });

  it('refuses a file whose parts would unpack to 1.9 GB, before unpacking any', async () => {
    const bomb = declaringUnpacked(file, 'xl/worksheets/sheet1.xml', 1_900_000_000);
    const refused = await importXlsx(bomb).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TooLargeToOpen);
    expect((refused as TooLargeToOpen).unpackedBytes).toBeGreaterThan(1_900_000_000);
  });

  it('opens a file just under the limit of what it may unpack to', async () => {
    const large = declaringUnpacked(file, 'xl/worksheets/sheet1.xml', MAX_UNPACKED_BYTES - 1_000_000);
    // The part unpacks to what it holds: the declared size only bounds it.
    const book = await importXlsx(large);
    expect((await memoryStorage(book).load()).plan).toEqual(samplePlan());
  });

  it('opens a workbook written with part paths from the root (openpyxl, pandas) as one from Excel', async () => {
    const openpyxl = withRootTargets(file);
    const book = await importXlsx(openpyxl);
    const loaded = await memoryStorage(book).load();
    expect(loaded.warnings).toEqual([]);
    expect(loaded.plan).toEqual(samplePlan());
    expect(book.sheets.filter(s => s.user).map(s => s.name)).toEqual(sampleSources().map(s => s.name));
  });

  it.each([
    ['xl', '/xl/worksheets/sheet1.xml', 'worksheets/sheet1.xml'],
    ['xl/worksheets', '/xl/tables/table1.xml', '../tables/table1.xml'],
    ['', '/xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/worksheets', '/xl/worksheets/sheet2.xml', 'sheet2.xml'],
    ['xl/drawings', '/xl/media/image1.png', '../media/image1.png'],
  ])('names %s → %s as %s', (folder, target, relative) => {
    expect(relativeTarget(folder, target)).toBe(relative);
  });
});

/** The files docs/bad-input.md names, made from the sample workbook. */
const FILES: Record<string, (sample: Uint8Array) => Uint8Array> = {
  'zip-bomb': sample => declaringUnpacked(sample, 'xl/worksheets/sheet1.xml', 1_900_000_000),
  'root-part-paths': withRootTargets,
  'not-a-workbook': () => new TextEncoder().encode('Notities voor het teamoverleg'),
};

describe('docs/bad-input.md: opening a file', () => {
  const rows = badInputTable('## Opening a file', ['id', 'file', 'outcome', 'what the user sees']);
  const here = rows.filter(([, , outcome]) => !outcome.includes('Chromium'));
  let sample: Uint8Array;
  beforeAll(async () => {
    sample = await sampleFile();
  });

  it('has a file for every row checked here', () => {
    expect(here.map(([id]) => id).sort()).toEqual(Object.keys(FILES).sort());
  });

  it.each(here.map(row => [row[0], row[2]] as const))('%s: %s', async (id, outcome) => {
    const read = await importXlsx(FILES[id](sample)).then(
      async book => (await memoryStorage(book).load()).plan,
      (error: unknown) => error,
    );
    if (quoted(outcome)[0] === 'opens') expect(read).toEqual(samplePlan());
    else if (outcome.includes('too large')) expect(read).toBeInstanceOf(TooLargeToOpen);
    else {
      expect(read).toBeInstanceOf(Error);
      expect(read).not.toBeInstanceOf(TooLargeToOpen);
    }
  });
});
