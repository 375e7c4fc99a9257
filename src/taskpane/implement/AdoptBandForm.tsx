// "Bandbreedte vaststellen": the band the team's inputs propose for a date (today unless changed:
// with the weighing factors in force on that date) becomes a version of its band history, with a
// reason, which is required. The form shows the band and the basis that will be recorded for the
// date typed. It opens in place with the focus on the date; cancelling (or Escape) puts the focus
// back on the button, and a missing date or reason, or a band that cannot be adopted (0 – 0), is
// said at its field, which takes the focus. The date is typed as
// in every date field (16-03-2026, 16 maart 2026) and checked when the form is sent, so what is
// adopted is always the date on screen. A form left open, with what was typed in it, is still
// there after a switch of tab; cancelling lets go of the reason.
import { Button, Field, FieldProps, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { FormEvent, useEffect, useId, useRef, useState } from 'react';
import { adoptBand, adoptionRefusal, Band, bandFrom, basisText, isError, readDate, Result } from '../../core';
import { dateProblemText } from '../components/DateField';
import { useTextLimit } from '../components/useTextLimit';
import { dateText } from '../format/dateText';
import { useFormats, useLanguage, useStrings } from '../i18n/LocaleProvider';
import { useChoice, useDraft } from '../state/DraftStore';
import { useFigures, usePlan, usePlanActions, useTeamIndex, useToday } from '../state/PlanStore';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  what: { margin: 0 },
  date: { maxWidth: '12rem' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
  open: { alignSelf: 'flex-start' },
});

interface Props {
  /** Called once the version is in the plan, with the sentence that says what was adopted. */
  onAdopted(said: string): void;
}

export function AdoptBandForm({ onAdopted }: Props) {
  const styles = useStyles();
  const strings = useStrings();
  const formats = useFormats();
  const language = useLanguage();
  const figures = useFigures();
  const teamIndex = useTeamIndex();
  const today = useToday();
  const { edit } = usePlanActions();
  const headingId = useId();
  const plan = usePlan();
  const draft = `adopt/${plan.teams[teamIndex]?.id}`;
  const [open, setOpen] = useChoice(`${draft}/open`, false);
  const [fromTyped, setFromTyped] = useChoice(`${draft}/from`, dateText(today, language));
  const [reason, setReason] = useDraft(`${draft}/reason`, '');
  const reasonLimit = useTextLimit(reason);
  const [checked, setChecked] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const fromRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [focus, setFocus] = useState<'open' | 'from' | 'reason' | null>(null);

  useEffect(() => {
    if (focus === null) return;
    ({ open: openRef, from: fromRef, reason: reasonRef })[focus].current?.focus();
    setFocus(null);
  }, [focus]);

  if (isError(figures.bandPerFte)) return null;

  const read = readDate(fromTyped);
  const from = 'iso' in read ? read.iso : undefined;
  // The band of the date typed (today's while no date can be read).
  const band: Result<Band> = from === undefined ? figures.bandPerFte : bandFrom(plan, teamIndex, from);
  const refusal = isError(band) ? undefined : adoptionRefusal(band);
  const refused =
    refusal &&
    (refusal === 'empty' ? strings.adoptRefusedEmpty : strings.adoptRefusedBounds)(formats.band(band as Band));
  const fromProblem =
    checked &&
    (from === undefined
      ? fromTyped.trim() === ''
        ? strings.adoptFromMissing
        : dateProblemText(fromTyped, strings)
      : isError(band)
        ? formats.error(band)
        : refused || false);
  const reasonMissing = checked && reason.trim() === '';
  const close = () => {
    setOpen(false);
    setChecked(false);
    setReason(''); // cancelled: no longer work the pane should ask about before it is lost
    setFocus('open');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (from === undefined || isError(band) || refused) return setFocus('from');
    if (reason.trim() === '') return setFocus('reason');
    const adoption = { from, reason: reason.trim(), language };
    edit(plan => {
      const adopted = adoptBand(plan, teamIndex, adoption);
      return isError(adopted) || 'refused' in adopted ? plan : adopted;
    });
    setOpen(false);
    setChecked(false);
    setReason('');
    onAdopted(strings.adoptDone(formats.band(band), dateText(from, language)));
  };

  if (!open)
    return (
      <Button
        ref={openRef}
        className={styles.open}
        onClick={() => {
          setFromTyped(dateText(today, language));
          setOpen(true);
          setFocus('from');
        }}
      >
        {strings.adoptButton}
      </Button>
    );
  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={submit}
      onKeyDown={event => event.key === 'Escape' && close()}
      noValidate
    >
      <h3 id={headingId} className={styles.heading}>
        {strings.adoptTitle}
      </h3>
      <p className={styles.what}>{formats.result(band, b => strings.adoptWhat(formats.band(b)))}</p>
      {from !== undefined && (
        <p className={styles.what}>{strings.adoptBasis(basisText(plan, teamIndex, from, language))}</p>
      )}
      <Required label={strings.adoptFrom} hint={strings.adoptFromHint} missing={fromProblem}>
        <Input
          ref={fromRef}
          className={styles.date}
          autoComplete="off"
          placeholder={strings.datePlaceholder}
          value={fromTyped}
          onChange={(_, d) => setFromTyped(d.value)}
        />
      </Required>
      <Required
        label={strings.adoptReason}
        hint={reasonLimit.hint(strings.adoptReasonHint)}
        missing={(reasonMissing && strings.adoptReasonMissing) || reasonLimit.message || false}
      >
        <Textarea
          {...reasonLimit.input}
          ref={reasonRef}
          resize="vertical"
          value={reason}
          onChange={(_, d) => setReason(d.value)}
        />
      </Required>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit">
          {strings.adoptConfirm}
        </Button>
        <Button onClick={close}>{strings.adoptCancel}</Button>
      </div>
    </form>
  );
}

/** A field the form needs, with the message that says so once it was found missing. */
function Required({ label, hint, missing, children }: FieldProps & { missing: string | false }) {
  return (
    <Field
      label={label}
      hint={hint}
      required
      validationState={missing ? 'error' : 'none'}
      validationMessage={missing || undefined}
    >
      {children}
    </Field>
  );
}
