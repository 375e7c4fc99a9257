// What-if scenarios: the teams list a few ("3 new colleagues", "10% growth"), each about one team,
// and see each one's band, staff needed and cost price beside the others; the workbook gets the
// same comparison as live formulas on its own sheet.
import { useMemo } from 'react';
import { compareScenarios, scenarioTeam } from '../../core';
import { Intro } from '../components/Intro';
import { SaveToWorkbook } from '../components/SaveToWorkbook';
import { Section } from '../components/Section';
import { useStrings } from '../i18n/LocaleProvider';
import { usePlan, useTeamsFigures, useToday } from '../state/PlanStore';
import { ScenarioChart } from './ScenarioChart';
import { ScenarioComparison } from './ScenarioComparison';
import { ScenariosEditor } from './ScenariosEditor';

export function ScenariosTab() {
  const strings = useStrings();
  const plan = usePlan();
  const today = useToday();
  // Each scenario is the whole plan recomputed: only here, not on every edit in another tab.
  const scenarios = useMemo(() => compareScenarios(plan, today), [plan, today]);
  // The open cases today of each scenario's team, to hold its band against.
  const teams = useTeamsFigures();
  const openCases = useMemo(() => plan.scenarios.map(s => teams[scenarioTeam(plan, s)]?.openCases ?? 0), [plan, teams]);
  return (
    <>
      <Intro>{strings.scenariosIntro}</Intro>
      <ScenariosEditor />
      {scenarios.length === 0 ? (
        <p>{strings.noScenarios}</p>
      ) : (
        <Section title={strings.comparisonTitle}>
          <ScenarioComparison scenarios={scenarios} />
          <ScenarioChart scenarios={scenarios} openCases={openCases} />
        </Section>
      )}
      <SaveToWorkbook />
    </>
  );
}
