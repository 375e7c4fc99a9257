// The work package tracker: a checklist per step, prefilled with the standard activities.
import { Intro } from '../components/Intro';
import { SaveToWorkbook } from '../components/SaveToWorkbook';
import { useStrings } from '../i18n/LocaleProvider';
import { StepChecklist } from './StepChecklist';

export function WorkPackageTab() {
  const strings = useStrings();
  return (
    <>
      <Intro>{strings.workPackageIntro}</Intro>
      <StepChecklist step={1} />
      <StepChecklist step={2} />
      <StepChecklist step={3} />
      <SaveToWorkbook />
    </>
  );
}
