// An input in a table cell for a value typed as text and kept as something else (a week as its
// Monday, an FTE that may be blank). While the text cannot be read it stays on screen with a
// message and the plan keeps its value; leaving the field then puts back the value from before
// this edit. Text shown unchanged is never refused (a label kept from an old workbook). Outside a
// table (`labelled`) the label is shown above the field.
import { Field, Input, InputProps } from '@fluentui/react-components';
import { useRef, useState } from 'react';

interface Props<T> {
  /** Its accessible name ("Week, rij 3"): the column heading says what it holds. */
  label: string;
  value: T;
  /** The value as text in the field. */
  shown: string;
  /** The typed text as the value, or undefined when it cannot be read. */
  read(text: string): T | undefined;
  onChange(value: T): void;
  /** Said under the field (and to screen readers with it). */
  hint?: string;
  /** Said instead when the typed text cannot be read (or why, from the text). */
  problem: string | ((typed: string) => string);
  inputMode?: InputProps['inputMode'];
  placeholder?: string;
  className?: string;
  /** Not in a table cell: the label shown above a field of the usual size. */
  labelled?: boolean;
}

export function TypedCell<T>({ label, value, shown, read, onChange, hint, problem, labelled, ...input }: Props<T>) {
  const [typed, setTyped] = useState<string | null>(null);
  const before = useRef(value);
  const refused = typed !== null && typed !== shown && read(typed) === undefined;
  return (
    <Field
      label={labelled ? label : undefined}
      hint={refused ? undefined : hint}
      validationState={refused ? 'error' : 'none'}
      validationMessage={refused ? (typeof problem === 'string' ? problem : problem(typed)) : undefined}
    >
      <Input
        {...input}
        size={labelled ? undefined : 'small'}
        aria-label={labelled ? undefined : label}
        autoComplete="off"
        value={typed ?? shown}
        onFocus={() => {
          before.current = value;
          setTyped(shown);
        }}
        onChange={(_, data) => {
          setTyped(data.value);
          const next = read(data.value);
          if (next !== undefined && next !== value) onChange(next);
        }}
        onBlur={() => {
          if (refused && value !== before.current) onChange(before.current);
          setTyped(null);
        }}
      />
    </Field>
  );
}
