// An amount that may be left blank, where blank means "computed": a typed team cost over the one
// from the salaries, a scenario's typed extra cost, a person's own salary over their scale's. The
// hint says what blank gives, or that the typed value replaces it.
import { TypedCell } from './TypedCell';
import { useFormats, useStrings } from '../i18n/LocaleProvider';

interface Props {
  label: string;
  /** As the plan keeps it: typed, or null for the computed value. */
  value: number | null;
  onChange(value: number | null): void;
  hint?: string;
  /** In a table cell: small, named by its label for screen readers only. */
  inTable?: boolean;
  /** Said when the typed text is not a number of 0 or more (by default: "… or leave it blank"). */
  problem?: string;
  className?: string;
}

export function OptionalNumberField({ label, value, onChange, hint, inTable = false, problem, className }: Props) {
  const strings = useStrings();
  const formats = useFormats();
  /** Blank is the computed value; anything else must be a number of 0 or more. */
  const read = (text: string): number | null | undefined => {
    if (text.trim() === '') return null;
    const number = formats.parse(text);
    return number !== undefined && number >= 0 ? number : undefined;
  };
  return (
    <TypedCell
      label={label}
      labelled={!inTable}
      value={value}
      shown={value === null ? '' : formats.forInput(value)}
      read={read}
      onChange={onChange}
      hint={hint}
      problem={problem ?? strings.invalidNumberOrBlank}
      inputMode="decimal"
      className={className}
    />
  );
}
