// Said after opening a workbook that kept reflection notes with a name (vcNotes, before notes
// stayed with their person): whose notes, per team, are now shared with the team without the name,
// and that the next save takes the names off the sheet.
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { MovedNotes } from '../workbook';
import { useStrings } from './i18n/LocaleProvider';

const useStyles = makeStyles({
  text: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function MovedNotesNotice({ moved }: { moved: readonly MovedNotes[] }) {
  const styles = useStyles();
  const strings = useStrings();
  return (
    <MessageBar intent="info" layout="multiline" data-testid="moved-notes-notice">
      <MessageBarBody>
        <MessageBarTitle>{strings.movedNotesTitle}</MessageBarTitle>
        <p className={styles.text}>{strings.movedNotesIntro}</p>
        <ul className={styles.list}>
          {moved.map(m => (
            <li key={m.team}>{strings.movedNotesTeam(m.team, m.count, m.people.join(', '))}</li>
          ))}
        </ul>
        <p className={styles.text}>{strings.movedNotesNext}</p>
      </MessageBarBody>
    </MessageBar>
  );
}
