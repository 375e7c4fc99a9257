// Only in a plain browser: "Download als .xlsx" gives the in-memory workbook as a file, whole for
// the sample, the add-in's sheets only for a workbook the user opened. What the pane shows is what
// the file holds: edits not yet written to the workbook are written first. Once downloaded, the
// plan is in a file, so the copy this browser kept of it is no longer needed.
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { MemoryWorkbook, SaveResult } from '../workbook';
import { ConflictNotice } from './components/ConflictNotice';
import { SkippedSheets } from './components/SkippedSheets';
import { useStrings } from './i18n/LocaleProvider';
import { usePlan, usePlanActions, useUnsaved } from './state/PlanStore';
import { reasonOf, useWorkbook } from './state/WorkbookProvider';

type Outcome =
  { state: 'idle' | 'busy' } | { state: 'done'; written?: SaveResult } | { state: 'failed'; reason: string };

const useStyles = makeStyles({
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  download: { alignSelf: 'flex-start' },
});

export function DownloadWorkbook({ book }: { book: MemoryWorkbook }) {
  const styles = useStyles();
  const strings = useStrings();
  const workbook = useWorkbook();
  const plan = usePlan();
  const unsaved = useUnsaved();
  const { downloaded } = usePlanActions();
  // A workbook read from the user's file: their own sheets stay out of the download.
  const userSheets = !workbook.connection?.fileName;
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const download = async () => {
    setOutcome({ state: 'busy' });
    try {
      const written = unsaved ? await workbook.save(plan) : undefined;
      if (written?.conflict) return setOutcome({ state: 'done', written });
      // exceljs is a separate chunk, fetched only now.
      const { exportXlsxBlob } = await import('../workbook/memory/xlsxExport');
      const url = URL.createObjectURL(await exportXlsxBlob(book, { userSheets }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${strings.appTitle}.xlsx`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      downloaded(plan);
      setOutcome({ state: 'done', written });
    } catch (error) {
      setOutcome({ state: 'failed', reason: reasonOf(error) });
    }
  };
  return (
    <>
      {!userSheets && <p className={styles.note}>{strings.downloadAddInSheetsOnly}</p>}
      <Button className={styles.download} disabled={outcome.state === 'busy'} onClick={() => void download()}>
        {outcome.state === 'busy' ? strings.downloading : strings.downloadXlsx}
      </Button>
      {outcome.state === 'done' && outcome.written?.conflict && <ConflictNotice conflict={outcome.written.conflict} />}
      {outcome.state === 'done' && outcome.written && <SkippedSheets skipped={outcome.written.skipped} />}
      {outcome.state === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{strings.downloadFailed(outcome.reason)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
