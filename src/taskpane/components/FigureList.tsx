// Computed figures as a definition list: a label and a value that updates while the user types,
// announced politely to screen readers.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ReactNode } from 'react';

const useStyles = makeStyles({
  list: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  group: { display: 'contents' },
  term: { margin: 0, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  // A sentence (an error or a reading) does not fit beside its label: it takes the whole width.
  long: { gridColumn: '1 / -1', textAlign: 'start', fontWeight: tokens.fontWeightRegular },
});

export interface Figure {
  label: string;
  value: string;
  testId?: string;
  /** Shown under the value, e.g. a plain-language reading. */
  note?: ReactNode;
}

export function FigureList({ figures, className }: { figures: readonly Figure[]; className?: string }) {
  const styles = useStyles();
  return (
    <dl className={mergeClasses(styles.list, className)}>
      {figures.map(figure => (
        <div key={figure.label} className={styles.group}>
          <dt className={styles.term}>{figure.label}</dt>
          <dd
            className={mergeClasses(styles.value, figure.value.length > 24 && styles.long)}
            data-testid={figure.testId}
            aria-live="polite"
          >
            {figure.value}
          </dd>
          {figure.note && <dd className={mergeClasses(styles.term, styles.long)}>{figure.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
