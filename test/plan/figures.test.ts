// The pane's figures come from the catalogue functions: same inputs, same numbers as the
// worked examples of DOMAIN.md, and a figure that cannot be computed carries its reason.
import { computeFigures, emptyPlan, isError, PlanSchema, samplePlan } from '../../src/core';

const near = (a: unknown, b: number) => expect(Math.abs((a as number) - b)).toBeLessThan(1e-9 * Math.max(1, b));

test('the sample plan is valid against the schema the workbook is read with', () => {
  expect(PlanSchema.safeParse(samplePlan()).success).toBe(true);
  expect(PlanSchema.safeParse(emptyPlan('en')).success).toBe(true);
});

test('the sample municipality reproduces the worked examples: hours, band and FTE needed', () => {
  const f = computeFigures(samplePlan());
  near(f.availableHours, 1517.292);
  near(f.clientHours, 910.3752);
  if (isError(f.bandPerFteYear) || isError(f.bandPerFte)) throw new Error('band failed');
  near(f.bandPerFteYear.low, 20.54034045);
  near(f.bandPerFteYear.high, 32.86454472);
  // 26-week cases: half of a year's cases are open at one time.
  near(f.bandPerFte.low, 20.54034045 / 2);
  expect(f.casesPerYear).toBe(195);
});

test('a person with a reduction gets a smaller part of the team band', () => {
  const f = computeFigures(samplePlan());
  const [anouk, , chantal] = f.people;
  if (isError(anouk.capacity) || isError(chantal.capacity) || isError(f.teamBand)) throw new Error('capacity failed');
  expect(chantal.capacity.high / 0.78).toBeLessThan(anouk.capacity.high / 0.89);
  const sum = f.people.reduce((s, p) => s + (p.capacity as { high: number }).high, 0);
  near(f.teamBand.high, sum);
});

test('an empty plan shows why figures are missing instead of showing NaN', () => {
  const f = computeFigures(emptyPlan('nl'));
  expect(isError(f.bandPerFte)).toBe(true);
  expect(isError(f.costPerCase)).toBe(true);
  expect(f.people).toEqual([]);
});
