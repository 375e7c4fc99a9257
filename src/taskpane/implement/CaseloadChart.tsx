// A small picture of the weekly caseload per FTE against the band: the band as a shaded strip,
// the weeks as a line of dots, the trend as a dashed line running on a few weeks past the last. Screen readers get the same story in one sentence.
import { makeStyles, tokens } from '@fluentui/react-components';
import { Band, BandStatus, FORECAST_WEEKS, isError, MonitoringFigures } from '../../core';
import { ChartFigure } from '../components/ChartFigure';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures } from '../state/PlanStore';

const WIDTH = 400;
const HEIGHT = 180;
const PAD = { left: 34, right: 10, top: 10, bottom: 24 };

const useStyles = makeStyles({
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const DOT: Record<BandStatus, string> = {
  below: tokens.colorPaletteDarkOrangeForeground1,
  within: tokens.colorPaletteGreenForeground1,
  above: tokens.colorPaletteRedForeground1,
};

interface Point {
  /** The week's place in the monitoring list (0-based): a week without a figure keeps its place. */
  position: number;
  week: string;
  caseload: number;
  status: BandStatus | undefined;
}

export function CaseloadChart() {
  const styles = useStyles();
  const strings = useStrings();
  const formats = useFormats();
  const { weeks, bandPerFte, monitoring } = useFigures();
  const points: Point[] = weeks.flatMap((w, position) =>
    isError(w.caseload)
      ? []
      : [{ position, week: w.week, caseload: w.caseload, status: isError(w.status) ? undefined : w.status }],
  );
  if (isError(bandPerFte)) return <p className={styles.note}>{strings.chartNoBand}</p>;
  if (points.length === 0) return <p className={styles.note}>{strings.chartNoData}</p>;

  const summary = strings.chartSummary(
    points.length,
    formats.fixed(points[0].caseload, 1),
    formats.fixed(points[points.length - 1].caseload, 1),
    formats.band(bandPerFte),
    points.filter(p => p.status === 'above').length,
    points.filter(p => p.status === 'below').length,
  );
  return (
    <ChartFigure width={WIDTH} height={HEIGHT} summary={summary} caption={strings.chartTitle}>
      <Plot points={points} band={bandPerFte} trend={monitoring.line} label={n => formats.fixed(n, 0)} />
    </ChartFigure>
  );
}

interface PlotProps {
  points: Point[];
  band: Band;
  trend: MonitoringFigures['line'];
  label(n: number): string;
}

function Plot({ points, band, trend, label }: PlotProps) {
  const top = Math.max(band.high, trend?.end ?? 0, ...points.map(p => p.caseload)) * 1.15 || 1;
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  // Positions from the first week to the trend's end (or the last week when there is no trend).
  const last = trend ? trend.lastWeek - 1 + FORECAST_WEEKS : points[points.length - 1].position;
  const x = (position: number) => PAD.left + (last === 0 ? plotWidth / 2 : (position / last) * plotWidth);
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight;
  const text = { fontSize: 11, fill: tokens.colorNeutralForeground2 };
  return (
    <>
      <rect
        x={PAD.left}
        y={y(band.high)}
        width={plotWidth}
        height={Math.max(y(band.low) - y(band.high), 1)}
        fill={tokens.colorPaletteGreenBackground2}
      />
      <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={PAD.top + plotHeight} stroke={tokens.colorNeutralStroke1} />
      <line
        x1={PAD.left}
        x2={WIDTH - PAD.right}
        y1={PAD.top + plotHeight}
        y2={PAD.top + plotHeight}
        stroke={tokens.colorNeutralStroke1}
      />
      {[0, band.low, band.high].map((value, i) => (
        <text key={i} x={PAD.left - 4} y={y(value) + 4} textAnchor="end" {...text}>
          {label(value)}
        </text>
      ))}
      <text x={x(points[0].position)} y={HEIGHT - 6} {...text}>
        {points[0].week}
      </text>
      {points.length > 1 && (
        <text x={x(points[points.length - 1].position)} y={HEIGHT - 6} textAnchor="middle" {...text}>
          {points[points.length - 1].week}
        </text>
      )}
      {trend && (
        <line
          x1={x(0)}
          y1={y(trend.start)}
          x2={x(last)}
          y2={y(trend.end)}
          stroke={tokens.colorNeutralForeground2}
          strokeWidth={1.5}
          strokeDasharray="5 4"
        />
      )}
      <polyline
        points={points.map(p => `${x(p.position)},${y(p.caseload)}`).join(' ')}
        fill="none"
        stroke={tokens.colorBrandForeground1}
        strokeWidth={2}
      />
      {points.map(p => (
        <circle
          key={p.position}
          cx={x(p.position)}
          cy={y(p.caseload)}
          r={4}
          fill={p.status ? DOT[p.status] : tokens.colorNeutralForeground2}
          stroke={tokens.colorNeutralBackground1}
        />
      ))}
    </>
  );
}
