// Step 3: the reflection log: what the team noticed, which factor it adjusted, and whether the
// band changed because of it.
import { Plan } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { useSection } from '../state/PlanStore';

type Reflection = Plan['implement']['reflections'][number];

export function ReflectionsEditor() {
  const strings = useStrings();
  const [implement, setImplement] = useSection('implement');
  const fields: FieldSpec<Reflection>[] = [
    { key: 'date', kind: 'date', label: strings.reflectionDate },
    { key: 'observation', kind: 'longText', label: strings.reflectionObservation },
    { key: 'factor', kind: 'text', label: strings.reflectionFactor, wide: true },
    { key: 'bandChanged', kind: 'text', label: strings.reflectionBandChanged, wide: true },
  ];
  return (
    <EditableRows
      title={strings.reflectionsTitle}
      noun={strings.reflectionNoun}
      rows={implement.reflections}
      onChange={reflections => setImplement({ reflections })}
      fields={fields}
      newRow={() => ({ date: new Date().toISOString().slice(0, 10), observation: '', factor: '', bandChanged: '' })}
    />
  );
}
