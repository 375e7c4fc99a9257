// "Bandbreedte vaststellen": the band the team's inputs propose for a date (today unless changed:
// with the weighing factors in force on that date) becomes a version of its band history, with a
// reason, which is required. The form shows the band and the basis that will be recorded for the
// date chosen. It opens in place with the focus on the date; cancelling (or Escape) puts the focus
// back on the button, and a missing date or reason, or a band that cannot be adopted (0 – 0), is
// said at its field, which takes the focus.
import { Button, Field, FieldProps, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { FormEvent, useEffect, useId, useRef, useState } from 'react';
import { adoptBand, adoptionRefusal, basisText, bandFrom, Band, isError, isIsoDate, Result } from '../../core';
import { dateText } from '../format/dateText';
import { useFormats, useLanguage, useStrings } from '../i18n/LocaleProvider';
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
  const plan = usePlan();
  const teamIndex = useTeamIndex();
  const today = useToday();
  const { edit } = usePlanActions();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState(today);
  const [reason, setReason] = useState('');
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

  const dated = isIsoDate(from);
  const band: Result<Band> = dated ? bandFrom(plan, teamIndex, from) : figures.bandPerFte;
  if (isError(figures.bandPerFte)) return null;

  const refusal = isError(band) ? undefined : adoptionRefusal(band);
  const refused =
    refusal &&
    (refusal === 'empty' ? strings.adoptRefusedEmpty : strings.adoptRefusedBounds)(formats.band(band as Band));
  const fromProblem = checked && (!dated ? strings.adoptFromMissing : isError(band) ? formats.error(band) : refused);
  const reasonMissing = checked && reason.trim() === '';
  const close = () => {
    setOpen(false);
    setChecked(false);
    setFocus('open');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!dated || isError(band) || refused) return setFocus('from');
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
          setFrom(today);
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
      {dated && <p className={styles.what}>{strings.adoptBasis(basisText(plan, teamIndex, from, language))}</p>}
      <Required label={strings.adoptFrom} hint={strings.adoptFromHint} missing={fromProblem || false}>
        <Input ref={fromRef} className={styles.date} type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
      </Required>
      <Required
        label={strings.adoptReason}
        hint={strings.adoptReasonHint}
        missing={reasonMissing && strings.adoptReasonMissing}
      >
        <Textarea ref={reasonRef} resize="vertical" value={reason} onChange={(_, d) => setReason(d.value)} />
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
