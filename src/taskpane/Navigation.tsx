// The pane's tabs: the three steps, the conversation and the overview for the team meeting, the scenarios, the work package, the perspectives and the function
// reference. Arrow keys move between tabs, Enter or Space opens one.
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useStrings } from './i18n/LocaleProvider';
import type { PaneTexts as Strings } from '../core';

export const TABS = [
  'situation',
  'bandwidth',
  'implement',
  'conversation',
  'overview',
  'scenarios',
  'workPackage',
  'perspectives',
  'functions',
] as const;
export type TabId = (typeof TABS)[number];

export const tabLabel = (tab: TabId, strings: Strings): string =>
  ({
    situation: strings.tabSituation,
    bandwidth: strings.tabBandwidth,
    implement: strings.tabImplement,
    conversation: strings.tabConversation,
    overview: strings.tabOverview,
    scenarios: strings.tabScenarios,
    workPackage: strings.tabWorkPackage,
    perspectives: strings.tabPerspectives,
    functions: strings.tabFunctions,
  })[tab];

export const tabId = (tab: TabId) => `tab-${tab}`;
export const panelId = (tab: TabId) => `panel-${tab}`;

const useStyles = makeStyles({
  // Nine tabs do not fit beside each other in a ~400 px pane: they form a grid there, a row when wider.
  tabs: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(11rem, 1fr))',
    marginBlockEnd: tokens.spacingVerticalL,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  tab: { justifyContent: 'flex-start', textAlign: 'start' },
});

export function Navigation({ selected, onSelect }: { selected: TabId; onSelect(tab: TabId): void }) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <TabList
      className={styles.tabs}
      size="small"
      aria-label={strings.navigationLabel}
      selectedValue={selected}
      onTabSelect={(_, data) => onSelect(data.value as TabId)}
    >
      {TABS.map(tab => (
        <Tab
          key={tab}
          value={tab}
          id={tabId(tab)}
          aria-controls={tab === selected ? panelId(tab) : undefined}
          className={styles.tab}
        >
          {tabLabel(tab, strings)}
        </Tab>
      ))}
    </TabList>
  );
}
