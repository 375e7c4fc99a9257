// What the pane promises about the user's data: typed markup stays text, everywhere it is
// shown or stored, and a full walk through the steps leaves the workbook's other sheets exactly
// as they were (compared cell by cell, style by style, with exceljs).
import ExcelJS from 'exceljs';
import { Page } from 'playwright-core';
import { browserSession, downloaded, OFFICE_JS, OFFICE_TELEMETRY, openFolded, showTab } from './harness';
import { withoutColumnFormulas } from '../../src/workbook/memory/calculatedColumns';

jest.setTimeout(180_000);

const STEPS = ['1 Situatie', '2 Bandbreedte', '3 Implementeren en leren', 'Scenario’s', 'Werkpakket'];
/** Every text input of the open tab: not the number fields, date pickers or drop-downs. */
// Free-text fields: not numbers, dates or choices, and not a week (which only takes a week or a date).
const TEXT_FIELDS =
  '[role="tabpanel"] textarea, [role="tabpanel"] input:not([inputmode="decimal"]):not([type="date"]):not([placeholder="dd-mm-jjjj"]):not([role="combobox"]):not([aria-label^="Week, rij"])';

const session = browserSession();

async function writeToWorkbook(page: Page) {
  await page.getByRole('button', { name: 'Naar werkmap schrijven' }).click();
  await page.getByText('Naar de werkmap geschreven').waitFor();
}

/** The in-memory workbook as the .xlsx file the pane offers for download. */
async function download(page: Page): Promise<ExcelJS.Workbook> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als .xlsx' }).click(),
  ]);
  const book = new ExcelJS.Workbook();
  // exceljs cannot read a table's calculated-column formulas: taken out, as the pane does when it opens a file.
  await book.xlsx.load((await withoutColumnFormulas(await downloaded(file))) as unknown as ExcelJS.Buffer);
  return book;
}

const strings = (book: ExcelJS.Workbook): string[] => {
  const found: string[] = [];
  book.eachSheet(sheet => sheet.eachRow(row => row.eachCell(cell => void found.push(String(cell.value)))));
  return found;
};

describe('script markup typed into every text field', () => {
  it('is stored and shown as the plain text that was typed, and never runs', async () => {
    const { page, blockedByPolicy, outside, office } = await session.open();
    const typed: string[] = [];
    for (const step of STEPS) {
      await showTab(page, step);
      await openFolded(page);
      const fields = page.locator(TEXT_FIELDS);
      const count = await fields.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const markup = `<img src=x onerror="window.injected='${step} ${i}'"><script>window.injected=1</script>${step} ${i}`;
        await fields.nth(i).fill(markup);
        typed.push(markup);
      }
      // Shown back as typed, character for character.
      for (let i = 0; i < count; i++) expect(await fields.nth(i).inputValue()).toBe(typed[typed.length - count + i]);
      await writeToWorkbook(page);
    }

    expect(typed.length).toBeGreaterThan(30);
    expect(await page.evaluate(() => (window as unknown as { injected?: unknown }).injected)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('script', { hasText: 'window.injected' }).count()).toBe(0);

    // The workbook preview shows it as text too, and the file stores it as text.
    await showTab(page, '1 Situatie');
    await openFolded(page);
    expect(await page.getByRole('region', { name: 'VC Situatie' }).getByText(typed[0]).count()).toBeGreaterThan(0);
    const stored = strings(await download(page));
    expect(typed.filter(t => !stored.includes(t))).toEqual([]);
    // Making the file (exceljs, loaded on demand) needed nothing the policy forbids.
    expect((await blockedByPolicy()).filter(b => !b.startsWith(`frame-src ${OFFICE_TELEMETRY}`))).toEqual([]);
    // Nothing asked to leave localhost but Office.js from Office's script host (and that was blocked).
    expect(outside).toEqual([]);
    expect(office).toEqual([OFFICE_JS]);
  });
});

describe('a full walk through the steps', () => {
  it('leaves every sheet that is not the add-in own exactly as it was', async () => {
    const { page } = await session.open();
    const before = await download(page);
    const userSheets = before.worksheets.filter(s => !s.name.startsWith('VC ')).map(s => s.name);
    expect(userSheets.length).toBeGreaterThan(0);

    // Change something in every step, and write each to the workbook.
    await page.getByLabel('Naam van de gemeente').fill('Gemeente Elders');
    await writeToWorkbook(page);
    await showTab(page, '2 Bandbreedte');
    await openFolded(page);
    await page.getByLabel('Contracturen per week').fill('28');
    await page.getByRole('button', { name: 'Teamlid toevoegen' }).click();
    // Take the team over from the user's own staff table: read, never written.
    await page.getByLabel('Tabel', { exact: true }).selectOption({ label: 'Medewerkers (Eigen gegevens, 8 rijen)' });
    await page.getByLabel('Overnemen als', { exact: true }).selectOption({ label: 'Teamleden' });
    await page.getByRole('button', { name: 'Overnemen', exact: true }).click();
    await page.getByText('8 teamleden overgenomen bij Noord.').waitFor();
    await writeToWorkbook(page);
    await showTab(page, '3 Implementeren en leren');
    await openFolded(page);
    await page.getByRole('button', { name: 'Week toevoegen' }).click();
    await writeToWorkbook(page);
    await showTab(page, 'Scenario’s');
    await openFolded(page);
    await page.getByRole('button', { name: 'Scenario toevoegen' }).click();
    await writeToWorkbook(page);
    await showTab(page, 'Werkpakket');
    await openFolded(page);
    await writeToWorkbook(page);

    const after = await download(page);
    // The add-in did write: its own sheets changed.
    expect(after.getWorksheet('VC Bandbreedte')?.model).not.toEqual(before.getWorksheet('VC Bandbreedte')?.model);
    for (const name of userSheets) {
      const { model: was } = before.getWorksheet(name)!;
      const { model: now } = after.getWorksheet(name)!;
      expect(before.getWorksheet(name)!.rowCount).toBeGreaterThan(1); // the comparison covers real cells
      expect(now).toEqual(was);
    }
    expect(after.worksheets.filter(s => !s.name.startsWith('VC ')).map(s => s.name)).toEqual(userSheets);
  });
});
