// Editing a roster or the weighing factors with effective dating: a change of FTE or reduction to
// a row that was already in force becomes a new period from a date (today unless the user picks
// another), through core's named edits; the row before keeps the old value. While that change is
// the last one made, its date can still be moved: the change is made again from the rows as they
// were, so no date typed on the way (a date field passes 0002, 0020, … while a year is typed) can
// lose the old value. Rows added here, and changes no figure depends on, are made in place.
import { useRef, useState } from 'react';
import { Factor, DATED_FIELDS, EDITS, isIsoDate, keepsPast, Person, Plan, regradedWeeks, Team } from '../../core';
import { usePlan, usePlanActions, useTeam, useToday } from '../state/PlanStore';

type List = keyof typeof DATED_FIELDS;
type RowOf<L extends List> = L extends 'roster' ? Person : Factor;

/** A change that started a new period, and what is needed to make it again from another date. */
interface Pending<Row> {
  team: string;
  /** The list before the change. */
  base: Row[];
  index: number;
  row: Row;
  from: string;
  /** The list the change made: while the team's list is still this, the date may move. */
  made: string;
}

export interface DatedRows<Row> {
  rows: readonly Row[];
  onChange(rows: Row[]): void;
  /** The row whose change holds from a date that may still move, and that date (only a real date moves it). */
  pending: { index: number; from: string } | undefined;
  moveFrom(from: string): void;
  /** Entered weeks the last change re-graded (a retroactive change), as the plan keeps them. */
  regraded: string[];
}

/**
 * The last dated change of each list, kept while the pane is open: looking at step 3 and coming
 * back to the roster still finds the date to move (while the list is still what it made).
 */
const lastChange = new Map<List, unknown>();

const withList = <L extends List>(plan: Plan, team: string, list: L, rows: RowOf<L>[]): Plan => ({
  ...plan,
  teams: plan.teams.map(t => (t.id === team ? { ...t, [list]: rows } : t)),
});

const changed = (a: object, b: object, keys: readonly string[]) =>
  keys.some(key => (a as Record<string, unknown>)[key] !== (b as Record<string, unknown>)[key]);

export function useDatedRows<L extends List>(list: L): DatedRows<RowOf<L>> {
  type Row = RowOf<L>;
  const [team, setTeam] = useTeam();
  const plan = usePlan();
  const today = useToday();
  const { edit } = usePlanActions();
  const [pending, setPendingHere] = useState(() => lastChange.get(list) as Pending<Row> | undefined);
  const setPending = (change: Pending<Row> | undefined) => {
    lastChange.set(list, change);
    setPendingHere(change);
  };
  const [regraded, setRegraded] = useState<{ team: string; weeks: string[] }>({ team: '', weeks: [] });
  // Rows added in this pane since the team was shown: typing in them is making them, not changing them.
  const fresh = useRef<{ team: string; rows: Set<number> }>({ team: '', rows: new Set() });
  if (fresh.current.team !== team.id) fresh.current = { team: team.id, rows: new Set() };

  const rows = team[list] as Row[];
  const live = pending && pending.team === team.id && pending.made === JSON.stringify(rows) ? pending : undefined;
  const dated: readonly string[] = DATED_FIELDS[list];

  /**
   * What the list becomes from `before`, said when that re-grades weeks already entered (only the
   * roster can): a dated change is compared with the list before it, whatever dates it passed.
   */
  const made = (after: Row[], before: Row[] = rows) => {
    const was = { ...team, [list]: before } as Team;
    const weeks = list === 'roster' ? regradedWeeks(was, { ...team, [list]: after } as Team) : [];
    setRegraded({ team: team.id, weeks });
    return JSON.stringify(after);
  };

  /** The change of row `index` to `row` from `from`, made from `base` by core's named edit. */
  const changeFrom = (base: Row[], index: number, changedRow: Row, from: string) => {
    // The row as changed keeps the period it had in `base`; the edit decides where the new one starts.
    const row: Row = { ...changedRow, from: base[index].from, to: base[index].to };
    const args = { team: team.id, index, row, from };
    const perform = (p: Plan) => {
      const restored = withList(p, team.id, list, base);
      return list === 'roster'
        ? EDITS.changeRosterRow.perform(restored, args as { team: string; index: number; row: Person; from: string })
        : EDITS.changeFactor.perform(restored, args as { team: string; index: number; row: Factor; from: string });
    };
    const after = perform(plan).teams.find(t => t.id === team.id)![list] as Row[];
    edit(perform);
    setPending({ team: team.id, base, index, row, from, made: made(after, base) });
  };

  const inPlace = (next: Row[]) => {
    made(next);
    setPending(undefined);
    setTeam({ [list]: next } as Partial<Team>);
  };

  const onChange = (next: Row[]) => {
    if (next.length !== rows.length) {
      const added = next.length > rows.length;
      const removed = rows.findIndex((r, i) => r !== next[i]);
      const shifted = [...fresh.current.rows].flatMap(i => (i === removed ? [] : [i > removed && !added ? i - 1 : i]));
      fresh.current.rows = new Set(added ? [...shifted, rows.length] : shifted);
      return inPlace(next);
    }
    const index = next.findIndex((r, i) => r !== rows[i]);
    if (index < 0) return;
    const was: Row = rows[index];
    const row: Row = next[index];
    const periodMoved = changed(was, row, ['from', 'to']);
    if (
      live &&
      index === live.index &&
      !periodMoved &&
      !changed(
        was,
        row,
        Object.keys(row).filter(k => !dated.includes(k)),
      )
    )
      return changeFrom(live.base, index, row, live.from);
    if (!fresh.current.rows.has(index) && !periodMoved && changed(was, row, dated) && keepsPast(was, today))
      return changeFrom(rows, index, row, today);
    inPlace(next);
  };

  return {
    rows,
    onChange,
    pending: live && { index: live.index, from: live.from },
    // A date not (yet) complete moves nothing: the change keeps the date it was made from.
    moveFrom: from => {
      if (live && isIsoDate(from)) changeFrom(live.base, live.index, live.row, from);
    },
    regraded: regraded.team === team.id ? regraded.weeks : [],
  };
}
