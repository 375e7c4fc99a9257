// Said after a save that found someone else's work in the workbook: nothing was written, what the
// other person changed, and that this person's changes are back on top of theirs, to save again.
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/LocaleProvider';
import { changeText } from '../i18n/changeText';
import { Disagreements } from './Disagreements';
import type { SaveResult } from '../../workbook';

const useStyles = makeStyles({
  text: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function ConflictNotice({ conflict }: { conflict: NonNullable<SaveResult['conflict']> }) {
  const styles = useStyles();
  const strings = useStrings();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.conflictTitle}</MessageBarTitle>
        <p className={styles.text}>{strings.conflictNothingWritten}</p>
        <ul className={styles.list}>
          {conflict.changes.map((change, i) => (
            <li key={i}>{changeText(change, strings)}</li>
          ))}
        </ul>
        <p className={styles.text}>{strings.conflictMerged}</p>
        <Disagreements disagreements={conflict.disagreements} />
      </MessageBarBody>
    </MessageBar>
  );
}
