// Client names never belong in the workbook: a case list carries case numbers. A value that looks
// like a person's name (words of letters only, starting with a capital, no digit) is flagged, so
// the pane can warn before a name is typed or taken over from one of the user's own tables.
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+)*$/u;

/** Whether a case number looks like a personal name ("Jansen", "A. de Vries") rather than a number. */
export const looksLikeName = (value: string): boolean => NAME.test(value.trim()) && /\p{Ll}/u.test(value);

/** Whether most of the (non-blank) values look like names: a column of names, not of case numbers. */
export function mostlyNames(values: readonly string[]): boolean {
  const filled = values.map(v => v.trim()).filter(Boolean);
  return filled.length > 0 && filled.filter(looksLikeName).length * 2 > filled.length;
}
