// Only in a plain browser: "Werkmap openen" reads an .xlsx file of the user's into a new workbook
// in memory and loads its plan in place of the one shown. The pane says up front that the browser
// does not rewrite the user's own sheets, so a later download holds the add-in's sheets only, and
// after opening which of the file's sheets were only read. What a conversion did is said at the top.
// With a plan in no file yet (changed since opening or the last download) or text typed but not
// kept, it first asks whether that may be lost; cancelling puts the focus back on the button.
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { ConfirmDialog } from './components/ConfirmDialog';
import { Section } from './components/Section';
import { useFocusSoon } from './components/useFocusSoon';
import { useFormats, useLanguage, useStrings } from './i18n/LocaleProvider';
import { MAX_UNPACKED_BYTES, TooLargeToOpen } from '../workbook/memory/readableXlsx';
import { openWorkbookFile } from './openWorkbook';
import { useClearDrafts, useUnkeptDrafts } from './state/DraftStore';
import { useNotDownloaded } from './state/PlanStore';
import { reasonOf, useWorkbook } from './state/WorkbookProvider';

type Progress =
  | { state: 'idle' }
  | { state: 'opening'; file: string }
  | { state: 'opened'; file: string; userSheets: string[]; converted: boolean }
  | { state: 'failed'; file: string; problem: string };

const useStyles = makeStyles({
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  button: { alignSelf: 'flex-start' },
  status: { margin: 0 },
});

export function OpenWorkbookFile() {
  const styles = useStyles();
  const strings = useStrings();
  const formats = useFormats();
  const language = useLanguage();
  const megabytes = (bytes: number) => formats.number(bytes / 1024 / 1024, 0);
  const workbook = useWorkbook();
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const notDownloaded = useNotDownloaded();
  const drafts = useUnkeptDrafts();
  const clearDrafts = useClearDrafts();
  const focusSoon = useFocusSoon();
  const [asking, setAsking] = useState(false);
  const choose = () => {
    setAsking(false);
    focusSoon(button);
    input.current?.click();
  };

  const read = async (file: File) => {
    setProgress({ state: 'opening', file: file.name });
    const opened = await openWorkbookFile(file, language).catch((error: unknown) => error as Error);
    if (opened instanceof Error) {
      const problem =
        opened instanceof TooLargeToOpen
          ? strings.openTooLarge(megabytes(opened.unpackedBytes), megabytes(MAX_UNPACKED_BYTES))
          : strings.openNotWorkbook;
      return setProgress({ state: 'failed', file: file.name, problem });
    }
    const connection = opened;
    try {
      const result = await workbook.open(async () => connection);
      clearDrafts(); // they belonged to the plan just replaced
      const userSheets = (connection.memory?.sheets ?? []).filter(sheet => sheet.user).map(sheet => sheet.name);
      setProgress({ state: 'opened', file: file.name, userSheets, converted: result.conversion !== undefined });
    } catch (error) {
      setProgress({ state: 'failed', file: file.name, problem: strings.openFailed(reasonOf(error)) });
    }
  };

  const said =
    progress.state === 'opening'
      ? [strings.opening(progress.file)]
      : progress.state === 'opened'
        ? [
            strings.opened(progress.file),
            progress.userSheets.length > 0 ? strings.openedUserSheets(progress.userSheets.join(', ')) : '',
            progress.converted ? strings.openedConverted : '',
          ]
        : [];
  return (
    <Section title={strings.openTitle} intro={strings.openIntro}>
      <p className={styles.note}>{strings.openUserSheetsNote}</p>
      <input
        ref={input}
        type="file"
        accept=".xlsx"
        hidden
        onChange={event => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      <Button
        ref={button}
        className={styles.button}
        disabledFocusable={progress.state === 'opening'}
        onClick={() => (notDownloaded || drafts ? setAsking(true) : choose())}
      >
        {strings.openButton}
      </Button>
      <ConfirmDialog
        open={asking}
        title={strings.openUnsavedTitle}
        body={strings.openUnsavedBody}
        confirm={strings.openUnsavedConfirm}
        cancel={strings.loseWorkCancel}
        onConfirm={choose}
        onCancel={() => {
          setAsking(false);
          focusSoon(button);
        }}
      />
      <div role="status">
        {said.filter(Boolean).map(line => (
          <p key={line} className={styles.status}>
            {line}
          </p>
        ))}
      </div>
      {progress.state === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{progress.problem}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
