// Under a roster row or weighing factor whose FTE or reduction was just changed: the date the
// change holds from (today unless moved), and what that means for the period before it. A date
// in the past is said to reach back into weeks already entered.
import { useState } from 'react';
import { addDays, isIsoDate } from '../../core';
import { TextField } from '../components/TextField';
import { dateText } from '../format/dateText';
import { useLanguage, useStrings } from '../i18n/LocaleProvider';
import { useToday } from '../state/PlanStore';

interface Props {
  /** The date the change holds from now. */
  from: string;
  onMove(from: string): void;
}

export function ChangeFrom({ from, onMove }: Props) {
  const strings = useStrings();
  const language = useLanguage();
  const today = useToday();
  // What is typed: a date still being typed (or emptied) moves nothing.
  const [typed, setTyped] = useState(from);
  const hint = !isIsoDate(typed)
    ? strings.changeFromMissing
    : from < today
      ? strings.changeFromPast
      : strings.changeFromHint(dateText(addDays(from, -1), language));
  return (
    <TextField
      label={strings.changeFrom}
      kind="date"
      value={typed}
      hint={hint}
      onChange={value => {
        setTyped(value);
        if (isIsoDate(value)) onMove(value);
      }}
    />
  );
}
