// Step 1: facilities per area (nursing homes, sheltered housing, schools, …).
import { Plan } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { useSection } from '../state/PlanStore';

type Facility = Plan['situation']['facilities'][number];

export function FacilitiesEditor() {
  const strings = useStrings();
  const [situation, setSituation] = useSection('situation');
  const fields: FieldSpec<Facility>[] = [
    { key: 'area', kind: 'text', label: strings.facilityArea },
    { key: 'count', kind: 'number', label: strings.facilityCount },
    { key: 'kind', kind: 'text', label: strings.facilityKind, hint: strings.facilityKindHint, wide: true },
  ];
  return (
    <EditableRows
      title={strings.facilitiesTitle}
      noun={strings.facilityNoun}
      rows={situation.facilities}
      onChange={facilities => setSituation({ facilities })}
      fields={fields}
      nameKey="kind"
      newRow={rows => ({ area: rows.at(-1)?.area ?? '', kind: '', count: 1 })}
    />
  );
}
