// A product's tariff: typed, changed in place, removed when emptied.
import { EDITS, financeFigures, samplePlan, todayIso } from '../../../src/core';

test('a tariff typed below the cost price is flagged; emptied, its line goes', () => {
  const plan = samplePlan();
  const lower = EDITS.setTariff.perform(plan, { product: 'Meervoudige vraag', tariff: 3000 });
  expect(lower.finance.products.map(p => p.tariff)).toEqual([2300, 3000, 8500]);
  expect(financeFigures(lower, todayIso()).products.map(p => p.belowCost)).toEqual([false, true, true]);
  expect(
    EDITS.setTariff.perform(plan, { product: 'Enkelvoudige vraag', tariff: null }).finance.products.map(p => p.product),
  ).toEqual(['Meervoudige vraag', 'Complexe multiproblematiek']);
});
