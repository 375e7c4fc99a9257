// A page shown instead of the pane when it cannot run where Office opened it (an Excel too old for
// it, Office.js that did not load): the add-in's name, then one warning with its title and sentences.
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect } from 'react';
import type { Language, PaneTexts } from '../core';
import { LocaleProvider, useStrings } from './i18n/LocaleProvider';

const useStyles = makeStyles({
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  main: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, maxWidth: '60rem' },
  title: { margin: `0 0 ${tokens.spacingVerticalM}`, fontSize: tokens.fontSizeBase500 },
  text: { margin: `${tokens.spacingVerticalXS} 0` },
});

interface Props {
  language: Language;
  /** The warning's title and sentences, in the pane's language. */
  notice: (strings: PaneTexts) => { title: string; sentences: readonly string[] };
}

export function HostNotice({ language, notice }: Props) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      <LocaleProvider initial={language}>
        <Notice notice={notice} />
      </LocaleProvider>
    </FluentProvider>
  );
}

function Notice({ notice }: Pick<Props, 'notice'>) {
  const styles = useStyles();
  const strings = useStrings();
  useEffect(() => {
    document.title = strings.appTitle;
  }, [strings]);
  const { title, sentences } = notice(strings);
  return (
    <main className={styles.main}>
      <h1 className={styles.title}>{strings.appTitle}</h1>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {sentences.map(sentence => (
            <p key={sentence} className={styles.text}>
              {sentence}
            </p>
          ))}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
