// The team's case list with, per case, how it compares with its norm (far above, far below, or
// within the tolerance), a reflection and an outcome; above it the counts both ways and the
// tolerance everyone shares. A case number that looks like a name is flagged at once. A long list
// (a case list may hold 100,000 cases) shows 20 cases at a time, and finds one by its number.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { deviationFigures, ListedCase, ListedCaseFigures, looksLikeName, OUTCOMES } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { FigureList } from '../components/FigureList';
import { NumberField } from '../components/NumberField';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { usePlan, useSection, useTeam } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';
import { outcomeLabel } from './outcomeLabels';

export function DeviatingCases() {
  const strings = useStrings();
  const formats = useFormats();
  const plan = usePlan();
  const [team, setTeam] = useTeam();
  const [conversation, setConversation] = useSection('conversation');
  const name = useTeamShownName();
  const figures = deviationFigures(plan, team);
  const categories = plan.bandwidth.categories.map(c => ({ value: c.name, label: c.name }));

  const reading = (found: ListedCaseFigures): string => {
    if (!found.norm) return strings.caseUnknownCategory;
    if (found.ratio === null) return strings.caseNothingToCompare;
    const norm = formats.number(found.norm.value, 1);
    const shown = found.norm.unit === 'hours' ? strings.normHours(norm) : strings.normWeeks(norm);
    const share = formats.percent(found.ratio, 0);
    if (found.deviation === 'above') return strings.caseFarAbove(share, shown);
    if (found.deviation === 'below') return strings.caseFarBelow(share, shown);
    return strings.caseAgainstNorm(share, shown);
  };

  const fields: FieldSpec<ListedCase>[] = [
    { key: 'caseNumber', kind: 'text', label: strings.caseNumber },
    {
      key: 'category',
      kind: 'select',
      label: strings.caseCategory,
      options: [{ value: '', label: strings.noValue }, ...categories],
    },
    { key: 'hours', kind: 'optionalNumber', label: strings.measureHours, hint: strings.caseHoursHint },
    { key: 'weeksOpen', kind: 'optionalNumber', label: strings.measureWeeks },
    { key: 'worker', kind: 'text', label: strings.caseWorker },
    { key: 'reflection', kind: 'longText', label: strings.caseReflection },
    {
      key: 'outcome',
      kind: 'select',
      label: strings.caseOutcome,
      options: (['', ...OUTCOMES] as const).map(o => ({ value: o, label: outcomeLabel(o, strings) })),
    },
  ];

  return (
    <Section title={strings.deviationsTitle(name)} intro={strings.deviationsIntro}>
      <NumberField
        label={strings.toleranceLabel}
        hint={strings.toleranceHint}
        kind="percent"
        value={conversation.tolerance}
        onChange={tolerance => setConversation({ tolerance })}
      />
      <FigureList
        figures={[
          { label: strings.farAbove, value: String(figures.above), testId: 'far-above' },
          { label: strings.farBelow, value: String(figures.below), testId: 'far-below' },
          { label: strings.deviationsWithoutOutcome, value: String(figures.open) },
        ]}
      />
      <EditableRows
        level={3}
        title={strings.caseListTitle(name, team.caseList.length)}
        noun={strings.caseNoun}
        rows={team.caseList}
        onChange={caseList => setTeam({ caseList })}
        fields={fields}
        nameKey="caseNumber"
        pageSize={CASES_AT_A_TIME}
        folded
        newRow={() => newCase(plan.bandwidth.categories[0]?.name ?? '')}
        extra={(row, i) => (
          <>
            {looksLikeName(row.caseNumber) && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{strings.caseLooksLikeName}</MessageBarBody>
              </MessageBar>
            )}
            {figures.cases[i] && reading(figures.cases[i])}
          </>
        )}
      />
    </Section>
  );
}

const CASES_AT_A_TIME = 20;

/** A new case knows nothing yet: with neither hours nor weeks it is held against no norm until one is typed. */
const newCase = (category: string): ListedCase => ({
  caseNumber: '',
  category,
  hours: null,
  weeksOpen: null,
  worker: '',
  reflection: '',
  outcome: '',
});
