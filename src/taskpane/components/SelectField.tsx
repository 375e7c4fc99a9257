// A labelled choice from a short, fixed list. A long option (a table's name, a team of 300
// characters) is cut off inside the box rather than widening the pane.
import { Field, makeStyles, Select } from '@fluentui/react-components';

export const useSelectStyles = makeStyles({
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%', '& select': { minWidth: 0, textOverflow: 'ellipsis' } },
});

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
  const styles = useSelectStyles();
  return (
    <Field label={label} hint={hint} className={styles.field}>
      <Select className={styles.select} value={value} onChange={(_, d) => onChange(d.value)}>
        {options.map(option => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
