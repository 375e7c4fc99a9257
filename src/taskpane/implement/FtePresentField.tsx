// The FTE present in one week, in a table cell: blank means "from the roster" (the FTE of the
// roster rows in force that week, said under the field), a typed number overrides that and says
// what the roster would give. Emptying the field clears the override.
import { isError, Result } from '../../core';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { TypedCell } from './TypedCell';

interface Props {
  label: string;
  /** As the plan keeps it: typed, or null for the roster's FTE. */
  value: number | null;
  onChange(value: number | null): void;
  /** The FTE the roster gives that week (or why it cannot be computed). */
  roster: Result<number>;
  className?: string;
}

export function FtePresentField({ label, value, onChange, roster, className }: Props) {
  const strings = useStrings();
  const formats = useFormats();
  /** Blank is the roster's FTE; anything else must be a number of 0 or more. */
  const read = (text: string): number | null | undefined => {
    if (text.trim() === '') return null;
    const number = formats.parse(text);
    return number !== undefined && number >= 0 ? number : undefined;
  };
  const hint = isError(roster)
    ? value === null
      ? formats.error(roster)
      : strings.fteTyped
    : (value === null ? strings.fteFromRoster : strings.fteTypedOverRoster)(formats.fixed(roster, 1));
  return (
    <TypedCell
      label={label}
      value={value}
      shown={value === null ? '' : formats.forInput(value)}
      read={read}
      onChange={onChange}
      hint={hint}
      problem={strings.fteInvalidOrBlank}
      inputMode="decimal"
      className={className}
    />
  );
}
