// Starting, printing and an empty plan (issue 22), by keyboard: Afdrukken prints the overview alone
// on one A4 page in landscape with every column; Leeg beginnen replaces the sample by an empty plan,
// asking first when work would be lost; the choice of language switches the pane, keeps what was
// typed and is remembered in this browser; and no tab of an empty plan, in Dutch or English, shows
// a sentence about dividing by zero: the figures that wait for input say what to fill in first.
import type { Page } from 'playwright-core';
import { CaseloadError, describeError, Language, PACKS, samplePlan } from '../../src/core';
import { wcagViolations } from './accessibility';
import { browserSession, settled } from './harness';
import { openTab, retype, tabTo } from './keyboard';
import { pdfPages } from './pdfText';

jest.setTimeout(120_000);

const nl = PACKS.nl.pane;
const en = PACKS.en.pane;
const TEXTS = { nl, en };
const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const session = browserSession();

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const panelText = (page: Page) => page.getByRole('tabpanel').innerText();

/** The Leeg beginnen button, answering its question (if it asks) with `answer`. */
async function startEmpty(page: Page, language: Language) {
  const words = TEXTS[language];
  await tabTo(page, page.getByRole('button', { name: words.startEmptyButton, exact: true }));
  await page.keyboard.press('Enter');
  await page.getByText(words.startedEmpty).waitFor();
}

describe('Afdrukken: the overview alone, on one A4 page in landscape', () => {
  it.each(['nl', 'en'] as const)(
    '%s: every column and every figure of the overview, nothing of the pane around it',
    async language => {
      const words = TEXTS[language];
      const { page } = await session.open(LOCALE[language]);
      await openTab(page, words.tabOverview);
      // The button prints: the browser's print dialog is replaced by a note that it was asked for.
      await page.evaluate(() => {
        window.print = () => document.body.setAttribute('data-printed', 'yes');
      });
      await tabTo(page, page.getByRole('button', { name: words.printButton }));
      await page.keyboard.press('Enter');
      expect(await page.locator('body').getAttribute('data-printed')).toBe('yes');

      const pages = pdfPages(await page.pdf({ preferCSSPageSize: true }));
      expect(pages).toHaveLength(1);
      const [{ width, height, text }] = pages;
      expect(Math.round(width)).toBe(842); // A4 in landscape, in points
      expect(Math.round(height)).toBe(595);
      expect(text).toContain(words.openAgreements);
      expect(text).toContain(words.budgetLeft);
      for (const team of samplePlan().teams) expect(text).toContain(team.name);
      expect(text).toContain(samplePlan().situation.municipality);
      for (const left of [words.tabSituation, words.printButton, words.saveButton, words.openTitle, words.appTagline])
        expect(text).not.toContain(left);
    },
  );
});

describe('Leeg beginnen', () => {
  it('from the untouched sample: an empty plan at once, and the focus on where to begin', async () => {
    const { page, errors } = await session.open();
    await startEmpty(page, 'nl');
    expect(await focusedText(page)).toBe(nl.startedEmpty);
    expect(await page.getByLabel(nl.municipalityName).inputValue()).toBe('');
    expect(await page.getByRole('tab', { name: nl.tabSituation }).getAttribute('aria-selected')).toBe('true');
    await page.getByText(nl.freshWorkbook).waitFor();
    // The areas of the sample are gone: step 1 has no rows to fill in yet.
    expect(await panelText(page)).not.toContain(samplePlan().situation.areas[0].name);
    expect(errors).toEqual([]);
  });

  it('with changes in no file: asks first; Annuleren keeps them, Leeg beginnen empties the plan', async () => {
    const { page } = await session.open();
    await tabTo(page, page.getByLabel(nl.municipalityName));
    await retype(page, 'Gemeente Nieuwdorp');
    const button = page.getByRole('button', { name: nl.startEmptyButton, exact: true });
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: nl.startEmptyQuestion });
    await dialog.getByText(nl.startEmptyBody).waitFor();
    // The focus starts on Annuleren: Enter by habit loses nothing.
    expect(await settled(() => focusedText(page), nl.loseWorkCancel)).toBe(nl.loseWorkCancel);
    expect(await wcagViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await settled(() => focusedText(page), nl.startEmptyButton)).toBe(nl.startEmptyButton);
    expect(await page.getByLabel(nl.municipalityName).inputValue()).toBe('Gemeente Nieuwdorp');

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await tabTo(page, dialog.getByRole('button', { name: nl.startEmptyConfirm }));
    await page.keyboard.press('Enter');
    await page.getByText(nl.startedEmpty).waitFor();
    expect(await page.getByLabel(nl.municipalityName).inputValue()).toBe('');
    expect(await page.getByTestId('browser-status').textContent()).toBe(nl.browserAllDownloaded);
  });
});

describe('the choice of language', () => {
  it('switches the pane, keeps what was typed, and is remembered in this browser', async () => {
    const { page } = await session.open('nl-NL');
    await tabTo(page, page.getByLabel(nl.municipalityName));
    await retype(page, 'Gemeente Nieuwdorp');
    const choice = page.getByLabel(nl.languageLabel);
    await tabTo(page, choice, 'back');
    await choice.selectOption('en');
    await page.getByRole('tab', { name: en.tabSituation, selected: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByLabel(en.municipalityName).inputValue()).toBe('Gemeente Nieuwdorp');
    // The focus stays on the choice, now named in English.
    expect(await page.getByLabel(en.languageLabel).evaluate(el => el === document.activeElement)).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);

    // A reload (its question answered) starts in English, though the browser speaks Dutch.
    page.on('dialog', dialog => void dialog.accept());
    await page.reload();
    await page.getByRole('tab', { name: en.tabSituation, selected: true }).waitFor();
    await page.getByLabel(en.languageLabel).selectOption('nl');
    await page.getByRole('tab', { name: nl.tabSituation, selected: true }).waitFor();
    await page.reload();
    await page.getByRole('tab', { name: nl.tabSituation, selected: true }).waitFor();
  });

  it('without a choice, a browser that speaks English gets the English pane, its choice offered in both', async () => {
    const { page } = await session.open('en-GB');
    const choice = page.getByLabel(en.languageLabel);
    expect(await choice.inputValue()).toBe('en');
    expect(await choice.locator('option').allTextContents()).toEqual(['Nederlands', 'English']);
  });
});

describe('an empty plan invites input on every tab', () => {
  it.each(['nl', 'en'] as const)(
    '%s: no sentence about dividing by zero; figures say what to fill in first',
    async language => {
      const words = TEXTS[language];
      const { page, errors } = await session.open(LOCALE[language]);
      await startEmpty(page, language);
      // What the model says of a divisor of 0 and of a trend without weeks, after the argument's name.
      const after = (sentence: string, mark: string) => sentence.slice(sentence.indexOf(mark) + mark.length);
      const division = after(
        describeError(new CaseloadError('#DIV/0!', 'divisionByZero', { argument: 'x' }), language),
        'x is 0',
      );
      const noTrend = after(
        describeError(new CaseloadError('#N/A', 'tooFewValues', { argument: 'x', got: '0' }), language),
        ';',
      );
      const invitation = words.fillInFirst('\u0000').split('\u0000')[0];
      const invited: string[] = [];
      const tabs = [
        words.tabSituation,
        words.tabBandwidth,
        words.tabImplement,
        words.tabConversation,
        words.tabOverview,
        words.tabScenarios,
        words.tabWorkPackage,
        words.tabPerspectives,
        words.tabFunctions,
      ];
      for (const tab of tabs) {
        await openTab(page, tab);
        await page.getByRole('tabpanel').getByRole('heading').first().waitFor();
        const text = await panelText(page);
        expect([tab, text.includes(division), text.includes(noTrend)]).toEqual([tab, false, false]);
        if (text.includes(invitation)) invited.push(tab);
      }
      expect(invited).toEqual([
        words.tabBandwidth,
        words.tabImplement,
        words.tabConversation,
        words.tabOverview,
        words.tabPerspectives,
      ]);
      await openTab(page, words.tabBandwidth);
      await page.getByText(words.fillInFirst(words.fillInWhat.hours_per_case_high)).first().waitFor();
      expect(errors).toEqual([]);
    },
  );
});
