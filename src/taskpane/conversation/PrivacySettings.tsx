// What the organisation decided on privacy (plan.privacy, on VC Instellingen in the workbook): from
// how many answers a count is shown (five at least: higher is allowed, lower not), whether figures
// per staff member are shown (with what the works council must agree to first), and how many months
// case lists, felt counts and shared notes are kept, with Opschonen to remove what is older. The
// pane says what Opschonen will remove before it asks, and that the workbook's version history and
// copies still hold it.
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { cleanUpCount, EDITS, MIN_ANSWERS } from '../../core';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { NumberField } from '../components/NumberField';
import { Section } from '../components/Section';
import { SelectField } from '../components/SelectField';
import { dateText } from '../format/dateText';
import { useLanguage, useStrings } from '../i18n/LocaleProvider';
import { usePlan, usePlanActions, useSection, useToday } from '../state/PlanStore';

const useStyles = makeStyles({
  text: { margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

/** The choices offered for the minimum: from MIN_ANSWERS up, with the one set now among them. */
const minimumChoices = (now: number) =>
  [...new Set([MIN_ANSWERS, 6, 7, 8, 10, 12, 15, 20, now])].filter(n => n >= MIN_ANSWERS).sort((a, b) => a - b);

export function PrivacySettings() {
  const strings = useStrings();
  const language = useLanguage();
  const styles = useStyles();
  const today = useToday();
  const plan = usePlan();
  const { apply } = usePlanActions();
  const [privacy, setPrivacy] = useSection('privacy');
  const [asking, setAsking] = useState(false);
  const [said, setSaid] = useState<string>();
  const count = cleanUpCount(plan, today);
  const removed = count.cases + count.felt + count.sharedNotes;

  return (
    <Section title={strings.privacyTitle} intro={strings.privacyIntro}>
      <SelectField
        label={strings.minAnswersLabel}
        hint={strings.minAnswersHint(MIN_ANSWERS)}
        value={String(privacy.minAnswers)}
        options={minimumChoices(privacy.minAnswers).map(n => ({ value: String(n), label: String(n) }))}
        onChange={value => setPrivacy({ minAnswers: Number(value) })}
      />
      <SelectField
        label={strings.staffFiguresLabel}
        value={privacy.staffFigures}
        options={[
          { value: 'team', label: strings.staffFiguresTeam },
          { value: 'perPerson', label: strings.staffFiguresPerPerson },
        ]}
        onChange={value => setPrivacy({ staffFigures: value === 'perPerson' ? 'perPerson' : 'team' })}
      />
      <MessageBar intent={privacy.staffFigures === 'perPerson' ? 'warning' : 'info'} layout="multiline">
        <MessageBarBody>{strings.staffFiguresNote}</MessageBarBody>
      </MessageBar>
      <NumberField
        label={strings.keepMonthsLabel}
        hint={strings.keepMonthsHint}
        kind="count"
        value={privacy.keepMonths}
        // Kept only within 1 to 120 months, as the workbook reads it back; anything else leaves it as it was.
        onChange={keepMonths => keepMonths >= 1 && keepMonths <= 120 && setPrivacy({ keepMonths })}
      />
      <p className={styles.text} data-testid="clean-up-count">
        {strings.cleanUpCount(count.cases, count.felt, count.sharedNotes, dateText(count.from, language))}
      </p>
      {count.undatedCases > 0 && <p className={styles.text}>{strings.cleanUpUndated(count.undatedCases)}</p>}
      <p className={styles.text}>{strings.cleanUpHistory}</p>
      <div className={styles.actions}>
        <Button disabled={removed === 0} onClick={() => setAsking(true)}>
          {strings.cleanUp}
        </Button>
        <span role="status">{said ?? ''}</span>
      </div>
      <ConfirmDialog
        open={asking}
        title={strings.cleanUpTitle}
        body={`${strings.cleanUpCount(count.cases, count.felt, count.sharedNotes, dateText(count.from, language))} ${strings.cleanUpBody}`}
        confirm={strings.cleanUp}
        cancel={strings.cleanUpCancel}
        onConfirm={() => {
          setAsking(false);
          apply(EDITS.cleanUp, { on: today });
          setSaid(strings.cleanUpDone(removed));
        }}
        onCancel={() => setAsking(false)}
      />
    </Section>
  );
}
