// Step 2: what the team counts as a case, as caseload, as direct and as indirect time.
import { Section } from '../components/Section';
import { TextField } from '../components/TextField';
import { useStrings } from '../i18n/LocaleProvider';
import { useSection } from '../state/PlanStore';

export function DefinitionsSection() {
  const strings = useStrings();
  const [bandwidth, setBandwidth] = useSection('bandwidth');
  const { definitions } = bandwidth;
  const set = (key: keyof typeof definitions) => (text: string) =>
    setBandwidth({ definitions: { ...definitions, [key]: text } });
  return (
    <Section title={strings.definitionsTitle} folded>
      <TextField kind="longText" label={strings.definitionCase} value={definitions.case} onChange={set('case')} />
      <TextField
        kind="longText"
        label={strings.definitionCaseload}
        value={definitions.caseload}
        onChange={set('caseload')}
      />
      <TextField
        kind="longText"
        label={strings.definitionDirect}
        value={definitions.directTime}
        onChange={set('directTime')}
      />
      <TextField
        kind="longText"
        label={strings.definitionIndirect}
        value={definitions.indirectTime}
        onChange={set('indirectTime')}
      />
    </Section>
  );
}
