// Finance's inputs as the pane changes them, on the sample: a person's pay, a product's tariff and
// a team's budget are added when first typed and removed when emptied; renaming a team takes its
// pay and budget along, renaming a category its tariff, so no figure silently loses its input.
import { financeFigures, samplePlan, todayIso } from '../../src/core';
import { withCategories } from '../../src/taskpane/bandwidth/categoryEdits';
import { withBudget, withPay, withTariff } from '../../src/taskpane/finance/financeEdits';
import { withTeamRenamed } from '../../src/taskpane/teams/teamEdits';

const today = todayIso();

test('pay: a scale chosen for someone without pay adds a line; no scale and no own salary removes it', () => {
  const plan = samplePlan();
  const without = { ...plan, finance: { ...plan.finance, pay: plan.finance.pay.filter(p => p.name !== 'Bram') } };
  // The sample leaves Mo (Centrum) without pay already.
  const mo = { team: 'Centrum', name: 'Mo' };
  expect(financeFigures(without, today).unpaid).toEqual([{ team: 'Noord', name: 'Bram' }, mo]);
  const paid = withPay(without, 'Noord', 'Bram', { scale: 'Schaal 10 (voorbeeld)' });
  expect(paid.finance.pay.at(-1)).toEqual({
    team: 'Noord',
    name: 'Bram',
    scale: 'Schaal 10 (voorbeeld)',
    salary: null,
  });
  expect(financeFigures(paid, today).unpaid).toEqual([mo]);
  // An own salary replaces the scale's; emptying both takes the line away again.
  const own = withPay(paid, 'noord', 'bram', { salary: 61000 });
  expect(own.finance.pay.filter(p => p.name === 'Bram')).toEqual([
    { team: 'Noord', name: 'Bram', scale: 'Schaal 10 (voorbeeld)', salary: 61000 },
  ]);
  expect(withPay(withPay(own, 'Noord', 'Bram', { salary: null }), 'Noord', 'Bram', { scale: '' }).finance.pay).toEqual(
    without.finance.pay,
  );
});

test('a tariff and a budget: typed, changed in place, and removed when emptied', () => {
  const plan = samplePlan();
  const lower = withTariff(plan, 'Meervoudige vraag', 3000);
  expect(lower.finance.products.map(p => p.tariff)).toEqual([2100, 3000, 8500]);
  expect(financeFigures(lower, today).products.map(p => p.belowCost)).toEqual([false, true, true]);
  expect(withTariff(plan, 'Enkelvoudige vraag', null).finance.products.map(p => p.product)).toEqual([
    'Meervoudige vraag',
    'Complexe multiproblematiek',
  ]);
  expect(withBudget(plan, 'Zuid', { budget: 500000 }).finance.budgets.map(b => b.budget)).toEqual([
    450000, 390000, 500000,
  ]);
  const none = withBudget(plan, 'Zuid', { budget: null, budgetFte: null });
  expect(none.finance.budgets.map(b => b.team)).toEqual(['Noord', 'Centrum']);
  expect(financeFigures(none, today).teams[2].budgetLeft).toBeNull();
  // A budget typed for a team without one takes its team's place, as VC Financiën reads it back.
  expect(withBudget(none, 'Zuid', { budget: 1 }).finance.budgets).toEqual([
    ...none.finance.budgets,
    { team: 'Zuid', budget: 1, budgetFte: null },
  ]);
  expect(withBudget(plan, 'Jeugd', { budgetFte: 4.5 }).finance.budgets.at(-1)).toEqual({
    team: 'Jeugd',
    budget: null,
    budgetFte: 4.5,
  });
});

test('renaming a team takes its pay and budget along; renaming a category its tariff', () => {
  const plan = samplePlan();
  const renamed = withTeamRenamed(plan, 0, 'Noord-Oost');
  expect(renamed.finance.pay.filter(p => p.team === 'Noord-Oost')).toHaveLength(6);
  expect(renamed.finance.budgets[0].team).toBe('Noord-Oost');
  expect(financeFigures(renamed, today).teams[0]).toEqual({
    ...financeFigures(plan, today).teams[0],
    name: 'Noord-Oost',
  });
  const categories = plan.bandwidth.categories.map((c, i) => (i === 2 ? { ...c, name: 'Complex' } : c));
  const recategorised = withCategories(plan, categories);
  expect(recategorised.finance.products[2]).toEqual({ product: 'Complex', tariff: 8500 });
});
