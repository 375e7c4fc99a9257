// A person's reflection on the pressure they feel: the five aspects with a question each, drafted
// here and kept on Keep in this browser only, for that person (ownNotes.ts), never in the plan or
// the workbook; a line says so, and who else can open them. A kept note reaches the team only when
// its person shares it, note by note and after a confirmation, without a name. The person's
// indirect time beside the share step 2 assumes is a figure per staff member: shown only when the
// organisation turned those on (plan.privacy). The drafts are each person's own (in the team
// shown), in memory only, and with the person chosen survive a switch of tab.
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { Aspect, isError, Note, sameName } from '../../core';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Section } from '../components/Section';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useChoice, useDraft } from '../state/DraftStore';
import { useFigures, usePlan, usePlanActions, useTeam, useToday } from '../state/PlanStore';
import { NoteList } from './NoteList';
import { ASPECTS, aspectTexts } from './outcomeLabels';
import { ownNotesKey } from './ownNotes';
import { SharedNotes } from './SharedNotes';
import { useOwnNotes } from './useOwnNotes';

const useStyles = makeStyles({
  privacy: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

const NO_DRAFTS: Partial<Record<Aspect, string>> = {};

export function IndividualReflection() {
  const strings = useStrings();
  const formats = useFormats();
  const styles = useStyles();
  const today = useToday();
  const plan = usePlan();
  const { edit } = usePlanActions();
  const [team] = useTeam();
  const people = useFigures().people;
  const [person, setPerson] = useChoice(`reflection/${team.id}/person`, '');
  const chosen = people.find(p => sameName(p.name, person));
  const [drafts, setDrafts] = useDraft<Partial<Record<Aspect, string>>>(
    `reflection/${team.id}/${chosen?.name ?? ''}`,
    NO_DRAFTS,
  );
  const own = useOwnNotes(chosen ? ownNotesKey(team.id, chosen.name) : undefined);
  const [said, setSaid] = useState<string>();
  const [sharing, setSharing] = useState<Note>();

  const keep = async () => {
    const notes = ASPECTS.flatMap(aspect => {
      const note = drafts[aspect]?.trim() ?? '';
      return note ? [{ date: today, aspect, note }] : [];
    });
    if (notes.length === 0) return;
    if (await own.add(notes)) {
      setDrafts({});
      setSaid(strings.ownNotesSaved(notes.length));
    }
  };

  /** Out of the person's own notes, into the team's shared notes without a name: only once it left the own notes. */
  const share = async (note: Note) => {
    setSharing(undefined);
    if (!(await own.remove(note))) return;
    edit(now => ({
      ...now,
      teams: now.teams.map(t => (t.id === team.id ? { ...t, sharedNotes: [...t.sharedNotes, note] } : t)),
    }));
    setSaid(strings.ownNotesShared);
  };

  const perPerson = plan.privacy.staffFigures === 'perPerson';
  return (
    <Section title={strings.reflectionTitle} intro={strings.reflectionIntro}>
      <p className={styles.privacy}>{strings.ownNotesLine}</p>
      <SelectField
        label={strings.reflectionPerson}
        value={chosen?.name ?? ''}
        options={[{ value: '', label: strings.noValue }, ...people.map(p => ({ value: p.name, label: p.name }))]}
        onChange={name => {
          setPerson(name);
          setSaid(undefined);
        }}
      />
      {!chosen ? (
        <p>{strings.reflectionNobody}</p>
      ) : (
        <>
          {perPerson && !isError(chosen.indirectShare) && (
            <p data-testid="indirect-comparison">
              {strings.reflectionIndirect(
                chosen.name,
                formats.percent(chosen.indirectShare, 0),
                formats.percent(plan.bandwidth.time.indirectShare, 0),
              )}
            </p>
          )}
          <p>{strings.ownNotesWriteHint}</p>
          {ASPECTS.map(aspect => {
            const { label, question } = aspectTexts(aspect, strings);
            return (
              <TextField
                key={aspect}
                kind="longText"
                label={strings.reflectionNote(label)}
                hint={question}
                value={drafts[aspect] ?? ''}
                onChange={note => setDrafts({ ...drafts, [aspect]: note })}
              />
            );
          })}
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void keep()}>
              {strings.ownNotesSave}
            </Button>
            <span role="status">{said ?? ''}</span>
          </div>
          {own.problem && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{own.problem}</MessageBarBody>
            </MessageBar>
          )}
          <Section level={3} title={strings.ownNotesKept(chosen.name)}>
            {own.notes.length === 0 ? (
              <p>{strings.ownNotesNone}</p>
            ) : (
              <NoteList
                notes={own.notes}
                testId="own-notes"
                actions={(n, _index, label, date) => (
                  <>
                    <Button
                      size="small"
                      aria-label={strings.ownNotesShareLabel(label, date)}
                      onClick={() => setSharing(n)}
                    >
                      {strings.ownNotesShare}
                    </Button>
                    <Button
                      size="small"
                      aria-label={strings.ownNotesRemove(label, date)}
                      onClick={() => void own.remove(n)}
                    >
                      {strings.removeVisible}
                    </Button>
                  </>
                )}
              />
            )}
          </Section>
        </>
      )}
      <SharedNotes />
      <ConfirmDialog
        open={sharing !== undefined}
        title={strings.ownNotesShareTitle}
        body={strings.ownNotesShareBody}
        confirm={strings.ownNotesShareConfirm}
        cancel={strings.ownNotesCancel}
        onConfirm={() => sharing && void share(sharing)}
        onCancel={() => setSharing(undefined)}
      />
    </Section>
  );
}
