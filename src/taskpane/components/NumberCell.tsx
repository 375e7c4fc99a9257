// A number input inside a table cell: named by its column and row instead of a label above it.
import { Field, Input } from '@fluentui/react-components';
import { useNumberDraft } from './useNumberDraft';

interface Props {
  name: string;
  value: number;
  onChange(value: number): void;
  className?: string;
}

export function NumberCell({ name, value, onChange, className }: Props) {
  const draft = useNumberDraft(value, onChange, 'number');
  return (
    <Field validationState={draft.problem ? 'error' : 'none'} validationMessage={draft.problem}>
      <Input
        size="small"
        className={className}
        aria-label={name}
        inputMode="decimal"
        autoComplete="off"
        value={draft.text}
        onFocus={draft.onFocus}
        onBlur={draft.onBlur}
        onChange={(_, data) => draft.onChange(data.value)}
      />
    </Field>
  );
}
