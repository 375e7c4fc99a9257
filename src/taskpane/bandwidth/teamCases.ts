// A team's cases per year of one shared category, set by the category's name (as typed: case and
// spaces do not matter, as in core's teamCaseMix, which reads them).
import { sameName, Team } from '../../core';

/** The cases with one count for `category`: in place of its first row, or at the end. */
export function withCount(cases: Team['cases'], category: string, count: number): Team['cases'] {
  const at = cases.findIndex(c => sameName(c.category, category));
  if (at < 0) return [...cases, { category, count }];
  return cases.flatMap((c, i) => (i === at ? [{ ...c, count }] : sameName(c.category, category) ? [] : [c]));
}

/** The team's cases under a name no shared category has: they are not counted. */
export const unlisted = (cases: Team['cases'], categories: readonly { name: string }[]): Team['cases'] =>
  cases.filter(c => c.count > 0 && !categories.some(k => sameName(k.name, c.category)));
