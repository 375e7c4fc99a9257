// A number input in the pane's number format; percentages are typed as 0-100. Labelled above
// it, or inside a table cell (`inTable`) small and named by its column and row instead.
import { Field, Input } from '@fluentui/react-components';
import { NumberKind, useNumberDraft } from './useNumberDraft';

interface Props {
  /** What the field is called: its label, or in a table cell its accessible name ("Fte aanwezig, rij 2"). */
  label: string;
  value: number;
  onChange(value: number): void;
  kind?: NumberKind;
  hint?: string;
  /** Allowed, but probably a slip (core's plausibility): said under the field, never refused. */
  warning?: string;
  /** Inside a table cell: small, with no label on screen (the column heading says what it holds). */
  inTable?: boolean;
  className?: string;
}

export function NumberField({
  label,
  value,
  onChange,
  kind = 'number',
  hint,
  warning,
  inTable = false,
  className,
}: Props) {
  const draft = useNumberDraft(value, onChange, kind);
  return (
    <Field
      label={inTable ? undefined : label}
      hint={hint}
      validationState={draft.problem ? 'error' : warning ? 'warning' : 'none'}
      validationMessage={draft.problem ?? warning}
    >
      <Input
        size={inTable ? 'small' : undefined}
        className={className}
        aria-label={inTable ? label : undefined}
        inputMode="decimal"
        autoComplete="off"
        value={draft.text}
        onFocus={draft.onFocus}
        onBlur={draft.onBlur}
        onChange={(_, data) => draft.onChange(data.value)}
        contentAfter={kind === 'percent' || kind === 'change' ? <span aria-hidden="true">%</span> : undefined}
      />
    </Field>
  );
}
