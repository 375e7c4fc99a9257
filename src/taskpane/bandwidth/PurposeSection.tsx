// Step 2: the team's purpose (de bedoeling), the yardstick for every choice that follows.
import { Section } from '../components/Section';
import { TextField } from '../components/TextField';
import { useStrings } from '../i18n/LocaleProvider';
import { useSection } from '../state/PlanStore';

export function PurposeSection() {
  const strings = useStrings();
  const [bandwidth, setBandwidth] = useSection('bandwidth');
  return (
    <Section title={strings.purposeTitle} folded>
      <TextField
        kind="longText"
        label={strings.purpose}
        value={bandwidth.purpose}
        onChange={purpose => setBandwidth({ purpose })}
      />
    </Section>
  );
}
