// Taking figures from the user's own tables: a roster (name, FTE, reduction), a case list (cases
// per category, and open cases per worker) and a cost sheet (team and support cost). The pane
// lets the user pick the table and the columns; this module maps and aggregates, in one pass over
// the rows (a 50,000-row case list takes milliseconds), and lists every row it could not read.
import {
  caseNumberProblem,
  ListedCase,
  ListedCaseSchema,
  mostlyNotCaseNumbers,
  newId,
  Person,
  PersonSchema,
  Plan,
  Team,
} from '../core';
import { isBlankCell, readNumber, UNREADABLE } from './cellKinds';

/** A row that was left out, to show the user: the row as numbered in the source (headers = 1). */
export interface SkippedRow {
  row: number;
  column: string;
  value: string;
}

export interface Imported<T> {
  value: T;
  /** The first rows left out (at most MAX_SKIPPED); `skippedCount` has them all. */
  skipped: SkippedRow[];
  skippedCount: number;
}

const MAX_SKIPPED = 100;

/** Column choices by header; an absent optional column is simply not used. */
export interface RosterColumns {
  name: string;
  fte: string;
  reduction?: string;
  openCases?: string;
}
export interface CaseListColumns {
  category: string;
  worker?: string;
}
/** A case list for the reflection on deviating cases: case number and category, hours spent or weeks open. */
export interface ListedCaseColumns {
  caseNumber: string;
  category: string;
  hours?: string;
  weeksOpen?: string;
  worker?: string;
}
export interface CostColumns {
  teamCost?: string;
  supportCost?: string;
}

export interface CaseCounts {
  /** Cases per category, in order of first appearance. */
  categories: { name: string; count: number }[];
  /** Open cases per worker, when a worker column was chosen. */
  workers: { name: string; count: number }[];
}

/** Words a header is recognised by, to preselect the columns. */
const GUESSES: Record<string, RegExp> = {
  name: /^(naam|name|medewerker|employee)$/i,
  fte: /^(fte|formatie|dienstverband)$/i,
  reduction: /^(korting|reductie|reduction|weging)$/i,
  openCases: /^(open casussen|open cases|caseload|casussen)$/i,
  category: /^(categorie|category|type|soort|zwaarte)$/i,
  worker: /^(casusregisseur|medewerker|behandelaar|consulent|worker|case ?manager)$/i,
  caseNumber: /^(casusnummer|casus ?nr\.?|dossiernummer|dossier|case ?number|case ?id|nummer)$/i,
  hours: /^(uren|geschatte uren|uren besteed|bestede uren|hours|estimated hours|hours spent)$/i,
  weeksOpen: /^(weken open|weeks open|looptijd \(weken\)|duur \(weken\))$/i,
  teamCost: /^(teamkosten|team cost|loonkosten|personeelskosten)$/i,
  supportCost: /^(ondersteuning|kosten ondersteuning|support cost|overhead)$/i,
};

/** The header that most likely holds `field`, if any. */
export const guessColumn = (headers: readonly unknown[], field: keyof typeof GUESSES): string | undefined =>
  headers.map(h => String(h ?? '').trim()).find(h => GUESSES[field].test(h));

class Rows {
  readonly skipped: SkippedRow[] = [];
  skippedCount = 0;
  private readonly index: Map<string, number>;

  constructor(readonly values: readonly (readonly unknown[])[]) {
    this.index = new Map((values[0] ?? []).map((h, i) => [String(h ?? '').trim(), i]));
  }

  /** The column's position; an unknown header is a programming error in the caller's choice. */
  column(header: string | undefined): number | undefined {
    if (header === undefined) return undefined;
    const at = this.index.get(header.trim());
    if (at === undefined) throw new Error(`The source has no column "${header}"`);
    return at;
  }

  skip(row: number, column: string, value: unknown) {
    if (this.skippedCount++ < MAX_SKIPPED) this.skipped.push({ row: row + 1, column, value: String(value ?? '') });
  }

  result<T>(value: T): Imported<T> {
    return { value, skipped: this.skipped, skippedCount: this.skippedCount };
  }
}

/** A cell as a name: text trimmed, a number as its digits; blanks and error values give "". */
const text = (value: unknown): string =>
  typeof value === 'string'
    ? value.trim()
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : '';

export function importRoster(values: readonly (readonly unknown[])[], columns: RosterColumns): Imported<Person[]> {
  const rows = new Rows(values);
  const name = rows.column(columns.name)!;
  const fte = rows.column(columns.fte)!;
  const reduction = rows.column(columns.reduction);
  const openCases = rows.column(columns.openCases);
  const people: Person[] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (row.every(isBlankCell)) continue;
    const number = (at: number | undefined) =>
      at === undefined || isBlankCell(row[at]) ? 0 : readNumber(row[at], true);
    const person = {
      name: text(row[name]),
      fte: isBlankCell(row[fte]) ? UNREADABLE : readNumber(row[fte], true),
      reduction: number(reduction),
      from: '',
      to: '',
      openCases: number(openCases),
      indirectHoursPerWeek: 0,
    };
    const checked = person.name ? PersonSchema.safeParse(person) : undefined;
    if (checked?.success) {
      people.push(checked.data);
      continue;
    }
    const field = checked ? String(checked.error.issues[0]?.path[0]) : 'name';
    const header = { name: columns.name, fte: columns.fte, reduction: columns.reduction, openCases: columns.openCases }[
      field
    ];
    const at = { name, fte, reduction, openCases }[field];
    rows.skip(r, header ?? field, at === undefined ? '' : row[at]);
  }
  return rows.result(people);
}

/** Counts per value of one column (and per worker), one pass, no per-row allocation. */
export function importCaseList(
  values: readonly (readonly unknown[])[],
  columns: CaseListColumns,
): Imported<CaseCounts> {
  const rows = new Rows(values);
  const category = rows.column(columns.category)!;
  const worker = rows.column(columns.worker);
  const categories = new Map<string, number>();
  const workers = new Map<string, number>();
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const name = text(row[category]);
    if (!name) {
      if (!row.every(isBlankCell)) rows.skip(r, columns.category, row[category]);
      continue;
    }
    categories.set(name, (categories.get(name) ?? 0) + 1);
    if (worker === undefined) continue;
    const who = text(row[worker]);
    if (who) workers.set(who, (workers.get(who) ?? 0) + 1);
    else rows.skip(r, columns.worker!, row[worker]);
  }
  const list = (counts: Map<string, number>) => [...counts].map(([n, count]) => ({ name: n, count }));
  return rows.result({ categories: list(categories), workers: list(workers) });
}

/**
 * The cases of a case list, one per row. A column chosen as case numbers whose values are mostly
 * refused as case numbers (names, BSNs, dates of birth: see core's privacy.ts) is refused as a whole
 * (`notCaseNumbers`); a single row whose case number is refused is skipped and reported like any
 * unreadable row: client data never go into the workbook. The day they are listed is set when
 * they join the plan (withCaseList).
 */
export function importListedCases(
  values: readonly (readonly unknown[])[],
  columns: ListedCaseColumns,
): Imported<ListedCase[]> & { notCaseNumbers: boolean } {
  const rows = new Rows(values);
  const [number, category] = [rows.column(columns.caseNumber)!, rows.column(columns.category)!];
  const [hours, weeks, worker] = [
    rows.column(columns.hours),
    rows.column(columns.weeksOpen),
    rows.column(columns.worker),
  ];
  const notCaseNumbers = mostlyNotCaseNumbers(values.slice(1).map(row => text(row[number])));
  if (notCaseNumbers) return { ...rows.result([]), notCaseNumbers };
  const cases: ListedCase[] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (row.every(isBlankCell)) continue;
    const amount = (at: number | undefined) =>
      at === undefined || isBlankCell(row[at]) ? null : readNumber(row[at], true);
    const listed = {
      caseNumber: text(row[number]),
      category: text(row[category]),
      hours: amount(hours),
      weeksOpen: amount(weeks),
      worker: worker === undefined ? '' : text(row[worker]),
      reflection: '',
      outcome: '',
      listed: '',
    };
    if (caseNumberProblem(listed.caseNumber)) {
      rows.skip(r, columns.caseNumber, row[number]);
      continue;
    }
    const checked = listed.caseNumber && listed.category ? ListedCaseSchema.safeParse(listed) : undefined;
    if (checked?.success) {
      cases.push(checked.data);
      continue;
    }
    const field = checked ? String(checked.error.issues[0]?.path[0]) : listed.caseNumber ? 'category' : 'caseNumber';
    const at = { caseNumber: number, category, hours, weeksOpen: weeks }[field];
    rows.skip(r, columns[field as keyof ListedCaseColumns] ?? field, at === undefined ? '' : row[at]);
  }
  return { ...rows.result(cases), notCaseNumbers };
}

/**
 * The plan with a team's case list replaced; a case already listed keeps its reflection, outcome and
 * the day it was listed, a new one is listed `on`.
 */
export function withCaseList(plan: Plan, teamIndex: number, cases: ListedCase[], on: string): Plan {
  return withTeam(plan, teamIndex, team => {
    const known = new Map(team.caseList.map(c => [key(c.caseNumber), c]));
    const caseList = cases.map(c => {
      const before = known.get(key(c.caseNumber));
      return before
        ? { ...c, reflection: before.reflection, outcome: before.outcome, listed: before.listed }
        : { ...c, listed: on };
    });
    return { ...team, caseList };
  });
}

/** The sums of the chosen cost columns. */
export function importCosts(
  values: readonly (readonly unknown[])[],
  columns: CostColumns,
): Imported<{ teamCost?: number; supportCost?: number }> {
  const rows = new Rows(values);
  const sum = (header: string | undefined) => {
    const at = rows.column(header);
    if (at === undefined) return undefined;
    let total = 0;
    for (let r = 1; r < values.length; r++) {
      if (isBlankCell(values[r][at])) continue;
      const n = readNumber(values[r][at], true);
      if (n === UNREADABLE || n < 0) rows.skip(r, header!, values[r][at]);
      else total += n;
    }
    return total;
  };
  return rows.result({ teamCost: sum(columns.teamCost), supportCost: sum(columns.supportCost) });
}

const key = (name: string) => name.trim().toLowerCase();

/** The plan with one team changed. */
const withTeam = (plan: Plan, index: number, change: (team: Team) => Team): Plan => ({
  ...plan,
  teams: plan.teams.map((team, i) => (i === index ? change(team) : team)),
});

/**
 * The plan with a team's imported case counts: its known categories get the new count, new
 * categories are added (shared, with hours per case still to fill in), and with a worker column
 * the team's people get their open cases.
 */
export function withCaseCounts(plan: Plan, teamIndex: number, counts: CaseCounts): Plan {
  const categories = [...plan.bandwidth.categories];
  for (const c of counts.categories) {
    if (!categories.some(known => key(known.name) === key(c.name)))
      categories.push({ id: newId(), name: c.name, hoursPerCase: 0 });
  }
  const open = new Map(counts.workers.map(w => [key(w.name), w.count]));
  const changed = withTeam(plan, teamIndex, team => {
    const found = new Map(counts.categories.map(c => [key(c.name), c.count]));
    const cases = team.cases.map(c => ({ ...c, count: found.get(key(c.category)) ?? c.count }));
    for (const c of counts.categories) {
      if (!cases.some(known => key(known.category) === key(c.name))) cases.push({ category: c.name, count: c.count });
    }
    const roster =
      counts.workers.length === 0
        ? team.roster
        : team.roster.map(p => ({ ...p, openCases: open.get(key(p.name)) ?? p.openCases }));
    return { ...team, cases, roster };
  });
  return { ...changed, bandwidth: { ...plan.bandwidth, categories } };
}

/** The plan with a team's imported roster: people already known keep their periods, open cases and indirect hours. */
export function withRoster(plan: Plan, teamIndex: number, people: Person[], columns: RosterColumns): Plan {
  return withTeam(plan, teamIndex, team => {
    const known = new Map(team.roster.map(p => [key(p.name), p]));
    const roster = people.map(p => {
      const before = known.get(key(p.name));
      return {
        ...p,
        reduction: columns.reduction ? p.reduction : (before?.reduction ?? 0),
        from: before?.from ?? '',
        to: before?.to ?? '',
        openCases: columns.openCases ? p.openCases : (before?.openCases ?? 0),
        indirectHoursPerWeek: before?.indirectHoursPerWeek ?? 0,
      };
    });
    return { ...team, roster };
  });
}
