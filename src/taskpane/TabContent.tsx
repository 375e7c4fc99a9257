// The open tab's panel.
import { ComponentType } from 'react';
import { BandwidthTab } from './bandwidth/BandwidthTab';
import { ConversationTab } from './conversation/ConversationTab';
import { FunctionsTab } from './functionsReference/FunctionsTab';
import { ImplementTab } from './implement/ImplementTab';
import { panelId, TabId, tabId } from './Navigation';
import { OverviewTab } from './overview/OverviewTab';
import { PerspectivesTab } from './perspectives/PerspectivesTab';
import { ScenariosTab } from './scenarios/ScenariosTab';
import { SituationTab } from './situation/SituationTab';
import { WorkPackageTab } from './workPackage/WorkPackageTab';

const CONTENT: Record<TabId, ComponentType> = {
  situation: SituationTab,
  bandwidth: BandwidthTab,
  implement: ImplementTab,
  conversation: ConversationTab,
  overview: OverviewTab,
  scenarios: ScenariosTab,
  workPackage: WorkPackageTab,
  perspectives: PerspectivesTab,
  functions: FunctionsTab,
};

export function TabContent({ tab }: { tab: TabId }) {
  const Content = CONTENT[tab];
  return (
    <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
      <Content />
    </div>
  );
}
