// The reflection notes people of the team shown chose to share with the team: in the plan and the
// workbook, without a name, each with its aspect and date, and a way to remove one.
import { Button } from '@fluentui/react-components';
import { Section } from '../components/Section';
import { useStrings } from '../i18n/LocaleProvider';
import { useTeam } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';
import { NoteList } from './NoteList';

export function SharedNotes() {
  const strings = useStrings();
  const [team, setTeam] = useTeam();
  const name = useTeamShownName();
  return (
    <Section level={3} title={strings.sharedNotesTitle(name)} intro={strings.sharedNotesIntro}>
      {team.sharedNotes.length === 0 ? (
        <p>{strings.sharedNotesNone}</p>
      ) : (
        <NoteList
          notes={team.sharedNotes}
          testId="shared-notes"
          actions={(_note, index, label, date) => (
            <Button
              size="small"
              aria-label={strings.sharedNotesRemove(label, date)}
              onClick={() => setTeam({ sharedNotes: team.sharedNotes.filter((_n, i) => i !== index) })}
            >
              {strings.removeVisible}
            </Button>
          )}
        />
      )}
    </Section>
  );
}
