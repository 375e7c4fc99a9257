// Felt workload of the team shown: per week or evaluation moment the counts of "too little",
// "right" and "too much" (never who said what), each beside the position in the band of the
// caseload measured that week, with what a mismatch suggests. A fraction is refused (a count is
// whole people), and one or two answers in all get a note: such counts would point at a person.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { FeltFigures, feltFigures, FeltSignal, isError, statusWord } from '../../core';
import type { Felt, PaneTexts } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { dateText } from '../format/dateText';
import { useFormats, useLanguage, useStrings } from '../i18n/LocaleProvider';
import { useFigures, useTeam, useToday } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';

/** One or two answers in all: counts that point at a person, which counts are meant to avoid. */
const fewAnswers = ({ answered }: FeltFigures): boolean => answered > 0 && answered < 3;

const signalText = (signal: FeltSignal, s: PaneTexts): string =>
  ({ workload: s.signalWorkload, cases: s.signalCases, carried: s.signalCarried, room: s.signalRoom })[signal];

export function FeltWorkload() {
  const strings = useStrings();
  const formats = useFormats();
  const language = useLanguage();
  const today = useToday();
  const [team, setTeam] = useTeam();
  const name = useTeamShownName();
  const figures = feltFigures(team, useFigures().weeks);

  const beside = ({ week, position, status, signal }: FeltFigures) => {
    if (!week || isError(status)) return <p>{strings.feltNoWeek}</p>;
    const where = formats.result(position, p => formats.fixed(p, 2));
    return (
      <>
        <p>{strings.feltBeside(where, statusWord(status, language), dateText(week.week, language))}</p>
        {signal && <p>{signalText(signal, strings)}</p>}
      </>
    );
  };

  const fields: FieldSpec<Felt>[] = [
    { key: 'date', kind: 'day', label: strings.feltDate, wide: true },
    { key: 'tooLittle', kind: 'count', label: strings.feltTooLittle },
    { key: 'right', kind: 'count', label: strings.feltRight },
    { key: 'tooMuch', kind: 'count', label: strings.feltTooMuch },
  ];
  return (
    <EditableRows
      title={strings.feltTitle(name)}
      hint={strings.feltIntro}
      noun={strings.feltNoun}
      rows={team.felt}
      onChange={felt => setTeam({ felt })}
      fields={fields}
      nameKey="date"
      newRow={() => ({ date: today, tooLittle: 0, right: 0, tooMuch: 0 })}
      extra={(_row, i) => (
        <>
          {figures[i] && fewAnswers(figures[i]) && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{strings.feltFewAnswers}</MessageBarBody>
            </MessageBar>
          )}
          {figures[i] && beside(figures[i])}
        </>
      )}
    />
  );
}
