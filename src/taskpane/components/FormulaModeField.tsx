// How the add-in writes its figures into the workbook: its own CASELOAD functions, or standard
// formulas that compute for people without the add-in. Takes effect at the next write.
import type { Plan } from '../../core';
import { useStrings } from '../i18n/LocaleProvider';
import { usePlan, usePlanActions } from '../state/PlanStore';
import { SelectField } from './SelectField';

export function FormulaModeField() {
  const strings = useStrings();
  const { formulas } = usePlan();
  const { edit } = usePlanActions();
  return (
    <SelectField
      label={strings.formulasLabel}
      value={formulas}
      options={[
        { value: 'caseload', label: strings.formulasCaseload },
        { value: 'standard', label: strings.formulasStandard },
      ]}
      onChange={value => edit(plan => ({ ...plan, formulas: value as Plan['formulas'] }))}
      hint={strings.formulasHint}
    />
  );
}
