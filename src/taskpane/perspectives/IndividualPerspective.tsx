// The individual's view: caseload per FTE against one's own band (after one's own reduction),
// the workload those cases bring, and the share of indirect time.
import { isError } from '../../core';
import { FigureTable } from '../components/FigureTable';
import { Section } from '../components/Section';
import { StatusText } from '../components/StatusText';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures, usePlan } from '../state/PlanStore';

export function IndividualPerspective() {
  const strings = useStrings();
  const formats = useFormats();
  const figures = useFigures();
  const { roster } = usePlan().team;
  const percent = (share: number) => formats.percent(share, 0);
  return (
    <Section title={strings.individualTitle} intro={strings.individualIntro}>
      {roster.length === 0 ? (
        <p>{strings.noRoster}</p>
      ) : (
        <FigureTable
          caption={strings.individualTitle}
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
