// Step 2: the roster of the team shown. Each row is a person in a period (from … to): their FTE
// and own reduction set their part of the team band while the period lasts, so a person whose
// reduction changes has a row per period. A change of FTE or reduction to someone already on the
// roster holds from a date (useDatedRows), and a change that re-grades weeks already entered says so.
import { Person, rosterChecks } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { useTeam, useToday } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';
import { PeriodRowNotes } from './PeriodRowNotes';
import { Regraded } from './Regraded';
import { useDatedRows } from './useDatedRows';

export function RosterEditor() {
  const strings = useStrings();
  const [team] = useTeam();
  const today = useToday();
  const name = useTeamShownName();
  const dated = useDatedRows('roster');
  const checks = rosterChecks(team);
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
      rows={dated.rows}
      onChange={dated.onChange}
      fields={fields}
      nameKey="name"
      // Someone new is on the roster from today unless another date is typed.
      newRow={() => ({ name: '', fte: 1, reduction: 0, from: today, to: '', openCases: 0, indirectHoursPerWeek: 0 })}
      extra={(person, index) => <PeriodRowNotes row={person} index={index} dated={dated} checks={checks[index]} />}
      notice={<Regraded weeks={dated.regraded} />}
    />
  );
}
