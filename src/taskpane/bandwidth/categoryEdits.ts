// The shared case categories, changed in step 2. Every team counts its cases per category by the
// category's name, so renaming a category renames it in every team's cases (and its tariff) too:
// otherwise the counts would silently stop counting. A name that another category has as well is left alone
// (which counts would be whose could no longer be told apart).
import { Plan, sameName } from '../../core';

type Category = Plan['bandwidth']['categories'][number];

export function withCategories(plan: Plan, categories: Category[]): Plan {
  const before = plan.bandwidth.categories;
  const renames =
    categories.length === before.length
      ? before.flatMap((old, i) => {
          const name = categories[i].name;
          const unique = (n: string) => categories.filter(c => sameName(c.name, n)).length === 1;
          const alone = before.filter(c => sameName(c.name, old.name)).length === 1;
          return !sameName(old.name, name) && alone && unique(name) ? [{ from: old.name, to: name }] : [];
        })
      : [];
  const renamed = (category: string) => renames.find(r => sameName(r.from, category))?.to ?? category;
  const products = plan.finance.products.map(p => ({ ...p, product: renamed(p.product) }));
  return {
    ...plan,
    finance: renames.length === 0 ? plan.finance : { ...plan.finance, products },
    bandwidth: { ...plan.bandwidth, categories },
    teams:
      renames.length === 0
        ? plan.teams
        : plan.teams.map(team => ({ ...team, cases: team.cases.map(c => ({ ...c, category: renamed(c.category) })) })),
  };
}
