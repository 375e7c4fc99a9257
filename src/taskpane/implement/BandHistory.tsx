// Step 3: the band of the team shown over time. The version in force today (since when and why),
// the band today's inputs propose when it differs, adopting that band from a date with a reason,
// and the list of versions. After adopting, the focus goes to the message that says what was adopted.
import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { Figures, isError, proposesChange, Team } from '../../core';
import { Figure, FigureList } from '../components/FigureList';
import { Section } from '../components/Section';
import { dateText } from '../format/dateText';
import { useFormats, useLanguage, useStrings } from '../i18n/LocaleProvider';
import { useFigures, useTeam, useTeamIndex, useToday } from '../state/PlanStore';
import { AdoptBandForm } from './AdoptBandForm';
import { BandVersions } from './BandVersions';

const useStyles = makeStyles({
  done: { outlineOffset: tokens.strokeWidthThick },
});

export function BandHistory() {
  const strings = useStrings();
  const figures = useFigures();
  const teamIndex = useTeamIndex();
  const [team] = useTeam();
  // What was adopted last, for the team it was adopted for.
  const [done, setDone] = useState<{ team: number; text: string } | undefined>(undefined);
  const inForce = figures.bandInForce;
  return (
    <Section title={strings.historyTitle} intro={strings.historyIntro}>
      <FigureList figures={useBandFigures(figures, team)} />
      {done?.team === teamIndex && <Adopted text={done.text} />}
      {proposesChange(figures) && (
        <AdoptBandForm key={teamIndex} onAdopted={text => setDone({ team: teamIndex, text })} />
      )}
      <BandVersions versions={team?.bands ?? []} inForce={isError(inForce) ? undefined : inForce.index} />
    </Section>
  );
}

/** Says what was adopted, and takes the focus (the form it came from is gone). */
function Adopted({ text }: { text: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [text]);
  return (
    <div ref={ref} tabIndex={-1} className={useStyles().done}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{text}</MessageBarBody>
      </MessageBar>
    </div>
  );
}

/** The band in force (or why there is none) and the one today's inputs propose, said whether they differ. */
function useBandFigures(figures: Figures, team: Team | undefined): Figure[] {
  const strings = useStrings();
  const formats = useFormats();
  const language = useLanguage();
  const today = useToday();
  const { bandInForce, bandPerFte } = figures;
  const first = (team?.bands ?? []).map(b => b.from).sort()[0];
  const since = isError(bandInForce)
    ? undefined
    : strings.bandInForceSince(dateText(bandInForce.from, language), bandInForce.reason);
  return [
    {
      label: strings.bandInForceLabel,
      testId: 'band-in-force',
      value: !first
        ? strings.bandNoneAdopted
        : !isError(bandInForce)
          ? formats.band(bandInForce.band)
          : first > today
            ? strings.bandNotYetInForce(dateText(first, language))
            : formats.error(bandInForce),
      note: since,
    },
    {
      label: strings.bandProposedLabel,
      testId: 'band-proposed',
      value: formats.result(bandPerFte, formats.band),
      note:
        !first || isError(bandPerFte)
          ? undefined
          : proposesChange(figures)
            ? strings.bandProposedNote
            : strings.bandProposalSame,
    },
  ];
}
