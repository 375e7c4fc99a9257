// The conversation side and the overview, by keyboard: the deviating cases of the team shown both
// ways, a case number that looks like a name flagged as it is typed, a new case far above its norm
// counted at once, the case-mix drift and its warning, felt workload beside the band with what a
// mismatch suggests, a reflection kept only when Keep is pressed (with the line saying who can read
// it), the agreements on dividing cases and the overview. Every number is core's for the sample;
// axe finds nothing in Dutch or English.
import {
  deviationFigures,
  feltFigures,
  financeFigures,
  isError,
  mixDrift,
  overview,
  Result,
  samplePlan,
  computeFigures,
} from '../../src/core';
import { dateText } from '../../src/taskpane/format/dateText';
import { formatEuro } from '../../src/taskpane/format/numberFormat';
import { PACKS } from '../../src/core';
import { wcagViolations } from './accessibility';
import { browserSession, Pane, screenshot, settled } from './harness';
import { openTab, retype, tabTo } from './keyboard';

jest.setTimeout(120_000);

const nl = PACKS.nl.pane;
const plan = samplePlan();
const noord = plan.teams[0];
const session = browserSession();

describe('the conversation (Dutch, by keyboard)', () => {
  let pane: Pane;
  beforeAll(async () => {
    pane = await session.open('nl-NL');
    await openTab(pane.page, nl.tabConversation);
  });

  it('counts the cases far above and far below their norm, as core does', async () => {
    const { page } = pane;
    const figures = deviationFigures(plan, noord);
    expect(figures.above).toBeGreaterThan(0);
    expect(figures.below).toBeGreaterThan(0);
    expect(await page.getByTestId('far-above').textContent()).toBe(String(figures.above));
    expect(await page.getByTestId('far-below').textContent()).toBe(String(figures.below));
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, '5-gesprek');
  });

  it('shows the case-mix drift with its warning and the FTE the real mix asks', async () => {
    const { page } = pane;
    const drift = mixDrift(plan, noord, new Date().toISOString().slice(0, 10));
    expect(drift.warning).toBe(true);
    const points = `+${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format((drift.drift as number) * 100)}`;
    await page.getByText(nl.mixWarning(points, '10')).waitFor();
    const fte = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(await page.getByTestId('fte-real-mix').textContent()).toBe(fte.format(drift.fteReal as number));
  });

  it('flags a case number that looks like a name, and counts a new case far above its norm', async () => {
    const { page } = pane;
    await tabTo(page, page.getByRole('button', { name: nl.addRow(nl.caseNoun) }));
    await page.keyboard.press('Enter');
    const number = page.getByRole('textbox', { name: nl.caseNumber }).last();
    await settled(() => number.evaluate(el => el === document.activeElement), true);
    await page.keyboard.type('Jansen');
    await page.getByText(nl.caseLooksLikeName).waitFor();
    await retype(page, 'N-0500');
    await page.getByText(nl.caseLooksLikeName).waitFor({ state: 'detached' });
    // A new case is held against no norm until something is known of it: no count moves yet.
    expect(await page.getByTestId('far-below').textContent()).toBe(String(deviationFigures(plan, noord).below));
    // Category (the first of step 2) stays; 200 hours spent against a norm of 20.
    await tabTo(page, page.getByRole('textbox', { name: nl.measureHours }).last());
    await retype(page, '200');
    const above = deviationFigures(plan, noord).above + 1;
    expect(await settled(() => page.getByTestId('far-above').textContent(), String(above))).toBe(String(above));
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('sets the felt workload beside the band and says what the mismatch suggests', async () => {
    const { page } = pane;
    const signals = feltFigures(noord, computeFigures(plan, 0, new Date().toISOString().slice(0, 10)).weeks).map(
      f => f.signal,
    );
    expect(signals).toContain('workload');
    expect(await page.getByText(nl.signalWorkload).count()).toBe(signals.filter(s => s === 'workload').length);
  });

  it('refuses a fraction in a count, and notes that one or two answers point at a person', async () => {
    const { page } = pane;
    const tooMuch = page.getByRole('textbox', { name: nl.feltTooMuch }).first();
    const before = await tooMuch.inputValue();
    await tabTo(page, tooMuch);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2,5');
    await page.getByText(nl.invalidCount).waitFor();
    await page.keyboard.press('Tab');
    // Leaving the field puts back the count from before: nothing was rounded into the plan.
    expect(await tooMuch.inputValue()).toBe(before);
    const notes = await page.getByText(nl.feltFewAnswers).count();
    const first = noord.felt[0];
    await tabTo(page, page.getByRole('textbox', { name: nl.feltTooLittle }).first());
    await retype(page, '0');
    await tabTo(page, page.getByRole('textbox', { name: nl.feltRight }).first());
    await retype(page, '0');
    await tabTo(page, tooMuch);
    await retype(page, '1');
    expect(first.tooLittle + first.right + first.tooMuch).toBeGreaterThan(2);
    expect(await settled(() => page.getByText(nl.feltFewAnswers).count(), notes + 1)).toBe(notes + 1);
  });

  it('keeps a reflection only when Keep is pressed, and says who can read it', async () => {
    const { page } = pane;
    await page.getByText(nl.privacyLine).waitFor();
    await tabTo(page, page.getByRole('combobox', { name: nl.reflectionPerson }));
    await page.keyboard.type('Anouk');
    const note = page.getByRole('textbox', { name: nl.reflectionNote(nl.aspectQuantity) });
    await note.waitFor();
    const question = page.getByText(nl.aspectQuantityQuestion);
    expect(await question.count()).toBe(1);
    await tabTo(page, note);
    await page.keyboard.type('Te veel kleine vragen tussendoor.');
    // Not kept yet: nothing of it is in the plan's notes.
    expect(await page.getByText(nl.reflectionKept('Anouk')).count()).toBe(0);
    await tabTo(page, page.getByRole('button', { name: nl.reflectionSave }));
    await page.keyboard.press('Enter');
    await page.getByText(nl.reflectionSaved(1)).waitFor();
    await page.getByText(`${nl.aspectQuantity}, `, { exact: false }).first().waitFor();
    expect(await note.inputValue()).toBe('');
    await page.getByTestId('indirect-comparison').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('counts the agreements on dividing cases still open', async () => {
    const { page } = pane;
    expect(await page.getByTestId('open-agreements').textContent()).toBe('0');
    await tabTo(page, page.getByRole('textbox', { name: nl.divisionQuality }));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    expect(await settled(() => page.getByTestId('open-agreements').textContent(), '1')).toBe('1');
  });
});

describe('the overview', () => {
  it.each([
    ['nl-NL', nl.tabOverview, nl.overviewTeams],
    ['en-GB', PACKS.en.pane.tabOverview, PACKS.en.pane.overviewTeams],
  ])('shows every team with the figures core computes (%s), axe-clean', async (locale, tab, caption) => {
    const { page } = await session.open(locale);
    await openTab(page, tab);
    const table = page.getByRole('table', { name: caption });
    const language = locale === 'nl-NL' ? 'nl' : 'en';
    const today = new Date().toISOString().slice(0, 10);
    const { teams, totals } = overview(
      plan,
      plan.teams.map((_t, i) => computeFigures(plan, i, today)),
    );
    for (const t of teams) {
      const row = table.getByRole('row', { name: new RegExp(`^${t.team}\\b`) });
      await row.waitFor();
      expect(await row.textContent()).toContain(`${t.deviations.above} / ${t.deviations.below}`);
      // The band in force with the date it took effect: the history the versions column counts.
      const inForce = t.figures.bandInForce;
      if (!isError(inForce)) expect(await row.textContent()).toContain(dateText(inForce.from, language));
    }
    if (locale === 'nl-NL') {
      // The money beside the work package: the same figures as the finance section shows.
      const f = financeFigures(plan, today);
      const euro = (n: Result<number>, cents = 0) => (isError(n) ? '' : formatEuro('nl', n, cents));
      const organisation = await page.getByRole('region', { name: nl.overviewOrganisation }).textContent();
      expect(organisation).toContain(`${nl.overviewAbove}${totals.above}`);
      expect(organisation).toContain(`${nl.overviewBelow}${totals.below}`);
      expect(organisation).toContain(`${nl.overviewTooMuch}${totals.tooMuch}`);
      expect(organisation).toContain(`${nl.hourlyRate}${euro(f.hourlyRate, 2)}`);
      expect(organisation).toContain(`${nl.shortfallCost}${euro(f.total.shortfallCost)}`);
      expect(organisation).toContain(`${nl.budgetLeft}${euro(f.total.budgetLeft)}`);
    }
    expect(await wcagViolations(page)).toEqual([]);
    if (locale === 'nl-NL') await screenshot(page, '6-overzicht');
  });

  it('English conversation tab passes axe too', async () => {
    const { page } = await session.open('en-GB');
    await openTab(page, PACKS.en.pane.tabConversation);
    await page.getByTestId('far-above').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });
});
