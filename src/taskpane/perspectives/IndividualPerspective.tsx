// The individual's view: caseload per FTE against one's own band (after one's own reduction),
// the workload those cases bring, and the share of indirect time.
import { mergeClasses } from '@fluentui/react-components';
import { isError } from '../../core';
import { Section } from '../components/Section';
import { StatusText } from '../components/StatusText';
import { useTableStyles } from '../components/useTableStyles';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures, usePlan } from '../state/PlanStore';

export function IndividualPerspective() {
  const table = useTableStyles();
  const strings = useStrings();
  const formats = useFormats();
  const figures = useFigures();
  const { roster } = usePlan().team;
  const number = mergeClasses(table.cell, table.number);
  const head = mergeClasses(table.head, table.number);
  const percent = (share: number) => formats.percent(share, 0);
  return (
    <Section title={strings.individualTitle} intro={strings.individualIntro}>
      {roster.length === 0 ? (
        <p>{strings.noRoster}</p>
      ) : (
        <div className={table.scroller}>
          <table className={table.table}>
            <caption className={table.hidden}>{strings.individualTitle}</caption>
            <thead>
              <tr>
                <th scope="col" className={table.head}>
                  {strings.nameColumn}
                </th>
                <th scope="col" className={head}>
                  {strings.caseloadAndStatusColumn}
                </th>
                <th scope="col" className={head}>
                  {strings.ownBandColumn}
                </th>
                <th scope="col" className={head}>
                  {strings.workloadColumn}
                </th>
                <th scope="col" className={head}>
                  {strings.indirectColumn}
                </th>
              </tr>
            </thead>
            <tbody aria-live="polite">
              {figures.people.map((person, i) => (
                <tr key={i}>
                  <th scope="row" className={mergeClasses(table.cell, table.rowHead)}>
                    {person.name || strings.rowTitle(strings.personNoun, i + 1, '')}
                  </th>
                  <td className={number}>
                    {formats.result(person.caseload, n => formats.fixed(n, 1))}
                    {!isError(person.status) && (
                      <>
                        <br />
                        <StatusText status={person.status} />
                      </>
                    )}
                  </td>
                  <td className={number}>{formats.result(person.ownBand, formats.band)}</td>
                  <td className={number}>{formats.result(person.workload, percent)}</td>
                  <td className={number}>{formats.result(person.indirectShare, percent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
