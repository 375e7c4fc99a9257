// A labelled choice from a short, fixed list.
import { Field, Select } from '@fluentui/react-components';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  label: string;
  value: string;
  options: readonly Option[];
  onChange(value: string): void;
  hint?: string;
}

export function SelectField({ label, value, options, onChange, hint }: Props) {
  return (
    <Field label={label} hint={hint}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        {options.map(option => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
