// The open tab's panel. Step 1, where the pane opens, comes with the page; every other tab is a
// chunk of its own, fetched the first time it is opened (so the first screen loads less), with a
// loading line that screen readers hear meanwhile, and a sentence if the chunk cannot be fetched
// (the host was unreachable, or updated the add-in since the page was opened).
import { Component, ComponentType, lazy, ReactNode, Suspense } from 'react';
import { useStrings } from './i18n/LocaleProvider';
import { panelId, TabId, tabId } from './Navigation';
import { SituationTab } from './situation/SituationTab';

/** A tab's component from its own chunk; the import runs once, on first opening. */
const later = (load: () => Promise<ComponentType>) => lazy(() => load().then(Content => ({ default: Content })));

const CONTENT: Record<TabId, ComponentType> = {
  situation: SituationTab,
  bandwidth: later(() => import('./bandwidth/BandwidthTab').then(m => m.BandwidthTab)),
  implement: later(() => import('./implement/ImplementTab').then(m => m.ImplementTab)),
  conversation: later(() => import('./conversation/ConversationTab').then(m => m.ConversationTab)),
  overview: later(() => import('./overview/OverviewTab').then(m => m.OverviewTab)),
  scenarios: later(() => import('./scenarios/ScenariosTab').then(m => m.ScenariosTab)),
  workPackage: later(() => import('./workPackage/WorkPackageTab').then(m => m.WorkPackageTab)),
  perspectives: later(() => import('./perspectives/PerspectivesTab').then(m => m.PerspectivesTab)),
  functions: later(() => import('./functionsReference/FunctionsTab').then(m => m.FunctionsTab)),
};

export function TabContent({ tab }: { tab: TabId }) {
  const Content = CONTENT[tab];
  return (
    <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
      <LoadFailure key={tab}>
        <Suspense fallback={<TabLoading />}>
          <Content />
        </Suspense>
      </LoadFailure>
    </div>
  );
}

function TabLoading() {
  const strings = useStrings();
  return (
    <p role="status" aria-busy="true">
      {strings.tabLoading}
    </p>
  );
}

/** A tab whose chunk could not be fetched says so, instead of taking the whole pane down. */
class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <TabLoadFailed /> : this.props.children;
  }
}

function TabLoadFailed() {
  return <p role="alert">{useStrings().tabLoadFailed}</p>;
}
