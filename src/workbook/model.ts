// The vocabulary of the file format: what a sheet of the add-in is made of. Each sheet file in
// sheets/ describes one sheet with these pieces; toSheets.ts renders them, fromSheets.ts reads
// them back. A column is either an input (a plan field, read back) or a formula (live in Excel,
// never read back), and that difference is in the type, not in optional fields.
import type { z } from 'zod';
import type { Figures, Plan, ScenarioFigures, SheetWords } from '../core';
import { PACKS } from '../core';
import type { CellRef } from './addresses';
import type { CellValue, Kind } from './cellKinds';
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
  readonly figures: Figures;
  readonly scenarios: readonly ScenarioFigures[];
}

/** The references a formula can make, for the sheet (and table) being written; see formula.ts. */
export interface Formulas {
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
}

/** A live result beside its label: one formula per cell from B, or one that spills into C. */
export interface OutputLine {
  readonly kind: 'output';
  readonly label: Words;
  readonly formulas: readonly ((f: Formulas) => string)[];
  readonly width: 1 | 2;
  readonly format: string;
  readonly result: (r: Rendering) => CellValue[];
}

export interface TextLine {
  readonly kind: 'section' | 'note';
  readonly label: Words;
}

/** One line of a sheet's labelled block; null is an empty line. */
export type Line = FieldLine | OutputLine | TextLine | null;

export const field = (label: Words, path: FieldPath, type: Kind): FieldLine => ({ kind: 'field', label, path, type });
export const section = (label: Words): TextLine => ({ kind: 'section', label });
export const note = (label: Words): TextLine => ({ kind: 'note', label });
export const output = (
  label: Words,
  formulas: OutputLine['formulas'],
  format: string,
  result: OutputLine['result'],
  width: 1 | 2 = 1,
): OutputLine => ({ kind: 'output', label, formulas, width, format, result });

// ---- Table columns ---------------------------------------------------------------------------

/** A column that holds one field of the table's rows. */
/** Row: the type of the table's rows (by default any row: code that only reads the header). */
export interface InputColumn<Row = Record<string, unknown>> {
  readonly kind: 'input';
  readonly header: Words;
  readonly field: keyof Row & string;
  readonly type: Kind;
}

/** A column whose every row holds the same live formula, referring to its row by column. */
export interface FormulaColumn {
  readonly kind: 'formula';
  readonly header: Words;
  readonly formula: (f: Formulas) => string;
  readonly format: string;
  /** The value core computes for row `row`, cached in the cell so a file opens showing numbers. */
  readonly result: (row: number, r: Rendering) => CellValue;
}

export type Column<Row = Record<string, unknown>> = InputColumn<Row> | FormulaColumn;

/** An input column for the field `fieldName`; the table it is placed in checks that its rows have that field. */
export const input = <const F extends string>(
  header: Words,
  fieldName: F,
  type: Kind = 'text',
): InputColumn<Record<F, unknown>> => ({ kind: 'input', header, field: fieldName, type });

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

export interface TableLayout<P extends ListPath = ListPath> {
  readonly name: string;
  /** Where the rows live in the plan. */
  readonly path: P;
  /** Checks a row read back; a hand edit that no longer fits is reported, never guessed at. */
  readonly schema: z.ZodType;
  readonly columns: readonly Column<RowAt<P>>[];
  /** Top-left cell (the first header). Tables sit side by side so each can grow downwards alone. */
  readonly at: CellRef;
}

/** A table before it is placed on its sheet (see sideBySide). */
export type UnplacedTable<P extends ListPath = ListPath> = Omit<TableLayout<P>, 'at'>;

/** Declares a table; the row type follows from the path, so a column's field must be one of its fields. */
export const table = <const P extends ListPath>(layout: UnplacedTable<P>): UnplacedTable<P> => layout;

export interface ChartLayout {
  readonly name: string;
  readonly title: Words;
  readonly table: TableLayout;
  readonly category: Column;
  readonly series: readonly Column[];
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: string;
  readonly to: string;
}

export type SheetKey = 'situation' | 'bandwidth' | 'implement' | 'scenarios' | 'tracker' | 'settings';

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
