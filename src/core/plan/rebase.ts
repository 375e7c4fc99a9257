// Two people with the pane open on one shared workbook. When a save finds that someone else saved
// (or edited the sheets) since this pane read the workbook, nothing is written; instead the pane
// takes their plan and re-applies what this person changed on top of it. Rows are compared by
// their content: a row this person added is added again, a row they removed is removed if it is
// still there unchanged, a row they changed replaces the row it was (or is added when the other
// person changed or removed that row meanwhile: both versions are kept, nothing is lost). A single
// value this person changed wins; one they left alone takes the other person's value.
import type { Plan } from './plan';

type Value = unknown;
const isObject = (v: Value): v is Record<string, Value> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A value as text, object keys sorted: two plans built in a different order still compare equal. */
const key = (v: Value): string =>
  JSON.stringify(v, (_k, x: Value) =>
    isObject(x)
      ? Object.fromEntries(
          Object.keys(x)
            .sort()
            .map(k => [k, x[k]]),
        )
      : x,
  );
const same = (a: Value, b: Value) => key(a) === key(b);

/** Rows of `list` counted by content, so a row that occurs twice is matched twice. */
function counts(list: readonly Value[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const row of list) found.set(key(row), (found.get(key(row)) ?? 0) + 1);
  return found;
}

/** What is in `a` and not in `b` (as many times as it is more often there). */
function minus(a: readonly Value[], b: readonly Value[]): Value[] {
  const left = counts(b);
  return a.filter(row => {
    const n = left.get(key(row)) ?? 0;
    if (n > 0) left.set(key(row), n - 1);
    return n === 0;
  });
}

function rebaseList(base: readonly Value[], mine: readonly Value[], theirs: readonly Value[]): Value[] {
  const removed = minus(base, mine);
  const added = minus(mine, base);
  // Their rows, without the ones this person removed (where still unchanged), keeping their order;
  // each of this person's new or changed rows takes the place of the row it replaced when that
  // row is still there, else comes at the end.
  const result: Value[] = [...theirs];
  const pending = [...added];
  for (const row of removed) {
    const at = result.findIndex(r => same(r, row));
    if (at < 0) continue; // the other person changed or removed it too: theirs stays, mine is added below
    // A row of mine at the same place as the removed one is its new version: it takes its place.
    const change = pending.findIndex(r => mine.indexOf(r) === base.indexOf(row));
    if (change < 0) result.splice(at, 1);
    else result.splice(at, 1, ...pending.splice(change, 1));
  }
  return [...result, ...pending];
}

function rebaseValue(base: Value, mine: Value, theirs: Value): Value {
  if (same(mine, base)) return theirs;
  if (same(theirs, base)) return mine;
  if (Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs)) return rebaseList(base, mine, theirs);
  if (isObject(base) && isObject(mine) && isObject(theirs)) {
    const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
    return Object.fromEntries([...keys].map(k => [k, rebaseValue(base[k], mine[k], theirs[k])]));
  }
  return mine; // both changed one value: what this person typed wins, as they are the one saving
}

/**
 * This person's changes (from `base`, the plan as their pane read it, to `mine`) re-applied on
 * `theirs`, the plan as the workbook holds it now. Teams are matched by name, so a row added to
 * one team's roster stays with that team even when the other person added a team before it.
 */
export function rebase(base: Plan, mine: Plan, theirs: Plan): Plan {
  const byName = (plan: Plan) => new Map(plan.teams.map(t => [t.name, t]));
  const [b, m, t] = [byName(base), byName(mine), byName(theirs)];
  const withoutTeams = ({ teams: _teams, ...rest }: Plan) => rest; // eslint-disable-line @typescript-eslint/no-unused-vars
  const [baseRest, mineRest, theirsRest] = [base, mine, theirs].map(withoutTeams);
  const rest = rebaseValue(baseRest, mineRest, theirsRest) as Omit<Plan, 'teams'>;
  const names = rebaseList([...b.keys()], [...m.keys()], [...t.keys()]) as string[];
  const teams = names.map(name => {
    const mineTeam = m.get(name);
    const theirTeam = t.get(name);
    const baseTeam = b.get(name);
    if (!mineTeam) return theirTeam!;
    if (!theirTeam) return mineTeam; // added here, or removed there while edited here: kept
    return rebaseValue(baseTeam ?? theirTeam, mineTeam, theirTeam) as Plan['teams'][number];
  });
  return { ...rest, teams };
}

/** One thing someone else changed, to show: which list or value, and how. */
export interface PlanChange {
  /** A path in the plan, e.g. "teams.Noord.roster" or "bandwidth.time.hoursPerWeek". */
  where: string;
  kind: 'added' | 'removed' | 'changed';
  /** Rows added or removed (for a list). */
  count: number;
}

/** What changed from `base` to `theirs`, list by list and value by value. */
export function planChanges(base: Plan, theirs: Plan): PlanChange[] {
  const changes: PlanChange[] = [];
  const walk = (a: Value, b: Value, where: string) => {
    if (same(a, b)) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      const added = minus(b, a).length;
      const removed = minus(a, b).length;
      if (added) changes.push({ where, kind: 'added', count: added });
      if (removed) changes.push({ where, kind: 'removed', count: removed });
      return;
    }
    if (isObject(a) && isObject(b)) {
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[k], b[k], where ? `${where}.${k}` : k);
      return;
    }
    // A team (or any value) that is new, or gone, rather than changed.
    changes.push({ where, kind: a === undefined ? 'added' : b === undefined ? 'removed' : 'changed', count: 1 });
  };
  const byName = (plan: Plan) => Object.fromEntries(plan.teams.map(t => [t.name, t]));
  walk({ ...base, teams: byName(base) }, { ...theirs, teams: byName(theirs) }, '');
  return changes;
}

/** Whether two plans hold the same values (the order of a list counts). */
export const samePlan = (a: Plan, b: Plan): boolean => same(a, b);
