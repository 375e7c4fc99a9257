// A date as people type it (16-03-2026, 16-3-2026, 2026-03-16, 16 maart 2026; in English also 16
// March 2026) and as the plan keeps it (ISO), shown as the pane shows dates elsewhere: "16 maart
// 2026", "16 March 2026". A day that does not exist or a year outside 1990-2100 is refused with
// the reason while the plan keeps its date (TypedCell); blank is "no limit" where that is allowed.
import { FIRST_YEAR, LAST_YEAR, PaneTexts, readDate } from '../../core';
import { dateText } from '../format/dateText';
import { useLanguage, useStrings } from '../i18n/LocaleProvider';
import { TypedCell } from './TypedCell';

interface Props {
  label: string;
  /** ISO, or blank where `optional`. */
  value: string;
  onChange(value: string): void;
  /** Blank is allowed (a period without a limit on that side). */
  optional?: boolean;
  hint?: string;
}

/** Why a typed date is refused, in the pane's words. */
export function dateProblemText(typed: string, strings: PaneTexts): string {
  if (typed.trim() === '') return strings.dateRequired;
  const read = readDate(typed);
  if ('iso' in read) return '';
  switch (read.problem) {
    case 'notADate':
      return strings.dateNotADate;
    case 'noSuchDay':
      return strings.dateNoSuchDay;
    case 'yearOutOfRange':
      return strings.dateYearOutOfRange(FIRST_YEAR, LAST_YEAR);
  }
}

export function DateField({ label, value, onChange, optional = false, hint }: Props) {
  const strings = useStrings();
  const language = useLanguage();
  const read = (typed: string): string | undefined => {
    if (typed.trim() === '') return optional ? '' : undefined;
    const date = readDate(typed);
    return 'iso' in date ? date.iso : undefined;
  };
  return (
    <TypedCell
      labelled
      label={label}
      value={value}
      shown={dateText(value, language)}
      read={read}
      onChange={onChange}
      hint={hint}
      problem={typed => dateProblemText(typed, strings)}
      placeholder={strings.datePlaceholder}
    />
  );
}
