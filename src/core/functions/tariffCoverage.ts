import { isBlankCell } from '../cells';
import { define, range } from '../params';
import { CaseloadError, Result } from '../result';

/**
 * How far a tariff covers the cost price, per row: tariff / cost, 1 when it covers it exactly,
 * below 1 when the product is priced too low. Each row needs both amounts (a missing one is not
 * 0); a cost of 0 is refused with its row.
 */
export const TARIFF_COVERAGE = define(
  'TARIFF_COVERAGE',
  { tariffs: range('nonNegative'), costs: range('nonNegative', 'tariffs') },
  (a): Result<number[][]> => {
    if (a.tariffs.values.length === 0) return new CaseloadError('#VALUE!', 'required', { argument: 'tariffs' });
    const rows: number[][] = [];
    for (let i = 0; i < a.tariffs.values.length; i++) {
      const tariff = a.tariffs.values[i];
      const cost = a.costs.values[i];
      if (isBlankCell(tariff)) return new CaseloadError('#VALUE!', 'required', { argument: 'tariffs', cell: i + 1 });
      if (isBlankCell(cost)) return new CaseloadError('#VALUE!', 'required', { argument: 'costs', cell: i + 1 });
      if (cost === 0) return new CaseloadError('#DIV/0!', 'divisionByZero', { argument: 'costs', cell: i + 1 });
      rows.push([tariff / cost]);
    }
    return rows;
  },
  'matrix',
);
