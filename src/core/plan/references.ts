// Which fields of the plan name a team, an area or a case category: the one list behind every
// rename (the new name reaches each of them), every removal (what still names the removed thing
// is kept, naming a name no longer there, never deleted), and the merge of two people's edits
// (names are swapped for ids first, so one person's rename meets the other's new rows).
// The plan keeps names, not ids, in these fields: the sheets show them and Excel's formulas
// (SUMIFS over a Team column) match on them.
import { sameName } from './compute';
import type { Plan } from './plan';

export type EntityKind = 'team' | 'area' | 'category';

type Row = Record<string, unknown>;

/** One field that names an entity: which rows hold it, and how to put changed rows back. */
interface Reference {
  readonly kind: EntityKind;
  readonly field: string;
  readonly rows: (plan: Plan) => readonly Row[][];
  readonly put: (plan: Plan, lists: Row[][]) => Plan;
}

/** A list of the plan's shared parts, as one group of rows. */
const shared = <S extends 'situation' | 'finance'>(
  kind: EntityKind,
  section: S,
  list: keyof Plan[S] & string,
  field: string,
): Reference => ({
  kind,
  field,
  rows: plan => [plan[section][list] as unknown as Row[]],
  put: (plan, [rows]) => ({ ...plan, [section]: { ...plan[section], [list]: rows } }),
});

/** A list every team has of its own, one group of rows per team. */
const perTeam = (kind: EntityKind, list: 'cases' | 'caseList', field: string): Reference => ({
  kind,
  field,
  rows: plan => plan.teams.map(team => team[list] as unknown as Row[]),
  put: (plan, lists) => ({ ...plan, teams: plan.teams.map((team, i) => ({ ...team, [list]: lists[i] })) }),
});

export const REFERENCES: readonly Reference[] = [
  shared('team', 'situation', 'areas', 'team'),
  shared('area', 'situation', 'facilities', 'area'),
  shared('area', 'situation', 'demand', 'area'),
  shared('team', 'finance', 'pay', 'team'),
  shared('team', 'finance', 'budgets', 'team'),
  shared('category', 'finance', 'products', 'product'),
  perTeam('category', 'cases', 'category'),
  perTeam('category', 'caseList', 'category'),
  {
    kind: 'team',
    field: 'team',
    rows: plan => [plan.scenarios as unknown as Row[]],
    put: (plan, [rows]) => ({ ...plan, scenarios: rows as unknown as Plan['scenarios'] }),
  },
];

/** The teams, areas or categories of a plan, each with its id and name. */
export function entitiesOf(plan: Plan, kind: EntityKind): readonly { id: string; name: string }[] {
  if (kind === 'team') return plan.teams;
  if (kind === 'area') return plan.situation.areas;
  return plan.bandwidth.categories;
}

/**
 * The plan with every reference of `kind` passed through `rename` (a name in, the name it is to
 * have out). Rows whose name stays are kept as the same objects, so nothing else seems changed.
 */
export function mapReferences(plan: Plan, kind: EntityKind, rename: (name: string) => string): Plan {
  return REFERENCES.filter(r => r.kind === kind).reduce((acc, ref) => {
    let changed = false;
    const lists = ref.rows(acc).map(rows =>
      rows.map(row => {
        const before = row[ref.field];
        if (typeof before !== 'string') return row;
        const after = rename(before);
        if (after === before) return row;
        changed = true;
        return { ...row, [ref.field]: after };
      }),
    );
    return changed ? ref.put(acc, lists) : acc;
  }, plan);
}

/** Every reference to the entity called `from` now names it `to` (as typed: case and spaces kept). */
export const renameReferences = (plan: Plan, kind: EntityKind, from: string, to: string): Plan =>
  from === to ? plan : mapReferences(plan, kind, name => (sameName(name, from) ? to : name));
