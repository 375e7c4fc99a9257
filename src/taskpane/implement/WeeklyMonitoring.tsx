// Step 3: the weekly figures (open cases, FTE present) held against the band per FTE, with the
// computed caseload per FTE and its status, and a chart of the same.
import { Button, Input, makeStyles, tokens } from '@fluentui/react-components';
import { isError, Week } from '../../core';
import { FigureTable } from '../components/FigureTable';
import { NumberField } from '../components/NumberField';
import { Section } from '../components/Section';
import { StatusText } from '../components/StatusText';
import { useRowFocus } from '../components/useRowFocus';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures, useSection } from '../state/PlanStore';
import { CaseloadChart } from './CaseloadChart';
import { nextWeek } from './nextWeek';
import { TrendSummary } from './TrendSummary';

const useStyles = makeStyles({
  week: { width: '6.5rem' },
  count: { width: '3.75rem' },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  add: { alignSelf: 'flex-start' },
  remove: { minWidth: 'auto' },
});

export function WeeklyMonitoring() {
  const styles = useStyles();
  const strings = useStrings();
  const formats = useFormats();
  const figures = useFigures();
  const [implement, setImplement] = useSection('implement');
  const { weeks } = implement;
  const { containerRef, addRef, focusRow, focusAdd } = useRowFocus<HTMLTableSectionElement>();

  const setWeek = (index: number, patch: Partial<Week>) =>
    setImplement({ weeks: weeks.map((w, i) => (i === index ? { ...w, ...patch } : w)) });
  const addWeek = () => {
    const last = weeks.at(-1);
    setImplement({
      weeks: [
        ...weeks,
        { week: last ? nextWeek(last.week) : '', openCases: last?.openCases ?? 0, ftePresent: last?.ftePresent ?? 0 },
      ],
    });
    focusRow(weeks.length);
  };

  return (
    <Section title={strings.monitoringTitle} intro={strings.monitoringHint}>
      {isError(figures.bandPerFte) && <p className={styles.note}>{formats.error(figures.bandPerFte)}</p>}
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
          const count = (field: 'openCases' | 'ftePresent', column: string) => (
            <NumberField
              key={field}
              inTable
              className={styles.count}
              label={name(column)}
              value={week[field]}
              onChange={n => setWeek(index, { [field]: n })}
            />
          );
          return [
            <Input
              key="week"
              size="small"
              className={styles.week}
              aria-label={name(strings.weekColumn)}
              placeholder="2026-W40"
              value={week.week}
              onChange={(_, d) => setWeek(index, { week: d.value })}
            />,
            count('openCases', strings.openCasesColumn),
            count('ftePresent', strings.ftePresentColumn),
            formats.result(computed.caseload, n => formats.fixed(n, 1)),
            isError(computed.status) ? strings.noValue : <StatusText status={computed.status} />,
            <Button
              key="remove"
              size="small"
              appearance="subtle"
              className={styles.remove}
              aria-label={strings.removeRow(index + 1)}
              onClick={() => {
                setImplement({ weeks: weeks.filter((_, i) => i !== index) });
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
