// Step 2, "Toewerken naar een bandbreedte": first what every team shares (definitions, purpose,
// time, hours per case, case categories), then what belongs to the team shown (approved FTE and
// weight, cases per year, weighing factors, roster), with the band they add up to kept in view.
import { Intro } from '../components/Intro';
import { SaveToWorkbook } from '../components/SaveToWorkbook';
import { useStrings } from '../i18n/LocaleProvider';
import { AvailableTimeSection } from './AvailableTimeSection';
import { BandSummary } from './BandSummary';
import { CaseHoursSection } from './CaseHoursSection';
import { CategoriesEditor } from './CategoriesEditor';
import { DemandFromAreas } from './DemandFromAreas';
import { DefinitionsSection } from './DefinitionsSection';
import { ModelMayMiss } from '../conversation/ModelMayMiss';
import { FactorsEditor } from './FactorsEditor';
import { ImportFromWorkbook } from './ImportFromWorkbook';
import { PurposeSection } from './PurposeSection';
import { RosterEditor } from './RosterEditor';
import { TeamCasesSection } from './TeamCasesSection';
import { TeamSettingsSection } from './TeamSettingsSection';

export function BandwidthTab() {
  const strings = useStrings();
  return (
    <>
      <Intro>{strings.bandwidthIntro}</Intro>
      <Intro>{strings.bandwidthTeamsNote}</Intro>
      <BandSummary />
      <SaveToWorkbook />
      <DefinitionsSection />
      <PurposeSection />
      <AvailableTimeSection />
      <CaseHoursSection />
      <CategoriesEditor />
      <TeamSettingsSection />
      <TeamCasesSection />
      <DemandFromAreas />
      <FactorsEditor />
      <ModelMayMiss />
      <RosterEditor />
      <ImportFromWorkbook />
    </>
  );
}
