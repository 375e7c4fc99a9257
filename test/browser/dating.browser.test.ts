// Numbers a controller signs (issue 20, time half), by keyboard in the standalone pane with its
// clock on Wednesday 9 December 2026. Changing Bram's FTE from 1 to 0,5 makes a new period from
// today and keeps the old one, so no week already entered changes grade; moving that date back
// into November says which entered weeks it re-grades. Week toevoegen adds the weeks up to this
// one, empty, and no further. A slip (FTE 5, 360 contract hours) is said and kept; a factor of
// 100% gives a band of 0 – 0, which cannot be adopted. A band adopted from 4 January 2027 is
// computed without the factor that ended in 2026, as its recorded basis says. Every figure is
// core's; axe finds nothing.
import { computeFigures, isError, samplePlan, weekLabel } from '../../src/core';
import { bandText } from '../../src/taskpane/format/figureText';
import { wcagViolations } from './accessibility';
import { browserSession, Pane, screenshot, settled, setToday } from './harness';
import { openTab, retype, tabTo } from './keyboard';

jest.setTimeout(120_000);

const TODAY = '2026-12-09';
const session = browserSession();
const plan = samplePlan();
const noord = plan.teams[0];

async function openOn(tab: string, locale = 'nl-NL'): Promise<Pane> {
  const pane = await session.open(locale);
  await setToday(pane, TODAY);
  await openTab(pane.page, tab);
  return pane;
}

/** The text of every week's status cell (the grade and what it was graded with). */
const grades = (pane: Pane) =>
  pane.page
    .getByRole('table', { name: 'Wekelijkse monitoring' })
    .getByRole('row')
    .evaluateAll(rows => rows.slice(1).map(row => row.querySelectorAll('td')[4]?.textContent ?? ''));

describe('a change to the roster holds from a date (Dutch, by keyboard)', () => {
  let pane: Pane;
  let before: string[];
  beforeAll(async () => {
    pane = await openOn('3 Implementeren en leren');
    before = await grades(pane);
    expect(before).toHaveLength(noord.weeks.length);
    await openTab(pane.page, '2 Bandbreedte');
  });

  it('changing Bram’s FTE from 1 to 0,5 starts a new period today and keeps his 1 FTE before it', async () => {
    const { page } = pane;
    const bram = page.getByRole('group', { name: 'Teamlid 2: Bram' });
    await tabTo(page, bram.getByLabel('Fte', { exact: true }));
    await retype(page, '0,5');
    const from = bram.getByLabel('Wijziging geldt vanaf');
    await from.waitFor();
    expect(await from.inputValue()).toBe('9 december 2026');
    await bram.getByText('Tot en met 8 december 2026 blijft de oude waarde gelden').waitFor();
    const before = page.getByRole('group', { name: 'Teamlid 3: Bram' });
    expect(await before.getByLabel('Fte', { exact: true }).inputValue()).toBe('1');
    expect(await before.getByLabel('Tot en met', { exact: true }).inputValue()).toBe('8 december 2026');
    expect(await bram.getByLabel('Van', { exact: true }).inputValue()).toBe('9 december 2026');
    // Nothing entered reaches back to today.
    expect(await page.getByText('Met terugwerkende kracht').count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, '2-wijziging-vanaf', bram);
  });

  it('leaves every week already entered with the grade and band it had', async () => {
    await openTab(pane.page, '3 Implementeren en leren');
    expect(await grades(pane)).toEqual(before);
    await openTab(pane.page, '2 Bandbreedte');
  });

  it('moved back to 11 November, says which entered weeks the change now re-grades', async () => {
    const { page } = pane;
    const bram = page.getByRole('group', { name: 'Teamlid 2: Bram' });
    const from = bram.getByLabel('Wijziging geldt vanaf');
    await tabTo(page, from);
    await retype(page, '11-11-2026');
    expect(await from.inputValue()).toBe('11 november 2026');
    const regraded = 'Met terugwerkende kracht: 2 ingevulde weken krijgen een ander oordeel (wk 47 2026 – wk 48 2026).';
    await page.getByText(regraded).waitFor();
    await bram.getByText('Deze datum ligt in het verleden').waitFor();
    // The dates read on the way (11-11-20, …) did not cost the old FTE its period.
    const earlier = page.getByRole('group', { name: 'Teamlid 3: Bram' });
    expect(await earlier.getByLabel('Fte', { exact: true }).inputValue()).toBe('1');
    expect(await earlier.getByLabel('Van', { exact: true }).inputValue()).toBe('');
    expect(await earlier.getByLabel('Tot en met', { exact: true }).inputValue()).toBe('10 november 2026');
    expect(await page.getByRole('group', { name: /^Teamlid \d+: Bram$/ }).count()).toBe(2);

    await openTab(page, '3 Implementeren en leren');
    const after = await grades(pane);
    const changed = after.flatMap((grade, i) => (grade === before[i] ? [] : [weekLabel(noord.weeks[i].week)]));
    expect(changed).toEqual([]); // the grade words and bands stay; the FTE under the field changes
    for (const week of ['wk 47 2026', 'wk 48 2026']) {
      const row = noord.weeks.findIndex(w => weekLabel(w.week) === week) + 1;
      const cells = page.getByRole('row').filter({ has: page.getByLabel(`Week, rij ${row}`, { exact: true }) });
      await cells.getByText(/\(rooster\)$/).waitFor();
    }
  });
});

describe('weekly figures up to this week, empty until entered', () => {
  let pane: Pane;
  beforeAll(async () => {
    pane = await openOn('3 Implementeren en leren');
  });

  it('adds the weeks up to this one, empty and not graded, and then says this week is there', async () => {
    const { page } = pane;
    const add = page.getByRole('button', { name: 'Week toevoegen' });
    for (const [offset, week] of [
      [1, 'wk 49 2026'],
      [2, 'wk 50 2026'],
    ] as const) {
      await tabTo(page, add);
      await page.keyboard.press('Enter');
      const row = noord.weeks.length + offset;
      const field = page.getByLabel(`Week, rij ${row}`, { exact: true });
      await settled(() => field.evaluate(el => el === document.activeElement), true);
      expect(await field.inputValue()).toBe(week);
      expect(await page.getByLabel(`Open casussen, rij ${row}`, { exact: true }).inputValue()).toBe('');
      const cells = page.getByRole('row').filter({ has: field }).getByRole('cell');
      expect(await cells.nth(4).textContent()).toBe('nog niet ingevuld');
    }
    // Week 50 is this week: there is no next week to add yet.
    await page.getByText('De week van vandaag staat er al.').waitFor();
    expect(await add.getAttribute('aria-disabled')).toBe('true');
    const weeks = page.getByRole('table', { name: 'Wekelijkse monitoring' }).getByRole('row');
    const count = await weeks.count();
    await add.focus();
    await page.keyboard.press('Enter');
    expect(await weeks.count()).toBe(count);
    // The empty weeks are not above the band: the counts are those of the entered weeks.
    expect(await page.getByTestId('weeks-above').textContent()).toBe(
      String(computeFigures(plan, 0, TODAY).monitoring.weeksAbove),
    );
  });

  it('grades a week once its open cases are entered, with the band version it falls in', async () => {
    const { page } = pane;
    const row = noord.weeks.length + 1;
    await tabTo(page, page.getByLabel(`Open casussen, rij ${row}`, { exact: true }));
    await retype(page, '64');
    const status = page
      .getByRole('row')
      .filter({ has: page.getByLabel(`Week, rij ${row}`, { exact: true }) })
      .getByRole('cell')
      .nth(4);
    await settled(async () => (await status.textContent())?.startsWith('binnen'), true);
    expect(await status.textContent()).toMatch(/^binnenbandbreedte .*versie 7-9-2026$/);
    expect(await wcagViolations(page)).toEqual([]);
  });
});

describe('slips are said, not refused; a band of 0 – 0 cannot be adopted', () => {
  let pane: Pane;
  beforeAll(async () => {
    pane = await openOn('2 Bandbreedte');
  });

  it('says 5 FTE for one person and 360 contract hours, and keeps them', async () => {
    const { page } = pane;
    const anouk = page.getByRole('group', { name: 'Teamlid 1: Anouk' });
    await tabTo(page, anouk.getByLabel('Fte', { exact: true }));
    await retype(page, '5');
    await anouk.getByText('Meer dan 1,2 fte voor één persoon: klopt dat?').waitFor();
    expect(await anouk.getByLabel('Fte', { exact: true }).inputValue()).toBe('5');

    const hours = page.getByLabel('Contracturen per week', { exact: true });
    await tabTo(page, hours, 'back');
    await retype(page, '360');
    await page.getByText('Meer dan 48 contracturen per week: klopt dat?', { exact: false }).waitFor();
    expect(await hours.inputValue()).toBe('360');
    expect(await hours.getAttribute('aria-invalid')).not.toBe('true');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('a weighing factor of 100% is said, and the band of 0 – 0 it gives is refused at adoption', async () => {
    const { page } = pane;
    const registration = page.getByRole('group', { name: /^Factor 1: Registratielast/ });
    await tabTo(page, registration.getByLabel('Vermindering', { exact: true }));
    await retype(page, '100');
    await registration.getByText('Een factor van 50% of meer halveert de bandbreedte of meer').waitFor();

    await openTab(page, '3 Implementeren en leren');
    await tabTo(page, page.getByRole('button', { name: 'Bandbreedte vaststellen' }));
    await page.keyboard.press('Enter');
    await page.getByText('Deze bandbreedte wordt vastgesteld: 0,0 – 0,0 open casussen per fte.').waitFor();
    await page
      .getByText(/^Grondslag die wordt vastgelegd: Meewegende factoren: Registratielast nieuw systeem 100%/)
      .waitFor();
    const reason = page.getByRole('textbox', { name: /^Reden/ });
    await tabTo(page, reason);
    await page.keyboard.type('Alles telt mee');
    await tabTo(page, page.getByRole('button', { name: 'Vaststellen', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByText('Een bandbreedte van 0,0 – 0,0 kan niet worden vastgesteld').waitFor();
    const from = page.getByLabel('Geldt vanaf');
    expect(await from.evaluate(el => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('heading', { name: /^Vanaf 9 december 2026/ }).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    expect(pane.errors).toEqual([]);
  });
});

describe('a band adopted for a date is the band of that date, and its basis what made it', () => {
  // Noord: Registratielast 5% until 31 December 2026, Inwerken 5% until March, and here temporary
  // staff 8% from today. Adopted from 4 January 2027, the band holds the last two, as its basis says.
  const FROM = '2027-01-04';
  const temporary = { name: 'Tijdelijke krachten', reduction: 0.08, from: TODAY, to: '', note: '' };
  const withTemporary = {
    ...plan,
    teams: [{ ...noord, factors: [...noord.factors, temporary] }, ...plan.teams.slice(1)],
  };

  it('records the band without the factor that ended before its date, and a basis that lists the other two', async () => {
    const pane = await openOn('2 Bandbreedte');
    const { page } = pane;
    await tabTo(page, page.getByRole('button', { name: 'Factor toevoegen' }));
    await page.keyboard.press('Enter');
    const added = page.getByRole('group', { name: 'Factor 3' });
    await retype(page, temporary.name);
    await tabTo(page, added.getByLabel('Vermindering', { exact: true }));
    await retype(page, '8');

    await openTab(page, '3 Implementeren en leren');
    await tabTo(page, page.getByRole('button', { name: 'Bandbreedte vaststellen' }));
    await page.keyboard.press('Enter');
    const from = page.getByLabel('Geldt vanaf');
    await tabTo(page, from, 'back');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('04-01-2027');
    const band = computeFigures(withTemporary, 0, FROM).bandPerFte;
    const today = computeFigures(withTemporary, 0, TODAY).bandPerFte;
    if (isError(band) || isError(today)) throw new Error('no band');
    // Today all three factors count; on 4 January the registration burden has ended.
    expect(band.high).toBeCloseTo(today.high / 0.95, 9);
    await page
      .getByText(`Deze bandbreedte wordt vastgesteld: ${bandText(band, 'nl')} open casussen per fte.`)
      .waitFor();
    await tabTo(page, page.getByRole('textbox', { name: /^Reden/ }));
    await page.keyboard.type('Registratielast voorbij');
    await tabTo(page, page.getByRole('button', { name: 'Vaststellen', exact: true }));
    await page.keyboard.press('Enter');

    const version = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: `Vanaf 4 januari 2027: ${bandText(band, 'nl')}` }),
    });
    await version.waitFor();
    const basis = await version.locator('dd').nth(1).textContent();
    expect(basis).toMatch(/^Meewegende factoren: Inwerken nieuwe collega’s 5%, Tijdelijke krachten 8%\. /);
    expect(basis).not.toContain('Registratielast');
    expect(pane.errors).toEqual([]);
  });
});

describe('in English', () => {
  it('passes axe with a change from a date open under its row', async () => {
    const pane = await openOn('2 Range', 'en-GB');
    const { page } = pane;
    const bram = page.getByRole('group', { name: 'Team member 2: Bram' });
    await tabTo(page, bram.getByLabel('FTE', { exact: true }));
    await retype(page, '0.5');
    await bram.getByLabel('Change holds from').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    expect(pane.errors).toEqual([]);
  });
});
