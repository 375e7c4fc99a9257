// Keyboard-only driving of the pane: focus moves with Tab and Shift+Tab, never with a click.
// Locators are used only to check where the focus has landed.
import { Locator, Page } from 'playwright-core';
import { moreButton, settled, tabFetched } from './harness';

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

/**
 * From anywhere in the pane, back to the selected tab, then to another part of the plan: a step
 * with the arrow keys, any other part through the "Meer" menu after the tabs (Enter opens it,
 * the arrow keys go to the part, Enter chooses it, and the focus lands on its tab).
 */
export async function openTab(page: Page, name: string): Promise<void> {
  const selected = page.getByRole('tab', { selected: true });
  await tabTo(page, selected, 'back');
  const target = page.getByRole('tab', { name, exact: true });
  if ((await target.count()) === 0) {
    await tabTo(page, moreButton(page));
    await page.keyboard.press('Enter');
    const item = page.getByRole('menuitemradio', { name, exact: true });
    await item.waitFor();
    for (let i = 0; i < 10 && !(await item.evaluate(el => el === document.activeElement)); i++)
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name, selected: true }).waitFor();
    if (!(await settled(() => target.evaluate(el => el === document.activeElement), true)))
      throw new Error(`The focus did not go to the tab ${name} after choosing it in the menu`);
    await tabFetched(page);
    return;
  }
  const position = (tab: Locator) =>
    tab.evaluate(el => [...(el.parentElement?.querySelectorAll('[role="tab"]') ?? [])].indexOf(el));
  const from = await position(selected);
  const to = await position(target);
  for (let i = from; i !== to; i += Math.sign(to - from))
    await page.keyboard.press(to > from ? 'ArrowRight' : 'ArrowLeft');
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name, selected: true }).waitFor();
  await tabFetched(page);
}

/**
 * With the keyboard only: to a drop-down (forward or back), and the arrow keys to the option at
 * `index`, as typing a name would not do twice within the browser's type-ahead time.
 */
export async function chooseOption(
  page: Page,
  select: Locator,
  index: number,
  direction: 'forward' | 'back' = 'forward',
): Promise<void> {
  await tabTo(page, select, direction);
  const chosen = () => select.evaluate(el => (el as HTMLSelectElement).selectedIndex);
  const from = await chosen();
  for (let i = from; i !== index; i += Math.sign(index - from))
    await page.keyboard.press(index > from ? 'ArrowDown' : 'ArrowUp');
  for (let tries = 0; (await chosen()) !== index; tries++) {
    if (tries > 100) throw new Error(`The drop-down never reached option ${index}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}
