// Two people with the pane open on one shared workbook. When a save finds that someone else saved
// since this pane read the workbook, nothing is written; instead the pane takes their plan and
// re-applies what this person changed on top of it, losing nothing either of them typed:
// - Teams, areas and case categories are matched by id, so a rename on one side meets the other's
//   edits of the same thing; names in other rows are turned into ids for the merge (references.ts),
//   so a row added to an area the other person renamed follows the new name.
// - Other rows are compared by content: a row one side added is there; a row one side removed goes
//   when the other left it alone; a row one side changed replaces the row it was.
// - Where both sides changed the same thing differently, this person's version is in the plan and
//   the other's is kept beside it as a disagreement, for the person to choose (resolve.ts): a value
//   both changed, a row both changed (both rows stay until one is chosen), a team, area or category
//   one side removed while the other changed it (kept, to remove again if meant).
// - The same name added on both sides (two people each add team "Oost") is one thing, with both
//   people's rows.
import { nameKey } from './compute';
import { cachedContentKey, contentKey, isObject, Row, Value } from './content';
import type { Plan } from './plan';
import { EntityKind, entitiesOf, mapReferences } from './references';
import { emptyTeam } from './team';

type Key = (v: Value) => string;

/** A step of a place in the plan: a field, or the team, area or category with that id in its list. */
export type PathStep = string | { id: string };

/** Where something is: the steps to it, and the same as text for the pane ("teams.Noord.formatie"). */
export interface Place {
  path: PathStep[];
  where: string;
}

/** Something both people changed differently: this person's version is in the plan, theirs is offered. */
export type Disagreement = Place &
  (
    | { kind: 'value'; mine: Value; theirs: Value }
    /** Both changed the same row (or one removed it, null): the rows are both in the list at `path`. */
    | { kind: 'row'; mine: Row | null; theirs: Row | null }
    /** A team, area or category one side removed while the other changed it: kept. */
    | { kind: 'kept'; entity: EntityKind; name: string; removedBy: 'me' | 'them' }
  );

export interface Rebased {
  plan: Plan;
  disagreements: Disagreement[];
}

// ---- Names in references as ids, and back --------------------------------------------------

const KINDS: readonly EntityKind[] = ['team', 'area', 'category'];
const TOKEN = '\u0000';
const token = (kind: EntityKind, id: string) => `${TOKEN}${kind}:${id}`;

/** The plan with every reference that names exactly one team, area or category holding its id. */
function toIds(plan: Plan): Plan {
  return KINDS.reduce((acc, kind) => {
    const ids = new Map<string, string | null>();
    for (const e of entitiesOf(plan, kind)) ids.set(nameKey(e.name), ids.has(nameKey(e.name)) ? null : e.id);
    return mapReferences(acc, kind, name => {
      const id = ids.get(nameKey(name));
      return id ? token(kind, id) : name;
    });
  }, plan);
}

/** References back to names: the name the merged plan gives the id, else the last one known. */
function toNames(plan: Plan, known: readonly Plan[]): Plan {
  return KINDS.reduce((acc, kind) => {
    const names = new Map<string, string>();
    for (const p of [...known, plan]) for (const e of entitiesOf(p, kind)) names.set(e.id, e.name);
    const prefix = `${TOKEN}${kind}:`;
    return mapReferences(acc, kind, value =>
      value.startsWith(prefix) ? (names.get(value.slice(prefix.length)) ?? '') : value,
    );
  }, plan);
}

// ---- Merging --------------------------------------------------------------------------------

/** Rows of `list` counted by content, so a row that occurs twice is matched twice. */
function counts(list: readonly Value[], key: Key): Map<string, number> {
  const found = new Map<string, number>();
  for (const row of list) found.set(key(row), (found.get(key(row)) ?? 0) + 1);
  return found;
}

/** What is in `a` and not in `b` (as many times as it is more often there). */
function minus(a: readonly Value[], b: readonly Value[], key: Key): Value[] {
  const left = counts(b, key);
  return a.filter(row => {
    const n = left.get(key(row)) ?? 0;
    if (n > 0) left.set(key(row), n - 1);
    return n === 0;
  });
}

/** The lists whose rows are teams, areas or categories, matched by id. */
const ENTITY_LISTS: Record<string, EntityKind> = {
  teams: 'team',
  'situation.areas': 'area',
  'bandwidth.categories': 'category',
};

/** A team, area or category with nothing filled in: the base of one both sides added. */
function blankOf(kind: EntityKind, id: string): Row {
  if (kind === 'team') return { ...emptyTeam(), id };
  if (kind === 'area')
    return { id, name: '', team: '', inhabitants: 0, youth: 0, adults: 0, seniors: 0, caseRatePer1000: 0 };
  return { id, name: '', hoursPerCase: 0 };
}

const step = (at: Place, next: string): Place => ({
  path: [...at.path, next],
  where: at.where ? `${at.where}.${next}` : next,
});

class Merge {
  readonly disagreements: Disagreement[] = [];
  // Every part of the three plans is turned into text once (they do not change during the merge).
  private readonly key = cachedContentKey();
  private readonly same = (a: Value, b: Value) => this.key(a) === this.key(b);
  private readonly without = (a: readonly Value[], b: readonly Value[]) => minus(a, b, this.key);

  value(base: Value, mine: Value, theirs: Value, at: Place): Value {
    // Parts an edit left alone are the same objects: no need to compare their content.
    if (mine === base || mine === theirs) return theirs;
    if (theirs === base) return mine;
    if (this.same(mine, base) || this.same(mine, theirs)) return theirs;
    if (this.same(theirs, base)) return mine;
    if (Array.isArray(mine) && Array.isArray(theirs)) {
      const list = Array.isArray(base) ? base : [];
      const kind = ENTITY_LISTS[at.where];
      return kind
        ? this.entities(list as Row[], mine as Row[], theirs as Row[], kind, at)
        : this.rows(list, mine, theirs, at);
    }
    if (isObject(base) && isObject(mine) && isObject(theirs)) {
      const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
      return Object.fromEntries([...keys].map(k => [k, this.value(base[k], mine[k], theirs[k], step(at, k))]));
    }
    this.disagreements.push({ ...at, kind: 'value', mine, theirs });
    return mine; // what this person typed is shown; the other's value is offered beside it
  }

  /** A list of rows without ids, by content (see the top of this file). */
  rows(base: readonly Value[], mine: readonly Value[], theirs: readonly Value[], at: Place): Value[] {
    const removed = this.without(base, mine);
    const theirsNew = this.without(theirs, base);
    // A row both added is one row.
    const pending = this.without(this.without(mine, base), theirsNew);
    const result: Value[] = [...theirs];
    for (const row of removed) {
      const place = base.indexOf(row);
      // A row of mine at the removed row's place is its new version.
      const change = pending.findIndex(r => mine.indexOf(r) === place);
      const at_ = result.findIndex(r => this.same(r, row));
      if (at_ >= 0) {
        if (change < 0) result.splice(at_, 1);
        else result.splice(at_, 1, ...pending.splice(change, 1));
        continue;
      }
      // They changed or removed this row too: theirs stays, mine is added below, and both are offered.
      const theirRow = (theirsNew.find(r => theirs.indexOf(r) === place) as Row | undefined) ?? null;
      const myRow = change < 0 ? null : (pending[change] as Row);
      if (myRow !== null || theirRow !== null)
        this.disagreements.push({ ...at, kind: 'row', mine: myRow, theirs: theirRow });
    }
    return [...result, ...pending];
  }

  /** Teams, areas or categories, by id. */
  entities(base: readonly Row[], mine: readonly Row[], theirs: readonly Row[], kind: EntityKind, at: Place): Row[] {
    const idOf = (e: Row) => String(e.id);
    const byId = (list: readonly Row[]) => new Map(list.map(e => [idOf(e), e]));
    const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
    // One of mine and one of theirs of the same name, both new: one thing, under their id.
    const unified = new Map<string, Row>();
    const unifiedMine = new Set<string>();
    const addedByThem = theirs.filter(e => !b.has(idOf(e)));
    for (const mineRow of mine.filter(e => !b.has(idOf(e)) && !t.has(idOf(e)))) {
      const namesake = addedByThem.find(e => nameKey(String(e.name)) === nameKey(String(mineRow.name)));
      if (!namesake || unified.has(idOf(namesake))) continue;
      unified.set(idOf(namesake), { ...mineRow, id: namesake.id });
      unifiedMine.add(idOf(mineRow));
    }
    const place = (e: Row): Place => ({
      path: [...at.path, { id: idOf(e) }],
      where: `${at.where}.${String(e.name)}`,
    });
    const kept = (e: Row, removedBy: 'me' | 'them') => {
      this.disagreements.push({ ...place(e), kind: 'kept', entity: kind, name: String(e.name), removedBy });
      return e;
    };
    const result: Row[] = [];
    for (const theirRow of theirs) {
      const id = idOf(theirRow);
      const mineRow = m.get(id) ?? unified.get(id);
      const baseRow = b.get(id);
      if (mineRow) result.push(this.value(baseRow ?? blankOf(kind, id), mineRow, theirRow, place(theirRow)) as Row);
      else if (!baseRow)
        result.push(theirRow); // they added it
      else if (!this.same(theirRow, baseRow)) result.push(kept(theirRow, 'me')); // I removed what they changed
    }
    for (const mineRow of mine) {
      const id = idOf(mineRow);
      if (t.has(id) || unifiedMine.has(id)) continue;
      const baseRow = b.get(id);
      if (!baseRow)
        result.push(mineRow); // I added it
      else if (!this.same(mineRow, baseRow)) result.push(kept(mineRow, 'them')); // they removed what I changed
    }
    return result;
  }
}

/**
 * This person's changes (from `base`, the plan as their pane read it, to `mine`) re-applied on
 * `theirs`, the plan as the workbook holds it now, with what both changed differently.
 */
export function rebase(base: Plan, mine: Plan, theirs: Plan): Rebased {
  const merge = new Merge();
  const merged = merge.value(toIds(base), toIds(mine), toIds(theirs), { path: [], where: '' }) as Plan;
  const plan = toNames(merged, [base, theirs, mine]);
  // A name in a disagreement is the one the merged plan shows, so choosing finds the row there.
  const known = [base, theirs, mine, plan];
  return { plan, disagreements: merge.disagreements.map(d => namedDisagreement(d, known)) };
}

/** A disagreement about a reference says the name, not the id it was merged under. */
function namedDisagreement(d: Disagreement, known: readonly Plan[]): Disagreement {
  const name = (v: Value): Value => {
    if (typeof v !== 'string' || !v.startsWith(TOKEN)) return v;
    const [kind, id] = v.slice(1).split(':') as [EntityKind, string];
    for (const p of [...known].reverse()) {
      const found = entitiesOf(p, kind).find(e => e.id === id);
      if (found) return found.name;
    }
    return '';
  };
  const row = (r: Row | null) =>
    r === null ? null : Object.fromEntries(Object.entries(r).map(([k, v]) => [k, name(v)]));
  if (d.kind === 'value') return { ...d, mine: name(d.mine), theirs: name(d.theirs) };
  if (d.kind === 'row') return { ...d, mine: row(d.mine), theirs: row(d.theirs) };
  return d;
}

/** One thing someone else changed, to show: which list or value, and how. */
export interface PlanChange {
  /** A path in the plan, e.g. "teams.Noord.roster" or "bandwidth.time.hoursPerWeek". */
  where: string;
  kind: 'added' | 'removed' | 'changed';
  /** Rows added or removed (for a list). */
  count: number;
}

/** What changed from `base` to `theirs`, list by list and value by value (a renamed team is one change). */
export function planChanges(base: Plan, theirs: Plan): PlanChange[] {
  const changes: PlanChange[] = [];
  const key = cachedContentKey();
  const walk = (a: Value, b: Value, where: string) => {
    if (key(a) === key(b)) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      const added = minus(b, a, key).length;
      const removed = minus(a, b, key).length;
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
  // Teams by id, shown by the name they have now; references as ids, so a rename is said once.
  const [a, b] = [toIds(base), toIds(theirs)];
  const names = new Map([...base.teams, ...theirs.teams].map(t => [t.id, t.name]));
  const byId = (plan: Plan) => Object.fromEntries(plan.teams.map(t => [names.get(t.id) ?? t.name, t]));
  walk({ ...a, teams: byId(a) }, { ...b, teams: byId(b) }, '');
  return changes;
}

/** Whether two plans hold the same values (the order of a list counts). */
export const samePlan = (a: Plan, b: Plan): boolean => contentKey(a) === contentKey(b);
