// A team's budget and budgeted FTE: typed, changed in place, removed when both are emptied.
import { Budget, EDITS, financeFigures, samplePlan, todayIso } from '../../../src/core';

const setBudget = (plan: ReturnType<typeof samplePlan>, team: string, change: Partial<Budget>) =>
  EDITS.setBudget.perform(plan, { team, change });

test('a budget changed in place, removed with both emptied, and added in its team’s place', () => {
  const plan = samplePlan();
  expect(setBudget(plan, 'Zuid', { budget: 500000 }).finance.budgets.map(b => b.budget)).toEqual([
    450000, 390000, 500000,
  ]);
  const none = setBudget(plan, 'Zuid', { budget: null, budgetFte: null });
  expect(none.finance.budgets.map(b => b.team)).toEqual(['Noord', 'Centrum']);
  expect(financeFigures(none, todayIso()).teams[2].budgetLeft).toBeNull();
  // A budget typed for a team without one takes its team's place, as VC Financiën reads it back.
  expect(setBudget(none, 'Zuid', { budget: 1 }).finance.budgets).toEqual([
    ...none.finance.budgets,
    { team: 'Zuid', budget: 1, budgetFte: null },
  ]);
  expect(setBudget(plan, 'Jeugd', { budgetFte: 4.5 }).finance.budgets.at(-1)).toEqual({
    team: 'Jeugd',
    budget: null,
    budgetFte: 4.5,
  });
});
