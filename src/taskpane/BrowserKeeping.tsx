// Only in a plain browser, where the workbook lives in memory: whether the plan is in a file yet
// (opened or downloaded), the copy this browser keeps until it is (browserCopy.ts) and what it
// holds, the plan restored from that copy with a way to discard it, and the browser's own question
// before a reload or a closed tab loses a plan in no file or text typed but not yet kept.
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ConfirmDialog } from './components/ConfirmDialog';
import { useFocusSoon } from './components/useFocusSoon';
import { dateText } from './format/dateText';
import { useLanguage, useStrings } from './i18n/LocaleProvider';
import type { WorkbookConnection } from './openWorkbook';
import type { BrowserCopy } from './state/browserCopy';
import { useClearDrafts, useUnkeptDrafts } from './state/DraftStore';
import { useNotDownloaded, usePlan } from './state/PlanStore';
import { useWorkbook } from './state/WorkbookProvider';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginBlockEnd: tokens.spacingVerticalM,
  },
  status: { margin: 0 },
  notInFile: { fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function BrowserKeeping() {
  const { connection } = useWorkbook();
  return connection?.copy ? <Keeping connection={connection} copy={connection.copy} /> : null;
}

function Keeping({ connection, copy }: { connection: WorkbookConnection; copy: BrowserCopy }) {
  const styles = useStyles();
  const strings = useStrings();
  const language = useLanguage();
  const workbook = useWorkbook();
  const clearDrafts = useClearDrafts();
  const plan = usePlan();
  const notDownloaded = useNotDownloaded();
  const drafts = useUnkeptDrafts();
  const problem = useSyncExternalStore(copy.subscribe, () => copy.problem);
  const focusSoon = useFocusSoon();
  const [asking, setAsking] = useState(false);
  const [discarded, setDiscarded] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const discardRef = useRef<HTMLButtonElement>(null);
  const { restored, fileName } = connection;
  const restoredPlan = restored === 'unreadable' ? undefined : restored?.plan;

  // The copy follows the plan while it is in no file, and goes once it is (downloaded, opened, discarded).
  useEffect(() => {
    if (!notDownloaded) void copy.forget();
    else if (plan !== restoredPlan) copy.keep(plan, fileName);
  }, [copy, plan, notDownloaded, restoredPlan, fileName]);

  useEffect(() => {
    if (notDownloaded) setDiscarded(false);
  }, [notDownloaded]);

  const unsavedWork = notDownloaded || drafts;
  useEffect(() => {
    const leaving = (event: BeforeUnloadEvent) => {
      copy.flush();
      if (!unsavedWork) return;
      event.preventDefault();
      event.returnValue = ''; // browsers that predate preventDefault here ask on a set returnValue
    };
    const hidden = () => copy.flush();
    window.addEventListener('beforeunload', leaving);
    window.addEventListener('pagehide', hidden);
    return () => {
      window.removeEventListener('beforeunload', leaving);
      window.removeEventListener('pagehide', hidden);
    };
  }, [copy, unsavedWork]);

  const discard = async () => {
    setAsking(false);
    await copy.forget();
    await workbook.restart();
    clearDrafts();
    setDiscarded(true);
    focusSoon(statusRef);
  };

  return (
    <div className={styles.box}>
      {restored === 'unreadable' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.restoredUnreadable}</MessageBarBody>
        </MessageBar>
      )}
      {restored && restored !== 'unreadable' && notDownloaded && (
        <MessageBar intent="info" layout="multiline" data-testid="restored-notice">
          <MessageBarBody>
            <MessageBarTitle>{strings.restoredTitle}</MessageBarTitle>
            {strings.restoredBody(dateText(restored.keptOn, language), restored.keptAt)}
            {restored.fileName && ` ${strings.restoredFromFile(restored.fileName)}`}
          </MessageBarBody>
          <MessageBarActions>
            <Button ref={discardRef} onClick={() => setAsking(true)}>
              {strings.restoredDiscard}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div role="status">
        <p
          ref={statusRef}
          tabIndex={-1}
          className={mergeClasses(styles.status, notDownloaded && styles.notInFile)}
          data-testid="browser-status"
        >
          {discarded
            ? strings.browserDiscarded
            : notDownloaded
              ? strings.browserNotDownloaded
              : strings.browserAllDownloaded}
        </p>
        {notDownloaded && (
          <p className={styles.note}>{problem ? strings.browserNotKept(problem) : strings.browserKeptHere}</p>
        )}
      </div>
      <ConfirmDialog
        open={asking}
        title={strings.discardTitle}
        body={strings.discardBody}
        confirm={strings.discardConfirm}
        cancel={strings.loseWorkCancel}
        onConfirm={() => void discard()}
        onCancel={() => {
          setAsking(false);
          focusSoon(discardRef);
        }}
      />
    </div>
  );
}
