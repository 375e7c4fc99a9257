// The individual's view, for each person on today's roster of the team shown: caseload per FTE
// against one's own band (after one's own reduction), the workload those cases bring, and the
// share of indirect time. Figures per staff member can serve to monitor staff, so they are shown
// only once the organisation turned them on (after the works council agreed); until then a line
// says so and where.
import { isError } from '../../core';
import { FigureTable } from '../components/FigureTable';
import { Section } from '../components/Section';
import { StatusText } from '../components/StatusText';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures, usePlan } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';

export function IndividualPerspective() {
  const strings = useStrings();
  const formats = useFormats();
  const figures = useFigures();
  const shown = usePlan().privacy.staffFigures === 'perPerson';
  const name = useTeamShownName();
  const percent = (share: number) => formats.percent(share, 0);
  return (
    <Section title={strings.individualTitleNamed(name)} intro={strings.individualIntro}>
      {!shown ? (
        <p data-testid="staff-figures-off">{strings.staffFiguresOff}</p>
      ) : figures.people.length === 0 ? (
        <p>{strings.noRosterToday(name)}</p>
      ) : (
        <FigureTable
          caption={strings.individualTitleNamed(name)}
          rowHeaders
          liveBody
          columns={[
            { heading: strings.nameColumn },
            { heading: strings.caseloadAndStatusColumn, numeric: true },
            { heading: strings.ownBandColumn, numeric: true },
            { heading: strings.workloadColumn, numeric: true },
            { heading: strings.indirectColumn, numeric: true },
          ]}
          rows={figures.people.map((person, i) => [
            person.name || strings.rowTitle(strings.personNoun, i + 1, ''),
            <>
              {formats.result(person.caseload, n => formats.fixed(n, 1))}
              {!isError(person.status) && (
                <>
                  <br />
                  <StatusText status={person.status} />
                </>
              )}
            </>,
            formats.result(person.ownBand, formats.band),
            formats.result(person.workload, percent),
            formats.result(person.indirectShare, percent),
          ])}
        />
      )}
    </Section>
  );
}
