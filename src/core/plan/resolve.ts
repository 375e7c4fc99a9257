// Choosing between two people's versions after a merge (rebase.ts put this person's in the plan
// and kept the other's beside it): take the other's value, keep one of two rows, or remove a team,
// area or category again that the other person had changed.
import { contentKey, Row, Value } from './content';
import type { Plan } from './plan';
import type { Disagreement, PathStep } from './rebase';

export type Choice = 'mine' | 'theirs' | 'both';

/** The plan with the value at `path` replaced by what `change` makes of it (lists by id where a step is {id}). */
function changeAt(value: Value, path: readonly PathStep[], change: (v: Value) => Value): Value {
  if (path.length === 0) return change(value);
  const [first, ...rest] = path;
  if (typeof first === 'string') {
    const row = value as Row;
    return first in row ? { ...row, [first]: changeAt(row[first], rest, change) } : row;
  }
  return (value as Row[]).map(item => (item.id === first.id ? (changeAt(item, rest, change) as Row) : item));
}

/** A list without its first row equal to `row`. */
const withoutRow = (list: Value, row: Row | null): Value => {
  if (row === null) return list;
  const rows = list as Row[];
  const at = rows.findIndex(r => contentKey(r) === contentKey(row));
  return at < 0 ? rows : rows.filter((_r, i) => i !== at);
};

/**
 * The plan after the person's choice: 'mine' keeps this person's version (for a row: removes the
 * other's), 'theirs' takes the other person's, 'both' keeps both rows. A team, area or category
 * one side removed goes after all when the choice is that side's.
 */
export function resolveDisagreement(plan: Plan, d: Disagreement, choice: Choice): Plan {
  if (choice === 'both') return plan;
  if (d.kind === 'value') return choice === 'theirs' ? (changeAt(plan, d.path, () => d.theirs) as Plan) : plan;
  if (d.kind === 'row')
    return changeAt(plan, d.path, list => withoutRow(list, choice === 'mine' ? d.theirs : d.mine)) as Plan;
  if ((d.removedBy === 'me') !== (choice === 'mine')) return plan;
  const last = d.path.at(-1) as { id: string };
  return changeAt(plan, d.path.slice(0, -1), list => (list as Row[]).filter(e => e.id !== last.id)) as Plan;
}
