// Finance's inputs are lines found by a name (the person in a team, the product, the team): a value
// typed for a name without a line adds one, and a line left with nothing in it is removed, so the
// lists hold what was entered and nothing else. The shared steps of setPay, setTariff and setBudget.
import type { Finance, Plan } from '../plan';

export const withFinance = (plan: Plan, patch: Partial<Finance>): Plan => ({
  ...plan,
  finance: { ...plan.finance, ...patch },
});

/** The lines with the one `mine` picks replaced by `line` (added when there is none), or removed with null. */
export function setLine<T>(lines: readonly T[], mine: (line: T) => boolean, line: T | null): T[] {
  if (line === null) return lines.filter(l => !mine(l));
  const at = lines.findIndex(mine);
  return at < 0 ? [...lines, line] : lines.map((l, i) => (i === at ? line : l));
}

/**
 * Lines as VC Financiën shows them (one per name the plan has, then any other) with the first of
 * `name` changed (added when there is none), keeping only those with something typed: the list
 * holds what was entered, in the order the sheet reads it back.
 */
export function setNamed<T>(
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
