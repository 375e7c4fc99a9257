// Case-mix drift of the team shown: each category's share of the case list beside its share in
// step 2, how many points more heavy cases there are, the FTE the real mix would ask beside the
// FTE the assumed mix asks, and a warning from the threshold the organisation set.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { isError, mixDrift } from '../../core';
import { FigureList } from '../components/FigureList';
import { FigureTable } from '../components/FigureTable';
import { NumberField } from '../components/NumberField';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures, usePlan, useSection, useTeam } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';

export function MixDrift() {
  const strings = useStrings();
  const formats = useFormats();
  const plan = usePlan();
  const [team] = useTeam();
  const [conversation, setConversation] = useSection('conversation');
  const name = useTeamShownName();
  const { on } = useFigures();
  const mix = mixDrift(plan, team, on);
  const points = (share: number) => formats.number(share * 100, 1);
  const signed = (share: number) => `${share > 0 ? '+' : ''}${points(share)}`;
  const fte = (value: typeof mix.fteReal) => formats.result(value, n => formats.fixed(n, 2));
  return (
    <Section title={strings.mixTitle(name)} intro={strings.mixIntro}>
      {mix.listed === 0 ? (
        <p>{strings.mixNoList}</p>
      ) : (
        <FigureTable
          caption={strings.mixTitle(name)}
          rowHeaders
          columns={[
            { heading: strings.mixCategory },
            { heading: strings.mixAssumed, numeric: true },
            { heading: strings.mixReal, numeric: true },
          ]}
          rows={mix.categories.map(c => [
            c.heavy ? `${c.name} (${strings.mixHeavy})` : c.name,
            formats.percent(c.assumedShare, 1),
            formats.percent(c.realShare, 1),
          ])}
        />
      )}
      <FigureList
        figures={[
          {
            label: strings.mixDrift,
            value: formats.result(mix.drift, d => strings.mixDriftValue(signed(d))),
            testId: 'mix-drift',
          },
          { label: strings.mixFteAssumed, value: fte(mix.fteAssumed) },
          { label: strings.mixFteReal, value: fte(mix.fteReal), testId: 'fte-real-mix' },
        ]}
      />
      {mix.warning && !isError(mix.drift) && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.mixWarning(signed(mix.drift), points(conversation.driftThreshold))}</MessageBarBody>
        </MessageBar>
      )}
      <NumberField
        label={strings.mixThreshold}
        kind="percent"
        value={conversation.driftThreshold}
        onChange={driftThreshold => setConversation({ driftThreshold })}
      />
    </Section>
  );
}
