// Only in a plain browser: "Leeg beginnen" replaces the sample (or whatever plan is shown) by an
// empty plan in a new workbook in memory, to fill in for one's own municipality. With a plan in no
// file yet or text typed but not kept, it first asks whether that may be lost, as opening a
// workbook does; cancelling puts the focus back on the button, starting moves it to the sentence
// that says where to begin.
import { Button, makeStyles } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { ConfirmDialog } from './components/ConfirmDialog';
import { Section } from './components/Section';
import { useFocusSoon } from './components/useFocusSoon';
import { useLanguage, useStrings } from './i18n/LocaleProvider';
import { openEmptyWorkbook } from './openWorkbook';
import { useClearDrafts, useUnkeptDrafts } from './state/DraftStore';
import { useNotDownloaded } from './state/PlanStore';
import { useWorkbook } from './state/WorkbookProvider';

const useStyles = makeStyles({
  button: { alignSelf: 'flex-start' },
  status: { margin: 0 },
});

export function StartEmpty() {
  const styles = useStyles();
  const strings = useStrings();
  const language = useLanguage();
  const workbook = useWorkbook();
  const notDownloaded = useNotDownloaded();
  const drafts = useUnkeptDrafts();
  const clearDrafts = useClearDrafts();
  const focusSoon = useFocusSoon();
  const button = useRef<HTMLButtonElement>(null);
  const said = useRef<HTMLParagraphElement>(null);
  const [asking, setAsking] = useState(false);
  const [started, setStarted] = useState(false);

  const start = async () => {
    setAsking(false);
    await workbook.open(() => openEmptyWorkbook(language));
    clearDrafts(); // they belonged to the plan just replaced
    setStarted(true);
    focusSoon(said);
  };

  return (
    <Section title={strings.startEmptyTitle} intro={strings.startEmptyNote}>
      <Button
        ref={button}
        className={styles.button}
        onClick={() => (notDownloaded || drafts ? setAsking(true) : void start())}
      >
        {strings.startEmptyButton}
      </Button>
      <ConfirmDialog
        open={asking}
        title={strings.startEmptyQuestion}
        body={strings.startEmptyBody}
        confirm={strings.startEmptyConfirm}
        cancel={strings.loseWorkCancel}
        onConfirm={() => void start()}
        onCancel={() => {
          setAsking(false);
          focusSoon(button);
        }}
      />
      <div role="status">
        {started && (
          <p ref={said} tabIndex={-1} className={styles.status}>
            {strings.startedEmpty}
          </p>
        )}
      </div>
    </Section>
  );
}
