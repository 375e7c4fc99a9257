// The pane's drafts (drafts.ts) for every component: typed text that survives a tab switch and
// counts as unsaved work, and choices that survive it without counting.
import { createContext, ReactNode, useCallback, useContext, useState, useSyncExternalStore } from 'react';
import { blank, Drafts } from './drafts';

const DraftContext = createContext<Drafts | null>(null);

export function DraftProvider({ children }: { children: ReactNode }) {
  const [drafts] = useState(() => new Drafts());
  return <DraftContext.Provider value={drafts}>{children}</DraftContext.Provider>;
}

function useDrafts(): Drafts {
  const drafts = useContext(DraftContext);
  if (!drafts) throw new Error('DraftProvider is missing');
  return drafts;
}

function useEntry<T>(key: string, fallback: T, work: boolean, forget: (value: T) => boolean) {
  const drafts = useDrafts();
  const value = useSyncExternalStore(drafts.subscribe, () => drafts.get(key)) as T | undefined;
  const set = useCallback(
    (next: T) => drafts.set(key, forget(next) ? undefined : next, work),
    [drafts, key, work, forget],
  );
  return [value ?? fallback, set] as const;
}

/** Text typed under `key` (a text, or an object of texts) and not yet in the plan; blank text is no draft. */
export function useDraft<T>(key: string, empty: T) {
  return useEntry(key, empty, true, blank);
}

/** A choice under `key` that a tab switch keeps (the person chosen, a form left open). */
export function useChoice<T>(key: string, initial: T) {
  const same = useCallback((value: T) => value === initial, [initial]);
  return useEntry(key, initial, false, same);
}

/** Whether typed text waits somewhere to be put in the plan. */
export function useUnkeptDrafts(): boolean {
  const drafts = useDrafts();
  return useSyncExternalStore(drafts.subscribe, () => drafts.hasWork());
}

/** Forgets every draft: for when the plan they belonged to is replaced. */
export function useClearDrafts(): () => void {
  const drafts = useDrafts();
  return useCallback(() => drafts.clear(), [drafts]);
}
