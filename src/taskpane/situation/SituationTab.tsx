// Step 1, "Schets de situatie": the municipality, its areas and the teams that serve them,
// facilities, care demand and stakeholders, and the problem the teams want to solve.
import { Intro } from '../components/Intro';
import { SaveToWorkbook } from '../components/SaveToWorkbook';
import { Section } from '../components/Section';
import { TextField } from '../components/TextField';
import { useStrings } from '../i18n/LocaleProvider';
import { useSection } from '../state/PlanStore';
import { AreasEditor } from './AreasEditor';
import { DemandEditor } from './DemandEditor';
import { FacilitiesEditor } from './FacilitiesEditor';
import { StakeholdersEditor } from './StakeholdersEditor';
import { TeamDemandTable } from './TeamDemandTable';

export function SituationTab() {
  const strings = useStrings();
  const [situation, setSituation] = useSection('situation');
  return (
    <>
      <Intro>{strings.situationIntro}</Intro>
      <Section title={strings.municipality}>
        <TextField
          label={strings.municipalityName}
          value={situation.municipality}
          onChange={municipality => setSituation({ municipality })}
        />
      </Section>
      <AreasEditor />
      <TeamDemandTable />
      <FacilitiesEditor />
      <DemandEditor />
      <StakeholdersEditor />
      <Section title={strings.problemTitle}>
        <TextField
          kind="longText"
          label={strings.problem}
          hint={strings.problemHint}
          value={situation.problem}
          onChange={problem => setSituation({ problem })}
        />
      </Section>
      <SaveToWorkbook />
    </>
  );
}
