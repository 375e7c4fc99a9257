// The conversation side and the overview, by keyboard: the deviating cases of the team shown both
// ways, a case number that is a name, a BSN or a date refused as it is typed (the plan keeps what
// it had), a new case far above its norm counted at once, the case-mix drift and its warning, felt
// workload beside the band with what a mismatch suggests, a new count refused as a fraction and
// below five answers, the agreements on dividing cases and the overview. Every number is core's for
// the sample; axe finds nothing in Dutch or English. The reflection and the rest of privacy:
// privacy.browser.test.ts.
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

  it('refuses a case number that is a name, a BSN or a date, and counts a new case far above its norm', async () => {
    const { page } = pane;
    await tabTo(page, page.getByRole('button', { name: nl.addRow(nl.caseNoun) }));
    await page.keyboard.press('Enter');
    const number = page.getByRole('textbox', { name: nl.caseNumber }).last();
    await settled(() => number.evaluate(el => el === document.activeElement), true);
    await page.keyboard.type('Jansen 12');
    await page.getByText(`${nl.caseNumberName} ${nl.caseNumberKept}`).waitFor();
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    // Leaving the field puts back what the plan holds: the new case has no number yet.
    await page.keyboard.press('Tab');
    expect(await number.inputValue()).toBe('');
    await tabTo(page, number, 'back');
    await retype(page, '1234.56.782');
    expect(await number.inputValue()).toBe('');
    await tabTo(page, number, 'back');
    await page.keyboard.type('14-03-1985');
    await page.getByText(`${nl.caseNumberBirthDate} ${nl.caseNumberKept}`).waitFor();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('123 456 782');
    await page.getByText(`${nl.caseNumberBsn} ${nl.caseNumberKept}`).waitFor();
    await retype(page, 'N-0500');
    expect(await number.inputValue()).toBe('N-0500');
    expect(await page.getByText(nl.caseNumberKept, { exact: false }).count()).toBe(0);
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
    const weeks = computeFigures(plan, 0, new Date().toISOString().slice(0, 10)).weeks;
    const signals = feltFigures(noord, plan.privacy.minAnswers, weeks).map(f => f.signal);
    expect(signals).toContain('workload');
    expect(await page.getByText(nl.signalWorkload).count()).toBe(signals.filter(s => s === 'workload').length);
    const latest = noord.felt.at(-1)!;
    await page.getByText(nl.feltCounts(latest.tooLittle, latest.right, latest.tooMuch)).waitFor();
  });

  it('refuses a fraction in a new count, and adds a count only from five answers', async () => {
    const { page } = pane;
    const counts = page.getByTestId('felt-counts').getByRole('listitem');
    const before = await counts.count();
    const tooMuch = page.getByRole('textbox', { name: nl.feltTooMuch });
    await tabTo(page, tooMuch);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2,5');
    await page.getByText(nl.invalidCount).waitFor();
    await page.keyboard.press('Tab');
    // Leaving the field puts back the count from before: nothing was rounded into the count.
    expect(await tooMuch.inputValue()).toBe('0');
    await tabTo(page, tooMuch, 'back');
    await retype(page, '3');
    await tabTo(page, page.getByRole('textbox', { name: nl.feltRight }), 'back');
    await retype(page, '1');
    await tabTo(page, page.getByRole('button', { name: nl.feltAdd }));
    await page.keyboard.press('Enter');
    await page.getByText(nl.feltTooFewToAdd(4, 5)).waitFor();
    expect(await counts.count()).toBe(before);
    await tabTo(page, page.getByRole('textbox', { name: nl.feltRight }), 'back');
    await retype(page, '2');
    await tabTo(page, page.getByRole('button', { name: nl.feltAdd }));
    await page.keyboard.press('Enter');
    expect(await settled(() => counts.count(), before + 1)).toBe(before + 1);
    await page.getByText(nl.feltCounts(0, 2, 3)).waitFor();
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
