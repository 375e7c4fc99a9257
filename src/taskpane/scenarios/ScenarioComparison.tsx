// The scenarios side by side: one column per scenario, one row per figure, so a planner reads
// across a row to see what a change does to the band, the staff needed and the cost price.
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { ScenarioFigures } from '../../core';
import { useTableStyles } from '../components/useTableStyles';
import { useFormats, useStrings } from '../i18n/LocaleProvider';

// A band such as "56,1 – 89,8" reads as one figure: it must not break over two lines.
const useStyles = makeStyles({ figure: { whiteSpace: 'nowrap' } });

export function ScenarioComparison({ scenarios }: { scenarios: readonly ScenarioFigures[] }) {
  const table = useTableStyles();
  const styles = useStyles();
  const strings = useStrings();
  const formats = useFormats();
  const two = (n: number) => formats.fixed(n, 2);
  const rows: [string, (s: ScenarioFigures) => string][] = [
    [strings.bandPerFte, s => formats.result(s.bandPerFte, formats.band)],
    [strings.bandTeam, s => formats.result(s.teamBand, formats.band)],
    [strings.scenarioFte, s => two(s.fte)],
    [strings.fteNeeded, s => formats.result(s.fteNeeded, two)],
    [strings.staffingRatio, s => formats.result(s.staffingRatio, two)],
    [strings.casesPerYear, s => formats.number(s.casesPerYear, 0)],
    [strings.costPerCase, s => formats.result(s.costPerCase, formats.euro)],
  ];
  const number = mergeClasses(table.cell, table.number, styles.figure);
  return (
    <div className={table.scroller} tabIndex={0} aria-label={strings.comparisonTitle} role="group">
      <table className={table.table}>
        <caption className={table.hidden}>{strings.comparisonTitle}</caption>
        <thead>
          <tr>
            <th scope="col" className={table.head}>
              {strings.comparisonFigure}
            </th>
            {scenarios.map((s, i) => (
              <th key={i} scope="col" className={mergeClasses(table.head, table.number)}>
                {s.name || strings.rowTitle(strings.scenarioNoun, i + 1, '')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody aria-live="polite">
          {rows.map(([label, show]) => (
            <tr key={label}>
              <th scope="row" className={mergeClasses(table.cell, table.rowHead)}>
                {label}
              </th>
              {scenarios.map((s, i) => (
                <td key={i} className={number}>
                  {show(s)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
