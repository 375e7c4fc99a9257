// A person's pay: added when first typed, changed in place, removed when emptied.
import { EDITS, financeFigures, samplePlan, todayIso } from '../../../src/core';

const today = todayIso();
const setPay = (plan: ReturnType<typeof samplePlan>, team: string, name: string, change: object) =>
  EDITS.setPay.perform(plan, { team, name, change });

test('a scale chosen for someone without pay adds a line; no scale and no own salary removes it', () => {
  const plan = samplePlan();
  const without = { ...plan, finance: { ...plan.finance, pay: plan.finance.pay.filter(p => p.name !== 'Bram') } };
  // The sample leaves Mo (Centrum) without pay already.
  const mo = { team: 'Centrum', name: 'Mo' };
  expect(financeFigures(without, today).unpaid).toEqual([{ team: 'Noord', name: 'Bram' }, mo]);
  const paid = setPay(without, 'Noord', 'Bram', { scale: 'Schaal 10 (voorbeeld)' });
  expect(paid.finance.pay.at(-1)).toEqual({
    team: 'Noord',
    name: 'Bram',
    scale: 'Schaal 10 (voorbeeld)',
    salary: null,
  });
  expect(financeFigures(paid, today).unpaid).toEqual([mo]);
  // An own salary replaces the scale's; emptying both takes the line away again.
  const own = setPay(paid, 'noord', 'bram', { salary: 61000 });
  expect(own.finance.pay.filter(p => p.name === 'Bram')).toEqual([
    { team: 'Noord', name: 'Bram', scale: 'Schaal 10 (voorbeeld)', salary: 61000 },
  ]);
  expect(setPay(setPay(own, 'Noord', 'Bram', { salary: null }), 'Noord', 'Bram', { scale: '' }).finance.pay).toEqual(
    without.finance.pay,
  );
});
