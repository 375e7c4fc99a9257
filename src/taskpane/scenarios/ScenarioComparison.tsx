// The scenarios side by side: one column per scenario, one row per figure (the first says which
// team the scenario is about), so a planner reads across a row to see what a change does to the
// band, the staff needed, the extra cost (typed, or the extra FTE at the average cost per FTE) and
// the cost price.
import { makeStyles } from '@fluentui/react-components';
import { ScenarioFigures } from '../../core';
import { FigureTable } from '../components/FigureTable';
import { useFormats, useStrings } from '../i18n/LocaleProvider';

// A band such as "56,1 – 89,8" reads as one figure: it must not break over two lines.
const useStyles = makeStyles({ figure: { whiteSpace: 'nowrap' } });

export function ScenarioComparison({ scenarios }: { scenarios: readonly ScenarioFigures[] }) {
  const styles = useStyles();
  const strings = useStrings();
  const formats = useFormats();
  const two = (n: number) => formats.fixed(n, 2);
  const rows: [string, (s: ScenarioFigures) => string][] = [
    [strings.team, s => s.team],
    [strings.bandPerFte, s => formats.result(s.bandPerFte, formats.band)],
    [strings.bandTeam, s => formats.result(s.teamBand, formats.band)],
    [strings.scenarioFte, s => two(s.fte)],
    [strings.fteNeeded, s => formats.result(s.fteNeeded, two)],
    [strings.staffingRatio, s => formats.result(s.staffingRatio, two)],
    [strings.casesPerYear, s => formats.number(s.casesPerYear, 0)],
    [strings.scenarioExtraCostFigure, s => formats.result(s.extraCost, formats.euro)],
    [strings.costPerCase, s => formats.result(s.costPerCase, formats.euro)],
  ];
  return (
    <FigureTable
      caption={strings.comparisonTitle}
      rowHeaders
      liveBody
      columns={[
        { heading: strings.comparisonFigure },
        ...scenarios.map((s, i) => ({
          heading: s.name || strings.rowTitle(strings.scenarioNoun, i + 1, ''),
          numeric: true,
          cellClassName: styles.figure,
        })),
      ]}
      rows={rows.map(([label, show]) => [label, ...scenarios.map(show)])}
    />
  );
}
