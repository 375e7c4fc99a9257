// Formulas as an .xlsx file stores them, both ways. The file has no "[@Column]" shorthand (it is
// Table[[#This Row],[Column]]) and keeps an add-in's custom functions as _xldudf_NAMESPACE_NAME,
// which Excel turns back into NAMESPACE.NAME once the add-in has loaded. Every namespace of the
// add-in (CASELOAD, and CASELOADDEV, CASELOADACC of its other stages) starts with CASELOAD and has
// no underscore, so the first underscore after it ends the namespace.
import { rowReference } from '../formula';

/** A formula as the file stores it (no leading "="); `table` is the table the cell is in. */
export function fileFormula(formula: string, table?: string): string {
  return formula
    .replace(/^=/, '')
    .replace(/\[@\[([^\]]+)\]\]|\[@([^[\]]+)\]/g, (_m, a: string | undefined, b: string | undefined) => {
      if (!table) throw new Error(`A row reference outside a table: ${formula}`);
      return `${table}[[#This Row],[${a ?? b}]]`;
    })
    .replace(/\b(CASELOAD[A-Z0-9]*)\.(\w+)\(/g, '_xldudf_$1_$2(');
}

/** A formula from a file as Excel shows it ("=…", NAMESPACE.NAME, [@Column] inside its own table). */
export function formulaFromFile(stored: string, table?: string): string {
  const own = table ? new RegExp(`\\b${table}\\[\\[#This Row\\],\\[([^\\]]+)\\]\\]`, 'gi') : undefined;
  const text = own ? stored.replace(own, (_m, header: string) => rowReference(header)) : stored;
  return `=${text.replace(/\b_xldudf_(CASELOAD[A-Z0-9]*)_(\w+)\(/g, '$1.$2(')}`;
}
