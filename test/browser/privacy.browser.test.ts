// Privacy in the pane, by keyboard (issue 21): a reflection note is kept in this browser only, for
// its person, and nothing of it reaches the workbook until its person shares it, and then without a
// name; a team of four is told to count felt workload with another team and cannot add a count of
// four; figures per staff member appear only once turned on, with the works council's part said;
// Opschonen removes what is older than the months the plan keeps, after saying what; a workbook
// that kept notes with a name opens with them shared without it, and says whose. Axe finds nothing.
import path from 'path';
import type { FileChooser, Page } from 'playwright-core';
import { cleanUpCount, PACKS, samplePlan, todayIso } from '../../src/core';
import { dateText } from '../../src/taskpane/format/dateText';
import { parseArea } from '../../src/workbook/addresses';
import { importXlsx } from '../../src/workbook/memory/xlsxImport';
import { wcagViolations } from './accessibility';
import { browserSession, downloaded, Pane, settled } from './harness';
import { chooseOption, openTab, retype, tabTo } from './keyboard';

jest.setTimeout(180_000);

const nl = PACKS.nl.pane;
const session = browserSession();
const NOTE = 'Te veel kleine vragen tussendoor; ik kom niet aan mijn eigen werk toe.';

/** Writes to the workbook and downloads it; the file as the workbook layer reads it. */
async function writtenWorkbook(page: Page) {
  await tabTo(page, page.getByRole('button', { name: nl.saveButton }));
  await page.keyboard.press('Enter');
  await page.getByText(nl.savedTitle).waitFor();
  await tabTo(page, page.getByRole('button', { name: 'Download als .xlsx' }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  return importXlsx(await downloaded(await download));
}

/** Every cell of the add-in's sheets, as text. */
const textOf = (book: Awaited<ReturnType<typeof importXlsx>>) =>
  book.sheets
    .filter(s => !s.user)
    .flatMap(s => [...s.cells.values()].map(c => String(c.value ?? '')))
    .join('\n');

/** The rows of one of the add-in's tables in a workbook, header first. */
function tableRows(book: Awaited<ReturnType<typeof importXlsx>>, name: string) {
  const table = book.tables.find(t => t.name === name)!;
  return book.values(table.sheet, parseArea(table.address));
}

/** With the keyboard only: to the choice of person, and the arrow keys to `name`. */
async function choosePerson(page: Page, name: string) {
  const select = page.getByRole('combobox', { name: nl.reflectionPerson });
  await chooseOption(page, select, (await select.locator('option').allTextContents()).indexOf(name));
  await page.getByRole('heading', { name: nl.ownNotesKept(name) }).waitFor();
}

/** With the keyboard only: to the choice of team, and the arrow keys to team `index`. */
const chooseTeam = (page: Page, index: number) =>
  chooseOption(
    page,
    page.getByRole('region', { name: 'Teams' }).getByRole('combobox', { name: 'Team' }),
    index,
    'back',
  );

describe('a reflection note stays with its person', () => {
  let pane: Pane;
  beforeAll(async () => {
    pane = await session.open('nl-NL');
    await openTab(pane.page, nl.tabConversation);
  });

  it('is kept in this browser only, said so on screen, and nothing of it reaches the workbook', async () => {
    const { page } = pane;
    await page.getByText(nl.ownNotesLine).waitFor();
    await choosePerson(page, 'Anouk');
    // The person's indirect time is a figure per staff member: not shown while those are off.
    expect(await page.getByTestId('indirect-comparison').count()).toBe(0);
    const note = page.getByRole('textbox', { name: nl.reflectionNote(nl.aspectQuantity) });
    await tabTo(page, note);
    await page.keyboard.type(NOTE);
    await tabTo(page, page.getByRole('button', { name: nl.ownNotesSave }));
    await page.keyboard.press('Enter');
    await page.getByText(nl.ownNotesSaved(1)).waitFor();
    expect(await note.inputValue()).toBe('');
    await page.getByTestId('own-notes').getByText(NOTE, { exact: false }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    const book = await writtenWorkbook(page);
    expect(textOf(book)).not.toContain(NOTE);
    // Only the note the sample's colleague chose to share is there, without a name.
    expect(tableRows(book, 'vcSharedNotes')).toEqual([
      ['Team', 'Datum', 'Aspect', 'Gedeelde notitie (zonder naam)'],
      [
        'Noord',
        samplePlan().teams[0].sharedNotes[0].date,
        'Energieverspilling',
        samplePlan().teams[0].sharedNotes[0].note,
      ],
    ]);
  });

  it('is there again after a reload, for its person only', async () => {
    const { page } = pane;
    await page.reload();
    await page.getByRole('tab', { name: '1 Situatie', selected: true }).waitFor();
    await openTab(page, nl.tabConversation);
    await choosePerson(page, 'Bram');
    await page.getByText(nl.ownNotesNone).waitFor();
    await choosePerson(page, 'Anouk');
    await page.getByTestId('own-notes').getByText(NOTE, { exact: false }).waitFor();
  });

  it('reaches the workbook only when its person shares it, after a confirmation, without a name', async () => {
    const { page } = pane;
    const date = dateText(todayIso(), 'nl');
    await tabTo(page, page.getByRole('button', { name: nl.ownNotesShareLabel(nl.aspectQuantity, date) }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: nl.ownNotesShareTitle });
    await dialog.getByText(nl.ownNotesShareBody).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await tabTo(page, dialog.getByRole('button', { name: nl.ownNotesShareConfirm }));
    await page.keyboard.press('Enter');
    await page.getByText(nl.ownNotesShared).waitFor();
    await page.getByText(nl.ownNotesNone).waitFor();
    await page.getByTestId('shared-notes').getByText(NOTE, { exact: false }).waitFor();

    const rows = tableRows(await writtenWorkbook(page), 'vcSharedNotes');
    expect(rows[0]).toEqual(['Team', 'Datum', 'Aspect', 'Gedeelde notitie (zonder naam)']);
    expect(rows.at(-1)).toEqual(['Noord', todayIso(), 'Kwantiteit', NOTE]);
    expect(rows.flat()).not.toContain('Anouk');
  });
});

describe('counts and figures about people', () => {
  let pane: Pane;
  beforeAll(async () => {
    pane = await session.open('nl-NL');
  });

  it('a team of four is told to count with another team, and a count of four is refused', async () => {
    const { page } = pane;
    await chooseTeam(page, 3);
    await openTab(page, nl.tabConversation);
    await page.getByText(nl.feltSmallTeam('Jeugd', 4, 5)).waitFor();
    expect(await page.getByTestId('felt-counts').count()).toBe(0);
    await tabTo(page, page.getByRole('textbox', { name: nl.feltRight }));
    await retype(page, '1');
    await tabTo(page, page.getByRole('textbox', { name: nl.feltTooMuch }));
    await retype(page, '3');
    await tabTo(page, page.getByRole('button', { name: nl.feltAdd }));
    await page.keyboard.press('Enter');
    await page.getByText(nl.feltTooFewToAdd(4, 5)).waitFor();
    expect(await page.getByTestId('felt-counts').count()).toBe(0);
    await openTab(page, nl.tabOverview);
    const row = page.getByRole('table', { name: nl.overviewTeams }).getByRole('row', { name: /^Jeugd\b/ });
    expect(await row.textContent()).not.toContain('te veel');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('figures per staff member appear only once turned on, with the works council’s part said', async () => {
    const { page } = pane;
    await chooseTeam(page, 0);
    await openTab(page, nl.tabPerspectives);
    await page.getByTestId('staff-figures-off').waitFor();
    expect(await page.getByRole('table', { name: nl.individualTitleNamed('Noord') }).count()).toBe(0);

    await openTab(page, nl.tabConversation);
    await page.getByText(nl.staffFiguresNote).waitFor();
    const choice = page.getByRole('combobox', { name: nl.staffFiguresLabel });
    await tabTo(page, choice);
    await page.keyboard.press('ArrowDown');
    expect(await settled(() => choice.inputValue(), 'perPerson')).toBe('perPerson');
    await choosePerson(page, 'Anouk');
    await page.getByTestId('indirect-comparison').waitFor();
    await openTab(page, nl.tabPerspectives);
    expect(await page.getByTestId('staff-figures-off').count()).toBe(0);
    await page.getByRole('table', { name: nl.individualTitleNamed('Noord') }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('Opschonen says what it removes, asks, and removes what is older than the months kept', async () => {
    const { page } = pane;
    await openTab(page, nl.tabConversation);
    const months = page.getByRole('textbox', { name: nl.keepMonthsLabel });
    await tabTo(page, months);
    await retype(page, '2');
    const plan = samplePlan();
    plan.privacy.keepMonths = 2;
    const count = cleanUpCount(plan, todayIso());
    expect(count.cases + count.felt).toBeGreaterThan(0);
    const said = nl.cleanUpCount(count.cases, count.felt, count.sharedNotes, dateText(count.from, 'nl'));
    expect(await settled(() => page.getByTestId('clean-up-count').textContent(), said)).toBe(said);
    await page.getByText(nl.cleanUpHistory).waitFor();

    await tabTo(page, page.getByRole('button', { name: nl.cleanUp }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: nl.cleanUpTitle });
    await dialog.getByText(nl.cleanUpBody, { exact: false }).waitFor();
    await tabTo(page, dialog.getByRole('button', { name: nl.cleanUp }));
    await page.keyboard.press('Enter');
    await page.getByText(nl.cleanUpDone(count.cases + count.felt + count.sharedNotes)).waitFor();
    const none = nl.cleanUpCount(0, 0, 0, dateText(count.from, 'nl'));
    expect(await settled(() => page.getByTestId('clean-up-count').textContent(), none)).toBe(none);
    // Noord's case list is empty now: every sample case was listed before the day kept from.
    await page.getByRole('heading', { name: nl.caseListTitle('Noord', 0) }).waitFor();
  });
});

describe('a workbook that kept notes with a name', () => {
  it('opens with them shared without the name, and says whose', async () => {
    const { page } = await session.open('nl-NL');
    const fixture = path.resolve(__dirname, '../fixtures/format-4/written-by-main.xlsx');
    const chooser = new Promise<FileChooser>(resolve => page.once('filechooser', resolve));
    await tabTo(page, page.getByRole('button', { name: 'Werkmap openen' }));
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(fixture);
    const notice = page.getByTestId('moved-notes-notice');
    await notice.waitFor();
    const text = await notice.textContent();
    for (const line of [
      nl.movedNotesTitle,
      nl.movedNotesIntro,
      nl.movedNotesTeam('Noord', 1, 'Bram'),
      nl.movedNotesNext,
    ])
      expect(text).toContain(line);
    expect(await wcagViolations(page)).toEqual([]);
  });
});
