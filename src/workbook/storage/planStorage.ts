// Load and save, once for every kind of workbook: read a snapshot through the port, turn it into
// a plan (fromSheets), and at a save plan the steps (saveSteps) and hand them to the port. Every
// save reads the workbook afresh first: when it no longer holds what this pane last read (someone
// else saved the shared workbook, or typed in the add-in's tables), nothing is written and the
// others' plan comes back with this person's changes re-applied on it. The steps are planned from
// that fresh read, so a cell typed by hand since the load (below a table, or text in a number
// field) protects its sheet as it would at a load. The write starts with the revision check
// itself (revisionStamp.ts), so a save made between the read and the write stops it too; and a
// save that failed keeps what it read, so the next one compares again.
import { Language, planChanges, Plan, rebase, samePlan, todayIso } from '../../core';
import { FromSheetsResult, fromSheets, SheetState } from '../fromSheets';
import { saveSteps } from '../saveSteps';
import { toSheets } from '../toSheets';
import type { KnownNames, LoadResult, PlanStore, SaveConflict, SaveResult, SourceTable, WorkbookPort } from './port';
import { newToken, RevisionStamp, stampName, stampSteps } from './revisionStamp';

/** What this pane last read from (or wrote to) the workbook. */
interface Base {
  plan: Plan;
  revision: number;
  state: SheetState[];
  stamps: RevisionStamp[];
}

type Read = FromSheetsResult & { stamps: RevisionStamp[] };

const baseOf = ({ plan, revision, state, stamps }: Read): Base => ({ plan, revision, state, stamps });

/** The add-in's sheets and tables that exist, as the state after a load or save has them. */
const knownOf = (state: readonly SheetState[]): KnownNames => {
  const present = state.filter(s => s.mode !== 'create');
  return {
    sheets: present.map(s => s.name),
    tables: present.flatMap(s => Object.keys(s.rows).map(name => ({ name, sheet: s.name }))),
  };
};

/** Someone else's work in `now` since `before`, with this person's `plan` re-applied on it; none when nothing changed. */
function conflictOf(before: Plan, plan: Plan, now: Read): SaveConflict | undefined {
  const changes = planChanges(before, now.plan);
  if (changes.length === 0) return undefined;
  const { plan: merged, disagreements } = rebase(before, plan, now.plan);
  return { changes, theirs: now.plan, merged, disagreements };
}

const sameWorkbook = (a: Base, b: Read) =>
  a.revision === b.revision &&
  samePlan(a.plan, b.plan) &&
  a.stamps.map(s => s.token).join() === b.stamps.map(s => s.token).join();

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

  private async read(known?: KnownNames): Promise<Read> {
    const snapshot = await this.port.readSnapshot(known);
    return { ...fromSheets(snapshot, this.language, this.today()), stamps: snapshot.stamps };
  }

  /** The workbook now, straight from where the last read found the add-in's sheets when it can. */
  private async readAgain(): Promise<Read> {
    if (!this.base) return this.read();
    try {
      return await this.read(knownOf(this.base.state));
    } catch {
      // A sheet or table of the add-in's is gone: read the workbook whole.
      return this.read();
    }
  }

  async load(): Promise<LoadResult> {
    const { state, revision, stamps, ...result } = await this.read();
    this.base = { plan: result.plan, revision, state, stamps };
    return result;
  }

  save(plan: Plan): Promise<SaveResult> {
    return this.saveOnce(plan, true);
  }

  private async saveOnce(plan: Plan, mayRetry: boolean): Promise<SaveResult> {
    const before = this.base;
    const now = await this.readAgain();
    // From here on this is what the pane last read, whatever happens to the write.
    this.base = baseOf(now);
    if (before && (now.revision !== before.revision || !samePlan(now.plan, before.plan))) {
      const conflict = conflictOf(before.plan, plan, now);
      if (conflict) return { written: [], skipped: [], conflict };
    }

    const revision = now.revision + 1;
    const { steps, result, state } = saveSteps(toSheets(plan, this.today(), revision), now.state);
    if (steps.length === 0) return result;
    const stamp = { name: stampName(revision), token: newToken() };
    try {
      await this.port.apply([...stampSteps(now.stamps, stamp), ...steps]);
    } catch (error) {
      return this.afterFailedWrite(error, { plan, now, stamp, mayRetry });
    }
    this.base = { plan, revision, state, stamps: [stamp] };
    // A sheet left alone still holds what it held: the next save compares with the workbook as it is.
    if (result.skipped.length > 0) await this.readBack(stamp);
    return result;
  }

  /**
   * A write that failed: when the check at its start found someone else's save, that is a conflict
   * like any other; when the write itself broke off (or could not start), the error stands and the
   * workbook as it is now is what the next save compares with.
   */
  private async afterFailedWrite(
    error: unknown,
    failed: { plan: Plan; now: Read; stamp: RevisionStamp; mayRetry: boolean },
  ): Promise<SaveResult> {
    const { plan, now, stamp, mayRetry } = failed;
    const after = await this.read().catch(() => undefined);
    if (!after) throw error;
    this.base = baseOf(after);
    const ours = after.stamps.some(s => s.token === stamp.token);
    if (ours || sameWorkbook(baseOf(now), after)) throw error;
    const conflict = conflictOf(now.plan, plan, after);
    if (conflict) return { written: [], skipped: [], conflict };
    // Someone saved the same plan in between: nothing of theirs to show, so write once more.
    if (mayRetry) return this.saveOnce(plan, false);
    throw error;
  }

  /** After a save that left sheets alone: the workbook as it now is, if no one else saved since. */
  private async readBack(stamp: RevisionStamp): Promise<void> {
    const after = await this.readAgain().catch(() => undefined);
    if (after?.stamps.some(s => s.token === stamp.token)) this.base = baseOf(after);
  }

  listSources(): Promise<SourceTable[]> {
    return this.port.listSources();
  }

  readSource(name: string): Promise<unknown[][]> {
    return this.port.readSource(name);
  }
}
