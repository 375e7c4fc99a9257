// Client names never belong in the workbook: a case list carries case numbers. A value that looks
// like a person's name is flagged, so the pane can warn before a name is typed or taken over from
// one of the user's own tables. A name: letters only (no digit), in words joined by spaces, a comma,
// an apostrophe, a dot or a hyphen; with one word of two letters or more that starts with a capital
// ("de Vries", "Jansen, P.", "van den Berg") or written in capitals from four letters ("JANSEN";
// "WMO" stays an abbreviation).
const WORDS = /^[\p{L}'’.-]+(?:,?\s+[\p{L}'’.-]+)*,?$/u;
const CAPITALISED = /(?:^|[\s'’.-])\p{Lu}\p{Ll}/u;
const SHOUTED = /^[\p{Lu}\s'’.,-]+$/u;

/** Whether a case number looks like a personal name ("Jansen", "A. de Vries") rather than a number. */
export function looksLikeName(value: string): boolean {
  const text = value.trim();
  if (!WORDS.test(text)) return false;
  return CAPITALISED.test(text) || (SHOUTED.test(text) && text.replace(/[^\p{L}]/gu, '').length >= 4);
}

/** Whether most of the (non-blank) values look like names: a column of names, not of case numbers. */
export function mostlyNames(values: readonly string[]): boolean {
  const filled = values.map(v => v.trim()).filter(Boolean);
  return filled.length > 0 && filled.filter(looksLikeName).length * 2 > filled.length;
}
