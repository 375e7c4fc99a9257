// Step 2: the weighing factors of the team shown (onboarding, temporary staff, registration
// burden, …), each lowering the band by a share while its period lasts, with a note on why.
import { Factor } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { useTeam } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';
import { PeriodNote } from './PeriodNote';

export function FactorsEditor() {
  const strings = useStrings();
  const [team, setTeam] = useTeam();
  const name = useTeamShownName();
  const fields: FieldSpec<Factor>[] = [
    { key: 'name', kind: 'text', label: strings.factorName, wide: true },
    { key: 'from', kind: 'day', optional: true, label: strings.periodFrom },
    { key: 'to', kind: 'day', optional: true, label: strings.periodTo },
    { key: 'reduction', kind: 'percent', label: strings.factorReduction },
    { key: 'note', kind: 'text', label: strings.factorNote },
  ];
  return (
    <EditableRows
      title={strings.factorsTitleTeam(name)}
      hint={strings.factorsHintPeriods}
      noun={strings.factorNoun}
      rows={team.factors}
      onChange={factors => setTeam({ factors })}
      fields={fields}
      nameKey="name"
      newRow={() => ({ name: '', reduction: 0, from: '', to: '', note: '' })}
      extra={factor => <PeriodNote from={factor.from} to={factor.to} />}
    />
  );
}
