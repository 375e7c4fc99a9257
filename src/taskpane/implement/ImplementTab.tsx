// Step 3, "Implementeren en leren": agreements, evaluation moments, the band over time, the
// weekly figures against it, and the reflection log.
import { Intro } from '../components/Intro';
import { SaveToWorkbook } from '../components/SaveToWorkbook';
import { useStrings } from '../i18n/LocaleProvider';
import { AgreementsEditor } from './AgreementsEditor';
import { BandHistory } from './BandHistory';
import { EvaluationsEditor } from './EvaluationsEditor';
import { ReflectionsEditor } from './ReflectionsEditor';
import { WeeklyMonitoring } from './WeeklyMonitoring';

export function ImplementTab() {
  const strings = useStrings();
  return (
    <>
      <Intro>{strings.implementIntro}</Intro>
      <AgreementsEditor />
      <EvaluationsEditor />
      <BandHistory />
      <WeeklyMonitoring />
      <ReflectionsEditor />
      <SaveToWorkbook />
    </>
  );
}
