// The team band of each scenario as a horizontal bar from its low to its high end, with a dashed
// mark at the open cases its team has today: whether the team's work fits the band is visible at
// a glance. Screen readers get the same figures in one sentence.
import { tokens } from '@fluentui/react-components';
import { Band, isError, ScenarioFigures } from '../../core';
import { ChartFigure } from '../components/ChartFigure';
import { useFormats, useStrings } from '../i18n/LocaleProvider';

const WIDTH = 400;
const ROW = 34;
const PAD = { left: 8, right: 12, top: 6, bottom: 8 };
/** The characters of a scenario's name that fit on its row at 11 px; a longer one ends in "…". */
const NAME_FITS = 60;
const fitted = (name: string) => (name.length > NAME_FITS ? `${name.slice(0, NAME_FITS - 1)}…` : name);

interface Props {
  scenarios: readonly ScenarioFigures[];
  /** The open cases today of each scenario's team. */
  openCases: readonly number[];
}

export function ScenarioChart({ scenarios, openCases }: Props) {
  const strings = useStrings();
  const formats = useFormats();
  const whole = (n: number) => formats.number(n, 0);
  const name = (s: ScenarioFigures, i: number) =>
    strings.scenarioChartRow(s.name || strings.rowTitle(strings.scenarioNoun, i + 1, ''), s.team);
  const summary = strings.scenarioChartSummaryTeams(
    scenarios
      .map((s, i) => {
        const scenario = s.name || strings.rowTitle(strings.scenarioNoun, i + 1, '');
        return isError(s.teamBand)
          ? strings.scenarioChartMissing(name(s, i))
          : strings.scenarioChartItemTeam(scenario, s.team, formats.band(s.teamBand), whole(openCases[i]));
      })
      .join('; '),
  );
  const bands = scenarios.map(s => (isError(s.teamBand) ? undefined : s.teamBand));
  const top = Math.max(...openCases, ...bands.map(b => b?.high ?? 0)) * 1.1 || 1;
  const height = PAD.top + scenarios.length * ROW + PAD.bottom;
  return (
    <ChartFigure width={WIDTH} height={height} summary={summary} caption={strings.scenarioChartTitle}>
      <Bars names={scenarios.map(name)} bands={bands} top={top} openCases={openCases} label={whole} />
    </ChartFigure>
  );
}

interface BarsProps {
  names: string[];
  bands: (Band | undefined)[];
  top: number;
  openCases: readonly number[];
  label(n: number): string;
}

function Bars({ names, bands, top, openCases, label }: BarsProps) {
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const x = (value: number) => PAD.left + (value / top) * plotWidth;
  const bottom = PAD.top + names.length * ROW;
  const text = { fontSize: 11, fill: tokens.colorNeutralForeground2 };
  return (
    <>
      {names.map((name, i) => {
        const band = bands[i];
        const y = PAD.top + i * ROW;
        return (
          <g key={i}>
            <text x={PAD.left} y={y + 11} fill={tokens.colorNeutralForeground1} fontSize={11}>
              {fitted(name)}
            </text>
            {band ? (
              <>
                <rect
                  x={x(band.low)}
                  y={y + 15}
                  width={Math.max(x(band.high) - x(band.low), 1)}
                  height={12}
                  rx={2}
                  fill={tokens.colorBrandBackground}
                />
                <text x={x(band.high) + 4} y={y + 25} {...text}>
                  {`${label(band.low)}–${label(band.high)}`}
                </text>
              </>
            ) : (
              <text x={PAD.left} y={y + 25} {...text}>
                —
              </text>
            )}
            <line
              x1={x(openCases[i])}
              x2={x(openCases[i])}
              y1={y + 12}
              y2={y + 30}
              stroke={tokens.colorPaletteRedForeground1}
              strokeWidth={2}
              strokeDasharray="4 3"
            />
          </g>
        );
      })}
      <line x1={PAD.left} x2={WIDTH - PAD.right} y1={bottom} y2={bottom} stroke={tokens.colorNeutralStroke1} />
    </>
  );
}
