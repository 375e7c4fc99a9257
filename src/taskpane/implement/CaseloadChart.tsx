// A small picture of the weekly caseload per FTE against the band: the band of each week as a
// shaded strip that takes a step where a new version starts (and runs on in the version in force
// past the last week), the weeks as a line of dots, the trend as a dashed line running on a few
// weeks past the last. Screen readers get the same story, with the versions that applied, in words.
import { makeStyles, tokens } from '@fluentui/react-components';
import { Band, BandStatus, FORECAST_WEEKS, isError, MonitoringFigures, weekLabel } from '../../core';
import { ChartFigure } from '../components/ChartFigure';
import { dateText } from '../format/dateText';
import { useFormats, useLanguage, useStrings } from '../i18n/LocaleProvider';
import { useFigures, useTeam } from '../state/PlanStore';
import { bandSteps, BandStep } from './bandSteps';

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

/** A stretch of the plot with one band: from … to positions (weeks), inclusive. */
interface Strip {
  first: number;
  last: number;
  band: Band;
}

export function CaseloadChart() {
  const styles = useStyles();
  const strings = useStrings();
  const formats = useFormats();
  const language = useLanguage();
  const [team] = useTeam();
  const { weeks, bandInForce, monitoring } = useFigures();
  const points: Point[] = weeks.flatMap((w, position) =>
    isError(w.caseload)
      ? []
      : [{ position, week: w.week, caseload: w.caseload, status: isError(w.status) ? undefined : w.status }],
  );
  if (points.length === 0) return <p className={styles.note}>{strings.chartNoData}</p>;

  const steps = team ? bandSteps(team) : [];
  const versions = steps
    .map(({ first, version }) =>
      version
        ? strings.chartVersionItem(
            formats.band(version.band),
            dateText(version.from, language),
            weekLabel(weeks[first].week),
          )
        : strings.chartNoVersionItem(weekLabel(weeks[first].week)),
    )
    .join(', ');
  const summary = strings.chartSummaryVersions(
    points.length,
    formats.fixed(points[0].caseload, 1),
    formats.fixed(points[points.length - 1].caseload, 1),
    versions ? strings.chartVersionsUsed(versions) : '',
    monitoring.weeksAbove,
    monitoring.weeksBelow,
  );
  return (
    <ChartFigure width={WIDTH} height={HEIGHT} summary={summary} caption={strings.chartTitleVersions}>
      <Plot
        points={points}
        strips={strips(steps, weeks.length, isError(bandInForce) ? undefined : bandInForce.band)}
        trend={monitoring.line}
        label={n => formats.fixed(n, 0)}
        week={weekLabel}
      />
    </ChartFigure>
  );
}

/** The steps' bands, and past the last week (where the trend runs on) the band in force now. */
function strips(steps: readonly BandStep[], weekCount: number, inForce: Band | undefined): Strip[] {
  const known = steps.flatMap(({ first, last, version }) => (version ? [{ first, last, band: version.band }] : []));
  if (!inForce) return known;
  const end = weekCount - 1 + FORECAST_WEEKS;
  const previous = known.at(-1);
  // The last week's version still in force: its strip simply runs on.
  if (previous && previous.last === weekCount - 1 && sameBand(previous.band, inForce)) {
    return [...known.slice(0, -1), { ...previous, last: end }];
  }
  return [...known, { first: weekCount, last: end, band: inForce }];
}

const sameBand = (a: Band, b: Band) => a.low === b.low && a.high === b.high;

interface PlotProps {
  points: Point[];
  strips: Strip[];
  trend: MonitoringFigures['line'];
  label(n: number): string;
  week(week: string): string;
}

function Plot({ points, strips, trend, label, week }: PlotProps) {
  const top = Math.max(...strips.map(s => s.band.high), trend?.end ?? 0, ...points.map(p => p.caseload)) * 1.15 || 1;
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  // Positions from the first week to the trend's end (or the last week when there is no trend).
  const last = trend ? trend.lastWeek - 1 + FORECAST_WEEKS : points[points.length - 1].position;
  const x = (position: number) => PAD.left + (last === 0 ? plotWidth / 2 : (position / last) * plotWidth);
  // A week's strip reaches halfway to its neighbours, within the plot.
  const edge = (position: number) => Math.min(Math.max(x(position), PAD.left), WIDTH - PAD.right);
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight;
  const text = { fontSize: 11, fill: tokens.colorNeutralForeground2 };
  const axis = strips.at(-1)?.band;
  return (
    <>
      {strips
        .filter(s => s.first <= last)
        .map(s => (
          <rect
            key={s.first}
            x={edge(s.first - 0.5)}
            y={y(s.band.high)}
            width={Math.max(edge(Math.min(s.last, last) + 0.5) - edge(s.first - 0.5), 1)}
            height={Math.max(y(s.band.low) - y(s.band.high), 1)}
            fill={tokens.colorPaletteGreenBackground2}
          />
        ))}
      <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={PAD.top + plotHeight} stroke={tokens.colorNeutralStroke1} />
      <line
        x1={PAD.left}
        x2={WIDTH - PAD.right}
        y1={PAD.top + plotHeight}
        y2={PAD.top + plotHeight}
        stroke={tokens.colorNeutralStroke1}
      />
      {[0, ...(axis ? [axis.low, axis.high] : [])].map((value, i) => (
        <text key={i} x={PAD.left - 4} y={y(value) + 4} textAnchor="end" {...text}>
          {label(value)}
        </text>
      ))}
      <text x={x(points[0].position)} y={HEIGHT - 6} {...text}>
        {week(points[0].week)}
      </text>
      {points.length > 1 && (
        <text x={x(points[points.length - 1].position)} y={HEIGHT - 6} textAnchor="middle" {...text}>
          {week(points[points.length - 1].week)}
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
