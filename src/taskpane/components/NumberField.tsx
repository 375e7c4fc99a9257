// A labelled number input in the pane's number format; percentages are typed as 0-100.
import { Field, Input } from '@fluentui/react-components';
import { NumberKind, useNumberDraft } from './useNumberDraft';

interface Props {
  label: string;
  value: number;
  onChange(value: number): void;
  kind?: NumberKind;
  hint?: string;
}

export function NumberField({ label, value, onChange, kind = 'number', hint }: Props) {
  const draft = useNumberDraft(value, onChange, kind);
  return (
    <Field
      label={label}
      hint={hint}
      validationState={draft.problem ? 'error' : 'none'}
      validationMessage={draft.problem}
    >
      <Input
        inputMode="decimal"
        autoComplete="off"
        value={draft.text}
        onFocus={draft.onFocus}
        onBlur={draft.onBlur}
        onChange={(_, data) => draft.onChange(data.value)}
        contentAfter={kind !== 'number' ? <span aria-hidden="true">%</span> : undefined}
      />
    </Field>
  );
}
