// An editable list of plan rows (areas, facilities, factors, …): each row a group of labelled
// fields with its own remove button, and an add button below. Keyboard users land in the new
// row's first field after adding, on the add button after removing, and on the first row shown
// next after "show more". A long list (pageSize) is shown a page at a time, with a search on the
// field that names a row. Folded rows (a case list) show only their title and what `extra` says
// of them, with a "Details" button that opens their fields; a row just added is open.
import { Button, Field, makeStyles, SearchBox, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import { ReactNode, useId, useState } from 'react';
import { useLanguage, useStrings } from '../i18n/LocaleProvider';
import { dateText } from '../format/dateText';
import { DateField } from './DateField';
import { FieldGrid, Wide } from './FieldGrid';
import { NumberField } from './NumberField';
import { OptionalNumberField } from './OptionalNumberField';
import type { NumberKind } from './useNumberDraft';
import { Section } from './Section';
import { Option, SelectField } from './SelectField';
import { TextField } from './TextField';
import { usePage } from './usePage';
import { useRowFocus } from './useRowFocus';
import { useFormats } from '../i18n/LocaleProvider';

type KeysOf<Row, Value> = { [K in keyof Row]: Row[K] extends Value ? K : never }[keyof Row] & string;

/** One field of a row; the kind decides the input and must match the value's type. */
export type FieldSpec<Row> = { label: string; hint?: string; wide?: boolean } & (
  | { key: KeysOf<Row, number>; kind: NumberKind }
  | { key: KeysOf<Row, number | null>; kind: 'optionalNumber' }
  /** `refuse`: why a typed text may not go into the plan (a case number that is a name or a BSN). */
  | { key: KeysOf<Row, string>; kind: 'text' | 'longText' | 'date'; refuse?(typed: string): string | undefined }
  /** A real date, kept as ISO (see DateField); `optional`: blank is allowed (no limit). */
  | { key: KeysOf<Row, string>; kind: 'day'; optional?: boolean }
  | { key: KeysOf<Row, string>; kind: 'select'; options: readonly Option[] }
);

interface Props<Row> {
  title: string;
  hint?: string;
  /** What one row is called: "Gebied" → "Gebied 2: Noord", "Gebied toevoegen". */
  noun: string;
  rows: readonly Row[];
  onChange(rows: Row[]): void;
  fields: readonly FieldSpec<Row>[];
  newRow(rows: readonly Row[]): Row;
  /** The field whose text names a row in its title. */
  nameKey?: KeysOf<Row, string>;
  /** Something computed for the row, shown under its fields. */
  extra?(row: Row, index: number): ReactNode;
  /** Said about the list as a whole, under its rows (what the last change did). */
  notice?: ReactNode;
  level?: 2 | 3;
  /** Rows shown at a time in a long list (a case list of 100,000); all rows when not given. */
  pageSize?: number;
  /** Rows start folded: a long list of big rows stays short enough to read at 350 px. */
  folded?: boolean;
}

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  row: {
    margin: 0,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  // A legend is as wide as its text unless told otherwise: a 300-character name breaks instead.
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    maxWidth: '100%',
    overflowWrap: 'anywhere',
  },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, marginInlineStart: 'auto' },
  extra: {
    color: tokens.colorNeutralForeground2,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  // The remove button keeps its width beside a tall note (a date the change holds from).
  remove: { flexShrink: 0 },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  add: { alignSelf: 'flex-start' },
  more: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  shown: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function EditableRows<Row>({
  title,
  hint,
  noun,
  rows,
  onChange,
  fields,
  newRow,
  nameKey,
  extra,
  notice,
  level = 2,
  pageSize,
  folded = false,
}: Props<Row>) {
  const strings = useStrings();
  const language = useLanguage();
  const formats = useFormats();
  const styles = useStyles();
  const { containerRef, addRef, focusRow, focusAdd } = useRowFocus<HTMLOListElement>();
  const page = usePage(rows, pageSize, nameKey);
  const fieldsId = useId();
  // The rows opened, by place; every row when the list is not folded.
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const isOpen = (index: number) => !folded || opened.has(index);
  const toggle = (index: number) =>
    setOpened(now => {
      const next = new Set(now);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  // A removed row's place is taken by the next: the places opened after it move up one.
  const closeRemoved = (removed: number) =>
    setOpened(now => new Set([...now].filter(i => i !== removed).map(i => (i > removed ? i - 1 : i))));
  const nameLabel = fields.find(field => field.key === nameKey)?.label;
  // A row named by its date is named as the pane shows dates.
  const byDate = fields.some(f => f.key === nameKey && f.kind === 'day');
  const nameOf = (row: Row) => {
    const name = nameKey ? (row[nameKey] as string) : '';
    return byDate ? dateText(name, language) : name;
  };

  const setField = (index: number, key: string, value: unknown) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));

  return (
    <Section title={title} intro={hint} level={level}>
      {rows.length === 0 && <p className={styles.empty}>{strings.emptyList}</p>}
      {page.paged && nameLabel && (
        <Field label={strings.findRow(nameLabel)}>
          <SearchBox value={page.query} onChange={(_event, data) => page.search(data.value)} />
        </Field>
      )}
      {page.paged && page.total === 0 && <p className={styles.empty}>{strings.noRowFound}</p>}
      {page.indices.length > 0 && (
        <ol className={styles.list} ref={containerRef}>
          {page.indices.map(index => (
            <li key={index}>
              <fieldset className={styles.row}>
                <legend className={styles.legend}>{strings.rowTitle(noun, index + 1, nameOf(rows[index]))}</legend>
                {isOpen(index) && (
                  <div id={`${fieldsId}-${index}`}>
                    <FieldGrid>
                      {fields.map(field => {
                        const input = renderField(field, rows[index], value => setField(index, field.key, value));
                        return field.wide || field.kind === 'longText' ? <Wide key={field.key}>{input}</Wide> : input;
                      })}
                    </FieldGrid>
                  </div>
                )}
                <div className={styles.footer}>
                  <div className={styles.extra}>{extra?.(rows[index], index)}</div>
                  <div className={styles.buttons}>
                    {folded && (
                      <Button
                        size="small"
                        appearance="subtle"
                        icon={isOpen(index) ? <ChevronUpRegular /> : <ChevronDownRegular />}
                        aria-expanded={isOpen(index)}
                        aria-controls={isOpen(index) ? `${fieldsId}-${index}` : undefined}
                        aria-label={strings.rowDetailsLabel(noun, index + 1)}
                        data-disclosure
                        onClick={() => toggle(index)}
                      >
                        {strings.rowDetails}
                      </Button>
                    )}
                    <Button
                      size="small"
                      className={styles.remove}
                      aria-label={strings.removeRow(index + 1)}
                      onClick={() => {
                        onChange(rows.filter((_, i) => i !== index));
                        closeRemoved(index);
                        page.removed();
                        focusAdd();
                      }}
                    >
                      {strings.removeVisible}
                    </Button>
                  </div>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      {page.paged && (
        <div className={styles.more}>
          <p className={styles.shown} role="status">
            {strings.rowsShown(formats.number(page.count, 0), formats.number(page.total, 0))}
          </p>
          {page.count < page.total && (
            <Button
              onClick={() => {
                page.showMore();
                focusRow(page.count);
              }}
            >
              {strings.showMoreRows(Math.min(pageSize!, page.total - page.count))}
            </Button>
          )}
        </div>
      )}
      {notice}
      <Button
        ref={addRef}
        className={styles.add}
        onClick={() => {
          onChange([...rows, newRow(rows)]);
          page.added(rows.length);
          setOpened(now => new Set(now).add(rows.length));
          // The new row comes last in the list shown, whatever page it is on.
          focusRow(page.indices.length);
        }}
      >
        {strings.addRow(noun)}
      </Button>
    </Section>
  );
}

function renderField<Row>(field: FieldSpec<Row>, row: Row, set: (value: unknown) => void): ReactNode {
  const value = row[field.key];
  switch (field.kind) {
    case 'number':
    case 'count':
    case 'percent':
    case 'change':
      return (
        <NumberField
          key={field.key}
          label={field.label}
          hint={field.hint}
          kind={field.kind}
          value={value as number}
          onChange={set}
        />
      );
    case 'optionalNumber':
      return (
        <OptionalNumberField
          key={field.key}
          label={field.label}
          hint={field.hint}
          value={value as number | null}
          onChange={set}
        />
      );
    case 'day':
      return (
        <DateField
          key={field.key}
          label={field.label}
          hint={field.hint}
          optional={field.optional}
          value={value as string}
          onChange={set}
        />
      );
    case 'select':
      return (
        <SelectField
          key={field.key}
          label={field.label}
          hint={field.hint}
          options={field.options}
          value={value as string}
          onChange={set}
        />
      );
    default:
      return (
        <TextField
          key={field.key}
          label={field.label}
          hint={field.hint}
          kind={field.kind}
          value={value as string}
          onChange={set}
          refuse={field.refuse}
        />
      );
  }
}
