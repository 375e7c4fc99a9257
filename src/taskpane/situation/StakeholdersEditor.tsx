// Step 1: who has a stake in the caseload, what their interest is and how they take part.
import { Plan } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { useSection } from '../state/PlanStore';

type Stakeholder = Plan['situation']['stakeholders'][number];

export function StakeholdersEditor() {
  const strings = useStrings();
  const [situation, setSituation] = useSection('situation');
  const fields: FieldSpec<Stakeholder>[] = [
    { key: 'who', kind: 'text', label: strings.stakeholderWho, wide: true },
    { key: 'interest', kind: 'text', label: strings.stakeholderInterest },
    { key: 'involvement', kind: 'text', label: strings.stakeholderInvolvement },
  ];
  return (
    <EditableRows
      title={strings.stakeholdersTitle}
      noun={strings.stakeholderNoun}
      rows={situation.stakeholders}
      onChange={stakeholders => setSituation({ stakeholders })}
      fields={fields}
      nameKey="who"
      newRow={() => ({ who: '', interest: '', involvement: '' })}
    />
  );
}
