// Opening a workbook file in the standalone pane, by keyboard: the workbook the first version
// wrote (format 1) is read through "Werkmap openen", the pane says what was converted (one team
// named after the municipality, weeks turned into dates, the band kept as the first version), the
// weeks of step 3 are dates, and after writing, the download holds the add-in's sheets only (read
// back with exceljs), while the sample of `npm start` still downloads whole. A file that is no
// workbook is refused and leaves the workbook open as it was. Files from elsewhere: a zip bomb is
// refused at once with its size, a workbook openpyxl or pandas wrote opens, and a case list of
// 100,000 rows is read in a worker and shown 20 cases at a time. Axe finds nothing.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { LoadResult, memoryStorage, SAMPLE_SOURCES } from '../../src/workbook';
import { importXlsx } from '../../src/workbook/memory/xlsxImport';
import { withoutColumnFormulas } from '../../src/workbook/memory/calculatedColumns';
import { unzipSync } from 'fflate';
import { PACKS, samplePlan, weekLabel } from '../../src/core';
import { exportXlsx } from '../../src/workbook/memory/xlsxExport';
import { MemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { MAX_UNPACKED_BYTES } from '../../src/workbook/memory/readableXlsx';
import { formatNumber } from '../../src/taskpane/format/numberFormat';
import { declaringUnpacked, withRootTargets } from '../workbook/support/otherWriters';
import { caseNumber, fileWithCases } from '../workbook/support/manyCases';
import { dateText } from '../../src/taskpane/format/dateText';
import type { FileChooser } from 'playwright-core';
import { wcagViolations } from './accessibility';
import { browserSession, downloaded, Pane, screenshot } from './harness';
import { openTab, tabTo } from './keyboard';

jest.setTimeout(120_000);

const FIXTURE = path.resolve(__dirname, '../fixtures/format-1/written-by-main.xlsx');
const TODAY = '2026-12-02';
const words = PACKS.nl.pane;

/** What core and the workbook layer make of the fixture: the load, and the sheets after a save. */
async function expected(): Promise<{ loaded: LoadResult; addInSheets: string[]; userSheets: string[] }> {
  const book = await importXlsx(fs.readFileSync(FIXTURE));
  const storage = memoryStorage(book, 'nl', () => TODAY);
  const loaded = await storage.load();
  await storage.save(loaded.plan);
  const names = (user: boolean) => book.sheets.filter(s => s.user === user).map(s => s.name);
  return { loaded, addInSheets: names(false), userSheets: names(true) };
}

/** The sheet names of a downloaded file, read with exceljs. */
async function sheetsOfDownload(pane: Pane): Promise<string[]> {
  const { page } = pane;
  await tabTo(page, page.getByRole('button', { name: 'Download als .xlsx' }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  // exceljs cannot read a table's calculated-column formulas: taken out, as the pane does when it opens a file.
  await workbook.xlsx.load((await withoutColumnFormulas(await downloaded(await download))) as never);
  return workbook.worksheets.map(sheet => sheet.name);
}

/** Chooses a file through the open button, by keyboard. */
async function chooseFile(pane: Pane, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const { page } = pane;
  // Listening before the key is pressed: the browser's own dialog never opens in its place.
  const chooser = new Promise<FileChooser>(resolve => page.once('filechooser', resolve));
  await tabTo(page, page.getByRole('button', { name: 'Werkmap openen' }));
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
}

const session = browserSession();

describe('opening a workbook of format 1 (by keyboard)', () => {
  let pane: Pane;
  let wanted: Awaited<ReturnType<typeof expected>>;
  beforeAll(async () => {
    wanted = await expected();
    pane = await session.open();
    await pane.page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await pane.page.reload();
    await pane.page.getByRole('tab', { name: '1 Situatie', selected: true }).waitFor();
  });

  it('says before opening that the download will hold the add-in’s sheets only', async () => {
    await pane.page.getByText(words.openUserSheetsNote).waitFor();
  });

  it('refuses a file that is no workbook, and keeps the workbook open as it was', async () => {
    const { page } = pane;
    const municipality = await page.getByLabel('Naam van de gemeente').inputValue();
    await chooseFile(pane, {
      name: 'notities.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('geen werkmap'),
    });
    await page.getByText(words.openNotWorkbook).waitFor();
    expect(await page.getByLabel('Naam van de gemeente').inputValue()).toBe(municipality);
  });

  it('opens the file and says what was converted', async () => {
    const { page } = pane;
    await chooseFile(pane, FIXTURE);
    await page.getByText(words.opened('written-by-main.xlsx')).waitFor();
    await page.getByText(words.openedUserSheets(wanted.userSheets.join(', '))).waitFor();
    expect(wanted.userSheets.length).toBeGreaterThan(0);

    const conversion = wanted.loaded.conversion!;
    expect(conversion).toMatchObject({ fromVersion: 1, team: 'Gemeente Waalbeek (voorbeeld)', labelWeeks: [] });
    const notice = page.getByTestId('conversion-notice');
    const text = await notice.textContent();
    for (const line of [
      words.conversionTitle,
      words.conversionIntro(1),
      words.conversionTeam('Gemeente Waalbeek (voorbeeld)'),
      words.conversionWeeks(conversion.datedWeeks),
      words.conversionBand(dateText(conversion.bandFrom!, 'nl')),
      words.conversionFactors(conversion.datedFactors),
      words.conversionNextSave,
    ])
      expect(text).toContain(line);
    await screenshot(page, 'werkmap-geopend');
    expect(await wcagViolations(page)).toEqual([]);
    expect(await page.getByLabel('Naam van de gemeente').inputValue()).toBe('Gemeente Waalbeek (voorbeeld)');
  });

  it('shows the one team’s weeks as dates, graded against the band kept as its first version', async () => {
    expect(wanted.loaded.plan.teams).toHaveLength(1);
    const [team] = wanted.loaded.plan.teams;
    const { page } = pane;
    await openTab(page, '3 Implementeren en leren');
    for (const [i, week] of team.weeks.entries()) {
      expect(await page.getByLabel(`Week, rij ${i + 1}`, { exact: true }).inputValue()).toBe(weekLabel(week.week));
    }
    expect(await page.getByLabel(`Week, rij ${team.weeks.length + 1}`, { exact: true }).count()).toBe(0);
    const [version] = team.bands;
    await page.getByRole('heading', { name: new RegExp(`^Vanaf ${dateText(version.from, 'nl')}: `) }).waitFor();
    await page.getByText(words.migratedBandReason).first().waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('writes today’s format, and then downloads the add-in’s sheets only', async () => {
    const { page } = pane;
    await tabTo(page, page.getByRole('button', { name: 'Naar werkmap schrijven' }));
    await page.keyboard.press('Enter');
    await page.getByText('Naar de werkmap geschreven').waitFor();
    // Written in today's format: the conversion is done with.
    expect(await page.getByTestId('conversion-notice').count()).toBe(0);
    await page.getByText(words.downloadAddInSheetsOnly).waitFor();
    const sheets = await sheetsOfDownload(pane);
    expect(sheets.sort()).toEqual([...wanted.addInSheets].sort());
    for (const own of wanted.userSheets) expect(sheets).not.toContain(own);
    expect(pane.errors).toEqual([]);
  });
});

describe('a week of format 1 that is not a week', () => {
  it('is kept as it was typed, listed in the conversion notice and shown with a note', async () => {
    const { Workbook } = await import('exceljs');
    const workbook = new Workbook();
    await workbook.xlsx.load(fs.readFileSync(FIXTURE) as never);
    workbook.getWorksheet('VC Implementatie')!.getCell('A26').value = 'Herfstvakantie'; // was 2026-W43
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'open-file-')), 'met-label.xlsx');
    fs.writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));

    const pane = await session.open();
    const { page } = pane;
    await chooseFile(pane, file);
    await page.getByText(words.opened('met-label.xlsx')).waitFor();
    expect(await page.getByTestId('conversion-notice').textContent()).toContain(
      words.conversionLabels('"Herfstvakantie"'),
    );
    await openTab(page, '3 Implementeren en leren');
    const week = page.getByLabel('Week, rij 4', { exact: true });
    expect(await week.inputValue()).toBe('Herfstvakantie');
    const description = await week.evaluate(el =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map(id => document.getElementById(id)?.textContent)
        .join(' '),
    );
    expect(description).toContain(words.weekKeptAsLabel);
    expect(await wcagViolations(page)).toEqual([]);
  });
});

describe('the sample workbook of npm start', () => {
  it('still downloads whole, the sample’s own sheets included', async () => {
    const pane = await session.open();
    const sheets = await sheetsOfDownload(pane);
    for (const own of SAMPLE_SOURCES) expect(sheets).toContain(own.name);
    expect(sheets.some(name => name.startsWith('VC '))).toBe(true);
    expect(await pane.page.getByText(words.downloadAddInSheetsOnly).count()).toBe(0);
  });
});

describe('files from elsewhere', () => {
  const xlsx = (name: string, bytes: Uint8Array) => ({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(bytes),
  });
  let written: Uint8Array;
  beforeAll(async () => {
    const book = new MemoryWorkbook();
    const plan = samplePlan();
    plan.situation.municipality = 'Gemeente Elders (voorbeeld)';
    await memoryStorage(book).save(plan);
    written = await exportXlsx(book);
  });

  it('refuses a zip bomb at once, says what it would unpack to, and keeps the workbook open as it was', async () => {
    const bomb = declaringUnpacked(written, 'xl/worksheets/sheet1.xml', 1_900_000_000);
    let unpacked = 0;
    unzipSync(bomb, { filter: part => ((unpacked += part.originalSize), false) });
    const pane = await session.open();
    const { page } = pane;
    await chooseFile(pane, xlsx('bom.xlsx', bomb));
    const megabytes = (bytes: number) => formatNumber('nl', bytes / 1024 / 1024, 0);
    await page.getByText(words.openTooLarge(megabytes(unpacked), megabytes(MAX_UNPACKED_BYTES))).waitFor();
    expect(await page.getByLabel('Naam van de gemeente').inputValue()).toBe(samplePlan().situation.municipality);
    expect(await wcagViolations(page)).toEqual([]);
    expect(pane.errors).toEqual([]);
  });

  it('opens a workbook openpyxl or pandas wrote, with part paths from the root', async () => {
    const pane = await session.open();
    const { page } = pane;
    await chooseFile(pane, xlsx('uit-pandas.xlsx', withRootTargets(written)));
    await page.getByText(words.opened('uit-pandas.xlsx')).waitFor();
    expect(await page.getByLabel('Naam van de gemeente').inputValue()).toBe('Gemeente Elders (voorbeeld)');
    expect(pane.errors).toEqual([]);
  });

  it('reads 100,000 listed cases in a worker, and the Gesprek tab shows them 20 at a time', async () => {
    const file = await fileWithCases(100_000, () => TODAY);
    const pane = await session.open();
    const { page } = pane;
    const worker = page.waitForEvent('worker');
    await chooseFile(pane, xlsx('alle-casussen.xlsx', file));
    await worker; // the file is read off the pane's own thread
    await page.getByText(words.opened('alle-casussen.xlsx')).waitFor({ timeout: 240_000 });

    await openTab(page, 'Gesprek');
    const conversation = PACKS.nl.pane;
    await page.getByRole('heading', { name: conversation.caseListTitle('Noord', 100_000) }).waitFor();
    const cards = page.getByRole('group', { name: /^Casus \d+/ });
    expect(await cards.count()).toBe(20);
    await page.getByText(conversation.rowsShown('20', '100.000')).waitFor();

    // Twenty more, by keyboard: the focus goes to the first of them.
    await tabTo(page, page.getByRole('button', { name: conversation.showMoreRows(20) }));
    await page.keyboard.press('Enter');
    await page.getByText(conversation.rowsShown('40', '100.000')).waitFor();
    expect(await cards.count()).toBe(40);
    const card21 = page.getByRole('group', { name: `Casus 21: ${caseNumber(20)}` });
    expect(await card21.evaluate(el => el.contains(document.activeElement))).toBe(true);

    // One case found by its number.
    await tabTo(page, page.getByRole('searchbox', { name: conversation.findRow(conversation.caseNumber) }), 'back');
    await page.keyboard.type(caseNumber(99_998));
    await page.getByText(conversation.rowsShown('1', '1')).waitFor();
    expect(await cards.count()).toBe(1);
    await page.getByRole('group', { name: `Casus 99999: ${caseNumber(99_998)}` }).waitFor();
    await screenshot(page, 'casuslijst-100000');
    expect(await wcagViolations(page)).toEqual([]);
    expect(pane.errors).toEqual([]);
  }, 600_000);
});
