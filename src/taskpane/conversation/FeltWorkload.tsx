// Felt workload of the team shown: per week or evaluation moment the counts of "too little",
// "right" and "too much" (never who said what), each beside the position in the band of the
// caseload measured that week, with what a mismatch suggests. A count is added whole, and only with
// the answers the organisation asks for (plan.privacy.minAnswers, at least five): with fewer,
// anyone can tell who said what. A count with fewer answers from before (or typed in Excel) is
// kept but never broken down, and a team with fewer people than that is told to count together
// with another team. A fraction is refused: a count is whole people.
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { answeredIn, FeltFigures, feltFigures, FeltSignal, isError, nameKey, statusWord } from '../../core';
import type { Felt, PaneTexts } from '../../core';
import { DateField } from '../components/DateField';
import { FieldGrid } from '../components/FieldGrid';
import { NumberField } from '../components/NumberField';
import { Section } from '../components/Section';
import { dateText } from '../format/dateText';
import { useFormats, useLanguage, useStrings } from '../i18n/LocaleProvider';
import { useChoice } from '../state/DraftStore';
import { useFigures, usePlan, useTeam, useToday } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  count: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  remove: { alignSelf: 'flex-start' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

const signalText = (signal: FeltSignal, s: PaneTexts): string =>
  ({ workload: s.signalWorkload, cases: s.signalCases, carried: s.signalCarried, room: s.signalRoom })[signal];

type NewCount = Omit<Felt, 'date'> & { date: string | undefined };
const NO_COUNT: NewCount = { date: undefined, tooLittle: 0, right: 0, tooMuch: 0 };

export function FeltWorkload() {
  const strings = useStrings();
  const formats = useFormats();
  const language = useLanguage();
  const styles = useStyles();
  const today = useToday();
  const plan = usePlan();
  const [team, setTeam] = useTeam();
  const name = useTeamShownName();
  const { weeks, people } = useFigures();
  const min = plan.privacy.minAnswers;
  const figures = feltFigures(team, min, weeks);
  const onRoster = new Set(people.map(p => nameKey(p.name))).size;
  const [count, setCount] = useChoice<NewCount>(`felt/${team.id}/new`, NO_COUNT);
  const [said, setSaid] = useState<string>();
  const date = count.date ?? today;
  const answered = answeredIn({ ...count, date });

  const add = () => {
    if (answered < min) {
      setSaid(strings.feltTooFewToAdd(answered, min));
      return;
    }
    setTeam({ felt: [...team.felt, { ...count, date }] });
    setCount(NO_COUNT);
    setSaid(strings.feltAdded(dateText(date, language)));
  };

  const beside = ({ week, position, status, signal }: FeltFigures) => {
    if (!week || isError(status)) return <p className={styles.text}>{strings.feltNoWeek}</p>;
    const where = formats.result(position, p => formats.fixed(p, 2));
    return (
      <>
        <p className={styles.text}>
          {strings.feltBeside(where, statusWord(status, language), dateText(week.week, language))}
        </p>
        {signal && <p className={styles.text}>{signalText(signal, strings)}</p>}
      </>
    );
  };

  return (
    <Section title={strings.feltTitle(name)} intro={strings.feltIntro(min)}>
      {onRoster > 0 && onRoster < min && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.feltSmallTeam(name, onRoster, min)}</MessageBarBody>
        </MessageBar>
      )}
      {figures.length === 0 ? (
        <p className={styles.text}>{strings.emptyList}</p>
      ) : (
        <ol className={styles.list} data-testid="felt-counts">
          {figures.map((f, index) => {
            const shown = dateText(f.felt.date, language);
            return (
              <li key={index} className={styles.count}>
                <p className={styles.heading}>{shown}</p>
                <p className={styles.text}>
                  {f.shown
                    ? strings.feltCounts(f.felt.tooLittle, f.felt.right, f.felt.tooMuch)
                    : strings.feltTooFew(f.answered, min)}
                </p>
                {beside(f)}
                <Button
                  size="small"
                  className={styles.remove}
                  aria-label={strings.feltRemove(shown)}
                  onClick={() => setTeam({ felt: team.felt.filter((_f, i) => i !== index) })}
                >
                  {strings.removeVisible}
                </Button>
              </li>
            );
          })}
        </ol>
      )}
      <Section level={3} title={strings.feltNew}>
        <FieldGrid>
          <DateField label={strings.feltDate} value={date} onChange={d => setCount({ ...count, date: d })} />
          <NumberField
            label={strings.feltTooLittle}
            kind="count"
            value={count.tooLittle}
            onChange={tooLittle => setCount({ ...count, date, tooLittle })}
          />
          <NumberField
            label={strings.feltRight}
            kind="count"
            value={count.right}
            onChange={right => setCount({ ...count, date, right })}
          />
          <NumberField
            label={strings.feltTooMuch}
            kind="count"
            value={count.tooMuch}
            onChange={tooMuch => setCount({ ...count, date, tooMuch })}
          />
        </FieldGrid>
        <div className={styles.actions}>
          <Button onClick={add}>{strings.feltAdd}</Button>
          <span role="status">{said ?? ''}</span>
        </div>
      </Section>
    </Section>
  );
}
