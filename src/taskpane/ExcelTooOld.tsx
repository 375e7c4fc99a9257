// Shown instead of the pane in an Excel that lacks an API set the pane needs (requirements.ts):
// which set, which Excel versions have it, how to get one, and that the functions still work.
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
import type { Language } from '../core';
import { LocaleProvider, useStrings } from './i18n/LocaleProvider';
import { MINIMUM_EXCEL, RequirementSet } from './requirements';

const useStyles = makeStyles({
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  main: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, maxWidth: '60rem' },
  title: { margin: `0 0 ${tokens.spacingVerticalM}`, fontSize: tokens.fontSizeBase500 },
  text: { margin: `${tokens.spacingVerticalXS} 0` },
});

interface Props {
  language: Language;
  /** The sets this Excel lacks, highest first. */
  missing: readonly RequirementSet[];
}

export function ExcelTooOld({ language, missing }: Props) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      <LocaleProvider language={language}>
        <TooOld missing={missing} />
      </LocaleProvider>
    </FluentProvider>
  );
}

function TooOld({ missing }: Pick<Props, 'missing'>) {
  const styles = useStyles();
  const strings = useStrings();
  useEffect(() => {
    document.title = strings.appTitle;
  }, [strings]);
  const set = `${missing[0].name} ${missing[0].version}`;
  return (
    <main className={styles.main}>
      <h1 className={styles.title}>{strings.appTitle}</h1>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.excelTooOldTitle}</MessageBarTitle>
          <p className={styles.text}>{strings.excelTooOld(set)}</p>
          <p className={styles.text}>{strings.excelTooOldVersions(MINIMUM_EXCEL)}</p>
          <p className={styles.text}>{strings.excelTooOldUpdate}</p>
          <p className={styles.text}>{strings.excelTooOldFunctions}</p>
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
