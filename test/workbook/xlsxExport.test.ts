// The .xlsx download and `npm run sample`: a real file with the add-in's sheets, named tables and
// live formulas, each with the result core computed so the file opens showing numbers; read back,
// it holds the same plan.
import ExcelJS from 'exceljs';
import { computeFigures, samplePlan } from '../../src/core';
import { areaAddress, parseArea } from '../../src/workbook/addresses';
import { fromSheets } from '../../src/workbook/fromSheets';
import type { WorkbookSnapshot } from '../../src/workbook/storage/port';
import { bookWith } from './support/storage';
import { sampleSources } from './support/userSheets';
import { fileFormula } from '../../src/workbook/memory/fileFormula';
import { exportXlsx } from '../../src/workbook/memory/xlsxExport';
import { ADDIN_SHEETS, USER_SHEETS } from './support/sheetNames';

async function sampleFile() {
  const book = await bookWith(samplePlan(), { sheets: sampleSources() });
  const file = new ExcelJS.Workbook();
  await file.xlsx.load((await exportXlsx(book)) as never);
  return file;
}

/** A cell of the file as the add-in reads values: a formula by its cached result. */
function valueOf(cell: ExcelJS.Cell): unknown {
  const value = cell.value as unknown;
  if (value && typeof value === 'object' && 'formula' in value) return (value as { result?: unknown }).result ?? null;
  if (value && typeof value === 'object' && 'sharedFormula' in value) return (value as { result?: unknown }).result;
  return value ?? null;
}

function snapshotOf(file: ExcelJS.Workbook): WorkbookSnapshot {
  const snapshot: WorkbookSnapshot = { sheets: [], cells: {}, tables: [], charts: {} };
  file.eachSheet(sheet => {
    snapshot.sheets.push(sheet.name);
    const grid: unknown[][] = [];
    sheet.eachRow((row, r) => {
      grid[r - 1] = [];
      row.eachCell((cell, c) => (grid[r - 1][c - 1] = valueOf(cell)));
    });
    snapshot.cells[sheet.name] = Array.from(grid, row => Array.from(row ?? [], v => v ?? null));
    for (const table of sheet.getTables() as unknown as { table: { name: string; tableRef: string } }[]) {
      const area = parseArea(table.table.tableRef);
      const values = snapshot.cells[sheet.name]
        .slice(area.top, area.bottom + 1)
        .map(row => Array.from({ length: area.right - area.left + 1 }, (_v, c) => row[area.left + c] ?? null));
      snapshot.tables.push({ name: table.table.name, sheet: sheet.name, address: areaAddress(area), values });
    }
  });
  return snapshot;
}

describe('exportXlsx', () => {
  it('writes the sheets, named tables and live formulas with their results', async () => {
    const file = await sampleFile();
    expect(file.worksheets.map(s => s.name)).toEqual([...USER_SHEETS, ...ADDIN_SHEETS]);
    const band = file.getWorksheet('VC Bandbreedte')!;
    expect(band.getCell('B32').value).toMatchObject({
      formula: '_xldudf_CASELOAD_BANDWIDTH($B$31,$B$20,$B$21,vcFactors[Vermindering])',
      result: 20.54034045,
    });
    expect(band.getCell('C32').value).toBeCloseTo(32.86454472, 8); // the spilled high end
    expect(valueOf(band.getCell('B37'))).toBe(computeFigures(samplePlan()).fteNeeded);
    const weeks = file.getWorksheet('VC Implementatie')!;
    expect(weeks.getCell('D23').value).toMatchObject({
      formula:
        '_xldudf_CASELOAD_CASELOAD_PER_FTE(vcWeeks[[#This Row],[Open casussen]],vcWeeks[[#This Row],[Fte aanwezig]])',
    });
    expect(weeks.getCell('G23').value).toMatchObject({ result: 'binnen' });
    const tracker = file.getWorksheet('VC Werkpakket')!;
    expect(tracker.getCell('C4').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Niet gestart,Bezig,Gereed"'],
    });
  });

  it('holds the same plan when read back', async () => {
    const read = fromSheets(snapshotOf(await sampleFile()));
    expect(read.warnings).toEqual([]);
    expect(read.plan).toEqual(samplePlan());
  });

  it('writes formulas as the file format wants them', () => {
    expect(fileFormula('=CASELOAD.BANDWIDTH_STATUS([@[Caseload per fte]],[@Ondergrens],1)', 'vcWeeks')).toBe(
      '_xldudf_CASELOAD_BANDWIDTH_STATUS(vcWeeks[[#This Row],[Caseload per fte]],vcWeeks[[#This Row],[Ondergrens]],1)',
    );
    expect(fileFormula('=SUM(vcRoster[Fte])')).toBe('SUM(vcRoster[Fte])');
  });
});
