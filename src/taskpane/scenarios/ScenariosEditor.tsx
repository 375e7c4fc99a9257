// The team's scenarios, each a name and the few inputs it changes (0 = as in the plan).
import { baseline, Scenario } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { usePlan, usePlanActions } from '../state/PlanStore';

export function ScenariosEditor() {
  const strings = useStrings();
  const { scenarios } = usePlan();
  const { edit } = usePlanActions();
  const fields: FieldSpec<Scenario>[] = [
    { key: 'name', kind: 'text', label: strings.scenarioName, wide: true },
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
    { key: 'extraCost', kind: 'number', label: strings.scenarioExtraCost },
  ];
  return (
    <EditableRows
      title={strings.scenariosTitle}
      noun={strings.scenarioNoun}
      rows={scenarios}
      onChange={rows => edit(plan => ({ ...plan, scenarios: rows }))}
      fields={fields}
      nameKey="name"
      newRow={() => baseline('')}
    />
  );
}
