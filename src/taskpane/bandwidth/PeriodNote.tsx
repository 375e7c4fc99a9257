// Under a roster row or a weighing factor: whether it counts today, given its period.
import { inPeriod } from '../../core';
import { useStrings } from '../i18n/LocaleProvider';
import { useToday } from '../state/PlanStore';

export function PeriodNote({ from, to }: { from: string; to: string }) {
  const strings = useStrings();
  return <span>{inPeriod(useToday(), from, to) ? strings.inForceToday : strings.notInForceToday}</span>;
}
