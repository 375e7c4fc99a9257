// Step 1: the areas of the municipality, who lives there, and the cases one may expect.
import { Area, EXPECTED_CASES, Result } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useSection } from '../state/PlanStore';

const expected = (areas: readonly Area[]): Result<number> =>
  EXPECTED_CASES.evaluate([areas.map(a => [a.inhabitants]), areas.map(a => [a.caseRatePer1000])]) as Result<number>;

export function AreasEditor() {
  const strings = useStrings();
  const formats = useFormats();
  const [situation, setSituation] = useSection('situation');
  const fields: FieldSpec<Area>[] = [
    { key: 'name', kind: 'text', label: strings.areaName, wide: true },
    { key: 'inhabitants', kind: 'number', label: strings.inhabitants },
    { key: 'youth', kind: 'number', label: strings.youth },
    { key: 'adults', kind: 'number', label: strings.adults },
    { key: 'seniors', kind: 'number', label: strings.seniors },
    { key: 'caseRatePer1000', kind: 'number', label: strings.caseRate, wide: true },
  ];
  const show = (result: Result<number>) => formats.result(result, n => formats.number(n, 0));
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
        extra={area => (
          <span aria-live="polite">
            {strings.expectedCases}: {show(expected([area]))}
          </span>
        )}
      />
      {situation.areas.length > 1 && (
        <p aria-live="polite">
          {strings.expectedCasesTotal}: <strong>{show(expected(situation.areas))}</strong>
        </p>
      )}
    </>
  );
}
