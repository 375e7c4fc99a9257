// Step 3: the weekly figures (open cases, FTE present) held against the band per FTE, with the
// computed caseload per FTE and its status, and a chart of the same.
import { Button, Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { isError, Week } from '../../core';
import { NumberCell } from '../components/NumberCell';
import { Section } from '../components/Section';
import { StatusText } from '../components/StatusText';
import { useRowFocus } from '../components/useRowFocus';
import { useTableStyles } from '../components/useTableStyles';
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
  const table = useTableStyles();
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

  const columns = [strings.weekColumn, strings.openCasesColumn, strings.ftePresentColumn];
  return (
    <Section title={strings.monitoringTitle} intro={strings.monitoringHint}>
      {isError(figures.bandPerFte) && <p className={styles.note}>{formats.error(figures.bandPerFte)}</p>}
      <div className={table.scroller}>
        <table className={table.table}>
          <caption className={table.hidden}>{strings.monitoringTitle}</caption>
          <thead>
            <tr>
              {columns.map(column => (
                <th key={column} scope="col" className={table.head}>
                  {column}
                </th>
              ))}
              <th scope="col" className={mergeClasses(table.head, table.number)}>
                {strings.perFteColumn}
              </th>
              <th scope="col" className={table.head}>
                {strings.statusColumn}
              </th>
              <th scope="col" className={table.head}>
                <span className={table.hidden}>{strings.removeVisible}</span>
              </th>
            </tr>
          </thead>
          <tbody ref={containerRef}>
            {weeks.map((week, index) => {
              const computed = figures.weeks[index];
              const name = (column: string) => strings.cellLabel(column, index + 1);
              return (
                <tr key={index}>
                  <td className={table.cell}>
                    <Input
                      size="small"
                      className={styles.week}
                      aria-label={name(strings.weekColumn)}
                      placeholder="2026-W40"
                      value={week.week}
                      onChange={(_, d) => setWeek(index, { week: d.value })}
                    />
                  </td>
                  <td className={table.cell}>
                    <NumberCell
                      className={styles.count}
                      name={name(strings.openCasesColumn)}
                      value={week.openCases}
                      onChange={openCases => setWeek(index, { openCases })}
                    />
                  </td>
                  <td className={table.cell}>
                    <NumberCell
                      className={styles.count}
                      name={name(strings.ftePresentColumn)}
                      value={week.ftePresent}
                      onChange={ftePresent => setWeek(index, { ftePresent })}
                    />
                  </td>
                  <td className={mergeClasses(table.cell, table.number)} aria-live="polite">
                    {formats.result(computed.caseload, n => formats.fixed(n, 1))}
                  </td>
                  <td className={table.cell} aria-live="polite">
                    {isError(computed.status) ? strings.noValue : <StatusText status={computed.status} />}
                  </td>
                  <td className={table.cell}>
                    <Button
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
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Button ref={addRef} className={styles.add} onClick={addWeek}>
        {strings.addWeek}
      </Button>
      <CaseloadChart />
      <TrendSummary />
    </Section>
  );
}
