// Step 2: the weighing factors of the team shown (onboarding, temporary staff, registration
// burden, …), each lowering the band by a share while its period lasts, with a note on why. A new
// reduction for a factor that already held holds from a date (useDatedRows), so a band adopted for
// an earlier date is still computed with the old one.
import { Factor, factorChecks } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { useTeam, useToday } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';
import { PeriodRowNotes } from './PeriodRowNotes';
import { useDatedRows } from './useDatedRows';

export function FactorsEditor() {
  const strings = useStrings();
  const [team] = useTeam();
  const today = useToday();
  const name = useTeamShownName();
  const dated = useDatedRows('factors');
  const checks = factorChecks(team);
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
      rows={dated.rows}
      onChange={dated.onChange}
      fields={fields}
      nameKey="name"
      newRow={() => ({ name: '', reduction: 0, from: today, to: '', note: '' })}
      extra={(factor, index) => <PeriodRowNotes row={factor} index={index} dated={dated} checks={checks[index]} />}
    />
  );
}
