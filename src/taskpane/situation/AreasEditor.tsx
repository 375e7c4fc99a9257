// Step 1: the areas of the municipality, the team that serves each, who lives there, and the
// cases one may expect there.
import { Area, EDITS, newId } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { usePlan, usePlanActions, useSection, useTeam } from '../state/PlanStore';
import { teamOptions } from '../teams/teamNames';
import { AreaDemandNote } from './AreaDemandNote';

export function AreasEditor() {
  const strings = useStrings();
  const plan = usePlan();
  const [team] = useTeam();
  const [situation] = useSection('situation');
  const { apply } = usePlanActions();
  const teams = teamOptions(
    plan,
    strings,
    situation.areas.map(a => a.team),
  );
  const fields: FieldSpec<Area>[] = [
    { key: 'name', kind: 'text', label: strings.areaName },
    { key: 'team', kind: 'select', label: strings.team, options: teams },
    { key: 'inhabitants', kind: 'number', label: strings.inhabitants },
    { key: 'youth', kind: 'number', label: strings.youth },
    { key: 'adults', kind: 'number', label: strings.adults },
    { key: 'seniors', kind: 'number', label: strings.seniors },
    { key: 'caseRatePer1000', kind: 'number', label: strings.caseRate, wide: true },
  ];
  return (
    <EditableRows
      title={strings.areasTitle}
      noun={strings.areaNoun}
      rows={situation.areas}
      onChange={areas => apply(EDITS.setAreas, areas)}
      fields={fields}
      nameKey="name"
      // A new area belongs to the team shown.
      newRow={() => ({
        id: newId(),
        name: '',
        team: team?.name ?? '',
        inhabitants: 0,
        youth: 0,
        adults: 0,
        seniors: 0,
        caseRatePer1000: 0,
      })}
      extra={(area, index) => (
        <AreaDemandNote
          plan={plan}
          area={area}
          index={index}
          onRate={caseRatePer1000 =>
            apply(
              EDITS.setAreas,
              situation.areas.map((a, i) => (i === index ? { ...a, caseRatePer1000 } : a)),
            )
          }
        />
      )}
    />
  );
}
