// Adopting a band for a date: the number is computed with what is in force on that date, and its
// recorded basis is exactly what produced it. Noord has Registratielast 5% (until 31-12-2026),
// Inwerken 5% and, here, temporary staff 8%; a band adopted from 4 January 2027 holds only the last
// two, in its number and in its basis. A band with nothing in it is refused.
import {
  adoptBand,
  adoptionRefusal,
  bandFrom,
  computeFigures,
  isError,
  Plan,
  Result,
  samplePlan,
} from '../../src/core';

const TODAY = '2026-12-07';
const FROM = '2027-01-04';

function withTemporaryStaff(): Plan {
  const plan = samplePlan();
  const [noord, ...others] = plan.teams;
  const temporary = { name: 'Tijdelijke krachten', reduction: 0.08, from: '', to: '', note: '' };
  return { ...plan, teams: [{ ...noord, factors: [...noord.factors, temporary] }, ...others] };
}

function ok<T>(value: Result<T>): T {
  if (isError(value)) throw new Error(`not computed: ${value.reason}`);
  return value;
}

function adopted(value: ReturnType<typeof adoptBand>): Plan {
  if (isError(value) || 'refused' in value) throw new Error('not adopted');
  return value;
}

test('a band adopted from a date after a factor ends is computed without it, and its basis lists what it was computed with', () => {
  const plan = withTemporaryStaff();
  // Today all three factors count.
  const today = ok(computeFigures(plan, 0, TODAY).bandPerFte);
  const version = adopted(adoptBand(plan, 0, { from: FROM, reason: 'Nieuw jaar', language: 'nl' })).teams[0].bands.at(
    -1,
  )!;
  // The same plan without the registration burden, today: the two factors that hold in January.
  const [noord, ...others] = plan.teams;
  const twoFactors = {
    ...plan,
    teams: [{ ...noord, factors: noord.factors.filter(f => !f.name.startsWith('Registratielast')) }, ...others],
  };
  const expected = ok(computeFigures(twoFactors, 0, TODAY).bandPerFte);
  expect(version.low).toBeCloseTo(expected.low, 9);
  expect(version.high).toBeCloseTo(expected.high, 9);
  expect(version.high).toBeCloseTo(today.high / 0.95, 9);
  expect(version.basis).toMatch(/Meewegende factoren: Inwerken nieuwe collega’s 5%, Tijdelijke krachten 8%\./);
  expect(version.basis).not.toMatch(/Registratielast/);
  expect(bandFrom(plan, 0, FROM)).toEqual({ low: version.low, high: version.high });
});

test('a band of 0 – 0 (a factor of 100%) or with equal bounds is refused, and the plan is left as it was', () => {
  const plan = samplePlan();
  const noord = plan.teams[0];
  const full = {
    ...plan,
    teams: [
      { ...noord, factors: [{ name: 'Alles', reduction: 1, from: '', to: '', note: '' }] },
      ...plan.teams.slice(1),
    ],
  };
  expect(bandFrom(full, 0, TODAY)).toEqual({ low: 0, high: 0 });
  expect(adoptBand(full, 0, { from: TODAY, reason: 'x', language: 'nl' })).toEqual({ refused: 'empty' });
  const equal = { ...plan, bandwidth: { ...plan.bandwidth, hoursPerCaseHeavy: 30, hoursPerCaseLight: 30 } };
  expect(adoptBand(equal, 0, { from: TODAY, reason: 'x', language: 'nl' })).toEqual({ refused: 'bounds' });
  expect(adoptionRefusal({ low: Number.NaN, high: 3 })).toBe('empty');
  expect(adoptionRefusal({ low: 9.9, high: 15.9 })).toBeUndefined();
});
