// Outside Excel the workbook lives in memory, so a reload or a closed tab would take the plan
// with it. While the plan is in no file (not downloaded since it was opened), a copy is kept in
// this browser's own storage, and the pane starts from it next time. Never inside Excel: there the
// workbook is the store. The copy holds what the user typed (staff names, case numbers), so it is
// removed as soon as the plan is downloaded, another workbook is opened, or the user discards it.
// Writes wait for a pause in typing (a plan with a long case list takes a moment to copy), run one
// after the other, and a removal is never overtaken by a write that was still waiting. Reading a
// stored copy checks it against the plan's schema (keptCopy.ts), fetched only when there is one.
import { Plan, todayIso } from '../../core';
import type { KeptCopy } from './keptCopy';
import { reasonOf } from './WorkbookProvider';

export type { KeptCopy };

/** Where the copy is stored: one record under one key (IndexedDB in the pane, a Map in tests). */
export interface Shelf {
  get(): Promise<unknown>;
  put(record: unknown): Promise<void>;
  remove(): Promise<void>;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

export class BrowserCopy {
  private waiting: { plan: Plan; fileName?: string } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private trouble: string | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly shelf: Shelf,
    private readonly delayMs = 400,
    private readonly now = () => new Date(),
  ) {}

  /** The copy kept last time; undefined when there is none, or this browser keeps none. */
  async read(): Promise<KeptCopy | 'unreadable' | undefined> {
    try {
      const stored = await this.shelf.get();
      if (stored === undefined || stored === null) return undefined;
      return (await import('./keptCopy')).readCopy(stored);
    } catch {
      return undefined;
    }
  }

  /** Keeps this plan, once typing pauses (or at `flush`). */
  keep(plan: Plan, fileName?: string): void {
    this.waiting = { plan, fileName };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Writes a plan still waiting now: the page is about to go. */
  flush(): void {
    clearTimeout(this.timer);
    const waiting = this.waiting;
    if (!waiting) return;
    this.waiting = undefined;
    const when = this.now();
    const record = {
      format: 1,
      plan: waiting.plan,
      keptOn: todayIso(when),
      keptAt: `${twoDigits(when.getHours())}:${twoDigits(when.getMinutes())}`,
      fileName: waiting.fileName,
    };
    void this.run(() => this.shelf.put(record));
  }

  /** Removes the copy, and any plan still waiting to be kept. */
  forget(): Promise<void> {
    clearTimeout(this.timer);
    this.waiting = undefined;
    return this.run(() => this.shelf.remove());
  }

  /** Why the last write or removal failed (this browser keeps nothing, or its storage is full). */
  get problem(): string | undefined {
    return this.trouble;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private run(step: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(step).then(
      () => this.report(undefined),
      (error: unknown) => this.report(reasonOf(error)),
    );
    return this.queue;
  }

  private report(trouble: string | undefined) {
    if (trouble === this.trouble) return;
    this.trouble = trouble;
    for (const listener of this.listeners) listener();
  }
}
