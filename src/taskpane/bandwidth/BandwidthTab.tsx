// Step 2, "Toewerken naar een bandbreedte": definitions, purpose, time, hours per case,
// categories, weighing factors and the team, with the band they add up to kept in view.
import { Intro } from '../components/Intro';
import { SaveToWorkbook } from '../components/SaveToWorkbook';
import { useStrings } from '../i18n/LocaleProvider';
import { AvailableTimeSection } from './AvailableTimeSection';
import { BandSummary } from './BandSummary';
import { CaseHoursSection } from './CaseHoursSection';
import { CategoriesEditor } from './CategoriesEditor';
import { DemandFromAreas } from './DemandFromAreas';
import { DefinitionsSection } from './DefinitionsSection';
import { FactorsEditor } from './FactorsEditor';
import { ImportFromWorkbook } from './ImportFromWorkbook';
import { PurposeSection } from './PurposeSection';
import { RosterEditor } from './RosterEditor';

export function BandwidthTab() {
  const strings = useStrings();
  return (
    <>
      <Intro>{strings.bandwidthIntro}</Intro>
      <BandSummary />
      <SaveToWorkbook />
      <DefinitionsSection />
      <PurposeSection />
      <AvailableTimeSection />
      <CaseHoursSection />
      <CategoriesEditor />
      <DemandFromAreas />
      <FactorsEditor />
      <RosterEditor />
      <ImportFromWorkbook />
    </>
  );
}
