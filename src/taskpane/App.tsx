// The task pane: providers for language, plan, drafts and workbook around a header, the load status,
// the choice of team, the tabs and, in a plain browser, whether the plan is in a file yet and a
// preview of the workbook.
import { AriaLiveAnnouncer, FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { emptyPlan, Language } from '../core';
import { BrowserKeeping } from './BrowserKeeping';
import { LocaleProvider, useStrings } from './i18n/LocaleProvider';
import { LoadStatus } from './LoadStatus';
import { Navigation, TabId } from './Navigation';
import type { WorkbookConnection } from './openWorkbook';
import { DraftProvider } from './state/DraftStore';
import { PlanProvider } from './state/PlanStore';
import { useWorkbook, WorkbookProvider } from './state/WorkbookProvider';
import { TabContent } from './TabContent';
import { TeamSwitcher } from './TeamSwitcher';
import { WorkbookPreview } from './WorkbookPreview';

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
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  tagline: {
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalM}`,
    color: tokens.colorNeutralForeground2,
  },
});

interface Props {
  language: Language;
  connect(): Promise<WorkbookConnection>;
}

export function App({ language, connect }: Props) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      <AriaLiveAnnouncer>
        <LocaleProvider language={language}>
          <PlanProvider initial={emptyPlan(language)}>
            <DraftProvider>
              <WorkbookProvider connect={connect}>
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
      <h1 className={styles.title}>{strings.appTitle}</h1>
      <p className={styles.tagline}>{strings.appTagline}</p>
      <LoadStatus />
      {status.state !== 'loading' && (
        <>
          <BrowserKeeping />
          <TeamSwitcher />
          <Navigation selected={tab} onSelect={setTab} />
          <TabContent tab={tab} />
          {connection?.memory && <WorkbookPreview book={connection.memory} />}
        </>
      )}
    </main>
  );
}
