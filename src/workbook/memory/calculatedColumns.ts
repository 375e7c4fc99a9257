// The tables' formula columns as Excel calculated columns in an .xlsx: a row someone adds by hand
// in Excel then gets the column's formula by itself. exceljs can neither write a table column's
// <calculatedColumnFormula> nor read a table that has one (it stops at that column, then fails), so
// a written file is opened (fflate) to add them, and a file to read has them taken out first
// (readableXlsx.ts): every cell keeps its own formula, so nothing is lost. fflate is loaded on
// demand, like exceljs.

/** A formula column: its place among the table's columns, its formula (no "="), and whether it is an array formula. */
export interface CalculatedColumn {
  column: number;
  formula: string;
  array: boolean;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** One table part with the formulas on its columns, matched by order (the nth <tableColumn> is column n). */
export function withCalculatedColumns(tableXml: string, columns: readonly CalculatedColumn[]): string {
  let n = -1;
  return tableXml.replace(/<tableColumn\b([^>]*?)\/>/g, (element, attributes: string) => {
    n += 1;
    const calculated = columns.find(c => c.column === n);
    if (!calculated) return element;
    const array = calculated.array ? ' array="1"' : '';
    const formula = `<calculatedColumnFormula${array}>${escapeXml(calculated.formula)}</calculatedColumnFormula>`;
    return `<tableColumn${attributes}>${formula}</tableColumn>`;
  });
}

/** The file with each table part (xl/tables/…) changed by `change`, given the table's name; other parts as they were. */
async function changeTables(file: Uint8Array, change: (xml: string, name: string) => string): Promise<Uint8Array> {
  const { strFromU8, strToU8, unzipSync, zipSync } = await import('fflate');
  const parts = unzipSync(file);
  for (const [path, data] of Object.entries(parts)) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(path)) continue;
    const xml = strFromU8(data);
    const changed = change(xml, /<table\b[^>]*\bname="([^"]+)"/.exec(xml)?.[1] ?? '');
    if (changed !== xml) parts[path] = strToU8(changed);
  }
  return zipSync(parts);
}

/** The .xlsx with calculated columns on the named tables. */
export const addCalculatedColumns = (file: Uint8Array, byTable: ReadonlyMap<string, readonly CalculatedColumn[]>) =>
  changeTables(file, (xml, name) => withCalculatedColumns(xml, byTable.get(name) ?? []));

/** A table part without its column formulas (calculated and totals-row), which exceljs cannot read. */
export const withoutColumnFormulasXml = (xml: string) =>
  xml
    .replace(/<(calculatedColumnFormula|totalsRowFormula)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<(calculatedColumnFormula|totalsRowFormula)\b[^>]*\/>/g, '');

/** The .xlsx without its tables' column formulas. */
export const withoutColumnFormulas = (file: Uint8Array) => changeTables(file, withoutColumnFormulasXml);
