// The open workbook for every component: it is read once on start (filling the plan store),
// written on request, and in a plain browser it can be previewed, downloaded, and replaced by a
// workbook file the user opens; there a plan kept in the browser last time comes back on top of
// it, as edits not yet written. A save that finds someone else's work in the workbook writes
// nothing: the pane then shows their plan with this person's changes re-applied on it.
import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { Plan } from '../../core';
import type { WorkbookConnection } from '../openWorkbook';
import type { LoadResult, SaveResult, WorkbookWarning } from '../../workbook';
import { usePlanActions, useTeamIndex } from './PlanStore';

/** What was converted when the workbook was of an earlier format. */
export type Conversion = NonNullable<LoadResult['conversion']>;

export type WorkbookStatus =
  | { state: 'loading' }
  | { state: 'failed'; reason: string }
  | { state: 'ready'; fresh: boolean; warnings: WorkbookWarning[]; conversion?: Conversion };

type Connect = () => Promise<WorkbookConnection>;

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
  restart(): Promise<LoadResult>;
}

const WorkbookContext = createContext<Workbook | null>(null);

export const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function read(connect: Connect) {
  const opened = await connect();
  return { opened, result: await opened.storage.load() };
}

export function WorkbookProvider({ connect, children }: { connect: Connect; children: ReactNode }) {
  const { loaded, saved, edit, selectTeam } = usePlanActions();
  const teamIndex = useTeamIndex();
  const [connection, setConnection] = useState<WorkbookConnection | null>(null);
  const [status, setStatus] = useState<WorkbookStatus>({ state: 'loading' });
  const [revision, setRevision] = useState(0);

  const take = useCallback(
    (opened: WorkbookConnection, { plan, fresh, warnings, conversion }: LoadResult) => {
      setConnection(opened);
      loaded(plan);
      const kept = opened.restored === 'unreadable' ? undefined : opened.restored?.plan;
      if (kept) edit(() => kept);
      setStatus({ state: 'ready', fresh: fresh && !kept, warnings, conversion });
      setRevision(r => r + 1);
    },
    [loaded, edit],
  );

  useEffect(() => {
    let current = true;
    read(connect)
      .then(({ opened, result }) => current && take(opened, result))
      .catch(error => current && setStatus({ state: 'failed', reason: reasonOf(error) }));
    return () => {
      current = false;
    };
  }, [connect, take]);

  const open = useCallback(
    async (other: Connect) => {
      const { opened, result } = await read(other);
      take(opened, result);
      return result;
    },
    [take],
  );
  const restart = useCallback(() => open(connect), [open, connect]);

  const save = useCallback(
    async (plan: Plan) => {
      if (!connection) throw new Error('The workbook is not open yet.');
      const result = await connection.storage.save(plan);
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
      // Written in today's format: a conversion on opening is done with.
      setStatus(now => (now.state === 'ready' && now.conversion ? { ...now, conversion: undefined } : now));
      setRevision(r => r + 1);
      return result;
    },
    [connection, loaded, edit, saved, selectTeam, teamIndex],
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
