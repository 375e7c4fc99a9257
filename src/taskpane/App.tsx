// The task pane: providers for language, plan, drafts and workbook around a header (with the choice
// of language), the load status,
// the choice of team, the tabs and, in a plain browser, whether the plan is in a file yet and a
// preview of the workbook.
import { AriaLiveAnnouncer, FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import { emptyPlan, Language } from '../core';
import { BrowserKeeping } from './BrowserKeeping';
import { LocaleProvider, useStrings } from './i18n/LocaleProvider';
import { LoadStatus } from './LoadStatus';
import { Navigation, TabId } from './Navigation';
import { LanguageChoice } from './LanguageChoice';
import type { Start } from './openWorkbook';
import { DraftProvider } from './state/DraftStore';
import { PlanProvider } from './state/PlanStore';
import { useWorkbook, WorkbookProvider } from './state/WorkbookProvider';
import { TabContent } from './TabContent';
import { TeamSwitcher } from './TeamSwitcher';

// Below the tabs, outside Excel only: fetched after the first screen, which does not need it.
const WorkbookPreview = lazy(() => import('./WorkbookPreview').then(m => ({ default: m.WorkbookPreview })));

const useStyles = makeStyles({
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
    maxWidth: '60rem',
    // A name of 300 characters without a space breaks rather than widening a 350 px pane (labels,
    // legends and headings anywhere, as their boxes are as wide as their longest word otherwise).
    overflowWrap: 'break-word',
    '& label, & legend, & h2, & h3, & dt': { overflowWrap: 'anywhere' },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  tagline: {
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalM}`,
    color: tokens.colorNeutralForeground2,
  },
});

interface Props {
  language: Language;
  begin(): Promise<Start>;
}

export function App({ language, begin }: Props) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      <AriaLiveAnnouncer>
        <LocaleProvider initial={language}>
          <PlanProvider initial={emptyPlan(language)}>
            <DraftProvider>
              <WorkbookProvider begin={begin}>
                <Pane />
              </WorkbookProvider>
            </DraftProvider>
          </PlanProvider>
        </LocaleProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}

function Pane() {
  const styles = useStyles();
  const strings = useStrings();
  const { status, connection } = useWorkbook();
  const [tab, setTab] = useState<TabId>('situation');
  useEffect(() => {
    document.title = strings.appTitle;
  }, [strings]);
  return (
    <main className={styles.main}>
      <div className={styles.header}>
        <h1 className={styles.title}>{strings.appTitle}</h1>
        <LanguageChoice />
      </div>
      <p className={styles.tagline}>{strings.appTagline}</p>
      <LoadStatus />
      {status.state !== 'loading' && (
        <>
          <BrowserKeeping />
          <TeamSwitcher />
          <Navigation selected={tab} onSelect={setTab} />
          <TabContent tab={tab} />
          {connection?.memory && (
            <Suspense fallback={null}>
              <WorkbookPreview book={connection.memory} />
            </Suspense>
          )}
        </>
      )}
    </main>
  );
}
