// Keyboard-only driving of the pane: focus moves with Tab and Shift+Tab, never with a click.
// Locators are used only to check where the focus has landed.
import { Locator, Page } from 'playwright-core';

const MAX_PRESSES = 400;

/** Presses Tab (or Shift+Tab) until `target` has the focus. */
export async function tabTo(page: Page, target: Locator, direction: 'forward' | 'back' = 'forward'): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error(`Nothing to focus: ${target}`);
  for (let i = 0; i < MAX_PRESSES; i++) {
    if (await handle.evaluate(el => el === document.activeElement)) return;
    await page.keyboard.press(direction === 'forward' ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Replaces a focused field's text the way a user does: select all, type, leave the field. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** From anywhere in the pane, back to the selected tab, then with the arrow keys to another tab, until it shows. */
export async function openTab(page: Page, name: string): Promise<void> {
  const selected = page.getByRole('tab', { selected: true });
  await tabTo(page, selected, 'back');
  const position = (tab: Locator) =>
    tab.evaluate(el => [...(el.parentElement?.querySelectorAll('[role="tab"]') ?? [])].indexOf(el));
  const from = await position(selected);
  const to = await position(page.getByRole('tab', { name, exact: true }));
  for (let i = from; i !== to; i += Math.sign(to - from))
    await page.keyboard.press(to > from ? 'ArrowRight' : 'ArrowLeft');
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name, selected: true }).waitFor();
  // A tab opened for the first time is fetched first (TabContent.tsx): wait for its loading line to go.
  await page.locator('[role="tabpanel"] [aria-busy="true"]').waitFor({ state: 'detached' });
}
