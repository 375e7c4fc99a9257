// The team's view: each person's room in open cases (their FTE after their own reduction) next
// to the cases they have open, adding up to the team band.
import { FigureTable } from '../components/FigureTable';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures, usePlan } from '../state/PlanStore';

export function TeamPerspective() {
  const strings = useStrings();
  const formats = useFormats();
  const figures = useFigures();
  const { roster } = usePlan().team;
  const openTotal = roster.reduce((sum, p) => sum + p.openCases, 0);
  return (
    <Section title={strings.teamTitle} intro={strings.teamIntro}>
      {roster.length === 0 ? (
        <p>{strings.noRoster}</p>
      ) : (
        <FigureTable
          caption={strings.teamTitle}
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
            { heading: strings.openCasesColumn, numeric: true, total: formats.number(openTotal, 0) },
          ]}
          rows={figures.people.map((person, i) => [
            person.name || strings.rowTitle(strings.personNoun, i + 1, ''),
            formats.fixed(person.fte, 2),
            formats.result(person.capacity, formats.band),
            formats.number(roster[i].openCases, 0),
          ])}
        />
      )}
    </Section>
  );
}
