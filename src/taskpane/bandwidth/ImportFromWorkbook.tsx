// "Gegevens uit eigen werkmap": pick one of the user's own tables (or the selection), say what it
// holds and which column is which, and take it into the plan (a roster or case list into the team
// shown). The source is only ever read.
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { Section } from '../components/Section';
import { SelectField, useSelectStyles } from '../components/SelectField';
import { useStrings } from '../i18n/LocaleProvider';
import { usePlanActions, useTeamIndex } from '../state/PlanStore';
import { reasonOf, useWorkbook } from '../state/WorkbookProvider';
import type { SourceTable } from '../../workbook';
import { useTeamShownName } from '../teams/teamNames';
import {
  ColumnChoice,
  guessColumns,
  IMPORT_TARGETS,
  importAs,
  ImportOutcome,
  ImportTarget,
  isComplete,
  TARGET_FIELDS,
  targetLabel,
} from './importTargets';

type Sources = { state: 'loading' } | { state: 'failed'; reason: string } | { state: 'ready'; list: SourceTable[] };
type Result = { state: 'done'; outcome: ImportOutcome } | { state: 'failed'; reason: string } | undefined;

const SHOWN_SKIPS = 5;

const useStyles = makeStyles({
  columns: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** `initialTarget`: what the table is taken as until the user chooses otherwise. */
export function ImportFromWorkbook({ initialTarget = 'roster' }: { initialTarget?: ImportTarget }) {
  const styles = useStyles();
  const select = useSelectStyles();
  const strings = useStrings();
  const { connection } = useWorkbook();
  const { edit } = usePlanActions();
  const team = { index: useTeamIndex(), name: useTeamShownName() };
  const [sources, setSources] = useState<Sources>({ state: 'loading' });
  const [sourceName, setSourceName] = useState('');
  const [target, setTarget] = useState<ImportTarget>(initialTarget);
  // The user's own column choices per source and target, over the guesses from the headers ("" = none).
  const [overrides, setOverrides] = useState<Record<string, ColumnChoice>>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>(undefined);

  const source = sources.state === 'ready' ? sources.list.find(s => s.name === sourceName) : undefined;
  const choiceKey = `${sourceName}\u0000${target}`;
  const shown: ColumnChoice = source ? { ...guessColumns(target, source.columns), ...overrides[choiceKey] } : {};
  const columns: ColumnChoice = Object.fromEntries(Object.entries(shown).filter(([, header]) => header));

  const choose = (name: string, nextTarget: ImportTarget) => {
    setSourceName(name);
    setTarget(nextTarget);
    setResult(undefined);
  };
  const setColumn = (key: keyof ColumnChoice, header: string) =>
    setOverrides({ ...overrides, [choiceKey]: { ...overrides[choiceKey], [key]: header } });

  const refresh = useCallback(() => {
    if (!connection) return;
    setSources({ state: 'loading' });
    connection.storage
      .listSources()
      .then(list => {
        setSources({ state: 'ready', list });
        setSourceName(current => (list.some(s => s.name === current) ? current : (list[0]?.name ?? '')));
      })
      .catch(error => setSources({ state: 'failed', reason: reasonOf(error) }));
  }, [connection]);

  useEffect(refresh, [refresh]);

  const run = async () => {
    if (!connection || !source) return;
    setBusy(true);
    try {
      const outcome = importAs(target, await connection.storage.readSource(source.name), columns, team);
      edit(outcome.apply);
      setResult({ state: 'done', outcome });
    } catch (error) {
      setResult({ state: 'failed', reason: reasonOf(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={strings.importTitle} intro={strings.importIntroTeam(team.name)} folded>
      {sources.state === 'loading' && <p className={styles.note}>{strings.importLoading}</p>}
      {sources.state === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{strings.importSourcesFailed(sources.reason)}</MessageBarBody>
        </MessageBar>
      )}
      {sources.state === 'ready' && sources.list.length === 0 && (
        <p className={styles.note}>{strings.importNoSources}</p>
      )}
      {sources.state === 'ready' && source && (
        <>
          <SelectField
            label={strings.importSource}
            value={source.name}
            options={sources.list.map(s => ({
              value: s.name,
              label:
                s.kind === 'selection'
                  ? strings.importSelection(s.name)
                  : strings.importSourceOption(s.name, s.sheet, s.rows),
            }))}
            onChange={name => choose(name, target)}
          />
          <SelectField
            label={strings.importTarget}
            hint={target === 'cases' ? strings.importTargetHint : undefined}
            value={target}
            options={IMPORT_TARGETS.map(t => ({ value: t, label: targetLabel(t, strings) }))}
            onChange={t => choose(source.name, t as ImportTarget)}
          />
          <fieldset className={styles.columns}>
            <legend className={styles.legend}>{strings.importColumnsLegend}</legend>
            {TARGET_FIELDS[target].map(field => (
              <Field
                key={field.key}
                className={select.field}
                label={field.label(strings)}
                hint={field.hint?.(strings)}
                required={field.required}
              >
                <Select
                  className={select.select}
                  value={shown[field.key] ?? ''}
                  onChange={(_, d) => setColumn(field.key, d.value)}
                >
                  <option value="">{strings.importNoColumn}</option>
                  {source.columns.map(column => (
                    <option key={column} value={column}>
                      {column}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </fieldset>
        </>
      )}
      <div className={styles.actions}>
        {source && (
          <Button appearance="primary" disabled={busy || !isComplete(target, columns)} onClick={() => void run()}>
            {strings.importButton}
          </Button>
        )}
        <Button disabled={!connection || sources.state === 'loading'} onClick={refresh}>
          {strings.importRefresh}
        </Button>
      </div>
      {result?.state === 'done' && (
        <MessageBar
          intent={result.outcome.refused ? 'error' : result.outcome.skippedCount > 0 ? 'warning' : 'success'}
          layout="multiline"
        >
          <MessageBarBody>
            {!result.outcome.refused && <MessageBarTitle>{strings.importDoneTitle}</MessageBarTitle>}
            {result.outcome.summary(strings)}
            {result.outcome.skippedCount > 0 && (
              <>
                {' '}
                {strings.importSkippedRows(result.outcome.skippedCount)}:
                <ul className={styles.list}>
                  {result.outcome.skipped.slice(0, SHOWN_SKIPS).map(s => (
                    <li key={`${s.row}-${s.column}`}>{strings.importSkippedRow(s.row, s.column, s.value)}</li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.state === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{strings.importFailed(result.reason)}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
