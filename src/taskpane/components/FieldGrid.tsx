// Lays labelled fields side by side as far as the pane's width allows (two columns at ~400 px).
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ReactNode } from 'react';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(10rem, 100%), 1fr))',
    // Inputs shrink to their column instead of pushing it wider than the pane.
    '& > *': { minWidth: 0 },
    '& .fui-Input, & .fui-Select, & .fui-Textarea': { minWidth: 0, width: '100%' },
    '& input': { minWidth: 0 },
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    alignItems: 'start',
  },
  wide: { gridColumn: '1 / -1' },
});

export function FieldGrid({ children }: { children: ReactNode }) {
  return <div className={useStyles().grid}>{children}</div>;
}

/** A field that takes the grid's whole width. */
export function Wide({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={mergeClasses(useStyles().wide, className)}>{children}</div>;
}
