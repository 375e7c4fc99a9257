// The view of the team shown: each person on today's roster with their room in open cases (their
// FTE after their own reduction) next to the cases they have open, adding up to the team band.
// With figures per staff member off (plan.privacy), only the team's totals are shown.
import { FigureTable } from '../components/FigureTable';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { FigureList } from '../components/FigureList';
import { useFigures, usePlan } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';

export function TeamPerspective() {
  const strings = useStrings();
  const formats = useFormats();
  const figures = useFigures();
  const perPerson = usePlan().privacy.staffFigures === 'perPerson';
  const name = useTeamShownName();
  return (
    <Section title={strings.teamTitleNamed(name)} intro={strings.teamIntro}>
      {figures.people.length === 0 ? (
        <p>{strings.noRosterToday(name)}</p>
      ) : !perPerson ? (
        <>
          <FigureList
            figures={[
              { label: strings.fteColumn, value: formats.fixed(figures.existingFte, 2) },
              { label: strings.capacityColumn, value: formats.result(figures.teamBand, formats.band) },
              { label: strings.openCasesColumn, value: formats.number(figures.openCases, 0) },
            ]}
          />
          <p>{strings.staffFiguresOff}</p>
        </>
      ) : (
        <FigureTable
          caption={strings.teamTitleNamed(name)}
          rowHeaders
          liveBody
          columns={[
            { heading: strings.nameColumn, total: strings.teamTotal },
            { heading: strings.fteColumn, numeric: true, total: formats.fixed(figures.existingFte, 2) },
            {
              heading: strings.capacityColumn,
              numeric: true,
              live: true,
              total: formats.result(figures.teamBand, formats.band),
            },
            { heading: strings.openCasesColumn, numeric: true, total: formats.number(figures.openCases, 0) },
          ]}
          rows={figures.people.map((person, i) => [
            person.name || strings.rowTitle(strings.personNoun, i + 1, ''),
            formats.fixed(person.fte, 2),
            formats.result(person.capacity, formats.band),
            formats.number(person.openCases, 0),
          ])}
        />
      )}
    </Section>
  );
}
