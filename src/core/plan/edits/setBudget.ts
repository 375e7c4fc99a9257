// A team's budget (€) or budgeted FTE, or either emptied with null; a line with neither is removed.
import { sameName } from '../compute';
import { budgetLines, hasBudget } from '../finance';
import type { Budget } from '../plan';
import { defineEdit } from './edit';
import { setNamed, withFinance } from './financeLines';

export const setBudget = defineEdit<{ team: string; change: Partial<Pick<Budget, 'budget' | 'budgetFte'>> }>({
  name: 'setBudget',
  perform: (plan, { team, change }) =>
    withFinance(plan, {
      budgets: setNamed(
        budgetLines(plan),
        b => sameName(b.team, team),
        b => ({ ...b, ...change }),
        { team, budget: null, budgetFte: null },
        hasBudget,
      ),
    }),
});
