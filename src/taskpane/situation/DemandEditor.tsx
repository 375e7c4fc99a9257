// Step 1: the care demand per area and theme, and whether it is rising, stable or falling.
import { Plan } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { useSection } from '../state/PlanStore';

type Demand = Plan['situation']['demand'][number];

export function DemandEditor() {
  const strings = useStrings();
  const [situation, setSituation] = useSection('situation');
  const trends = [
    { value: 'rising', label: strings.trendRising },
    { value: 'stable', label: strings.trendStable },
    { value: 'falling', label: strings.trendFalling },
  ];
  const fields: FieldSpec<Demand>[] = [
    { key: 'theme', kind: 'text', label: strings.demandTheme, wide: true },
    { key: 'area', kind: 'text', label: strings.demandArea },
    { key: 'cases', kind: 'number', label: strings.demandCases },
    { key: 'trend', kind: 'select', label: strings.demandTrend, options: trends },
  ];
  return (
    <EditableRows
      title={strings.demandTitle}
      noun={strings.demandNoun}
      rows={situation.demand}
      onChange={demand => setSituation({ demand })}
      fields={fields}
      nameKey="theme"
      newRow={(): Demand => ({ area: '', theme: '', cases: 0, trend: 'stable' })}
    />
  );
}
