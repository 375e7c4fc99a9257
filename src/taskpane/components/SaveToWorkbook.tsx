// "Naar werkmap schrijven": writes the plan to the add-in's own sheets (with the formulas chosen
// above the button) and says what was written
// and what was left alone (and why), or, when someone else saved meanwhile, that nothing was
// written, what they changed, and that this person's changes are kept on top of theirs.
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useStrings } from '../i18n/LocaleProvider';
import { usePlan, useUnsaved } from '../state/PlanStore';
import { reasonOf, useWorkbook } from '../state/WorkbookProvider';
import type { SaveResult } from '../../workbook';
import { ConflictNotice } from './ConflictNotice';
import { FormulaModeField } from './FormulaModeField';
import { SkippedSheets } from './SkippedSheets';

type Outcome =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; result: SaveResult }
  | { state: 'failed'; reason: string };

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    marginBlock: tokens.spacingVerticalL,
  },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function SaveToWorkbook() {
  const styles = useStyles();
  const strings = useStrings();
  const plan = usePlan();
  const unsaved = useUnsaved();
  const workbook = useWorkbook();
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });

  const write = async () => {
    setOutcome({ state: 'saving' });
    try {
      setOutcome({ state: 'saved', result: await workbook.save(plan) });
    } catch (error) {
      setOutcome({ state: 'failed', reason: reasonOf(error) });
    }
  };

  return (
    <div className={styles.box}>
      <FormulaModeField />
      <Button
        appearance="primary"
        disabled={workbook.status.state !== 'ready' || outcome.state === 'saving'}
        onClick={() => void write()}
      >
        {outcome.state === 'saving' ? strings.saving : strings.saveButton}
      </Button>
      {unsaved && outcome.state !== 'saving' && <p className={styles.note}>{strings.unsavedChanges}</p>}
      {outcome.state === 'saved' && outcome.result.conflict && <ConflictNotice conflict={outcome.result.conflict} />}
      {outcome.state === 'saved' && !outcome.result.conflict && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.savedTitle}</MessageBarTitle>
            {outcome.result.written.length > 0
              ? strings.savedSheets(outcome.result.written.join(', '))
              : strings.savedNothing}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome.state === 'saved' && <SkippedSheets skipped={outcome.result.skipped} />}
      {outcome.state === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{strings.saveFailed(outcome.reason)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
