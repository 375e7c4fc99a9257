// A long list shown a page at a time: a case list may hold 100,000 rows, and a card with seven
// fields for each would stop the pane. The first `size` rows, more on request, or the rows whose
// name holds the text searched for; a row just added is shown too, wherever it falls.
import { useMemo, useState } from 'react';

export function usePage<Row>(rows: readonly Row[], size: number | undefined, nameKey?: keyof Row) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(size ?? 0);
  const [added, setAdded] = useState<number | null>(null);
  const paged = size !== undefined && rows.length > size;
  const text = paged ? query.trim().toLowerCase() : '';

  // Every row's place when searching; with no search, the first rows are simply 0, 1, 2, …
  const found = useMemo(() => {
    if (!text || nameKey === undefined) return null;
    return rows.flatMap((row, i) =>
      String(row[nameKey] ?? '')
        .toLowerCase()
        .includes(text)
        ? [i]
        : [],
    );
  }, [rows, text, nameKey]);
  const total = found ? found.length : rows.length;
  const count = paged ? Math.min(shown, total) : rows.length;
  const indices = found ? found.slice(0, count) : Array.from({ length: count }, (_, i) => i);
  if (added !== null && added < rows.length && !indices.includes(added)) indices.push(added);

  return {
    /** More rows than one page: the search and the "show more" button are offered. */
    paged,
    /** The rows shown, by their place in `rows`. */
    indices,
    /** Rows shown of the rows that match (all rows without a search). */
    count,
    total,
    query,
    search(next: string) {
      setQuery(next);
      setShown(size ?? 0);
    },
    showMore: () => setShown(count + (size ?? 0)),
    added: (index: number) => setAdded(index),
    removed: () => setAdded(null),
  };
}
