// A labelled text input: one line, several lines, or a date (ISO text, as stored in the plan).
import { Field, Input, Textarea } from '@fluentui/react-components';

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
  return (
    <Field label={label} hint={hint}>
      {kind === 'longText' ? (
        <Textarea resize="vertical" value={value} placeholder={placeholder} onChange={(_, d) => onChange(d.value)} />
      ) : (
        <Input
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
