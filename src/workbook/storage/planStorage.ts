// Load and save, once for every kind of workbook: read a snapshot through the port, turn it into
// a plan (fromSheets), remember what may be written, and at a save plan the steps (saveSteps) and
// hand them to the port. After a failed save nothing is assumed about the workbook any more: the
// next save reads it afresh.
import type { Language, Plan } from '../../core';
import { fromSheets, SheetState } from '../fromSheets';
import { saveSteps } from '../saveSteps';
import { toSheets } from '../toSheets';
import type { LoadResult, PlanStore, SaveResult, SourceTable, WorkbookPort } from './port';

export class PlanStorage implements PlanStore {
  /** What the last load learned; a save writes from it without reading again. */
  private state: SheetState[] | undefined;

  /** `language` fills a new plan (the work package's activities). */
  constructor(
    private readonly port: WorkbookPort,
    private readonly language: Language = 'nl',
  ) {}

  async load(): Promise<LoadResult> {
    const { state, ...result } = fromSheets(await this.port.readSnapshot(), this.language);
    this.state = state;
    return result;
  }

  async save(plan: Plan): Promise<SaveResult> {
    if (!this.state) await this.load();
    const { steps, result, state } = saveSteps(toSheets(plan), this.state!);
    if (steps.length === 0) return result;
    try {
      await this.port.apply(steps);
    } catch (error) {
      // The workbook changed since it was read (or refused a step): read it afresh next time.
      this.state = undefined;
      throw error;
    }
    this.state = state;
    return result;
  }

  listSources(): Promise<SourceTable[]> {
    return this.port.listSources();
  }

  readSource(name: string): Promise<unknown[][]> {
    return this.port.readSource(name);
  }
}
