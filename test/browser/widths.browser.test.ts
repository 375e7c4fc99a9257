// At Excel's default task pane width, 350 px, every part of the plan fits: the page never scrolls
// sideways, nothing inside it scrolls sideways (a table that does not fit shows stacked rows), in
// Dutch and in English, with the sample and with a workbook whose names are 300 characters without
// a space (teams, areas, categories, team members, factors, scenarios, case numbers). Folded
// sections and case cards are opened first, so their fields are measured too. Step 1's first field is on the first
// screen.
import { EDITS, PACKS, Plan, samplePlan, type Area, type Category, type Language } from '../../src/core';
import { tabLabel, TABS } from '../../src/taskpane/Navigation';
import { memoryStorage } from '../../src/workbook/memory/memoryPort';
import { MemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { exportXlsx } from '../../src/workbook/memory/xlsxExport';
import type { FileChooser, Page } from 'playwright-core';
import { browserSession, moreButton, openFolded, showTab } from './harness';

jest.setTimeout(300_000);

/** Excel's default task pane width (the harness opens panes at it too; this file holds to it whatever that says). */
const PANE = { width: 350, height: 900 };
const LENGTH = 300;

/** A name of 300 characters without a space, starting with `start` so names stay apart. */
const long = (start: string) => `${start}-`.padEnd(LENGTH, 'x');

/** The sample with every name a user types made 300 characters long, renamed as the pane renames. */
function longNames(): Plan {
  let plan = samplePlan();
  for (const [i, team] of plan.teams.entries())
    plan = EDITS.renameTeam.perform(plan, { id: team.id, name: long(`Team${i + 1}`) });
  plan = EDITS.setAreas.perform(
    plan,
    plan.situation.areas.map((area, i): Area => ({ ...area, name: long(`Gebied${i + 1}`) })),
  );
  plan = EDITS.setCategories.perform(
    plan,
    plan.bandwidth.categories.map((category, i): Category => ({ ...category, name: long(`Categorie${i + 1}`) })),
  );
  plan.situation.municipality = long('Gemeente');
  plan.situation.stakeholders.forEach((s, i) => (s.who = long(`Partij${i + 1}`)));
  plan.scenarios.forEach((s, i) => (s.name = long(`Scenario${i + 1}`)));
  for (const team of plan.teams) {
    team.roster.forEach((p, i) => (p.name = long(`Persoon${i + 1}`)));
    team.factors.forEach((f, i) => (f.name = long(`Factor${i + 1}`)));
    team.caseList.forEach((c, i) => (c.caseNumber = long(`C${i + 1}`)));
  }
  plan.finance.pay.forEach((p, i) => (p.name = long(`Persoon${i + 1}`)));
  return plan;
}

async function longNamesFile(): Promise<Buffer> {
  const book = new MemoryWorkbook();
  await memoryStorage(book, 'nl').save(longNames());
  return Buffer.from(await exportXlsx(book));
}

/**
 * What scrolls sideways on the page shown: the page itself, and every element inside it whose
 * content is wider than it and that scrolls or clips it. The sheet preview under the tabs (only
 * in a plain browser) is a spreadsheet and scrolls both ways on purpose.
 */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    const name = (element: Element) =>
      `${element.tagName} (${(element.getAttribute('aria-label') ?? element.textContent ?? '').slice(0, 40)})`;
    if (root.scrollWidth > root.clientWidth) {
      // Named by the innermost elements whose content spills out of them, or that stick out of the
      // page, and are not clipped by a box inside it.
      const sticksOut = (e: Element) => e.getBoundingClientRect().right > root.clientWidth + 1;
      const clipped = (e: Element) => {
        for (let box = e.parentElement; box && box !== document.body; box = box.parentElement)
          if (getComputedStyle(box).overflowX !== 'visible' && !sticksOut(box)) return true;
        return false;
      };
      const spills = (e: Element) =>
        e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible';
      const out = [...document.querySelectorAll('body *')].filter(e => (sticksOut(e) || spills(e)) && !clipped(e));
      const innermost = out.filter(e => !out.some(other => other !== e && e.contains(other)));
      found.push(`the page: ${root.scrollWidth} px, by ${innermost.slice(0, 3).map(name).join(', ')}`);
    }
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (element.closest('[data-testid="sheet-preview"]')) continue;
      const { overflowX } = getComputedStyle(element);
      if (overflowX === 'visible' || element.scrollWidth <= element.clientWidth + 1) continue;
      // A field's own text scrolls inside it as it does anywhere; a select cuts off a long option;
      // text for screen readers only is clipped to 1 px on purpose.
      if (element.matches('input, textarea, select') || element.clientWidth <= 1) continue;
      found.push(`${name(element)}: ${element.scrollWidth} in ${element.clientWidth} px`);
    }
    return found;
  });

async function everyPart(page: Page, language: Language): Promise<Record<string, string[]>> {
  const strings = PACKS[language].pane;
  const found: Record<string, string[]> = {};
  for (const tab of TABS) {
    await showTab(page, tabLabel(tab, strings));
    await openFolded(page);
    found[tab] = await sideways(page);
  }
  // The menu of the other parts fits too.
  await moreButton(page).click();
  await page.getByRole('menu').waitFor();
  found.menu = await sideways(page);
  await page.keyboard.press('Escape');
  return found;
}

const session = browserSession();

describe.each([
  ['nl-NL', 'nl'],
  ['en-GB', 'en'],
] as const)('at 350 px (%s)', (locale, language) => {
  it('step 1 shows its first field on the first screen', async () => {
    const { page } = await session.open(locale);
    await page.setViewportSize(PANE);
    const field = page.getByRole('tabpanel').getByRole('textbox').first();
    const box = await field.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(PANE.height * 0.65);
  });

  it('nothing scrolls sideways on any part of the plan, with the sample', async () => {
    const { page, errors } = await session.open(locale);
    await page.setViewportSize(PANE);
    const found = await everyPart(page, language);
    expect(Object.entries(found).filter(([, wide]) => wide.length > 0)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('nothing scrolls sideways with names of 300 characters', async () => {
    const pane = await session.open(locale);
    const { page } = pane;
    await page.setViewportSize(PANE);
    const strings = PACKS[language].pane;
    const chooser = new Promise<FileChooser>(resolve => page.once('filechooser', resolve));
    await page.getByRole('button', { name: strings.openButton }).click();
    await (
      await chooser
    ).setFiles({ name: 'lange-namen.xlsx', mimeType: 'application/octet-stream', buffer: await longNamesFile() });
    await page.getByText(strings.opened('lange-namen.xlsx')).waitFor();
    // The long names are in the pane: the team choice holds the first team's.
    const teams = page.getByRole('region', { name: strings.teamsRegion });
    expect(await teams.getByRole('combobox', { name: strings.team }).locator('option').first().textContent()).toBe(
      long('Team1'),
    );
    const found = await everyPart(page, language);
    expect(Object.entries(found).filter(([, wide]) => wide.length > 0)).toEqual([]);
    expect(pane.errors).toEqual([]);
  });
});
