// The vocabulary of the file format: what a sheet of the add-in is made of. Each sheet file in
// sheets/ describes one sheet with these pieces; toSheets.ts renders them, fromSheets.ts reads
// them back. A column is either an input (a plan field, read back) or a formula (live in Excel,
// never read back), and that difference is in the type, not in optional fields.
import { z } from 'zod';
import type { Figures, OrganisationFigures, Plan, ScenarioFigures, SheetWords, Team } from '../core';
import { PACKS } from '../core';
import type { CellRef } from './addresses';
import type { CellValue, Kind } from './cellKinds';
import type { Dialect } from './dialect';
import type { FieldPath, ListPath, RowAt } from './planPaths';

/** A word on a sheet in both languages: Dutch is written, both are accepted when read. */
export interface Words {
  readonly nl: string;
  readonly en: string;
  /** Earlier Dutch words for the same thing, still accepted when an older workbook is read. */
  readonly formerly?: readonly string[];
}

/** A word from the language packs' sheet words, in both languages. */
export const words = (pick: (sheets: SheetWords) => string, formerly?: readonly string[]): Words => ({
  nl: pick(PACKS.nl.sheets),
  en: pick(PACKS.en.sheets),
  ...(formerly ? { formerly } : {}),
});

/** What a formula's cached value is computed from when a plan is rendered. */
export interface Rendering {
  readonly plan: Plan;
  /** The date the workbook's TODAY() stands for. */
  readonly on: string;
  /** Each team's figures on that date, in the plan's order. */
  readonly teams: readonly Figures[];
  readonly organisation: OrganisationFigures;
  readonly scenarios: readonly ScenarioFigures[];
}

/** Which row a formula's cached value is for: its row in the table, and for a team table its team and place there. */
export interface RowPlace {
  readonly row: number;
  readonly team: number;
  readonly index: number;
}

/** The references a formula can make, for the sheet (and table) being written; see formula.ts. */
export interface Formulas {
  /** The functions to write the figures with: CASELOAD's own, or standard ones (see dialect.ts). */
  readonly x: Dialect;
  /** This row's cell of a column of the table being written: [@Fte], [@[Open casussen]]. */
  row(column: Column): string;
  /** A whole column of one of the add-in's tables: vcRoster[Fte]. */
  column(column: Column): string;
  /** A line's value cell, absolute ($B$12), with its sheet's name when on another sheet; 'high': the cell right of it. */
  cell(line: FieldLine | OutputLine, end?: 'high'): string;
}

// ---- Labelled lines (label in A, value in B, a band's high end in C) ------------------------

/** An input the user fills in beside its label; read back into the plan. */
export interface FieldLine {
  readonly kind: 'field';
  readonly label: Words;
  readonly path: FieldPath;
  readonly type: Kind;
  /** The file format that added this line; a workbook of an earlier one is read without it. */
  readonly since?: number;
}

/** A live result beside its label: one formula per cell from B (none spills: each band end is its own cell). */
export interface OutputLine {
  readonly kind: 'output';
  readonly label: Words;
  readonly formulas: readonly ((f: Formulas) => string)[];
  readonly format: string;
  readonly result: (r: Rendering) => CellValue[];
  /** The file format that added this line. */
  readonly since?: number;
}

export interface TextLine {
  readonly kind: 'section' | 'note';
  readonly label: Words;
}

/** One line of a sheet's labelled block; null is an empty line. */
export type Line = FieldLine | OutputLine | TextLine | null;

export const field = (label: Words, path: FieldPath, type: Kind): FieldLine => ({ kind: 'field', label, path, type });
/** A line or column that file format `format` added (see formats/writtenIn.ts). */
export const since = <T extends FieldLine | OutputLine | FormulaColumn>(format: number, added: T): T => ({
  ...added,
  since: format,
});
export const section = (label: Words): TextLine => ({ kind: 'section', label });
export const note = (label: Words): TextLine => ({ kind: 'note', label });
export const output = (
  label: Words,
  formulas: OutputLine['formulas'],
  format: string,
  result: OutputLine['result'],
): OutputLine => ({ kind: 'output', label, formulas, format, result });

// ---- Table columns ---------------------------------------------------------------------------

/** A column that holds one field of the table's rows. */
/** Row: the type of the table's rows (by default any row: code that only reads the header). */
export interface InputColumn<Row = Record<string, unknown>> {
  readonly kind: 'input';
  readonly header: Words;
  readonly field: keyof Row & string;
  readonly type: Kind;
  /** The file format that added this column; a workbook of an earlier one is read without it. */
  readonly since?: number;
}

/** A column whose every row holds the same live formula, referring to its row by column. */
export interface FormulaColumn {
  readonly kind: 'formula';
  readonly header: Words;
  readonly formula: (f: Formulas) => string;
  readonly format: string;
  /** The value core computes for a row, cached in the cell so a file opens showing numbers. */
  readonly result: (at: RowPlace, r: Rendering) => CellValue;
  /** The file format that added this column; a workbook of an earlier one is read without it. */
  readonly since?: number;
}

export type Column<Row = Record<string, unknown>> = InputColumn<Row> | FormulaColumn;

/** An input column for the field `fieldName`; the table it is placed in checks that its rows have that field. */
export const input = <const F extends string>(
  header: Words,
  fieldName: F,
  type: Kind = 'text',
): InputColumn<Record<F, unknown>> => ({ kind: 'input', header, field: fieldName, type });

/**
 * The Id column of teams, areas and case categories (format 4 added it, so a rename is a rename:
 * see core's ids.ts). Last in its table, out of the way.
 */
export const idColumn = (header: Words): InputColumn<{ id: string }> => ({ ...input(header, 'id'), since: 4 });

/**
 * Input columns of one table whose headers are the pack's words under the fields' own names:
 * `const roster = inputsOf(s => s.bandwidth.roster); roster('fte', 'number')`.
 */
export const inputsOf =
  <W extends object>(group: (sheets: SheetWords) => W) =>
  <const F extends keyof W & string>(fieldName: F, type: Kind = 'text', formerly?: readonly string[]) =>
    input(
      words(s => String(group(s)[fieldName]), formerly),
      fieldName,
      type,
    );

export const formulaColumn = (
  header: Words,
  formula: FormulaColumn['formula'],
  format: string,
  result: FormulaColumn['result'],
): FormulaColumn => ({ kind: 'formula', header, formula, format, result });

// ---- Tables, charts, sheets ------------------------------------------------------------------

/** The lists every team has of its own; each is one table with a Team column in front. */
export type TeamListKey =
  'roster' | 'factors' | 'cases' | 'weeks' | 'bands' | 'caseList' | 'felt' | 'division' | 'notes';
type TeamRowAt<K extends TeamListKey> = Team[K][number];

/**
 * Where a table's rows live: a list of the plan, or one list of every team, team after team; or,
 * for a table of figures only, one row per team, written with the team's name and never read back.
 * A list of lines found by a name may be shown with a row for every name the plan has (`shown`:
 * each case category, each team, typed or not); read back, only rows with something typed
 * (`typed`) are lines of the list.
 */
export type RowsSource =
  | {
      readonly path: ListPath;
      readonly shown?: (plan: Plan) => readonly Record<string, unknown>[];
      readonly typed?: (row: Record<string, unknown>) => boolean;
    }
  | { readonly team: TeamListKey }
  | { readonly eachTeam: true };

export interface TableLayout {
  readonly name: string;
  readonly rows: RowsSource;
  /** Checks a row read back (without its team); a hand edit that no longer fits is reported, never guessed at. */
  readonly schema: z.ZodType;
  readonly columns: readonly Column[];
  /** Top-left cell (the first header). Tables sit side by side so each can grow downwards alone. */
  readonly at: CellRef;
}

/** A table before it is placed on its sheet (see sideBySide). */
export type UnplacedTable = Omit<TableLayout, 'at'>;

/** Declares a table of a plan list; a column's field must be one of its rows' fields. */
export const table = <const P extends ListPath>(layout: {
  name: string;
  path: P;
  schema: z.ZodType;
  columns: readonly Column<RowAt<P>>[];
  /** The rows to show instead of the list's own, and which of them read back as lines (see RowsSource). */
  shown?: (plan: Plan) => readonly RowAt<P>[];
  typed?: (row: RowAt<P>) => boolean;
}): UnplacedTable => ({
  name: layout.name,
  rows: {
    path: layout.path,
    ...(layout.shown ? { shown: layout.shown as (plan: Plan) => readonly Record<string, unknown>[] } : {}),
    ...(layout.typed ? { typed: layout.typed as (row: Record<string, unknown>) => boolean } : {}),
  },
  schema: layout.schema,
  columns: layout.columns,
});

/** The row of a figures table as read back: its team only (checked, never put in the plan). */
const TeamRowSchema = z.object({ team: z.string() });

/** The Team column a team table starts with: its own object, so formulas can refer to it. */
export const teamColumn = (): InputColumn<{ team: string }> =>
  input(
    words(s => s.teams.team),
    'team',
  );

/** Declares a table of figures with one row per team: a Team column first, then formula columns only. */
export const figuresPerTeam = (layout: {
  name: string;
  team: InputColumn<{ team: string }>;
  columns: readonly FormulaColumn[];
}): UnplacedTable => ({
  name: layout.name,
  rows: { eachTeam: true },
  schema: TeamRowSchema,
  columns: [layout.team as Column, ...layout.columns],
});

/** Declares a table of one list of every team, with its Team column first. */
export const teamTable = <const K extends TeamListKey>(layout: {
  name: string;
  list: K;
  team: InputColumn<{ team: string }>;
  schema: z.ZodType;
  columns: readonly Column<TeamRowAt<K>>[];
}): UnplacedTable => ({
  name: layout.name,
  rows: { team: layout.list },
  schema: layout.schema,
  columns: [layout.team as Column, ...(layout.columns as readonly Column[])],
});

/** A line chart of a team table's rows, one chart per team (named name1, name2, …), side by side. */
export interface ChartLayout {
  readonly name: string;
  readonly title: Words;
  readonly table: TableLayout;
  readonly category: Column;
  readonly series: readonly Column[];
  /** Top-left and bottom-right cells of the first team's chart; the next ones follow to the right. */
  readonly from: CellRef;
  readonly to: CellRef;
}

export type SheetKey =
  | 'situation'
  | 'bandwidth'
  | 'teams'
  | 'implement'
  | 'conversation'
  | 'scenarios'
  | 'finance'
  | 'tracker'
  | 'overview'
  | 'settings';

/** How a sheet prints: A4 landscape on one page, with a header the plan fills in. */
export interface PrintLayout {
  /** Left, centre and right of the page header, as plain text (the date is the printing date). */
  readonly header: (plan: Plan) => { left: string; center: string };
}

export interface SheetLayout {
  readonly key: SheetKey;
  readonly name: string;
  readonly title: Words;
  /** Labelled cells from row 3 down, one per line. */
  readonly lines: readonly Line[];
  readonly tables: readonly TableLayout[];
  readonly chart?: ChartLayout;
  /** Column widths in characters, from A; set when the sheet is created. */
  readonly widths: readonly number[];
  readonly print?: PrintLayout;
}

/** Places tables side by side from `at`, one empty column between them. */
export function sideBySide(at: CellRef, tables: readonly UnplacedTable[]): TableLayout[] {
  let col = at.col;
  return tables.map(unplaced => {
    const placed = { ...unplaced, at: { row: at.row, col } };
    col += unplaced.columns.length + 1;
    return placed;
  });
}
