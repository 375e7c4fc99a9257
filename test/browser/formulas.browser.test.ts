// Choosing standard Excel formulas in the pane, by keyboard: the field says in one sentence when
// to choose them, and after writing, the downloaded workbook holds no CASELOAD function in any
// formula the add-in wrote, says the choice on its settings sheet, and reads back with it.
import { PACKS } from '../../src/core';
import { memoryStorage } from '../../src/workbook';
import { importXlsx } from '../../src/workbook/memory/xlsxImport';
import { wcagViolations } from './accessibility';
import { browserSession, downloaded } from './harness';
import { tabTo } from './keyboard';

jest.setTimeout(120_000);

const words = PACKS.nl.pane;
const session = browserSession();

describe('choosing standard Excel formulas (by keyboard)', () => {
  it('writes a workbook that computes without the add-in', async () => {
    const { page } = await session.open();
    const field = page.getByRole('combobox', { name: words.formulasLabel });
    // The one sentence on when to choose it is the field's description for a screen reader.
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const description = await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent();
    expect(description).toBe(words.formulasHint);
    expect(await field.inputValue()).toBe('caseload');

    await tabTo(page, field);
    await page.keyboard.press('ArrowDown');
    expect(await field.inputValue()).toBe('standard');
    await tabTo(page, page.getByRole('button', { name: words.saveButton }));
    await page.keyboard.press('Enter');
    await page.getByText(words.savedTitle).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await tabTo(page, page.getByRole('button', { name: 'Download als .xlsx' }));
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const book = await importXlsx(await downloaded(await download));
    const ours = book.sheets.filter(s => !s.user);
    const formulas = ours.flatMap(s => [...s.cells.values()].flatMap(c => (c.formula ? [c.formula] : [])));
    expect(formulas.length).toBeGreaterThan(100);
    // No function of the add-in in any stage's namespace (this build's is CASELOADDEV).
    expect(formulas.filter(f => /\bCASELOAD[A-Z0-9]*\./.test(f))).toEqual([]);
    expect(book.cell('VC Instellingen', 'B6')?.value).toBe(words.formulasStandard);
    expect((await memoryStorage(book).load()).plan.formulas).toBe('standard');
  });
});
