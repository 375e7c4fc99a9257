// Step 3: who does what when the caseload goes above or below the band.
import { Plan } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { useSection } from '../state/PlanStore';

type Agreement = Plan['implement']['agreements'][number];

export function AgreementsEditor() {
  const strings = useStrings();
  const [implement, setImplement] = useSection('implement');
  const fields: FieldSpec<Agreement>[] = [
    { key: 'when', kind: 'text', label: strings.agreementWhen, wide: true },
    { key: 'action', kind: 'longText', label: strings.agreementAction },
    { key: 'who', kind: 'text', label: strings.agreementWho, wide: true },
  ];
  return (
    <EditableRows
      title={strings.agreementsTitle}
      noun={strings.agreementNoun}
      rows={implement.agreements}
      onChange={agreements => setImplement({ agreements })}
      fields={fields}
      nameKey="when"
      newRow={() => ({ when: '', action: '', who: '' })}
    />
  );
}
