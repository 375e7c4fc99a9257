// Step 2 for the team shown: its approved FTE (formatie) and how much heavier its cases are than
// the shared hours per case say.
import { FieldGrid } from '../components/FieldGrid';
import { NumberField } from '../components/NumberField';
import { Section } from '../components/Section';
import { useStrings } from '../i18n/LocaleProvider';
import { useTeam } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';

export function TeamSettingsSection() {
  const strings = useStrings();
  const [team, setTeam] = useTeam();
  const fields = [
    { key: 'formatie', kind: 'number', label: strings.teamFormatie, hint: strings.teamFormatieHint },
    { key: 'extraWeight', kind: 'change', label: strings.teamExtraWeight, hint: strings.teamExtraWeightHint },
  ] as const;
  return (
    <Section title={strings.teamSettingsTitle(useTeamShownName())}>
      <FieldGrid>
        {fields.map(({ key, ...field }) => (
          <NumberField key={key} {...field} value={team[key]} onChange={value => setTeam({ [key]: value })} />
        ))}
      </FieldGrid>
    </Section>
  );
}
