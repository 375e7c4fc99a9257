// "VC Financiën", products: every case category is a product whose cost price is its hours per case
// at the integral hourly rate (PRODUCT_COST), beside the tariff agreed for it (TARIFF_COVERAGE,
// signalled below 1). Every category has a row, typed or not; a row without a tariff reads back as none.
import {
  CaseloadError,
  hasTariff,
  isError,
  productLines,
  ProductSchema,
  sameName,
  SheetWords,
  tariffCoverageOf,
} from '../../core';
import type { CellValue } from '../cellKinds';
import { figureCell } from '../figureCells';
import { formulaColumn, Formulas, inputsOf, Rendering, table, words } from '../model';
import { categoryHours, categoryName } from './bandwidth';

import { hourlyRate } from './financeCosts';

const product = inputsOf(s => s.finance.products);
const productName = product('product');
const tariff = product('tariff', 'typedMoney');

/** This row's product among core's: the first case category of that name (as MATCH finds it), or #N/A. */
function productOf(r: Rendering, row: number) {
  const { product: name, tariff: typed } = productLines(r.plan)[row];
  const at = r.plan.bandwidth.categories.findIndex(c => sameName(c.name, name));
  const found = at < 0 ? undefined : r.organisation.finance.products[at];
  const missing = new CaseloadError('#N/A', 'required', { argument: 'hours_per_case' });
  return {
    hours: found ? found.hoursPerCase : missing,
    cost: found ? found.costPrice : missing,
    coverage: typed === null ? null : found ? tariffCoverageOf(typed, found.costPrice) : missing,
  };
}
type ProductFigure = ReturnType<typeof productOf>;
/** A column of a product's figure; a product without a tariff has no coverage (an empty cell). */
const productColumn = (
  key: keyof SheetWords['finance']['products'],
  formula: (f: Formulas) => string,
  format: string,
  value: (p: ProductFigure) => CellValue,
) =>
  formulaColumn(
    words(s => s.finance.products[key]),
    formula,
    format,
    ({ row }, r) => value(productOf(r, row)),
  );

const hoursPerCase = productColumn(
  'hoursPerCase',
  f => `=INDEX(${f.column(categoryHours)},MATCH(${f.row(productName)},${f.column(categoryName)},0))`,
  '0.0',
  p => figureCell(p.hours),
);
const costPrice = productColumn(
  'costPrice',
  f => `=${f.x.productCost(f.row(hoursPerCase), f.cell(hourlyRate))}`,
  '#,##0',
  p => figureCell(p.cost),
);
const coverage = productColumn(
  'coverage',
  f => `=IF(${f.row(tariff)}="","",${f.x.tariffCoverage(f.row(tariff), f.row(costPrice))})`,
  '0.00',
  p => (p.coverage === null ? '' : figureCell(p.coverage)),
);
const belowCost = words(s => s.finance.products.belowCost).nl;
const signal = productColumn(
  'signal',
  f => `=IF(${f.row(tariff)}="","",IF(${f.row(coverage)}<1,"${belowCost}",""))`,
  'General',
  p => (p.coverage === null ? '' : isError(p.coverage) ? figureCell(p.coverage) : p.coverage < 1 ? belowCost : ''),
);

export const PRODUCTS_TABLE = table({
  name: 'vcProducts',
  path: ['finance', 'products'],
  schema: ProductSchema,
  columns: [productName, tariff, hoursPerCase, costPrice, coverage, signal],
  shown: productLines,
  typed: hasTariff,
});
