// Load and save, once for every kind of workbook: read a snapshot through the port, turn it into
// a plan (fromSheets), remember what may be written, and at a save plan the steps (saveSteps) and
// hand them to the port. A save first checks, in one round trip, that the workbook still holds
// what this pane last read (someone else may have saved the shared workbook meanwhile); if not,
// it writes nothing and returns the others' plan with this person's changes re-applied on it.
// After a failed save nothing is assumed about the workbook any more: the next save reads it afresh.
import { Language, planChanges, Plan, rebase, samePlan, todayIso } from '../../core';
import { FromSheetsResult, fromSheets, SheetState } from '../fromSheets';
import { saveSteps } from '../saveSteps';
import { toSheets } from '../toSheets';
import type { KnownNames, LoadResult, PlanStore, SaveResult, SourceTable, WorkbookPort } from './port';

/** What this pane last read from (or wrote to) the workbook. */
interface Base {
  plan: Plan;
  revision: number;
  state: SheetState[];
}

/** The add-in's sheets and tables that exist, as the state after a load or save has them. */
const knownOf = (state: readonly SheetState[]): KnownNames => {
  const present = state.filter(s => s.mode !== 'create');
  return {
    sheets: present.map(s => s.name),
    tables: present.flatMap(s => Object.keys(s.rows).map(name => ({ name, sheet: s.name }))),
  };
};

export class PlanStorage implements PlanStore {
  private base: Base | undefined;

  /**
   * `language` fills a new plan (the work package's activities); `today` is the date the figures
   * written as cached values hold on, as the workbook's TODAY() does.
   */
  constructor(
    private readonly port: WorkbookPort,
    private readonly language: Language = 'nl',
    private readonly today: () => string = todayIso,
  ) {}

  private read(known?: KnownNames): Promise<FromSheetsResult> {
    return this.port.readSnapshot(known).then(snapshot => fromSheets(snapshot, this.language, this.today()));
  }

  async load(): Promise<LoadResult> {
    const { state, revision, ...result } = await this.read();
    this.base = { plan: result.plan, revision, state };
    return result;
  }

  async save(plan: Plan): Promise<SaveResult> {
    let base = this.base;
    if (base) {
      let now: FromSheetsResult;
      try {
        now = await this.read(knownOf(base.state));
      } catch {
        // A sheet or table of the add-in's is gone: read the workbook whole, then compare.
        now = await this.read();
      }
      if (now.revision !== base.revision || !samePlan(now.plan, base.plan)) {
        const { plan: merged, disagreements } = rebase(base.plan, plan, now.plan);
        const conflict = { changes: planChanges(base.plan, now.plan), theirs: now.plan, merged, disagreements };
        this.base = { plan: now.plan, revision: now.revision, state: now.state };
        if (conflict.changes.length > 0) return { written: [], skipped: [], conflict };
      }
      base = this.base!;
    } else {
      await this.load();
      base = this.base!;
    }
    const revision = base.revision + 1;
    const { steps, result, state } = saveSteps(toSheets(plan, this.today(), revision), base.state);
    if (steps.length === 0) return result;
    try {
      await this.port.apply(steps);
    } catch (error) {
      // The workbook changed since it was read (or refused a step): read it afresh next time.
      this.base = undefined;
      throw error;
    }
    this.base = { plan, revision, state };
    return result;
  }

  listSources(): Promise<SourceTable[]> {
    return this.port.listSources();
  }

  readSource(name: string): Promise<unknown[][]> {
    return this.port.readSource(name);
  }
}
