// The team's case list with, per case, how it compares with its norm (far above, far below, or
// within the tolerance), a reflection and an outcome, and the day it was listed (Opschonen removes
// it after the months the plan keeps lists); above it the counts both ways and the tolerance
// everyone shares. A case number that is, or holds, a name, a BSN or a date is refused as it is
// typed: it stays on screen with the reason and never reaches the plan (one already in the plan, from
// Excel or an earlier version, is flagged under its case). Beside the reflection a hint
// says what not to write. A long list (a case list may hold 100,000 cases) shows 20 cases at a
// time, and finds one by its number.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { caseNumberProblem, deviationFigures, ListedCase, ListedCaseFigures, OUTCOMES, PrivacyFind } from '../../core';
import type { PaneTexts } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { FigureList } from '../components/FigureList';
import { NumberField } from '../components/NumberField';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { usePlan, useSection, useTeam, useToday } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';
import { outcomeLabel } from './outcomeLabels';

const refusal = (problem: PrivacyFind, s: PaneTexts): string =>
  ({ bsn: s.caseNumberBsn, birthDate: s.caseNumberBirthDate, name: s.caseNumberName })[problem];

export function DeviatingCases() {
  const strings = useStrings();
  const today = useToday();
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
    {
      key: 'caseNumber',
      kind: 'text',
      label: strings.caseNumber,
      refuse: typed => {
        const problem = caseNumberProblem(typed);
        return problem && `${refusal(problem, strings)} ${strings.caseNumberKept}`;
      },
    },
    {
      key: 'category',
      kind: 'select',
      label: strings.caseCategory,
      options: [{ value: '', label: strings.noValue }, ...categories],
    },
    { key: 'hours', kind: 'optionalNumber', label: strings.measureHours, hint: strings.caseHoursHint },
    { key: 'weeksOpen', kind: 'optionalNumber', label: strings.measureWeeks },
    { key: 'worker', kind: 'text', label: strings.caseWorker },
    { key: 'reflection', kind: 'longText', label: strings.caseReflection, hint: strings.caseReflectionHint },
    {
      key: 'outcome',
      kind: 'select',
      label: strings.caseOutcome,
      options: (['', ...OUTCOMES] as const).map(o => ({ value: o, label: outcomeLabel(o, strings) })),
    },
    { key: 'listed', kind: 'day', optional: true, label: strings.caseListed, hint: strings.caseListedHint },
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
        newRow={() => newCase(plan.bandwidth.categories[0]?.name ?? '', today)}
        extra={(row, i) => {
          // A case number from before the check (an earlier version, or typed in Excel) is flagged, never dropped.
          const problem = caseNumberProblem(row.caseNumber);
          return (
            <>
              {problem && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>{refusal(problem, strings)}</MessageBarBody>
                </MessageBar>
              )}
              {figures.cases[i] && reading(figures.cases[i])}
            </>
          );
        }}
      />
    </Section>
  );
}

const CASES_AT_A_TIME = 20;

/** A new case knows nothing yet: with neither hours nor weeks it is held against no norm until one is typed. */
const newCase = (category: string, listed: string): ListedCase => ({
  caseNumber: '',
  category,
  hours: null,
  weeksOpen: null,
  worker: '',
  reflection: '',
  outcome: '',
  listed,
});
