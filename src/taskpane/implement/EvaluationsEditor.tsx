// Step 3: the moments the team sits down to look at the band again.
import { Plan } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { useSection } from '../state/PlanStore';

type Evaluation = Plan['implement']['evaluations'][number];

export function EvaluationsEditor() {
  const strings = useStrings();
  const [implement, setImplement] = useSection('implement');
  const fields: FieldSpec<Evaluation>[] = [
    { key: 'date', kind: 'date', label: strings.evaluationDate },
    { key: 'who', kind: 'text', label: strings.evaluationWho },
    { key: 'topic', kind: 'text', label: strings.evaluationTopic, wide: true },
  ];
  return (
    <EditableRows
      title={strings.evaluationsTitle}
      noun={strings.evaluationNoun}
      rows={implement.evaluations}
      onChange={evaluations => setImplement({ evaluations })}
      fields={fields}
      nameKey="topic"
      newRow={() => ({ date: '', topic: '', who: '' })}
    />
  );
}
