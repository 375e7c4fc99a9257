// Every tab of the pane, in Dutch and in English: axe's WCAG 2.1 AA rules find nothing, the
// page logs no errors, and the tab shows text in the chosen language.
import { wcagViolations } from './accessibility';
import { browserSession } from './harness';

jest.setTimeout(180_000);

const session = browserSession();

test.each([
  ['nl-NL', '1 Situatie', 'Naar werkmap schrijven'],
  ['en-GB', '1 Situation', 'Write to workbook'],
])('every tab in %s passes axe', async (locale, firstTab, saveButton) => {
  const { page, errors } = await session.open(locale);
  expect(await page.getByRole('tab', { selected: true }).textContent()).toContain(firstTab);
  // Screen readers pronounce the page in the language it is written in.
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale.slice(0, 2));
  const tabs = page.getByRole('tab');
  const count = await tabs.count();
  expect(count).toBeGreaterThanOrEqual(6);
  const found: Record<string, string[]> = {};
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    await tab.click();
    await page.locator(`[role="tabpanel"][aria-labelledby="${await tab.getAttribute('id')}"]`).waitFor();
    found[(await tab.getAttribute('id')) ?? String(i)] = await wcagViolations(page);
  }
  expect(Object.entries(found).filter(([, violations]) => violations.length > 0)).toEqual([]);
  // The language reached the content, not just the tabs.
  await tabs.nth(1).click();
  expect(await page.getByRole('button', { name: saveButton }).count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
