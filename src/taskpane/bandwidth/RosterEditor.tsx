// Step 2: the roster of the team shown. Each row is a person in a period (from … to): their FTE
// and own reduction set their part of the team band while the period lasts, so a person whose
// reduction changes has a row per period.
import { Person } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { useTeam } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';
import { PeriodNote } from './PeriodNote';

export function RosterEditor() {
  const strings = useStrings();
  const [team, setTeam] = useTeam();
  const name = useTeamShownName();
  const fields: FieldSpec<Person>[] = [
    { key: 'name', kind: 'text', label: strings.personName, wide: true },
    { key: 'fte', kind: 'number', label: strings.personFte },
    { key: 'reduction', kind: 'percent', label: strings.personReduction },
    { key: 'from', kind: 'day', optional: true, label: strings.periodFrom },
    { key: 'to', kind: 'day', optional: true, label: strings.periodTo },
    { key: 'openCases', kind: 'number', label: strings.personOpenCases },
    { key: 'indirectHoursPerWeek', kind: 'number', label: strings.personIndirectHours },
  ];
  return (
    <EditableRows
      title={strings.rosterTitleTeam(name)}
      hint={strings.rosterHintPeriods}
      noun={strings.personNoun}
      rows={team.roster}
      onChange={roster => setTeam({ roster })}
      fields={fields}
      nameKey="name"
      newRow={() => ({ name: '', fte: 1, reduction: 0, from: '', to: '', openCases: 0, indirectHoursPerWeek: 0 })}
      extra={person => <PeriodNote from={person.from} to={person.to} />}
    />
  );
}
