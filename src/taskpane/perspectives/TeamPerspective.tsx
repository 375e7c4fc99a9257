// The team's view: each person's room in open cases (their FTE after their own reduction) next
// to the cases they have open, adding up to the team band.
import { mergeClasses } from '@fluentui/react-components';
import { Section } from '../components/Section';
import { useTableStyles } from '../components/useTableStyles';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures, usePlan } from '../state/PlanStore';

export function TeamPerspective() {
  const table = useTableStyles();
  const strings = useStrings();
  const formats = useFormats();
  const figures = useFigures();
  const { roster } = usePlan().team;
  const openTotal = roster.reduce((sum, p) => sum + p.openCases, 0);
  const number = mergeClasses(table.cell, table.number);
  const head = mergeClasses(table.head, table.number);
  return (
    <Section title={strings.teamTitle} intro={strings.teamIntro}>
      {roster.length === 0 ? (
        <p>{strings.noRoster}</p>
      ) : (
        <div className={table.scroller}>
          <table className={table.table}>
            <caption className={table.hidden}>{strings.teamTitle}</caption>
            <thead>
              <tr>
                <th scope="col" className={table.head}>
                  {strings.nameColumn}
                </th>
                <th scope="col" className={head}>
                  {strings.fteColumn}
                </th>
                <th scope="col" className={head}>
                  {strings.capacityColumn}
                </th>
                <th scope="col" className={head}>
                  {strings.openCasesColumn}
                </th>
              </tr>
            </thead>
            <tbody aria-live="polite">
              {figures.people.map((person, i) => (
                <tr key={i}>
                  <th scope="row" className={mergeClasses(table.cell, table.rowHead)}>
                    {person.name || strings.rowTitle(strings.personNoun, i + 1, '')}
                  </th>
                  <td className={number}>{formats.fixed(person.fte, 2)}</td>
                  <td className={number}>{formats.result(person.capacity, formats.band)}</td>
                  <td className={number}>{formats.number(roster[i].openCases, 0)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" className={mergeClasses(table.cell, table.rowHead, table.total)}>
                  {strings.teamTotal}
                </th>
                <td className={mergeClasses(number, table.total)}>{formats.fixed(figures.existingFte, 2)}</td>
                <td className={mergeClasses(number, table.total)} aria-live="polite">
                  {formats.result(figures.teamBand, formats.band)}
                </td>
                <td className={mergeClasses(number, table.total)}>{formats.number(openTotal, 0)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </Section>
  );
}
