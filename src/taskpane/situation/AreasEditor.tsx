// Step 1: the areas of the municipality, who lives there, and the cases one may expect there.
import { Area } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures, usePlan, useSection } from '../state/PlanStore';
import { AreaDemandNote } from './AreaDemandNote';

export function AreasEditor() {
  const strings = useStrings();
  const formats = useFormats();
  const plan = usePlan();
  const { expectedCases } = useFigures();
  const [situation, setSituation] = useSection('situation');
  const fields: FieldSpec<Area>[] = [
    { key: 'name', kind: 'text', label: strings.areaName, wide: true },
    { key: 'inhabitants', kind: 'number', label: strings.inhabitants },
    { key: 'youth', kind: 'number', label: strings.youth },
    { key: 'adults', kind: 'number', label: strings.adults },
    { key: 'seniors', kind: 'number', label: strings.seniors },
    { key: 'caseRatePer1000', kind: 'number', label: strings.caseRate, wide: true },
  ];
  return (
    <>
      <EditableRows
        title={strings.areasTitle}
        noun={strings.areaNoun}
        rows={situation.areas}
        onChange={areas => setSituation({ areas })}
        fields={fields}
        nameKey="name"
        newRow={() => ({ name: '', inhabitants: 0, youth: 0, adults: 0, seniors: 0, caseRatePer1000: 0 })}
        extra={(area, index) => (
          <AreaDemandNote
            plan={plan}
            area={area}
            index={index}
            onRate={caseRatePer1000 =>
              setSituation({ areas: situation.areas.map((a, i) => (i === index ? { ...a, caseRatePer1000 } : a)) })
            }
          />
        )}
      />
      {situation.areas.length > 1 && (
        <p aria-live="polite">
          {strings.expectedCasesTotal}: <strong>{formats.result(expectedCases, n => formats.number(n, 0))}</strong>
        </p>
      )}
    </>
  );
}
