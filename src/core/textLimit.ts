// How long any text in the plan may be: one limit for every text field, the same in the pane (it
// will not take more), in the plan's schema and on reading a workbook back (a longer cell is
// reported, never cut). 10,000 characters is some 1,500 words, three or four pages: room for the
// long texts by nature (the team's purpose, the problem, reflections, notes) with plenty to spare,
// while a name never comes near it. It stays far below Excel's 32,767 characters per cell, so a text
// always passes through Excel whole, including where the add-in quotes several in one cell (the
// basis of a band version).
export const TEXT_LIMIT = 10_000;

/**
 * A text cut to at most `max` characters, ending in "…" where it was longer: for where a text is
 * quoted, never for the text itself. A character made of two halves (an emoji) is never cut in two.
 */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}
