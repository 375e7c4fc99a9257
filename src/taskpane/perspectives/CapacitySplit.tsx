// The organisation's FTE to split, divided over the teams by what the expected demand of their
// areas asks (ALLOCATE_FTE), beside each team's approved FTE, its roster and what its work asks.
import { isError } from '../../core';
import { FigureTable } from '../components/FigureTable';
import { NumberField } from '../components/NumberField';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useOrganisation, usePlan, useSection } from '../state/PlanStore';
import { teamName } from '../teams/teamNames';

export function CapacitySplit() {
  const strings = useStrings();
  const formats = useFormats();
  const plan = usePlan();
  const figures = useOrganisation();
  const [organisation, setOrganisation] = useSection('organisation');
  const two = (n: number) => formats.fixed(n, 2);
  // One reason holds for every team when the split cannot be made: said once, under the table.
  const failed = figures.teams.map(t => t.allocated).find(isError);
  const allocated = figures.teams.map(t => (isError(t.allocated) ? strings.noValue : two(t.allocated)));
  return (
    <Section level={3} title={strings.capacitySplitTitle} intro={strings.capacitySplitIntro(two(figures.fteToSplit))}>
      <NumberField
        label={strings.fteToSplit}
        hint={strings.fteToSplitHint}
        value={organisation.fteToSplit}
        onChange={fteToSplit => setOrganisation({ fteToSplit })}
      />
      <FigureTable
        caption={strings.capacitySplitTitle}
        rowHeaders
        liveBody
        columns={[
          { heading: strings.team, total: strings.allTeams },
          {
            heading: strings.allocatedColumn,
            numeric: true,
            live: true,
            total: failed ? strings.noValue : two(figures.fteToSplit),
          },
          { heading: strings.formatieColumn, numeric: true, live: true, total: two(figures.formatie) },
          { heading: strings.bezettingColumn, numeric: true, live: true, total: two(figures.bezetting) },
          {
            heading: strings.benodigdColumn,
            numeric: true,
            live: true,
            total: formats.result(figures.benodigd, two),
          },
        ]}
        rows={figures.teams.map((team, i) => [
          teamName(plan.teams[i], i, strings),
          allocated[i],
          two(team.formatie),
          two(team.bezetting),
          formats.result(team.benodigd, two),
        ])}
      />
      {failed && <p>{strings.capacitySplitFailed(formats.error(failed))}</p>}
    </Section>
  );
}
