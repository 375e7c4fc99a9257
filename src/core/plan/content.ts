// Plan values compared by what they hold: two plans (or rows) built in a different order of keys
// still compare equal. Shared by the merge of two people's edits and by choosing between them.
export type Value = unknown;
export type Row = Record<string, Value>;

export const isObject = (v: Value): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as text, object keys sorted. */
export const contentKey = (v: Value): string =>
  JSON.stringify(v, (_k, x: Value) =>
    isObject(x)
      ? Object.fromEntries(
          Object.keys(x)
            .sort()
            .map(k => [k, x[k]]),
        )
      : x,
  );

export const sameContent = (a: Value, b: Value): boolean => contentKey(a) === contentKey(b);

/**
 * contentKey remembering the key of every object and list it saw, for work that compares the same
 * plans many times over (a merge): each part is turned into text once. Only for values that do not
 * change while it is used.
 */
export function cachedContentKey(): (v: Value) => string {
  const seen = new WeakMap<object, string>();
  const keyOf = (v: Value): string => {
    if (typeof v !== 'object' || v === null) return JSON.stringify(v) ?? 'undefined';
    const known = seen.get(v);
    if (known !== undefined) return known;
    const text = Array.isArray(v)
      ? `[${v.map(keyOf).join(',')}]`
      : `{${Object.keys(v)
          .sort()
          .filter(k => (v as Row)[k] !== undefined)
          .map(k => `${JSON.stringify(k)}:${keyOf((v as Row)[k])}`)
          .join(',')}}`;
    seen.set(v, text);
    return text;
  };
  return keyOf;
}
