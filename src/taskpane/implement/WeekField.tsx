// One week of the weekly figures, in a table cell: typed as people say it ("wk 12 2026",
// "2026-W12" or a date) and kept as its Monday, shown as "wk 12 2026". A text that is not a week
// is refused with a message. A label kept from an old workbook is shown as it is, with a note.
import { isDatedWeek, weekLabel, weekMonday } from '../../core';
import { useStrings } from '../i18n/LocaleProvider';
import { TypedCell } from '../components/TypedCell';

interface Props {
  label: string;
  /** As the plan keeps it: the Monday, or a label that is not a week. */
  week: string;
  onChange(week: string): void;
  className?: string;
}

export function WeekField({ label, week, onChange, className }: Props) {
  const strings = useStrings();
  return (
    <TypedCell
      label={label}
      value={week}
      shown={weekLabel(week)}
      read={weekMonday}
      onChange={onChange}
      hint={isDatedWeek(week) ? undefined : strings.weekKeptAsLabel}
      problem={strings.weekUnreadable}
      placeholder={strings.weekPlaceholder}
      className={className}
    />
  );
}
