// The scenarios, each a name, the team it is about and the few inputs it changes (0 = as in the plan;
// a blank extra cost follows from the extra FTE).
import { baseline, Scenario } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { usePlan, usePlanActions, useTeam } from '../state/PlanStore';
import { teamOptions } from '../teams/teamNames';

export function ScenariosEditor() {
  const strings = useStrings();
  const plan = usePlan();
  const { scenarios } = plan;
  const [team] = useTeam();
  const { edit } = usePlanActions();
  const teams = teamOptions(
    plan,
    strings,
    scenarios.map(s => s.team),
  );
  const fields: FieldSpec<Scenario>[] = [
    { key: 'name', kind: 'text', label: strings.scenarioName },
    { key: 'team', kind: 'select', label: strings.team, options: teams },
    { key: 'extraFte', kind: 'number', label: strings.scenarioExtraFte },
    {
      key: 'newStaffReduction',
      kind: 'percent',
      label: strings.scenarioNewStaffReduction,
      hint: strings.scenarioNewStaffReductionHint,
    },
    {
      key: 'extraReduction',
      kind: 'percent',
      label: strings.scenarioExtraReduction,
      hint: strings.scenarioExtraReductionHint,
    },
    { key: 'caseGrowth', kind: 'change', label: strings.scenarioCaseGrowth },
    { key: 'hoursChange', kind: 'change', label: strings.scenarioHoursChange, hint: strings.scenarioHoursChangeHint },
    { key: 'extraCost', kind: 'optionalNumber', label: strings.scenarioExtraCost, hint: strings.scenarioExtraCostHint },
  ];
  return (
    <EditableRows
      title={strings.scenariosTitle}
      noun={strings.scenarioNoun}
      rows={scenarios}
      onChange={rows => edit(plan => ({ ...plan, scenarios: rows }))}
      fields={fields}
      nameKey="name"
      // A new scenario is about the team shown.
      newRow={() => baseline('', team?.name ?? '')}
    />
  );
}
