// The look of the pane's plain HTML tables: compact, numbers aligned; a figure table that does not
// fit (data-stacked, see useStacked) shows each row on screen as a small card of "heading … figure" lines.
import { makeStyles, tokens } from '@fluentui/react-components';

const STACKED = '&[data-stacked="true"]';

/** Out of sight, still read by screen readers. */
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

export const useTableStyles = makeStyles({
  container: {
    maxWidth: '100%',
    // Stacked on screen only: on paper (Afdrukken) the page is wide enough for the table.
    '@media screen': {
      [`${STACKED} table, ${STACKED} tbody, ${STACKED} tfoot, ${STACKED} tr`]: { display: 'block', width: '100%' },
      // The column headings stay for screen readers; on screen each cell shows its own.
      [`${STACKED} thead`]: visuallyHidden,
      [`${STACKED} tr`]: {
        boxSizing: 'border-box',
        marginBlockEnd: tokens.spacingVerticalS,
        padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
        border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
        borderRadius: tokens.borderRadiusMedium,
      },
      [`${STACKED} tfoot tr`]: { backgroundColor: tokens.colorNeutralBackground2 },
      [`${STACKED} td, ${STACKED} th`]: {
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: tokens.spacingHorizontalS,
        padding: `${tokens.spacingVerticalXXS} 0`,
        borderBottomStyle: 'none',
        textAlign: 'end',
        // A cell has the row's whole width now: a long name breaks in it.
        overflowWrap: 'anywhere',
        whiteSpace: 'normal',
      },
      [`${STACKED} th[scope="row"]`]: { display: 'block', textAlign: 'start' },
      // The heading is decoration (alternative text ""): the column header is what screen readers read.
      [`${STACKED} td[data-label]::before`]: {
        content: 'attr(data-label) / ""',
        flexGrow: 1,
        minWidth: 0,
        textAlign: 'start',
        color: tokens.colorNeutralForeground2,
      },
    },
  },
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
  hidden: visuallyHidden,
});
