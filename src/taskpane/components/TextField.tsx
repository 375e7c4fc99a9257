// A labelled text input: one line, several lines, or a date kept as the text typed (an evaluation
// moment, "Q1 2027"). Every kind keeps to the one text limit (useTextLimit).
import { Field, Input, Textarea } from '@fluentui/react-components';
import { useTextLimit } from './useTextLimit';

export type TextKind = 'text' | 'longText' | 'date';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  kind?: TextKind;
  hint?: string;
  placeholder?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function TextField({ label, value, onChange, kind = 'text', hint, placeholder }: Props) {
  const limit = useTextLimit(value);
  return (
    <Field
      label={label}
      hint={limit.hint(hint)}
      validationState={limit.message ? 'warning' : 'none'}
      validationMessage={limit.message}
    >
      {kind === 'longText' ? (
        <Textarea
          {...limit.input}
          resize="vertical"
          value={value}
          placeholder={placeholder}
          onChange={(_, d) => onChange(d.value)}
        />
      ) : (
        <Input
          {...limit.input}
          // A date picker only for what it can show; free text such as "Q1 2027" stays editable.
          type={kind === 'date' && (value === '' || ISO_DATE.test(value)) ? 'date' : 'text'}
          value={value}
          placeholder={placeholder}
          onChange={(_, d) => onChange(d.value)}
        />
      )}
    </Field>
  );
}
