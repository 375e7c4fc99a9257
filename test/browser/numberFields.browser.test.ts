// docs/bad-input.md, section "In the pane's number fields": every row typed into the standalone
// pane in Chromium. The message must show while the text is refused, the band must not move on a
// refused text, and on leaving the field it must show the table's "after leaving" text.
import { Page } from 'playwright-core';
import { badInputTable } from '../workbook/support/markdownTable';
import { browserSession, Pane, showTab } from './harness';

jest.setTimeout(120_000);

/** The text between a cell's first pair of backticks ("" for ``). */
const code = (cell: string): string => /`([^`]*)`/.exec(cell)?.[1] ?? '';

const HEADING = "## In the pane's number fields";
const STEPS = ['1 Situatie', '2 Bandbreedte', 'Scenario’s'];

interface Row {
  id: string;
  field: string;
  typed: string;
  message: string | undefined;
  after: string;
}

function rows(): Row[] {
  const table = badInputTable(HEADING, ['id', 'field', 'typed', 'message', 'after leaving the field']);
  return table.map(([id, field, typed, message, after]) => ({
    id,
    field,
    typed: code(typed),
    message: message === 'none' ? undefined : message,
    after: code(after),
  }));
}

const session = browserSession();
let pane: Pane;
beforeAll(async () => {
  pane = await session.open();
});

/** The first field with this label, on whichever step has it. */
async function findField(page: Page, label: string) {
  for (const step of STEPS) {
    await showTab(page, step);
    const field = page.getByLabel(label, { exact: true }).first();
    if ((await field.count()) > 0) return field;
  }
  throw new Error(`No field labelled "${label}" on ${STEPS.join(', ')}`);
}

const bandShown = (page: Page) => page.getByTestId('band-per-fte').textContent();

test('the table has rows', () => expect(rows().length).toBeGreaterThan(0));

test.each(rows().map(row => [row.id, row] as const))('%s', async (_, row) => {
  const { page } = pane;
  const field = await findField(page, row.field);
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(row.typed);
  const message = page.getByText('Vul een getal van 0 of meer in.').or(page.getByText('Vul een percentage'));
  if (row.message) {
    expect(await message.first().textContent()).toBe(row.message);
    expect(await field.inputValue()).toBe(row.typed); // what was typed stays, to be corrected
  } else {
    expect(await message.count()).toBe(0);
  }
  await page.keyboard.press('Tab');
  expect(await field.inputValue()).toBe(row.after);
  expect(await message.count()).toBe(0);
});

test('a refused text leaves the band as it was', async () => {
  const { page } = pane;
  await showTab(page, '2 Bandbreedte');
  const before = await bandShown(page);
  const field = page.getByLabel('Contracturen per week', { exact: true });
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('veertig');
  expect(await bandShown(page)).toBe(before);
  await page.keyboard.type('');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('40');
  expect(await bandShown(page)).not.toBe(before); // and a valid one moves it
});
