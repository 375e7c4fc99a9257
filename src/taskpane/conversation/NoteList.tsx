// A list of reflection notes, each as "aspect, date: note" with buttons of its own (share, remove):
// a person's own notes and the notes the team shares are shown alike.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Note } from '../../core';
import { dateText } from '../format/dateText';
import { useLanguage, useStrings } from '../i18n/LocaleProvider';
import { aspectTexts } from './outcomeLabels';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', flexWrap: 'wrap' },
});

interface Props {
  notes: readonly Note[];
  testId: string;
  /** The buttons for one note; `label` and `date` as shown, to name what a button does it to. */
  actions(note: Note, index: number, label: string, date: string): ReactNode;
}

export function NoteList({ notes, testId, actions }: Props) {
  const strings = useStrings();
  const language = useLanguage();
  const styles = useStyles();
  return (
    <ul className={styles.list} data-testid={testId}>
      {notes.map((note, index) => {
        const { label } = aspectTexts(note.aspect, strings);
        const date = dateText(note.date, language);
        return (
          <li key={`${index}:${note.date}:${note.aspect}`} className={styles.item}>
            <span>
              {label}, {date}: {note.note}
            </span>
            {actions(note, index, label, date)}
          </li>
        );
      })}
    </ul>
  );
}
