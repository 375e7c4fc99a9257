// A workbook that computes without the add-in: the sample written with standard Excel formulas,
// recalculated from scratch by LibreOffice (headless, which has never heard of CASELOAD), must
// show in every formula cell the figure core computed. The CASELOAD-mode file's stored results
// must be those same figures, and LibreOffice on that file is the control: it shows #NAME?, which
// proves the first file's numbers came from LibreOffice's own recalculation, not from what was stored.
import { strFromU8, unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Plan, samplePlan } from '../../src/core';
import { MemoryWorkbook } from '../../src/workbook';
import { memoryStorage } from '../../src/workbook/memory/memoryPort';
import { exportXlsx } from '../../src/workbook/memory/xlsxExport';
import { importXlsx } from '../../src/workbook/memory/xlsxImport';
import { slipped } from '../support/slips';

jest.setTimeout(120_000);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vc-libreoffice-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A fresh LibreOffice profile that recalculates every .xlsx it loads (its default is to trust the stored results). */
function profile(): string {
  const user = path.join(work, 'profile', 'user');
  fs.mkdirSync(user, { recursive: true });
  fs.writeFileSync(
    path.join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return path.join(work, 'profile');
}

/** The sample written in one formula mode: the workbook as the add-in holds it, and the .xlsx file. */
async function sampleIn(formulas: Plan['formulas'], plan = samplePlan(), name: string = formulas) {
  const book = new MemoryWorkbook();
  await memoryStorage(book).save({ ...plan, formulas });
  const file = path.join(work, `${name}.xlsx`);
  fs.writeFileSync(file, await exportXlsx(book));
  return { book, file };
}

/** The file as LibreOffice saves it after loading (and so recalculating) it. */
async function recalculated(file: string): Promise<MemoryWorkbook> {
  const out = path.join(work, 'out');
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile()}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, file],
      { stdio: 'pipe', timeout: 100_000 },
    );
  } catch (error) {
    throw new Error(`LibreOffice (soffice, Debian's libreoffice-calc-nogui) did not run: ${String(error)}`);
  }
  return importXlsx(fs.readFileSync(path.join(out, path.basename(file))));
}

/**
 * The calls of a CASELOAD function (of any stage's namespace) in an .xlsx file, in every part that
 * can hold a formula: cells, tables' calculated columns, names. Case matters: "Caseload per fte"
 * is a column of vcWeeks, which standard formulas may read.
 */
function caseloadCalls(file: string): { calls: number; formulas: number } {
  const parts = Object.entries(unzipSync(fs.readFileSync(file)))
    .filter(([name]) => name.startsWith('xl/') && name.endsWith('.xml'))
    .map(([, bytes]) => strFromU8(bytes));
  const formulas = parts.flatMap(xml => [...xml.matchAll(/<(f|calculatedColumnFormula|definedName)\b[^>]*>([^<]*)</g)]);
  const calls = formulas.filter(([, , text]) => /_xldudf_CASELOAD|\bCASELOAD[A-Z0-9]*\./.test(text));
  return { calls: calls.length, formulas: formulas.length };
}

/** Every formula cell of `expected` whose value in `actual` differs (numbers: relative 1e-9). */
function differences(expected: MemoryWorkbook, actual: MemoryWorkbook) {
  const found: string[] = [];
  let compared = 0;
  for (const sheet of expected.sheets) {
    const other = actual.sheets.find(s => s.name === sheet.name);
    for (const [address, cell] of sheet.cells) {
      if (!cell.formula) continue;
      compared++;
      const want = cell.value;
      const got = other?.cells.get(address)?.value ?? null;
      const same =
        typeof want === 'number' && typeof got === 'number'
          ? Math.abs(want - got) <= 1e-9 * Math.max(1, Math.abs(want))
          : JSON.stringify(want) === JSON.stringify(got);
      if (!same) found.push(`${sheet.name}!${address}: ${JSON.stringify(want)} ≠ ${JSON.stringify(got)}`);
    }
  }
  return { compared, found };
}

describe('a workbook that computes without the add-in', () => {
  it('in standard mode, LibreOffice computes every figure core computed', async () => {
    const { book, file } = await sampleIn('standard');
    // Not one CASELOAD function in the file: every figure is a standard formula.
    const { calls, formulas } = caseloadCalls(file);
    expect(formulas).toBeGreaterThan(1000);
    expect(calls).toBe(0);
    const { compared, found } = differences(book, await recalculated(file));
    expect(found).toEqual([]);
    // Every sheet's figures were compared: the eight sheets with live formulas, hundreds of cells.
    expect(compared).toBeGreaterThan(500);
    const sheetsWithFormulas = book.sheets.filter(s => [...s.cells.values()].some(c => c.formula)).map(s => s.name);
    expect(sheetsWithFormulas).toEqual(
      expect.arrayContaining([
        'VC Situatie',
        'VC Bandbreedte',
        'VC Teams',
        'VC Implementatie',
        "VC Scenario's",
        'VC Financiën',
        'VC Gesprek',
        'VC Overzicht',
      ]),
    );
  });

  it('in CASELOAD mode the file stores the same figures, which a spreadsheet without the add-in cannot compute', async () => {
    const standard = await sampleIn('standard');
    const caseload = await sampleIn('caseload');
    expect(caseloadCalls(caseload.file).calls).toBeGreaterThan(500);
    const stored = await importXlsx(fs.readFileSync(caseload.file));
    expect(differences(caseload.book, stored).found).toEqual([]);
    // The same figures in both modes, cell by cell.
    expect(differences(standard.book, caseload.book).found).toEqual([]);
    // The control: LibreOffice recalculated, and knows no CASELOAD function.
    const { found } = differences(caseload.book, await recalculated(caseload.file));
    expect(found.filter(d => d.endsWith('{"error":"#NAME?"}')).length).toBeGreaterThan(100);
  });

  it('in standard mode, LibreOffice says in every Controle cell what core’s plausibility checks say', async () => {
    const { book, file } = await sampleIn('standard', slipped(), 'slipped');
    const checks = (workbook: MemoryWorkbook) =>
      workbook.sheets.flatMap(sheet =>
        [...sheet.cells].filter(([, cell]) => cell.formula?.startsWith('=MID(')).map(([at]) => `${sheet.name}!${at}`),
      );
    const cells = checks(book);
    // The shared hours' line and a Controle cell on every roster, factor and week row.
    const rows = slipped().teams.reduce((n, t) => n + t.roster.length + t.factors.length + t.weeks.length, 0);
    expect(cells.length).toBe(1 + rows);
    const said = (workbook: MemoryWorkbook) =>
      cells.map(at => {
        const [sheet, address] = at.split('!');
        return `${at} ${String(workbook.sheets.find(s => s.name === sheet)?.cells.get(address)?.value ?? '')}`;
      });
    const expected = said(book);
    expect(expected.filter(line => !line.endsWith(' ')).length).toBe(9);
    expect(said(await recalculated(file))).toEqual(expected);
  });

  it('in standard mode, a week added but not entered yet is blank, passed over, and read back as not entered', async () => {
    const sample = samplePlan();
    const added = { week: '2026-11-30', openCases: null, ftePresent: null };
    const plan = { ...sample, teams: sample.teams.map(t => ({ ...t, weeks: [...t.weeks, added] })) };
    const { book, file } = await sampleIn('standard', plan, 'empty-week');
    const { found } = differences(book, await recalculated(file));
    expect(found).toEqual([]);
    // Noord's new week: its caseload and status are blank, the band it will be graded with is there.
    const row = 22 + sample.teams[0].weeks.length + 1;
    const cell = (col: string) => book.sheets.find(s => s.name === 'VC Implementatie')?.cells.get(`${col}${row}`);
    expect([cell('B')?.value, cell('C')?.value]).toEqual([46356, null]);
    expect([cell('G'), cell('K')].map(c => [c?.formula?.startsWith('=IF('), c?.value ?? ''])).toEqual([
      [true, ''],
      [true, ''],
    ]);
    expect(typeof cell('H')?.value).toBe('number');
    expect((await memoryStorage(book).load()).plan).toEqual({ ...plan, formulas: 'standard' });
  });

  it('writes only functions every spreadsheet has in standard mode', async () => {
    const { book } = await sampleIn('standard');
    const formulas = book.sheets.flatMap(s => [...s.cells.values()].flatMap(c => (c.formula ? [c.formula] : [])));
    const functions = new Set(formulas.flatMap(f => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map(m => m[1])));
    expect([...functions].filter(name => !COMMON.has(name))).toEqual([]);
  });
});

/** Functions Excel 2010 and later, LibreOffice and Google Sheets all have. */
const COMMON = new Set([
  'SUM',
  'SUMIFS',
  'COUNTIFS',
  'SUMPRODUCT',
  'PRODUCT',
  'INDEX',
  'MATCH',
  'LOOKUP',
  'MIN',
  'MAX',
  'IF',
  'IFERROR',
  'ISNUMBER',
  'NA',
  'ROW',
  'TODAY',
  'YEAR',
  'DATE',
  'MID',
]);
