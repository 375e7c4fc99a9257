// A person's reflection on the pressure they feel: the five aspects with a question each, notes
// drafted here and kept in the plan only when the person presses Keep (so nothing half-written
// ends up in the workbook), a line saying everyone with the workbook can read what is kept, and
// the person's indirect time beside the share step 2 assumes for the team. The drafts are each
// person's own (in the team shown) and, with the person chosen, survive a switch of tab.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { Aspect, isError, sameName } from '../../core';
import { Section } from '../components/Section';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { dateText } from '../format/dateText';
import { useFormats, useLanguage, useStrings } from '../i18n/LocaleProvider';
import { useChoice, useDraft } from '../state/DraftStore';
import { useFigures, usePlan, useTeam, useToday } from '../state/PlanStore';
import { ASPECTS, aspectTexts } from './outcomeLabels';

const useStyles = makeStyles({
  privacy: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  kept: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

const NO_DRAFTS: Partial<Record<Aspect, string>> = {};

export function IndividualReflection() {
  const strings = useStrings();
  const formats = useFormats();
  const language = useLanguage();
  const styles = useStyles();
  const today = useToday();
  const plan = usePlan();
  const [team, setTeam] = useTeam();
  const people = useFigures().people;
  const [person, setPerson] = useChoice(`reflection/${team.id}/person`, '');
  const chosen = people.find(p => sameName(p.name, person));
  const [drafts, setDrafts] = useDraft<Partial<Record<Aspect, string>>>(
    `reflection/${team.id}/${chosen?.name ?? ''}`,
    NO_DRAFTS,
  );
  const [saved, setSaved] = useState<number | undefined>(undefined);
  const kept = team.notes.map((n, index) => ({ ...n, index })).filter(n => chosen && sameName(n.person, chosen.name));

  const keep = () => {
    if (!chosen) return;
    const notes = ASPECTS.flatMap(aspect => {
      const note = drafts[aspect]?.trim() ?? '';
      return note ? [{ person: chosen.name, date: today, aspect, note }] : [];
    });
    setTeam({ notes: [...team.notes, ...notes] });
    setDrafts({});
    setSaved(notes.length);
  };

  return (
    <Section title={strings.reflectionTitle} intro={strings.reflectionIntro}>
      <p className={styles.privacy}>{strings.privacyLine}</p>
      <SelectField
        label={strings.reflectionPerson}
        value={chosen?.name ?? ''}
        options={[{ value: '', label: strings.noValue }, ...people.map(p => ({ value: p.name, label: p.name }))]}
        onChange={name => {
          setPerson(name);
          setSaved(undefined);
        }}
      />
      {!chosen ? (
        <p>{strings.reflectionNobody}</p>
      ) : (
        <>
          {!isError(chosen.indirectShare) && (
            <p data-testid="indirect-comparison">
              {strings.reflectionIndirect(
                chosen.name,
                formats.percent(chosen.indirectShare, 0),
                formats.percent(plan.bandwidth.time.indirectShare, 0),
              )}
            </p>
          )}
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
            <Button appearance="primary" onClick={keep}>
              {strings.reflectionSave}
            </Button>
            <span role="status">{saved !== undefined ? strings.reflectionSaved(saved) : ''}</span>
          </div>
          {kept.length > 0 && (
            <Section level={3} title={strings.reflectionKept(chosen.name)}>
              <ul className={styles.kept}>
                {kept.map(n => {
                  const { label } = aspectTexts(n.aspect, strings);
                  const date = dateText(n.date, language);
                  return (
                    <li key={n.index} className={styles.item}>
                      <span>
                        {label}, {date}: {n.note}
                      </span>
                      <Button
                        size="small"
                        aria-label={strings.reflectionRemove(label, date)}
                        onClick={() => setTeam({ notes: team.notes.filter((_n, i) => i !== n.index) })}
                      >
                        {strings.removeVisible}
                      </Button>
                    </li>
                  );
                })}
              </ul>
            </Section>
          )}
        </>
      )}
    </Section>
  );
}
