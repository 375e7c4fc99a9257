// Step 3: the weekly figures of the team shown (a week is its Monday; open cases, blank until
// entered; FTE present, typed or from the roster), with the caseload per FTE and its status
// against the band version in force that week, and what the week was graded with (the FTE under
// its field, the band and its version's date under the status), a chart of the same and where the
// trend is heading. A week is added up to the current one, empty: a week not entered is not graded.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { fteOn, isError, Week, weekChecks, WeekFigures } from '../../core';
import { FigureTable } from '../components/FigureTable';
import { Checks } from '../components/Checks';
import { OptionalNumberField } from '../components/OptionalNumberField';
import { Section } from '../components/Section';
import { StatusText } from '../components/StatusText';
import { useRowFocus } from '../components/useRowFocus';
import { useTableStyles } from '../components/useTableStyles';
import { shortDateText } from '../format/dateText';
import { useFormats, useLanguage, useStrings } from '../i18n/LocaleProvider';
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
  version: { display: 'block', color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  add: { alignSelf: 'flex-start' },
  upToDate: { margin: 0, color: tokens.colorNeutralForeground2 },
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
  const upToDateId = useId();

  const setWeek = (index: number, patch: Partial<Week>) =>
    setTeam({ weeks: weeks.map((w, i) => (i === index ? { ...w, ...patch } : w)) });
  const next = nextWeek(
    weeks.map(w => w.week),
    today,
  );
  const addWeek = () => {
    if (!next) return;
    setTeam({ weeks: [...weeks, { week: next, openCases: null, ftePresent: null }] });
    focusRow(weeks.length);
  };
  const checks = team ? weekChecks(team) : [];

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
            <div key="week">
              <WeekField
                className={styles.week}
                label={name(strings.weekColumn)}
                week={week.week}
                onChange={value => setWeek(index, { week: value })}
              />
              <Checks codes={checks[index] ?? []} />
            </div>,
            <OptionalNumberField
              key="openCases"
              inTable
              className={styles.count}
              label={name(strings.openCasesColumn)}
              value={week.openCases}
              onChange={openCases => setWeek(index, { openCases })}
              problem={strings.openCasesInvalidOrBlank}
            />,
            <FtePresentField
              key="ftePresent"
              className={styles.count}
              label={name(strings.ftePresentColumn)}
              value={week.ftePresent}
              roster={computed?.fteSource === 'roster' ? computed.ftePresent : fteOn(team, week.week)}
              onChange={ftePresent => setWeek(index, { ftePresent })}
            />,
            computed?.entered ? formats.result(computed.caseload, n => formats.fixed(n, 1)) : strings.noValue,
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
      <Button
        ref={addRef}
        className={styles.add}
        disabledFocusable={!next}
        aria-describedby={next ? undefined : upToDateId}
        onClick={addWeek}
      >
        {strings.addWeek}
      </Button>
      {!next && (
        <p id={upToDateId} className={styles.upToDate}>
          {strings.weeksUpToDate}
        </p>
      )}
      <CaseloadChart />
      <TrendSummary />
    </Section>
  );
}

/** The week's status in words, with the band it was graded with and that version's date under it. */
function WeekStatus({ week }: { week: WeekFigures | undefined }) {
  const styles = useStyles();
  const table = useTableStyles();
  const strings = useStrings();
  const formats = useFormats();
  const language = useLanguage();
  if (week && !week.entered) return <>{strings.weekNotEntered}</>;
  if (!week || isError(week.status) || isError(week.band) || isError(week.bandFrom)) return <>{strings.noValue}</>;
  return (
    <>
      <StatusText status={week.status} />
      <span className={styles.band}>
        <span className={table.hidden}>{strings.weekBandHidden} </span>
        {formats.band(week.band)}
      </span>
      <span className={styles.version}>{strings.weekBandVersion(shortDateText(week.bandFrom, language))}</span>
    </>
  );
}
