// Workbooks users already have must open with nothing lost. The fixture is the sample workbook
// exactly as an earlier version wrote it (format 1, with headers since renamed, such as "Korting"
// for what is now "Vermindering"): it is read through both doors, memory and Office, and must give
// the plan that version read from it, without a warning; a save then writes today's words.
import fs from 'fs';
import path from 'path';
import { Plan } from '../../src/core';
import { memoryStorage } from '../../src/workbook/memory/memoryPort';
import { importXlsx } from '../../src/workbook/memory/xlsxImport';
import { fakeExcel } from './support/fakeExcel';
import { AdapterKind, officeStorage } from './support/storage';

const FIXTURE = path.resolve(__dirname, '../fixtures/format-1');
const written = fs.readFileSync(path.join(FIXTURE, 'written-by-main.xlsx'));
const readThen = JSON.parse(fs.readFileSync(path.join(FIXTURE, 'plan.json'), 'utf8')) as Plan;

async function open(kind: AdapterKind) {
  const book = await importXlsx(written);
  const storage = kind === 'memory' ? memoryStorage(book) : officeStorage(fakeExcel(book).run);
  return { book, storage };
}

describe.each(['memory', 'office'] as const)('a format-1 workbook (%s)', kind => {
  it('opens with every value the earlier version read from it, and no warning', async () => {
    const { storage } = await open(kind);
    const loaded = await storage.load();
    expect(loaded.warnings).toEqual([]);
    expect(loaded.fresh).toBe(false);
    expect(loaded.protectedNames).toEqual([]);
    expect(loaded.plan).toEqual(readThen);
  });

  it('is written back with today’s headers and formulas, and reads back the same', async () => {
    const { book, storage } = await open(kind);
    const loaded = await storage.load();
    const saved = await storage.save(loaded.plan);
    expect(saved.skipped).toEqual([]);
    expect(book.cell('VC Bandbreedte', 'J3')?.value).toBe('Vermindering');
    expect(book.cell('VC Bandbreedte', 'B32')?.formula).toContain('vcFactors[Vermindering]');
    const again = await memoryStorage(book).load();
    expect(again.warnings).toEqual([]);
    expect(again.plan).toEqual(readThen);
  });

  it('keeps the user’s own sheet exactly as it was', async () => {
    const { book, storage } = await open(kind);
    const before = [...book.sheet('Eigen gegevens')!.cells];
    await storage.save((await storage.load()).plan);
    expect([...book.sheet('Eigen gegevens')!.cells]).toEqual(before);
    expect(book.sheet('Eigen gegevens')!.user).toBe(true);
  });
});
