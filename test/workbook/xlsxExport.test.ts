// The .xlsx download and `npm run sample`: a real file with the add-in's sheets, named tables and
// live formulas, each with the result core computed so the file opens showing numbers; read back,
// it holds the same plan.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { computeFigures, samplePlan, todayIso } from '../../src/core';
import { memoryStorage } from '../../src/workbook/memory/memoryPort';
import { importXlsx } from '../../src/workbook/memory/xlsxImport';
import { bookWith } from './support/storage';
import { sampleSources } from './support/userSheets';
import { fileFormula } from '../../src/workbook/memory/fileFormula';
import { exportXlsx } from '../../src/workbook/memory/xlsxExport';
import { withoutColumnFormulas } from '../../src/workbook/memory/calculatedColumns';
import { ADDIN_SHEETS, USER_SHEETS } from './support/sheetNames';

const sampleBytes = async () => exportXlsx(await bookWith(samplePlan(), { sheets: sampleSources() }));

/** The sample file as exceljs reads it (without the column formulas it cannot read). */
async function sampleFile() {
  const file = new ExcelJS.Workbook();
  await file.xlsx.load((await withoutColumnFormulas(await sampleBytes())) as never);
  return file;
}

/** The XML of one part of the file. */
const partOf = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name]);

/** A cell of the file as the add-in reads values: a formula by its cached result. */
function valueOf(cell: ExcelJS.Cell): unknown {
  const value = cell.value as unknown;
  if (value && typeof value === 'object' && 'formula' in value) return (value as { result?: unknown }).result ?? null;
  return value ?? null;
}

describe('exportXlsx', () => {
  it('writes the sheets, named tables and live formulas with their results', async () => {
    const file = await sampleFile();
    expect(file.worksheets.map(s => s.name)).toEqual([...USER_SHEETS, ...ADDIN_SHEETS]);
    const band = file.getWorksheet('VC Bandbreedte')!;
    expect(band.getCell('B31').value).toMatchObject({
      formula: '_xldudf_CASELOAD_CLIENT_HOURS($B$30,$B$17)',
      result: 910.3752,
    });
    const teams = file.getWorksheet('VC Teams')!;
    expect(valueOf(teams.getCell('F17'))).toBe(computeFigures(samplePlan(), 0, todayIso()).fteNeeded);
    // Over whole columns: kept as an array formula, so no spreadsheet takes one cell of a column.
    expect(teams.getCell('N17').value).toMatchObject({
      shareType: 'array',
      ref: 'N17',
      formula:
        'INDEX(_xldudf_CASELOAD_BAND_ON(TODAY(),IF((vcBands[Team]=vcTeams[[#This Row],[Team]]),vcBands[Vanaf],""),vcBands[Ondergrens],vcBands[Bovengrens]),1,1)',
    });
    const weeks = file.getWorksheet('VC Implementatie')!;
    // Weeks are dates (their Monday), shown as dates.
    expect(weeks.getCell('B23').value).toEqual(new Date(Date.UTC(2026, 5, 1)));
    expect(weeks.getCell('B23').numFmt).toBe('yyyy-mm-dd');
    expect(weeks.getCell('G23').value).toMatchObject({
      formula:
        'IF(vcWeeks[[#This Row],[Open casussen]]="","",_xldudf_CASELOAD_CASELOAD_PER_FTE(vcWeeks[[#This Row],[Open casussen]],vcWeeks[[#This Row],[Fte aanwezig]]))',
    });
    expect(weeks.getCell('K23').value).toMatchObject({ result: 'binnen' });
    const tracker = file.getWorksheet('VC Werkpakket')!;
    expect(tracker.getCell('C4').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Niet gestart,Bezig,Gereed"'],
    });
  });

  it('keeps a result of 0 or empty text with its formula, so the file opens showing it', async () => {
    const teams = (await sampleFile()).getWorksheet('VC Teams')!;
    // Lotte (Zuid) in her next period, from January, has no open cases yet: her caseload per FTE is 0.
    const lotte = [...Array(40).keys()]
      .map(r => teams.getRow(r + 1))
      .find(row => row.getCell('Y').value === 'Lotte' && row.getCell('AD').value === 0)!;
    expect(lotte.getCell('AF').formula).toContain('CASELOAD_PER_FTE');
    expect(lotte.getCell('AF').result).toBe(0);
  });

  it('makes the formula columns calculated columns, and Excel recalculate on open', async () => {
    const bytes = await sampleBytes();
    const parts = Object.keys(unzipSync(bytes)).filter(p => p.startsWith('xl/tables/'));
    const weeks = parts.map(p => partOf(bytes, p)).find(xml => xml.includes('name="vcWeeks"'))!;
    // A row added by hand gets the column's formula: the caseload, this row's cells.
    expect(weeks).toContain(
      '<calculatedColumnFormula>IF(vcWeeks[[#This Row],[Open casussen]]=&quot;&quot;,&quot;&quot;,_xldudf_CASELOAD_CASELOAD_PER_FTE(vcWeeks[[#This Row],[Open casussen]],vcWeeks[[#This Row],[Fte aanwezig]]))</calculatedColumnFormula>',
    );
    // An input column has none.
    expect(weeks).toMatch(/<tableColumn id="2" name="Week"[^>]*\/>/);
    expect(partOf(bytes, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    // Read back, the file is whole (a reader that cannot parse column formulas is spared them).
    const read = await memoryStorage(await importXlsx(bytes)).load();
    expect(read.plan).toEqual(samplePlan());
  });

  it('holds the same plan when read back', async () => {
    const file = await sampleFile();
    const read = await memoryStorage(await importXlsx((await file.xlsx.writeBuffer()) as ArrayBuffer)).load();
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
