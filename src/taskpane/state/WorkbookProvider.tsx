// The open workbook for every component: it is read once on start (filling the plan store),
// written on request, and in a plain browser it can be previewed, downloaded, and replaced by a
// workbook file the user opens; there a plan kept in the browser last time comes back on top of
// it, as edits not yet written. A save that finds someone else's work in the workbook writes
// nothing: the pane then shows their plan with this person's changes re-applied on it. Outside
// Excel the plan is on screen before its workbook in memory is built (openWorkbook.ts): that takes
// a moment, and nothing needs the workbook before a save, which waits for it.
import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { Plan } from '../../core';
import type { Start, WorkbookConnection } from '../openWorkbook';
import type { LoadResult, MovedNotes, SaveResult, WorkbookWarning } from '../../workbook';
import { usePlanActions, useTeamIndex } from './PlanStore';

/** What was converted when the workbook was of an earlier format. */
export type Conversion = NonNullable<LoadResult['conversion']>;

export type WorkbookStatus =
  | { state: 'loading' }
  | { state: 'failed'; reason: string }
  | {
      state: 'ready';
      fresh: boolean;
      warnings: WorkbookWarning[];
      conversion?: Conversion;
      /** Reflection notes that carried a name, now shared without it (until the next save takes the names off). */
      movedNotes?: MovedNotes[];
    };

type Connect = () => Promise<WorkbookConnection>;
/** A plan to show: a workbook's load result, or the plan known before its workbook (warnings and notices come with a load). */
type Shown = Pick<LoadResult, 'plan' | 'fresh'> & Partial<Pick<LoadResult, 'warnings' | 'conversion' | 'movedNotes'>>;
type Begin = () => Promise<Start>;

interface Workbook {
  status: WorkbookStatus;
  connection: WorkbookConnection | null;
  /** Counts the saves and opens, so views of the workbook know to look again. */
  revision: number;
  save(plan: Plan): Promise<SaveResult>;
  /**
   * Works on another workbook from now on (a file the user opened) and loads its plan. When it
   * cannot be read, this rejects and the workbook open until now stays.
   */
  open(connect: Connect): Promise<LoadResult>;
  /** Opens the workbook the pane started with again, as on starting. */
  restart(): Promise<void>;
}

const WorkbookContext = createContext<Workbook | null>(null);

export const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function read(connect: Connect) {
  const opened = await connect();
  return { opened, result: await opened.storage.load() };
}

/** After the browser has painted what was rendered, so the plan is on screen before the workbook is built. */
const afterPaint = () => new Promise<void>(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function WorkbookProvider({ begin, children }: { begin: Begin; children: ReactNode }) {
  const { loaded, saved, edit, selectTeam } = usePlanActions();
  const teamIndex = useTeamIndex();
  const [connection, setConnection] = useState<WorkbookConnection | null>(null);
  const [status, setStatus] = useState<WorkbookStatus>({ state: 'loading' });
  const [revision, setRevision] = useState(0);
  // A save before the workbook in memory is built waits for it.
  const pending = useRef<Promise<WorkbookConnection> | null>(null);

  /** The plan on screen: the workbook's, with the copy this browser kept (if any) on top as edits. */
  const show = useCallback(
    ({ plan, fresh, warnings = [], conversion, movedNotes }: Shown, restored: WorkbookConnection['restored']) => {
      loaded(plan);
      const kept = restored === 'unreadable' ? undefined : restored?.plan;
      if (kept) edit(() => kept);
      setStatus({ state: 'ready', fresh: fresh && !kept, warnings, conversion, movedNotes });
    },
    [loaded, edit],
  );

  const take = useCallback(
    (opened: WorkbookConnection, result: LoadResult) => {
      setConnection(opened);
      show(result, opened.restored);
      setRevision(r => r + 1);
    },
    [show],
  );

  /** Starts on the workbook the pane began with: its plan first where that is known before the workbook. */
  const start = useCallback(
    async (isCurrent: () => boolean = () => true) => {
      const { shown, open: opening } = await begin();
      if (!isCurrent()) return;
      if (!shown) {
        const reading = read(opening);
        pending.current = reading.then(({ opened }) => opened);
        const { opened, result } = await reading;
        if (isCurrent()) take(opened, result);
        return;
      }
      show(shown, shown.restored);
      pending.current = afterPaint()
        .then(() => read(opening))
        .then(({ opened }) => opened);
      const opened = await pending.current;
      if (!isCurrent()) return;
      setConnection(opened);
      setRevision(r => r + 1);
    },
    [begin, take, show],
  );

  useEffect(() => {
    let current = true;
    start(() => current).catch(error => current && setStatus({ state: 'failed', reason: reasonOf(error) }));
    return () => {
      current = false;
    };
  }, [start]);

  const open = useCallback(
    async (other: Connect) => {
      const { opened, result } = await read(other);
      pending.current = Promise.resolve(opened);
      take(opened, result);
      return result;
    },
    [take],
  );
  const restart = useCallback(() => start(), [start]);

  const save = useCallback(
    async (plan: Plan) => {
      const opened = await pending.current;
      if (!opened) throw new Error('The workbook is not open yet.');
      const result = await opened.storage.save(plan);
      const { conflict } = result;
      if (conflict) {
        // Nothing was written. The workbook's plan is what was last read now; the pane shows it
        // with this person's changes re-applied, still to be saved.
        loaded(conflict.theirs);
        edit(() => conflict.merged);
        // The team shown stays the same team, wherever the others' changes put it in the list.
        const shown = conflict.merged.teams.findIndex(team => team.id === plan.teams[teamIndex]?.id);
        if (shown >= 0) selectTeam(shown);
        return result;
      }
      saved(plan);
      // Written in today's format: a conversion on opening, and the names of moved notes, are done with.
      setStatus(now =>
        now.state === 'ready' && (now.conversion || now.movedNotes)
          ? { ...now, conversion: undefined, movedNotes: undefined }
          : now,
      );
      setRevision(r => r + 1);
      return result;
    },
    [loaded, edit, saved, selectTeam, teamIndex],
  );

  const value = useMemo(
    () => ({ status, connection, revision, save, open, restart }),
    [status, connection, revision, save, open, restart],
  );
  return <WorkbookContext.Provider value={value}>{children}</WorkbookContext.Provider>;
}

export function useWorkbook(): Workbook {
  const workbook = useContext(WorkbookContext);
  if (!workbook) throw new Error('WorkbookProvider is missing');
  return workbook;
}
