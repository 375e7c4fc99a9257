// Every tab of the pane, in Dutch and in English: axe's WCAG 2.1 AA rules find nothing, the
// page logs no errors, and the tab shows text in the chosen language.
import { wcagViolations } from './accessibility';
import { PACKS } from '../../src/core';
import { STEPS, tabId, tabLabel, TABS } from '../../src/taskpane/Navigation';
import { browserSession, showTab } from './harness';

jest.setTimeout(180_000);

const session = browserSession();

test.each([
  ['nl-NL', '1 Situatie', 'Naar werkmap schrijven'],
  ['en-GB', '1 Situation', 'Write to workbook'],
])('every tab in %s passes axe', async (locale, firstTab, saveButton) => {
  const { page, errors } = await session.open(locale);
  const strings = PACKS[locale === 'nl-NL' ? 'nl' : 'en'].pane;
  expect(await page.getByRole('tab', { selected: true }).textContent()).toContain(firstTab);
  // Screen readers pronounce the page in the language it is written in.
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale.slice(0, 2));
  // The three steps are tabs; the other parts are reached through the menu beside them.
  expect(await page.getByRole('tab').count()).toBe(STEPS.length);
  for (const step of STEPS)
    expect(await page.getByRole('tab', { name: tabLabel(step, strings), exact: true }).count()).toBe(1);
  const found: Record<string, string[]> = {};
  for (const tab of TABS) {
    await showTab(page, tabLabel(tab, strings));
    await page.locator(`[role="tabpanel"][aria-labelledby="${tabId(tab)}"]`).waitFor();
    found[tab] = await wcagViolations(page);
  }
  expect(Object.entries(found).filter(([, violations]) => violations.length > 0)).toEqual([]);
  // The language reached the content, not just the tabs.
  await showTab(page, strings.tabBandwidth);
  expect(await page.getByRole('button', { name: saveButton }).count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
