// Step 2: weighing factors (onboarding, temporary staff, registration burden, …), each lowering
// the band by a share for a period.
import { Plan } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { useSection } from '../state/PlanStore';

type Factor = Plan['bandwidth']['factors'][number];

export function FactorsEditor() {
  const strings = useStrings();
  const [bandwidth, setBandwidth] = useSection('bandwidth');
  const fields: FieldSpec<Factor>[] = [
    { key: 'name', kind: 'text', label: strings.factorName, wide: true },
    { key: 'reduction', kind: 'percent', label: strings.factorReduction },
    { key: 'period', kind: 'text', label: strings.factorPeriod },
  ];
  return (
    <EditableRows
      title={strings.factorsTitle}
      hint={strings.factorsHint}
      noun={strings.factorNoun}
      rows={bandwidth.factors}
      onChange={factors => setBandwidth({ factors })}
      fields={fields}
      nameKey="name"
      newRow={() => ({ name: '', reduction: 0, period: '' })}
    />
  );
}
