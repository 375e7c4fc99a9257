// Step 3: the weekly figures of the team shown (a week is its Monday; open cases; FTE present,
// typed or from the roster), with the caseload per FTE and its status against the band version
// in force that week, a chart of the same and where the trend is heading.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { fteOn, isError, Week, WeekFigures } from '../../core';
import { FigureTable } from '../components/FigureTable';
import { NumberField } from '../components/NumberField';
import { Section } from '../components/Section';
import { StatusText } from '../components/StatusText';
import { useRowFocus } from '../components/useRowFocus';
import { useTableStyles } from '../components/useTableStyles';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures, useTeam, useToday } from '../state/PlanStore';
import { CaseloadChart } from './CaseloadChart';
import { FtePresentField } from './FtePresentField';
import { nextWeek } from './nextWeek';
import { TrendSummary } from './TrendSummary';
import { WeekField } from './WeekField';

const useStyles = makeStyles({
  week: { width: '6.5rem' },
  count: { width: '3.75rem' },
  band: { display: 'block', color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  add: { alignSelf: 'flex-start' },
  remove: { minWidth: 'auto' },
});

export function WeeklyMonitoring() {
  const styles = useStyles();
  const strings = useStrings();
  const formats = useFormats();
  const figures = useFigures();
  const today = useToday();
  const [team, setTeam] = useTeam();
  const weeks = team?.weeks ?? [];
  const { containerRef, addRef, focusRow, focusAdd } = useRowFocus<HTMLTableSectionElement>();

  const setWeek = (index: number, patch: Partial<Week>) =>
    setTeam({ weeks: weeks.map((w, i) => (i === index ? { ...w, ...patch } : w)) });
  const addWeek = () => {
    const week = nextWeek(
      weeks.map(w => w.week),
      today,
    );
    setTeam({ weeks: [...weeks, { week, openCases: weeks.at(-1)?.openCases ?? 0, ftePresent: null }] });
    focusRow(weeks.length);
  };

  return (
    <Section title={strings.monitoringTitle} intro={strings.monitoringHintWeeks}>
      <FigureTable
        caption={strings.monitoringTitle}
        bodyRef={containerRef}
        columns={[
          { heading: strings.weekColumn },
          { heading: strings.openCasesColumn },
          { heading: strings.ftePresentColumn },
          { heading: strings.perFteColumn, numeric: true, live: true },
          { heading: strings.statusColumn, live: true },
          { heading: strings.removeVisible, hiddenHeading: true },
        ]}
        rows={weeks.map((week, index) => {
          const computed = figures.weeks[index];
          const name = (column: string) => strings.cellLabel(column, index + 1);
          return [
            <WeekField
              key="week"
              className={styles.week}
              label={name(strings.weekColumn)}
              week={week.week}
              onChange={value => setWeek(index, { week: value })}
            />,
            <NumberField
              key="openCases"
              inTable
              className={styles.count}
              label={name(strings.openCasesColumn)}
              value={week.openCases}
              onChange={openCases => setWeek(index, { openCases })}
            />,
            <FtePresentField
              key="ftePresent"
              className={styles.count}
              label={name(strings.ftePresentColumn)}
              value={week.ftePresent}
              roster={computed?.fteSource === 'roster' ? computed.ftePresent : fteOn(team, week.week)}
              onChange={ftePresent => setWeek(index, { ftePresent })}
            />,
            computed ? formats.result(computed.caseload, n => formats.fixed(n, 1)) : strings.noValue,
            <WeekStatus key="status" week={computed} />,
            <Button
              key="remove"
              size="small"
              appearance="subtle"
              className={styles.remove}
              aria-label={strings.removeRow(index + 1)}
              onClick={() => {
                setTeam({ weeks: weeks.filter((_, i) => i !== index) });
                focusAdd();
              }}
            >
              <span aria-hidden="true">✕</span>
            </Button>,
          ];
        })}
      />
      <Button ref={addRef} className={styles.add} onClick={addWeek}>
        {strings.addWeek}
      </Button>
      <CaseloadChart />
      <TrendSummary />
    </Section>
  );
}

/** The week's status in words, with the band it was held against under it. */
function WeekStatus({ week }: { week: WeekFigures | undefined }) {
  const styles = useStyles();
  const table = useTableStyles();
  const strings = useStrings();
  const formats = useFormats();
  if (!week || isError(week.status) || isError(week.band)) return <>{strings.noValue}</>;
  return (
    <>
      <StatusText status={week.status} />
      <span className={styles.band}>
        <span className={table.hidden}>{strings.weekBandHidden} </span>
        {formats.band(week.band)}
      </span>
    </>
  );
}
