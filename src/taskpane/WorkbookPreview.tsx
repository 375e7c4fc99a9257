// Only in a plain browser: opening a workbook file or starting empty, the sheets the in-memory workbook holds, as
// the add-in would write them to Excel (formulas shown as formulas), and a download of the same as
// an .xlsx file (DownloadWorkbook).
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { columnLetters } from '../workbook';
import type { MemoryWorkbook } from '../workbook';
import { Section } from './components/Section';
import { DownloadWorkbook } from './DownloadWorkbook';
import { SelectField } from './components/SelectField';
import { useTableStyles } from './components/useTableStyles';
import { useFormats, useStrings } from './i18n/LocaleProvider';
import { OpenWorkbookFile } from './OpenWorkbookFile';
import { StartEmpty } from './StartEmpty';
import { useWorkbook } from './state/WorkbookProvider';

const MAX_ROWS = 60;

const useStyles = makeStyles({
  panel: {
    marginBlockStart: tokens.spacingVerticalXXL,
    paddingBlockStart: tokens.spacingVerticalL,
    borderTopWidth: tokens.strokeWidthThick,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke1,
  },
  grid: {
    maxHeight: '24rem',
    overflow: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sheetCell: { whiteSpace: 'nowrap', maxWidth: '14rem', overflow: 'hidden', textOverflow: 'ellipsis' },
  corner: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
  },
  formula: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground2 },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function WorkbookPreview({ book }: { book: MemoryWorkbook }) {
  const styles = useStyles();
  const strings = useStrings();
  const { revision } = useWorkbook();
  // The preview is read again after every save.
  const sheets = useMemo(() => book.preview(), [book, revision]);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const sheet = sheets.find(s => s.name === chosen) ?? sheets.find(s => s.ours) ?? sheets[0];

  return (
    <div className={styles.panel}>
      <OpenWorkbookFile />
      <StartEmpty />
      <Section title={strings.previewTitle} intro={strings.previewIntro}>
        {sheet ? (
          <>
            <SelectField
              label={strings.previewSheet}
              value={sheet.name}
              options={sheets.map(s => ({ value: s.name, label: s.name }))}
              onChange={setChosen}
            />
            <SheetGrid name={sheet.name} rows={sheet.rows} />
            {sheet.tables.length > 0 && (
              <p className={styles.note}>
                {strings.previewTables}: {sheet.tables.map(t => `${t.name} (${t.address})`).join(', ')}
              </p>
            )}
            {sheet.charts.length > 0 && (
              <p className={styles.note}>
                {strings.previewCharts}: {sheet.charts.join(', ')}
              </p>
            )}
          </>
        ) : (
          <p className={styles.note}>{strings.previewEmpty}</p>
        )}
        <DownloadWorkbook book={book} />
      </Section>
    </div>
  );
}

function SheetGrid({ name, rows }: { name: string; rows: unknown[][] }) {
  const styles = useStyles();
  const table = useTableStyles();
  const strings = useStrings();
  const formats = useFormats();
  const shown = rows.slice(0, MAX_ROWS);
  const width = Math.max(0, ...shown.map(r => r.length));
  const show = (value: unknown): string =>
    value === null || value === undefined ? '' : typeof value === 'number' ? formats.number(value, 4) : String(value);
  return (
    <>
      <div className={styles.grid} role="region" aria-label={name} tabIndex={0} data-testid="sheet-preview">
        <table className={table.table}>
          <thead>
            <tr>
              <td className={mergeClasses(table.cell, styles.corner)} />
              {Array.from({ length: width }, (_, c) => (
                <th key={c} scope="col" className={mergeClasses(table.cell, styles.corner)}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, r) => (
              <tr key={r}>
                <th scope="row" className={mergeClasses(table.cell, styles.corner)}>
                  {r + 1}
                </th>
                {Array.from({ length: width }, (_, c) => {
                  const text = show(row[c]);
                  return (
                    <td
                      key={c}
                      title={text || undefined}
                      className={mergeClasses(table.cell, styles.sheetCell, text.startsWith('=') && styles.formula)}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > MAX_ROWS && <p className={styles.note}>{strings.previewMoreRows(rows.length - MAX_ROWS)}</p>}
    </>
  );
}
