// The FTE present in one week, in a table cell: blank means "from the roster" (the FTE of the
// roster rows in force that week, said under the field), a typed number overrides that and says
// what the roster would give. Emptying the field clears the override.
import { isError, Result } from '../../core';
import { OptionalNumberField } from '../components/OptionalNumberField';
import { useFormats, useStrings } from '../i18n/LocaleProvider';

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
  const hint = isError(roster)
    ? value === null
      ? formats.error(roster)
      : strings.fteTyped
    : (value === null ? strings.fteFromRoster : strings.fteTypedOverRoster)(formats.fixed(roster, 1));
  return (
    <OptionalNumberField
      label={label}
      inTable
      value={value}
      onChange={onChange}
      hint={hint}
      problem={strings.fteInvalidOrBlank}
      className={className}
    />
  );
}
