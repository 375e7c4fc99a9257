// Step 2: the team roster; each person's FTE and own reduction set their part of the team band.
import { Person } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { useSection } from '../state/PlanStore';

export function RosterEditor() {
  const strings = useStrings();
  const [team, setTeam] = useSection('team');
  const fields: FieldSpec<Person>[] = [
    { key: 'name', kind: 'text', label: strings.personName, wide: true },
    { key: 'fte', kind: 'number', label: strings.personFte },
    { key: 'reduction', kind: 'percent', label: strings.personReduction },
    { key: 'openCases', kind: 'number', label: strings.personOpenCases },
    { key: 'indirectHoursPerWeek', kind: 'number', label: strings.personIndirectHours },
  ];
  return (
    <EditableRows
      title={strings.rosterTitle}
      hint={strings.rosterHint}
      noun={strings.personNoun}
      rows={team.roster}
      onChange={roster => setTeam({ roster })}
      fields={fields}
      nameKey="name"
      newRow={() => ({ name: '', fte: 1, reduction: 0, openCases: 0, indirectHoursPerWeek: 0 })}
    />
  );
}
