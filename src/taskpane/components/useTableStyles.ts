// The look of the pane's plain HTML tables: compact, readable at ~400 px, numbers aligned.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useTableStyles = makeStyles({
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBlockEnd: tokens.spacingVerticalXS },
  head: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottomWidth: tokens.strokeWidthThick,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke1,
    verticalAlign: 'bottom',
  },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
    verticalAlign: 'middle',
  },
  rowHead: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  total: { fontWeight: tokens.fontWeightSemibold, borderBottomStyle: 'none' },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});
