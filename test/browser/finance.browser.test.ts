// Finance in the organisation perspective, by keyboard: the team cost, hourly rate, cost price per
// product with its coverage, the gaps in euro and the year budget are core's financeFigures for the
// sample today (the sheet VC Financiën caches the same figures: test/workbook/financeSheet.test.ts);
// the product priced below its cost price says so in words; a tariff typed below the cost price is
// flagged at once; a typed team cost replaces the one from the salaries and says so until it is
// emptied again. The whole perspective passes axe.
import { financeFigures, isError, Plan, Result, samplePlan, todayIso } from '../../src/core';
import { formatEuro, formatFixed, formatNumber } from '../../src/taskpane/format/numberFormat';
import { wcagViolations } from './accessibility';
import { browserSession, settled } from './harness';
import { openTab, retype, tabTo } from './keyboard';
import { Locator, Page } from 'playwright-core';

jest.setTimeout(180_000);

const session = browserSession();
const today = todayIso();

function ok<T>(value: Result<T>): T {
  if (isError(value)) throw new Error(`not computed: ${value.reason}`);
  return value;
}
const euro = (n: Result<number>) => formatEuro('nl', ok(n));
const two = (n: Result<number>) => formatFixed('nl', ok(n), 2);

const cellsOf = (rows: Locator) =>
  rows.evaluateAll(trs => trs.map(tr => [...tr.querySelectorAll('th, td')].map(cell => cell.textContent ?? '')));

/** What the pane must show for `plan`, row by row, in the products, gaps and budget tables. */
async function expectFigures(page: Page, plan: Plan) {
  const f = financeFigures(plan, today);
  expect(await page.getByTestId('finance-team-cost').textContent()).toBe(euro(f.teamCost));
  expect(await page.getByTestId('finance-average-cost').textContent()).toBe(euro(f.averageCostPerFte));
  expect(await page.getByTestId('finance-hourly-rate').textContent()).toBe(formatEuro('nl', ok(f.hourlyRate), 2));

  const products = await cellsOf(
    page.getByRole('table', { name: 'Kostprijs en tarief per product' }).locator('tbody tr'),
  );
  expect(products.map(([product, hours, cost, , coverage]) => [product, hours, cost, coverage])).toEqual(
    f.products.map(p => [
      p.product,
      formatNumber('nl', p.hoursPerCase, 1),
      euro(p.costPrice),
      p.coverage === null ? '—' : `${two(p.coverage)}${p.belowCost ? ': tarief onder de kostprijs' : ''}`,
    ]),
  );

  const gaps = page.getByRole('table', { name: 'Formatie, bezetting en benodigd in euro' });
  expect(await cellsOf(gaps.locator('tbody tr'))).toEqual(
    f.teams.map(t => [
      t.name,
      two(t.formatie),
      two(t.bezetting),
      two(t.inzetbaar),
      two(t.benodigd),
      two(t.shortfall),
      euro(t.shortfallCost),
      two(t.formatieShortfall),
      euro(t.formatieShortfallCost),
      two(t.vacancy),
      euro(t.vacancyCost),
    ]),
  );
  expect(await cellsOf(gaps.locator('tfoot tr'))).toEqual([
    [
      'Alle teams',
      two(f.total.formatie),
      two(f.total.bezetting),
      two(f.total.inzetbaar),
      two(f.total.benodigd),
      two(f.total.shortfall),
      euro(f.total.shortfallCost),
      two(f.total.formatieShortfall),
      euro(f.total.formatieShortfallCost),
      two(f.total.vacancy),
      euro(f.total.vacancyCost),
    ],
  ]);

  const budget = page.getByRole('table', { name: `Begroting ${f.year}` });
  const rows = await cellsOf(budget.locator('tbody tr'));
  expect(
    rows.map(([team, formatie, , projected, left, , inYear, fteLeft]) => [
      team,
      formatie,
      projected,
      left,
      inYear,
      fteLeft,
    ]),
  ).toEqual(
    f.teams.map(t => [
      t.name,
      two(t.formatie),
      euro(t.projected),
      t.budgetLeft === null ? '—' : euro(t.budgetLeft),
      two(t.fteInYear),
      t.fteLeft === null ? '—' : two(t.fteLeft),
    ]),
  );
  // What is left in total counts only the teams with a budget.
  const [total] = await cellsOf(budget.locator('tfoot tr'));
  expect([total[2], total[4], total[5], total[7]]).toEqual([
    euro(f.total.budget),
    euro(f.total.budgetLeft),
    two(f.total.budgetFte),
    two(f.total.fteLeft),
  ]);
}

describe('finance in the organisation perspective', () => {
  const plan = samplePlan();

  it('shows core’s figures, and says which product is priced below its cost price', async () => {
    const { page, errors } = await session.open();
    await openTab(page, 'Perspectieven');
    await expectFigures(page, plan);
    const flagged = financeFigures(plan, today)
      .products.filter(p => p.belowCost)
      .map(p => p.product);
    expect(flagged).toEqual(['Complexe multiproblematiek']);
    expect(await page.getByText('tarief onder de kostprijs').count()).toBe(1);
    expect(await wcagViolations(page)).toEqual([]);

    // A tariff for single questions below their cost price is flagged as soon as it is typed.
    const tariff = page.getByLabel('Tarief voor Enkelvoudige vraag');
    await tabTo(page, tariff);
    await retype(page, '1500');
    plan.finance.products[0].tariff = 1500;
    await settled(() => page.getByText('tarief onder de kostprijs').count(), 2);
    await expectFigures(page, plan);

    // A budgeted FTE for Jeugd (which has no budget) shows what its roster holds over the year against it.
    const jeugdFte = page.getByLabel('Begrote fte van Jeugd');
    await tabTo(page, jeugdFte);
    await retype(page, '4');
    plan.finance.budgets.push({ team: 'Jeugd', budget: null, budgetFte: 4 });
    const jeugd = financeFigures(plan, today).teams[3];
    const budgetRows = page.getByRole('table', { name: `Begroting ${financeFigures(plan, today).year}` });
    await settled(() => budgetRows.locator('tbody tr').nth(3).locator('td').last().textContent(), two(jeugd.fteLeft!));
    await expectFigures(page, plan);

    // A typed team cost replaces the salaries' and says so; emptied, the salaries count again.
    const typed = page.getByLabel('Teamkosten per jaar, zelf ingevuld (€)');
    await tabTo(page, typed, 'back');
    await retype(page, '1500000');
    plan.organisation.teamCost = 1500000;
    await settled(() => page.getByTestId('finance-team-cost').textContent(), formatEuro('nl', 1500000));
    expect(await page.getByText('zelf ingevuld: de salarissen tellen niet').count()).toBe(1);
    await expectFigures(page, plan);
    await tabTo(page, typed, 'back');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    plan.organisation.teamCost = null;
    await settled(() => page.getByText('uit de salarissen en de roosters').count(), 1);
    await expectFigures(page, plan);
    expect(errors).toEqual([]);
  });
});
