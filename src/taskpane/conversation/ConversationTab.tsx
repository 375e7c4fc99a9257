// The conversation side: deviating cases both ways (with a case list from one of the user's own
// tables), case-mix drift, felt workload, individual reflection, the agreements on dividing cases,
// and what the organisation decided on privacy (with Opschonen).
import { ImportFromWorkbook } from '../bandwidth/ImportFromWorkbook';
import { Intro } from '../components/Intro';
import { SaveToWorkbook } from '../components/SaveToWorkbook';
import { useStrings } from '../i18n/LocaleProvider';
import { DeviatingCases } from './DeviatingCases';
import { DivisionAgreements } from './DivisionAgreements';
import { FeltWorkload } from './FeltWorkload';
import { IndividualReflection } from './IndividualReflection';
import { MixDrift } from './MixDrift';
import { PrivacySettings } from './PrivacySettings';

export function ConversationTab() {
  const strings = useStrings();
  return (
    <>
      <Intro>{strings.conversationIntro}</Intro>
      <DeviatingCases />
      <ImportFromWorkbook initialTarget="caseList" />
      <MixDrift />
      <FeltWorkload />
      <IndividualReflection />
      <DivisionAgreements />
      <PrivacySettings />
      <SaveToWorkbook />
    </>
  );
}
