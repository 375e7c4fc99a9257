// docs/bad-input.md, sections "In the pane's date fields" and "In the pane's text fields": every
// row typed (or pasted) into the standalone pane in Chromium. A date is read as people write it,
// shown as the pane shows dates, and an impossible one is refused with its reason and never reaches
// the plan; a text keeps to the one limit, with a counter near it and a refusal, never a silent
// cut, for a paste that does not fit.
import { Locator, Page } from 'playwright-core';
import { TEXT_LIMIT } from '../../src/core';
import { badInputTable } from '../workbook/support/markdownTable';
import { wcagViolations } from './accessibility';
import { browserSession, Pane, openFolded, showTab } from './harness';

jest.setTimeout(120_000);

/** The text between a cell's first pair of backticks ("" for ``). */
const code = (cell: string): string => /`([^`]*)`/.exec(cell)?.[1] ?? '';

const DATE_ROWS = badInputTable("## In the pane's date fields", [
  'id',
  'field',
  'typed',
  'message',
  'after leaving the field',
]);
const TEXT_ROWS = badInputTable("## In the pane's text fields", ['id', 'field', 'typed', 'what the user sees']);

const DATE_MESSAGES = /Die dag bestaat niet|Kies een jaar|Dit is geen datum|Vul een datum in/;

const session = browserSession();
let pane: Pane;
beforeAll(async () => {
  pane = await session.open();
  await pane.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

/** Selects all of the field's text and types over it (or clears it), staying in the field. */
async function typeOver(page: Page, field: Locator, text: string) {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.type(text);
}

/** The texts that describe a field to a screen reader (its aria-describedby). */
const describedBy = (field: Locator) =>
  field.evaluate(el =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map(id => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );

/** Puts text on the clipboard and pastes it into the field at its end, as Ctrl+V does. */
async function paste(page: Page, field: Locator, text: string) {
  await page.evaluate(t => navigator.clipboard.writeText(t), text);
  await field.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('ControlOrMeta+V');
}

describe('date fields', () => {
  test('the table has rows', () => expect(DATE_ROWS.length).toBeGreaterThan(0));

  test.each(DATE_ROWS.map(row => [row[0], row] as const))('%s', async (_, [, field, typed, message, after]) => {
    const { page } = pane;
    await showTab(page, '2 Bandbreedte');
    await openFolded(page);
    const input = page.getByLabel(field, { exact: true }).first();
    await typeOver(page, input, '1-1-2026');
    await page.keyboard.press('Tab');
    expect(await input.inputValue()).toBe('1 januari 2026');

    await typeOver(page, input, code(typed));
    const said = page.getByText(DATE_MESSAGES);
    if (message === 'none') {
      expect(await said.count()).toBe(0);
    } else {
      expect(await said.first().textContent()).toBe(message);
      expect(await input.inputValue()).toBe(code(typed)); // what was typed stays, to be corrected
      expect(await describedBy(input)).toContain(message); // and is read with the field
    }
    await page.keyboard.press('Tab');
    expect(await input.inputValue()).toBe(code(after));
    expect(await said.count()).toBe(0);
  });

  test('the English pane shows English dates and reads month names of either language', async () => {
    const english = await session.open('en-GB');
    const { page } = english;
    await showTab(page, '2 Range');
    await openFolded(page);
    const from = page.getByLabel('From', { exact: true }).first();
    for (const typed of ['16 March 2026', '16 maart 2026', '16-03-2026']) {
      await typeOver(page, from, typed);
      await page.keyboard.press('Tab');
      expect(await from.inputValue()).toBe('16 March 2026');
    }
    await typeOver(page, from, '31-02-2026');
    await page.getByText('That day does not exist. Check the day and the month.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
  });
});

describe('text fields', () => {
  /** The first sentence the table quotes for a row, up to an ellipsis. */
  const quoted = (sees: string) => /"([^"…]+)/.exec(sees)![1].trim();
  const row = (id: string) => {
    const found = TEXT_ROWS.find(r => r[0] === id);
    if (!found) throw new Error(`docs/bad-input.md has no text row ${id}`);
    return { field: found[1].replace(/ \(.*\)$/, ''), sees: quoted(found[3]) };
  };
  const purpose = (page: Page) => page.getByLabel('Waarvoor is het team er?', { exact: true });

  test('every text input on every tab keeps to the one limit', async () => {
    const { page } = pane;
    // Text only: not numbers, dates, choices or weeks, which take no free text.
    const texts =
      '[role="tabpanel"] textarea, [role="tabpanel"] input:not([inputmode="decimal"]):not([type="date"])' +
      ':not([placeholder="dd-mm-jjjj"]):not([role="combobox"]):not([aria-label^="Week, rij"])';
    let seen = 0;
    for (const tab of [
      '1 Situatie',
      '2 Bandbreedte',
      '3 Implementeren en leren',
      'Scenario’s',
      'Gesprek',
      'Werkpakket',
    ]) {
      await showTab(page, tab);
      await openFolded(page);
      const limits = await page.locator(texts).evaluateAll(els => els.map(el => el.getAttribute('maxlength')));
      expect(limits.filter(limit => limit !== String(TEXT_LIMIT))).toEqual([]);
      seen += limits.length;
    }
    expect(seen).toBeGreaterThan(40);
  });

  test('the table has the rows this file checks', () =>
    expect(TEXT_ROWS.map(r => r[0])).toEqual(['near-the-limit', 'at-the-limit', 'paste-too-long', 'long-team-name']));

  test('near-the-limit', async () => {
    const { page } = pane;
    const { field, sees } = row('near-the-limit');
    await showTab(page, '2 Bandbreedte');
    await openFolded(page);
    const input = page.getByLabel(field, { exact: true });
    await input.fill('a'.repeat(TEXT_LIMIT - 500));
    await page.getByText(sees).waitFor();
    expect(await describedBy(input)).toContain(sees);
    await input.fill('a'.repeat(100));
    expect(await page.getByText(/tekens gebruikt/).count()).toBe(0); // a short text shows no counter
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('at-the-limit', async () => {
    const { page } = pane;
    const { sees } = row('at-the-limit');
    await showTab(page, '2 Bandbreedte');
    await openFolded(page);
    const input = purpose(page);
    await input.fill('a'.repeat(TEXT_LIMIT));
    await page.getByRole('alert').filter({ hasText: sees }).waitFor();
    await input.focus();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('b');
    expect((await input.inputValue()).length).toBe(TEXT_LIMIT);
    expect(await input.inputValue()).not.toContain('b');
  });

  test('paste-too-long', async () => {
    const { page } = pane;
    const { sees } = row('paste-too-long');
    await showTab(page, '2 Bandbreedte');
    await openFolded(page);
    const input = purpose(page);
    const before = 'a'.repeat(TEXT_LIMIT - 1000);
    await input.fill(before);
    await paste(page, input, 'b'.repeat(2000));
    await page.getByRole('alert').filter({ hasText: sees }).waitFor();
    expect(await input.inputValue()).toBe(before); // nothing of it went in: no silent cut
    // A paste that fits goes in whole, and the refusal is gone.
    await paste(page, input, 'c'.repeat(1000));
    expect(await input.inputValue()).toBe(before + 'c'.repeat(1000));
    expect(await page.getByText(sees).count()).toBe(0);
  });

  test('long-team-name', async () => {
    const { page } = pane;
    const { field, sees } = row('long-team-name');
    const name = await page.getByRole('combobox').first().textContent();
    await page.getByRole('button', { name: /^Naam wijzigen/ }).click();
    const input = page.getByLabel(field, { exact: true });
    await paste(page, input, 'N'.repeat(40_000));
    await page.getByRole('alert').filter({ hasText: sees }).waitFor();
    expect(await input.getAttribute('maxlength')).toBe(String(TEXT_LIMIT));
    await page.keyboard.press('Escape');
    expect(await page.getByRole('combobox').first().textContent()).toBe(name);
  });
});
