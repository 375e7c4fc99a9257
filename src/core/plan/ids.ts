// Teams, areas and case categories carry an id that never changes, so a rename is a rename and not
// a removal plus an addition: references follow it (see references.ts) and two people's edits meet
// on the same thing when they merge (see rebase.ts). A new one gets a random id; one read from a
// workbook that had none (an earlier format, a row added by hand) gets an id derived from its name,
// the same in every pane that reads that workbook, until a save writes it down.
import { nameKey } from './compute';
import type { Plan } from './plan';

const RANDOM_LENGTH = 10;
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A fresh id: ten random letters and digits (36^10 ≈ 3.7e15 values; a workbook holds dozens). */
export function newId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(RANDOM_LENGTH));
  return Array.from(bytes, b => ALPHABET[b % ALPHABET.length]).join('');
}

/** FNV-1a over the text: a short, stable number for a name. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The id a thing without one gets from its name (its nth namesake: `-n`), the same in every pane. */
export const idFromName = (name: string, occurrence = 0): string =>
  `n${hash(nameKey(name)).toString(36)}${occurrence > 0 ? `-${occurrence + 1}` : ''}`;

/**
 * Gives every row without an id (or with one an earlier row already has) the id its name implies.
 * Ids already there are kept first, so a derived id never takes one a later row holds.
 */
export function withRowIds<T extends { id: string; name: string }>(rows: readonly T[]): T[] {
  const kept = new Set<string>();
  const keeps = rows.map(row => {
    const id = (row.id ?? '').trim(); // a row from an earlier format may have no id at all
    if (id === '' || kept.has(id)) return false;
    kept.add(id);
    return true;
  });
  const taken = new Set(kept);
  const seen = new Map<string, number>();
  return rows.map((row, i) => {
    if (keeps[i]) return row;
    const key = nameKey(row.name);
    let n = seen.get(key) ?? 0;
    let id = idFromName(row.name, n++);
    while (taken.has(id)) id = idFromName(row.name, n++);
    seen.set(key, n);
    taken.add(id);
    return { ...row, id };
  });
}

/** The plan with an id on every team, area and case category (what is read or migrated has none yet). */
export const withIds = (plan: Plan): Plan => ({
  ...plan,
  situation: { ...plan.situation, areas: withRowIds(plan.situation.areas) },
  bandwidth: { ...plan.bandwidth, categories: withRowIds(plan.bandwidth.categories) },
  teams: withRowIds(plan.teams),
});
