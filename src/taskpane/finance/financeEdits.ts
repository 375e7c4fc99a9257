// Finance's inputs changed from the pane. Pay, tariffs and budgets are lines found by a name (the
// person in a team, the product, the team): a value typed for a name without a line adds one, and
// a line left with nothing in it (no scale and no own salary, no tariff, no budget nor budgeted FTE)
// is removed, so the lists hold what was entered and nothing else.
import { Budget, budgetLines, Finance, hasBudget, hasTariff, Pay, Plan, productLines, sameName } from '../../core';

const withFinance = (plan: Plan, patch: Partial<Finance>): Plan => ({
  ...plan,
  finance: { ...plan.finance, ...patch },
});

/** The lines with the one `mine` picks replaced by `line` (added when there is none), or removed with null. */
function setLine<T>(lines: readonly T[], mine: (line: T) => boolean, line: T | null): T[] {
  if (line === null) return lines.filter(l => !mine(l));
  const at = lines.findIndex(mine);
  return at < 0 ? [...lines, line] : lines.map((l, i) => (i === at ? line : l));
}

/** The plan with one person's pay changed (their scale, or their own salary; null: the scale's). */
export function withPay(plan: Plan, team: string, name: string, change: Partial<Pick<Pay, 'scale' | 'salary'>>): Plan {
  const mine = (p: Pay) => sameName(p.team, team) && sameName(p.name, name);
  const after = { ...(plan.finance.pay.find(mine) ?? { team, name, scale: '', salary: null }), ...change };
  const empty = after.scale.trim() === '' && after.salary === null;
  return withFinance(plan, { pay: setLine(plan.finance.pay, mine, empty ? null : after) });
}

/**
 * Lines as VC Financiën shows them (one per name the plan has, then any other) with the first of
 * `name` changed (added when there is none), keeping only those with something typed: the list
 * holds what was entered, in the order the sheet reads it back.
 */
function setNamed<T>(
  shown: readonly T[],
  mine: (line: T) => boolean,
  change: (line: T) => T,
  blank: T,
  kept: (line: T) => boolean,
): T[] {
  const at = shown.findIndex(mine);
  const lines = at < 0 ? [...shown, change(blank)] : shown.map((l, i) => (i === at ? change(l) : l));
  return lines.filter(kept);
}

/** The plan with the tariff of a product (a case category) set, or removed with null. */
export const withTariff = (plan: Plan, product: string, tariff: number | null): Plan =>
  withFinance(plan, {
    products: setNamed(
      productLines(plan),
      p => sameName(p.product, product),
      p => ({ ...p, tariff }),
      { product, tariff: null },
      hasTariff,
    ),
  });

/** The plan with a team's budget (€) or budgeted FTE set, or emptied with null; a line with neither is removed. */
export const withBudget = (plan: Plan, team: string, change: Partial<Pick<Budget, 'budget' | 'budgetFte'>>): Plan =>
  withFinance(plan, {
    budgets: setNamed(
      budgetLines(plan),
      b => sameName(b.team, team),
      b => ({ ...b, ...change }),
      { team, budget: null, budgetFte: null },
      hasBudget,
    ),
  });

/** Finance's lines of a renamed team follow the new name, as its areas and scenarios do. */
export function financeOfRenamedTeam(finance: Finance, from: string, to: string): Finance {
  const follow = <T extends { team: string }>(rows: T[]): T[] =>
    rows.map(row => (sameName(row.team, from) ? { ...row, team: to } : row));
  return { ...finance, pay: follow(finance.pay), budgets: follow(finance.budgets) };
}
