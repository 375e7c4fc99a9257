// What the user typed in a tab but did not yet put in the plan (a reflection note before
// *Bewaren*, the reason for a band before it is adopted), and the choices that go with it (the
// person chosen, a form left open). It lives above the tabs, so a tab switch, which unmounts the
// tab, loses none of it; it lives in memory only, so a personal note never lands in the browser's
// storage. Typed text counts as unsaved work (the pane asks before it is lost); a choice does not.
export class Drafts {
  private readonly entries = new Map<string, { value: unknown; work: boolean }>();
  private readonly listeners = new Set<() => void>();

  get(key: string): unknown {
    return this.entries.get(key)?.value;
  }

  /** Keeps a value under its key; undefined forgets it. `work`: typed text not yet in the plan. */
  set(key: string, value: unknown, work: boolean): void {
    if (value === undefined) {
      if (!this.entries.delete(key)) return;
    } else {
      this.entries.set(key, { value, work });
    }
    this.changed();
  }

  /** Whether anything typed is still waiting to be put in the plan. */
  hasWork(): boolean {
    return [...this.entries.values()].some(entry => entry.work);
  }

  /** Forgets everything: the plan the drafts belonged to was replaced. */
  clear(): void {
    if (this.entries.size === 0) return;
    this.entries.clear();
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed() {
    for (const listener of this.listeners) listener();
  }
}

/** Text that holds nothing worth keeping: blank, or an object of blank texts. */
export function blank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'object') return Object.values(value).every(blank);
  return false;
}
