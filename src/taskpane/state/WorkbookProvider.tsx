// The open workbook for every component: it is read once on start (filling the plan store),
// written on request, and in a plain browser it can be previewed and downloaded.
import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { Plan } from '../../core';
import type { WorkbookConnection } from '../openWorkbook';
import type { SaveResult, WorkbookWarning } from '../../workbook';
import { usePlanActions } from './PlanStore';

export type WorkbookStatus =
  | { state: 'loading' }
  | { state: 'failed'; reason: string }
  | { state: 'ready'; fresh: boolean; warnings: WorkbookWarning[] };

interface Workbook {
  status: WorkbookStatus;
  connection: WorkbookConnection | null;
  /** Counts the saves, so views of the workbook know to look again. */
  revision: number;
  save(plan: Plan): Promise<SaveResult>;
}

const WorkbookContext = createContext<Workbook | null>(null);

export const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function WorkbookProvider({
  connect,
  children,
}: {
  connect: () => Promise<WorkbookConnection>;
  children: ReactNode;
}) {
  const { loaded, saved } = usePlanActions();
  const [connection, setConnection] = useState<WorkbookConnection | null>(null);
  const [status, setStatus] = useState<WorkbookStatus>({ state: 'loading' });
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let current = true;
    (async () => {
      const opened = await connect();
      const result = await opened.storage.load();
      if (!current) return;
      setConnection(opened);
      loaded(result.plan);
      setStatus({ state: 'ready', fresh: result.fresh, warnings: result.warnings });
    })().catch(error => current && setStatus({ state: 'failed', reason: reasonOf(error) }));
    return () => {
      current = false;
    };
  }, [connect, loaded]);

  const save = useCallback(
    async (plan: Plan) => {
      if (!connection) throw new Error('The workbook is not open yet.');
      const result = await connection.storage.save(plan);
      saved(plan);
      setRevision(r => r + 1);
      return result;
    },
    [connection, saved],
  );

  const value = useMemo(() => ({ status, connection, revision, save }), [status, connection, revision, save]);
  return <WorkbookContext.Provider value={value}>{children}</WorkbookContext.Provider>;
}

export function useWorkbook(): Workbook {
  const workbook = useContext(WorkbookContext);
  if (!workbook) throw new Error('WorkbookProvider is missing');
  return workbook;
}
