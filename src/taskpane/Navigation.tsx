// The pane's navigation, made for Excel's default 350 px pane: the three steps are tabs, and the
// other parts of the plan (the conversation, the overview, the scenarios, the work package, the
// perspectives and the function reference) are in a "Meer" menu beside them. A part chosen from
// that menu joins the steps as a fourth tab while it is open, so every panel is named by the tab
// that is selected. Arrow keys move between tabs, Enter or Space opens one; after a choice in the
// menu the focus goes to its tab.
import {
  makeStyles,
  Menu,
  MenuButton,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useStrings } from './i18n/LocaleProvider';
import type { PaneTexts as Strings } from '../core';

export const STEPS = ['situation', 'bandwidth', 'implement'] as const;
export const MORE = ['conversation', 'overview', 'scenarios', 'workPackage', 'perspectives', 'functions'] as const;
export const TABS = [...STEPS, ...MORE] as const;
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

const isStep = (tab: TabId) => (STEPS as readonly TabId[]).includes(tab);

const useStyles = makeStyles({
  // The tabs wrap rather than widen the pane; the menu stays at the end of the last line.
  bar: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalXS,
    marginBlockEnd: tokens.spacingVerticalM,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  tabs: { flexWrap: 'wrap', minWidth: 0, flexGrow: 1, flexShrink: 1 },
  // A long name ("3 Implementeren en leren") takes two lines, so a fourth tab fits beside it.
  tab: { textAlign: 'start', maxWidth: '9rem', '& .fui-Tab__content': { whiteSpace: 'normal' } },
  more: { flexShrink: 0, marginBlockEnd: tokens.spacingVerticalXS },
});

export function Navigation({ selected, onSelect }: { selected: TabId; onSelect(tab: TabId): void }) {
  const strings = useStrings();
  const styles = useStyles();
  // A part chosen in the menu: its tab takes the focus once it is on screen and the menu has closed
  // (the menu hands the focus back to its button as it closes; the tab takes it after that).
  const focusTab = useRef<TabId | null>(null);
  useEffect(() => {
    const tab = focusTab.current;
    if (tab === null) return;
    focusTab.current = null;
    setTimeout(() => document.getElementById(tabId(tab))?.focus());
  }, [selected]);

  const shown: readonly TabId[] = isStep(selected) ? STEPS : [...STEPS, selected];
  return (
    <div className={styles.bar}>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={strings.navigationLabel}
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(data.value as TabId)}
      >
        {shown.map(tab => (
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
      <Menu
        checkedValues={{ part: [selected] }}
        onCheckedValueChange={(_, data) => {
          const tab = data.checkedItems[0] as TabId | undefined;
          if (!tab) return;
          focusTab.current = tab;
          onSelect(tab);
        }}
      >
        <MenuTrigger disableButtonEnhancement>
          <MenuButton size="small" appearance="subtle" className={styles.more}>
            {strings.navigationMore}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {MORE.map(tab => (
              <MenuItemRadio key={tab} name="part" value={tab}>
                {tabLabel(tab, strings)}
              </MenuItemRadio>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
    </div>
  );
}
