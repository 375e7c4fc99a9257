// The shared case categories: a rename reaches every team's counts and listed cases, and its tariff.
import { deviationFigures, EDITS, samplePlan, teamCaseMix } from '../../../src/core';

test('renaming a category renames it in every team’s counts, listed cases and tariff', () => {
  const plan = samplePlan();
  const categories = plan.bandwidth.categories.map((c, i) => (i === 1 ? { ...c, name: 'Meervoudig' } : c));
  const renamed = EDITS.setCategories.perform(plan, categories);
  expect(renamed.bandwidth.categories[1]).toEqual({ ...plan.bandwidth.categories[1], name: 'Meervoudig' });
  for (const [i, team] of renamed.teams.entries()) {
    expect(teamCaseMix(renamed, team).map(c => c.count)).toEqual(teamCaseMix(plan, plan.teams[i]).map(c => c.count));
    // Listed cases keep their norm: every case is held against the same hours as before.
    const norms = (p: typeof plan) => deviationFigures(p, p.teams[i]).cases.map(c => [c.norm, c.deviation]);
    expect(norms(renamed)).toEqual(norms(plan));
    expect(norms(renamed).some(([norm]) => norm === undefined)).toBe(false);
  }
  expect(renamed.teams[0].caseList.filter(c => c.category === 'Meervoudig').length).toBe(
    plan.teams[0].caseList.filter(c => c.category === 'Meervoudige vraag').length,
  );
  expect(renamed.finance.products[1]).toEqual({ product: 'Meervoudig', tariff: plan.finance.products[1].tariff });
});

test('does not rename into a name another category has; adding or removing one renames nothing', () => {
  const plan = samplePlan();
  const same = plan.bandwidth.categories.map((c, i) => (i === 1 ? { ...c, name: 'Enkelvoudige vraag' } : c));
  expect(EDITS.setCategories.perform(plan, same).teams).toBe(plan.teams);
  const fewer = plan.bandwidth.categories.slice(1);
  expect(EDITS.setCategories.perform(plan, fewer).teams).toBe(plan.teams);
});
