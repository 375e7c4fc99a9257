// Nothing typed in browser mode is lost without asking (issue 19, point 6), by keyboard: the pane
// says whether the plan is in a file yet; the download holds what the pane shows, written or not;
// "Werkmap openen", a reload and closing the tab ask before a plan in no file (or text typed but not
// kept) is lost; a reflection note not yet kept (each person's own) and a band adoption half filled
// in survive a switch of tab; and the last plan survives a reload, restored from this browser with a notice that says it
// is kept only here, until it is downloaded or discarded. Axe finds nothing in the dialogs.
import type { Dialog, FileChooser, Page } from 'playwright-core';
import { PACKS, samplePlan } from '../../src/core';
import { dateText } from '../../src/taskpane/format/dateText';
import { INDEXED_DB } from '../../src/taskpane/state/indexedDbShelf';
import { memoryStorage, MemoryWorkbook } from '../../src/workbook';
import { exportXlsx } from '../../src/workbook/memory/xlsxExport';
import { importXlsx } from '../../src/workbook/memory/xlsxImport';
import { wcagViolations } from './accessibility';
import { browserSession, downloaded, Pane, settled } from './harness';
import { openTab, retype, tabTo } from './keyboard';

jest.setTimeout(120_000);

const nl = PACKS.nl.pane;
const en = PACKS.en.pane;
const SAMPLE = samplePlan().situation.municipality;
const session = browserSession();

const municipality = (page: Page) => page.getByLabel(nl.municipalityName);
const status = (page: Page) => page.getByTestId('browser-status').textContent();
const focused = (page: Page, name: string) =>
  settled(() => page.getByRole('button', { name, exact: true }).evaluate(el => el === document.activeElement), true);

async function renameMunicipality(page: Page, name: string) {
  await tabTo(page, municipality(page));
  await retype(page, name);
}

/** The municipality of the plan kept in this browser's IndexedDB, or null when none is kept. */
function keptInBrowser(page: Page): Promise<string | null> {
  return page.evaluate(async ({ database, store, key }) => {
    // Opening a database that is not there would make it, empty: look first.
    if (!(await indexedDB.databases()).some(db => db.name === database)) return null;
    return new Promise<string | null>((resolve, reject) => {
      const opening = indexedDB.open(database);
      opening.onerror = () => reject(opening.error);
      opening.onsuccess = () => {
        const db = opening.result;
        const get = db.transaction(store).objectStore(store).get(key);
        get.onerror = () => reject(get.error);
        get.onsuccess = () => {
          db.close();
          resolve(get.result?.plan?.situation?.municipality ?? null);
        };
      };
    });
  }, INDEXED_DB);
}

/** A workbook file of a municipality called Elders. */
async function eldersFile() {
  const elders = new MemoryWorkbook();
  await memoryStorage(elders).save({
    ...samplePlan(),
    situation: { ...samplePlan().situation, municipality: 'Elders' },
  });
  return {
    name: 'elders.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await exportXlsx(elders)),
  };
}

/** Reloads the page, answering a question before it with `answer`; says whether there was one. */
async function reload(pane: Pane, answer: 'accept' | 'dismiss' = 'accept'): Promise<boolean> {
  const asked: Dialog[] = [];
  const onDialog = (dialog: Dialog) => {
    asked.push(dialog);
    void dialog[answer]();
  };
  pane.page.on('dialog', onDialog);
  try {
    await pane.page.reload();
    await pane.page.getByRole('tab', { name: nl.tabSituation, selected: true }).waitFor();
  } finally {
    pane.page.off('dialog', onDialog);
  }
  return asked.some(dialog => dialog.type() === 'beforeunload');
}

describe('browser mode: nothing lost (by keyboard)', () => {
  it('says whether the plan is in a file yet, and that this browser keeps it until then', async () => {
    const { page } = await session.open();
    expect(await status(page)).toBe(nl.browserAllDownloaded);
    await renameMunicipality(page, 'Gemeente Nieuwdorp');
    expect(await status(page)).toBe(nl.browserNotDownloaded);
    await page.getByText(nl.browserKeptHere).waitFor();
    // Written to the workbook in memory is not in a file yet.
    await tabTo(page, page.getByRole('button', { name: nl.saveButton }));
    await page.keyboard.press('Enter');
    await page.getByText(nl.savedTitle).waitFor();
    expect(await status(page)).toBe(nl.browserNotDownloaded);
    expect(await settled(() => keptInBrowser(page), 'Gemeente Nieuwdorp')).toBe('Gemeente Nieuwdorp');
  });

  it('says the same in English', async () => {
    const { page } = await session.open('en-GB');
    expect(await status(page)).toBe(en.browserAllDownloaded);
    await tabTo(page, page.getByLabel(en.municipalityName));
    await retype(page, 'Gemeente Nieuwdorp');
    expect(await status(page)).toBe(en.browserNotDownloaded);
    await page.getByText(en.browserKeptHere).waitFor();
  });

  it('downloads what the pane shows, with edits not yet written, and then keeps no copy', async () => {
    const pane = await session.open();
    const { page } = pane;
    await renameMunicipality(page, 'Gemeente Nieuwdorp');
    await tabTo(page, page.getByRole('button', { name: nl.downloadXlsx }));
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const book = await importXlsx(await downloaded(await download));
    const { plan } = await memoryStorage(book).load();
    expect(plan.situation.municipality).toBe('Gemeente Nieuwdorp');

    expect(await settled(() => status(page), nl.browserAllDownloaded)).toBe(nl.browserAllDownloaded);
    expect(await settled(() => keptInBrowser(page), null)).toBeNull();
    expect(await reload(pane)).toBe(false);
    expect(await municipality(page).inputValue()).toBe(SAMPLE);
    expect(pane.errors).toEqual([]);
  });

  it('asks before Werkmap openen replaces a plan in no file; cancelling keeps it', async () => {
    const pane = await session.open();
    const { page } = pane;
    await renameMunicipality(page, 'Gemeente Nieuwdorp');
    const chosen: FileChooser[] = [];
    page.on('filechooser', chooser => chosen.push(chooser));

    await tabTo(page, page.getByRole('button', { name: nl.openButton }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: nl.openUnsavedTitle });
    await dialog.getByText(nl.openUnsavedBody).waitFor();
    // The focus starts on "Annuleren": Enter by habit loses nothing.
    expect(await focused(page, nl.loseWorkCancel)).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(page, nl.openButton)).toBe(true);
    expect(chosen).toHaveLength(0);
    expect(await municipality(page).inputValue()).toBe('Gemeente Nieuwdorp');

    // Asked again and answered "Toch openen": the file is chosen and opened in its place.
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    expect(await focused(page, nl.openUnsavedConfirm)).toBe(true);
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(await eldersFile());
    await page.getByText(nl.opened('elders.xlsx')).waitFor();
    expect(await municipality(page).inputValue()).toBe('Elders');
    expect(await status(page)).toBe(nl.browserAllDownloaded);
    expect(await settled(() => keptInBrowser(page), null)).toBeNull();
    expect(pane.errors).toEqual([]);
  });

  it('restores a plan from an opened file without the sample’s sheets, and says where it came from', async () => {
    const pane = await session.open();
    const { page } = pane;
    const chooser = page.waitForEvent('filechooser');
    await tabTo(page, page.getByRole('button', { name: nl.openButton }));
    await page.keyboard.press('Enter'); // nothing to lose yet: no question
    await (await chooser).setFiles(await eldersFile());
    await page.getByText(nl.opened('elders.xlsx')).waitFor();
    await renameMunicipality(page, 'Elders-Noord');
    expect(await settled(() => keptInBrowser(page), 'Elders-Noord')).toBe('Elders-Noord');
    expect(await reload(pane)).toBe(true);

    expect(await municipality(page).inputValue()).toBe('Elders-Noord');
    expect(await page.getByTestId('restored-notice').textContent()).toContain(nl.restoredFromFile('elders.xlsx'));
    // The sample's own tables are not there to download with it, nor to import from.
    await page.getByText(nl.downloadAddInSheetsOnly).waitFor();
    await openTab(page, nl.tabBandwidth);
    // The import starts folded under its heading: opened by keyboard.
    await tabTo(page, page.getByRole('button', { name: nl.importTitle }));
    await page.keyboard.press('Enter');
    await page.getByText(nl.importNoSources).waitFor();
    expect(pane.errors).toEqual([]);
  });

  it('asks before a reload or closing the tab loses a plan in no file, and only then', async () => {
    const pane = await session.open();
    const { page } = pane;
    expect(await reload(pane)).toBe(false);
    await renameMunicipality(page, 'Gemeente Nieuwdorp');
    expect(await reload(pane)).toBe(true);

    // Closing: "stay on the page" keeps the page, with the edit.
    await renameMunicipality(page, 'Gemeente Nieuwdorp');
    const asked = new Promise<Dialog>(resolve => page.once('dialog', resolve));
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    expect(page.isClosed()).toBe(false);
    expect(await municipality(page).inputValue()).toBe('Gemeente Nieuwdorp');
  });

  it('keeps a reflection note not yet kept over a switch of tab, and asks before a reload loses it', async () => {
    const pane = await session.open();
    const { page } = pane;
    await openTab(page, nl.tabConversation);
    await tabTo(page, page.getByRole('combobox', { name: nl.reflectionPerson }));
    await page.keyboard.type('Anouk');
    const note = page.getByRole('textbox', { name: nl.reflectionNote(nl.aspectEnergy) });
    await tabTo(page, note);
    await page.keyboard.type('Moe na de reorganisatie.');

    await openTab(page, nl.tabSituation);
    await openTab(page, nl.tabConversation);
    expect(await page.getByRole('combobox', { name: nl.reflectionPerson }).inputValue()).toBe('Anouk');
    expect(await note.inputValue()).toBe('Moe na de reorganisatie.');
    // Anouk's draft is hers: another person chosen sees their own (none), and choosing her again shows it.
    const person = page.getByRole('combobox', { name: nl.reflectionPerson });
    await tabTo(page, person, 'back');
    await page.keyboard.type('Bram');
    expect(await person.inputValue()).toBe('Bram');
    expect(await note.inputValue()).toBe('');
    await page.keyboard.press('ArrowUp'); // Anouk is just above Bram on the roster
    expect(await person.inputValue()).toBe('Anouk');
    expect(await note.inputValue()).toBe('Moe na de reorganisatie.');
    // Not in the plan: the plan is as it was opened, and nothing of the note is kept in the browser.
    expect(await status(page)).toBe(nl.browserAllDownloaded);
    expect(await keptInBrowser(page)).toBeNull();
    expect(await reload(pane)).toBe(true);
  });

  it('keeps a band adoption half filled in over a switch of tab', async () => {
    const pane = await session.open();
    const { page } = pane;
    // A day the sample's onboarding and registration factors have ended: a new band is proposed.
    await page.clock.setFixedTime(new Date('2027-04-14T10:00:00'));
    await reload(pane);
    await openTab(page, nl.tabImplement);
    await tabTo(page, page.getByRole('button', { name: nl.adoptButton }));
    await page.keyboard.press('Enter');
    const reason = page.getByRole('textbox', { name: nl.adoptReason });
    await tabTo(page, reason);
    await page.keyboard.type('Inwerken is voorbij');

    await openTab(page, nl.tabSituation);
    await openTab(page, nl.tabImplement);
    expect(await reason.inputValue()).toBe('Inwerken is voorbij');
  });

  it('restores the last plan after a reload, says it is kept only here, and discards it on request', async () => {
    const pane = await session.open();
    const { page } = pane;
    await page.clock.setFixedTime(new Date('2026-12-02T10:15:00'));
    await reload(pane);
    await renameMunicipality(page, 'Gemeente Herstel');
    expect(await settled(() => keptInBrowser(page), 'Gemeente Herstel')).toBe('Gemeente Herstel');
    expect(await reload(pane)).toBe(true);

    expect(await municipality(page).inputValue()).toBe('Gemeente Herstel');
    const notice = page.getByTestId('restored-notice');
    expect(await notice.textContent()).toContain(nl.restoredTitle);
    expect(await notice.textContent()).toContain(nl.restoredBody(dateText('2026-12-02', 'nl'), '10:15'));
    expect(await status(page)).toBe(nl.browserNotDownloaded);
    await page.getByText(nl.browserKeptHere).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    // Discarding asks first; cancelling keeps it, with the focus back on the button.
    const discard = notice.getByRole('button', { name: nl.restoredDiscard });
    await tabTo(page, discard, 'back');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: nl.discardTitle });
    await dialog.getByText(nl.discardBody).waitFor();
    expect(await focused(page, nl.loseWorkCancel)).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await settled(() => discard.evaluate(el => el === document.activeElement), true)).toBe(true);
    expect(await municipality(page).inputValue()).toBe('Gemeente Herstel');

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await settled(() => status(page), nl.browserDiscarded)).toBe(nl.browserDiscarded);
    expect(await municipality(page).inputValue()).toBe(SAMPLE);
    expect(await notice.count()).toBe(0);
    expect(await keptInBrowser(page)).toBeNull();
    expect(await reload(pane)).toBe(false);
    expect(await municipality(page).inputValue()).toBe(SAMPLE);
    expect(pane.errors).toEqual([]);
  });
});
