// Under a roster row or weighing factor whose FTE or reduction was just changed: the date the
// change holds from (today unless moved), and what that means for the period before it. A date
// in the past is said to reach back into weeks already entered. A date being typed moves nothing
// until it can be read (DateField).
import { addDays } from '../../core';
import { DateField } from '../components/DateField';
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
  const hint = from < today ? strings.changeFromPast : strings.changeFromHint(dateText(addDays(from, -1), language));
  return <DateField label={strings.changeFrom} value={from} onChange={onMove} hint={hint} />;
}
