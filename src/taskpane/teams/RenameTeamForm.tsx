// The name of a team, typed in place: Enter or "Naam opslaan" keeps it, Escape or "Annuleren"
// leaves it as it was. A name that is empty or already another team's is refused with the reason,
// and the focus stays in the field.
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { usePlan } from '../state/PlanStore';
import { useStrings } from '../i18n/LocaleProvider';
import { teamNameProblem } from '../../core';
import { useTextLimit } from '../components/useTextLimit';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface Props {
  index: number;
  initial: string;
  onSave(name: string): void;
  onCancel(): void;
}

export function RenameTeamForm({ index, initial, onSave, onCancel }: Props) {
  const styles = useStyles();
  const strings = useStrings();
  const plan = usePlan();
  const [name, setName] = useState(initial);
  const [tried, setTried] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const limit = useTextLimit(name);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const problem = teamNameProblem(plan, plan.teams[index]?.id ?? '', name);
  const message = !tried
    ? undefined
    : problem === 'empty'
      ? strings.teamNameEmpty
      : problem === 'taken'
        ? strings.teamNameTaken(name.trim())
        : undefined;
  return (
    <form
      className={styles.form}
      onSubmit={event => {
        event.preventDefault();
        setTried(true);
        if (problem) input.current?.focus();
        else onSave(name.trim());
      }}
    >
      <Field
        label={strings.teamNameField}
        hint={limit.hint(strings.teamNameHint)}
        validationState={message ? 'error' : limit.message ? 'warning' : 'none'}
        validationMessage={message ?? limit.message}
      >
        <Input
          {...limit.input}
          ref={input}
          value={name}
          autoComplete="off"
          onChange={(_, data) => setName(data.value)}
          onKeyDown={event => {
            if (event.key === 'Escape') {
              event.preventDefault();
              onCancel();
            }
          }}
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {strings.teamNameSave}
        </Button>
        <Button type="button" onClick={onCancel}>
          {strings.teamCancel}
        </Button>
      </div>
    </form>
  );
}
