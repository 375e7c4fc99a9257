// The reflection notes people of the team shown chose to share with the team: in the plan and the
// workbook, without a name, each with its aspect and date, and a way to remove one.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Section } from '../components/Section';
import { dateText } from '../format/dateText';
import { useLanguage, useStrings } from '../i18n/LocaleProvider';
import { useTeam } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';
import { aspectTexts } from './outcomeLabels';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', flexWrap: 'wrap' },
});

export function SharedNotes() {
  const strings = useStrings();
  const language = useLanguage();
  const styles = useStyles();
  const [team, setTeam] = useTeam();
  const name = useTeamShownName();
  return (
    <Section level={3} title={strings.sharedNotesTitle(name)} intro={strings.sharedNotesIntro}>
      {team.sharedNotes.length === 0 ? (
        <p>{strings.sharedNotesNone}</p>
      ) : (
        <ul className={styles.list} data-testid="shared-notes">
          {team.sharedNotes.map((n, index) => {
            const { label } = aspectTexts(n.aspect, strings);
            const date = dateText(n.date, language);
            return (
              <li key={index} className={styles.item}>
                <span>
                  {label}, {date}: {n.note}
                </span>
                <Button
                  size="small"
                  aria-label={strings.sharedNotesRemove(label, date)}
                  onClick={() => setTeam({ sharedNotes: team.sharedNotes.filter((_n, i) => i !== index) })}
                >
                  {strings.removeVisible}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
