// Under the roster: the weeks already entered that the last change re-graded, which only a change
// reaching back before them can do (a date in the past, a row removed or its period moved). Said
// as it happens, so a retroactive change is never silent.
import { weekLabel } from '../../core';
import { useStrings } from '../i18n/LocaleProvider';

export function Regraded({ weeks }: { weeks: readonly string[] }) {
  const strings = useStrings();
  const span =
    weeks.length === 0
      ? ''
      : weeks.length === 1
        ? weekLabel(weeks[0])
        : `${weekLabel(weeks[0])} – ${weekLabel(weeks.at(-1)!)}`;
  return <div role="status">{weeks.length > 0 && strings.regraded(weeks.length, span)}</div>;
}
