// The Controle cells (format 6): core's plausibility checks (plausibility.ts) as formulas, so a
// hand edit in Excel is checked too, and the cached text is core's. A cell names the checks that
// hold, in core's order, joined by "; " (blank when none); each check is a condition of 1s and
// 0s. Only functions every spreadsheet has, in both formula modes.
import { CheckCode, PLAUSIBLE } from '../../core';
import type { CellValue } from '../cellKinds';
import { FormulaColumn, formulaColumn, Formulas, RowPlace, Rendering, since, words } from '../model';

/** The format that added the Controle cells. */
export const CHECKS_SINCE = 6;

const SEPARATOR = '; ';
const wordOf = (code: CheckCode) => words(s => s.checks[code]).nl;

/** The words of the checks that hold, as the cell shows them. */
export const checkText = (codes: readonly CheckCode[]): CellValue => codes.map(wordOf).join(SEPARATOR);

/** The checks of `order` whose condition holds, as text: MID drops the first separator. */
export function checkFormula<C extends CheckCode>(
  f: Formulas,
  order: readonly C[],
  conditions: Record<C, (f: Formulas) => string>,
): string {
  const parts = order.map(code => `IF(${conditions[code](f)},"${SEPARATOR}${wordOf(code)}","")`);
  return `=MID(${parts.join('&')},${SEPARATOR.length + 1},999)`;
}

/** A table's Controle column: the row's checks, core's codes cached. */
export const checkColumn = <C extends CheckCode>(
  order: readonly C[],
  conditions: Record<C, (f: Formulas) => string>,
  codes: (at: RowPlace, r: Rendering) => readonly CheckCode[],
): FormulaColumn =>
  since(
    CHECKS_SINCE,
    formulaColumn(
      words(s => s.checks.header),
      f => checkFormula(f, order, conditions),
      'General',
      (at, r) => checkText(codes(at, r)),
    ),
  );

/** 1 where a date cell holds a date outside the years a plan is about (a blank or a text is no date). */
export const outsideYears = (cell: string): string =>
  `(ISNUMBER(${cell})*((${cell}<DATE(${PLAUSIBLE.firstYear},1,1))+(${cell}>DATE(${PLAUSIBLE.lastYear},12,31)))>0)`;

/** 1 where both ends of a period are dates and the end is before the start. */
export const endsBeforeStart = (from: string, to: string): string =>
  `(ISNUMBER(${from})*ISNUMBER(${to})*(${to}<${from})>0)`;
