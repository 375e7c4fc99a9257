// Renames found by comparing a list of teams, areas or categories before and after an edit, by id,
// carried to every reference at once (so swapping two names swaps them, rather than merging both).
import { nameKey, sameName } from '../compute';
import type { Plan } from '../plan';
import { EntityKind, mapReferences } from '../references';

type Named = { id: string; name: string };

/**
 * The plan with references of `kind` following each thing whose name changed from `before` to
 * `after`. A name that several things share, before or after, is not followed: which references
 * meant which could no longer be told apart, so they are left as typed.
 */
export function followRenames(plan: Plan, kind: EntityKind, before: readonly Named[], after: readonly Named[]): Plan {
  const once = (list: readonly Named[], name: string) => list.filter(x => sameName(x.name, name)).length === 1;
  const renames = new Map<string, string>();
  for (const now of after) {
    const was = before.find(x => x.id === now.id);
    if (!was || was.name === now.name) continue;
    if (once(before, was.name) && once(after, now.name)) renames.set(nameKey(was.name), now.name);
  }
  return renames.size === 0 ? plan : mapReferences(plan, kind, name => renames.get(nameKey(name)) ?? name);
}
