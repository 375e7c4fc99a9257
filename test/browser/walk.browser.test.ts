// A team member walks through the three steps of the standalone pane with the keyboard only:
// the band the pane shows is core's band for what was typed, every step passes axe's WCAG 2.1 AA
// rules, and nothing leaves localhost. A screenshot per step lands in test-output/screenshots.
import { computeFigures, describeError, isError, Plan, samplePlan, todayIso, weekLabel } from '../../src/core';
import { bandText } from '../../src/taskpane/format/figureText';
import { formatFixed } from '../../src/taskpane/format/numberFormat';
import { nextWeek } from '../../src/taskpane/implement/nextWeek';
import { wcagViolations } from './accessibility';
import { browserSession, OFFICE_TELEMETRY, Pane, screenshot, settled } from './harness';
import { openTab, retype, tabTo } from './keyboard';

jest.setTimeout(120_000);

const session = browserSession();
let pane: Pane;
beforeAll(async () => {
  pane = await session.open();
});

/** What the pane should now hold: the sample it starts with, plus what the walk typed. */
const expected: Plan = samplePlan();

/** The band the pane shows for the team shown (the first, Noord), today. */
const bandPerFte = (plan: Plan): string => {
  const band = computeFigures(plan, 0, todayIso()).bandPerFte;
  if (isError(band)) throw new Error(`the sample's band cannot be computed: ${describeError(band, 'en')}`);
  return bandText(band, 'nl');
};

async function writeToWorkbook() {
  const { page } = pane;
  await tabTo(page, page.getByRole('button', { name: 'Naar werkmap schrijven' }));
  await page.keyboard.press('Enter');
  await page.getByText('Naar de werkmap geschreven').waitFor();
}

describe('the standalone pane, by keyboard', () => {
  it('step 1: the situation is typed in and written to the workbook', async () => {
    const { page } = pane;
    await tabTo(page, page.getByLabel('Naam van de gemeente'));
    await retype(page, 'Gemeente Testdorp');
    await tabTo(page, page.getByLabel('Wat is het probleem met de caseload?'));
    await retype(page, 'Wachtlijst in Noord loopt op.');
    await writeToWorkbook();

    expect(await page.getByLabel('Naam van de gemeente').inputValue()).toBe('Gemeente Testdorp');
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, '1-situatie');
  });

  it('step 2: the band per FTE follows the contract hours as they are typed', async () => {
    const { page } = pane;
    await openTab(page, '2 Bandbreedte');
    const shown = page.getByTestId('band-per-fte');
    expect(await shown.textContent()).toBe(bandPerFte(expected));

    await tabTo(page, page.getByLabel('Contracturen per week'));
    await retype(page, '32');
    expected.bandwidth.time.hoursPerWeek = 32;
    expect(await settled(() => shown.textContent(), bandPerFte(expected))).toBe(bandPerFte(expected));
    // The change is real: 32 hours give another band than the sample's 36.
    expect(bandPerFte(expected)).not.toBe(bandPerFte(samplePlan()));
    await writeToWorkbook();

    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, '2-bandbreedte');
  });

  it('step 3: a new week is added and held against the band', async () => {
    const { page } = pane;
    await openTab(page, '3 Implementeren en leren');
    await tabTo(page, page.getByRole('button', { name: 'Week toevoegen' }));
    await page.keyboard.press('Enter');
    const weeks = expected.teams[0].weeks;
    const row = weeks.length + 1;
    // Adding puts the focus in the new row's week, already filled with the week after the last.
    const week = page.getByLabel(`Week, rij ${row}`);
    expect(await week.evaluate(el => el === document.activeElement)).toBe(true);
    // The sample's weeks end in November 2026: a week after them has begun by the time this runs.
    const next = nextWeek(
      weeks.map(w => w.week),
      todayIso(),
    )!;
    expect(await week.inputValue()).toBe(weekLabel(next));

    await page.keyboard.press('Tab');
    await retype(page, '190');
    await retype(page, '12');
    weeks.push({ week: next, openCases: 190, ftePresent: 12 });
    const caseload = computeFigures(expected, 0, todayIso()).weeks[row - 1].caseload;
    if (isError(caseload)) throw new Error(describeError(caseload, 'en'));
    const perFte = page.getByRole('row').filter({ has: week }).getByRole('cell').nth(3);
    expect(await settled(() => perFte.textContent(), formatFixed('nl', caseload, 1))).toBe(
      formatFixed('nl', caseload, 1),
    );
    await writeToWorkbook();

    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, '3-implementeren', page.getByRole('heading', { name: 'Wekelijkse monitoring' }));
  });

  it('asked nothing of any server but localhost, and the page logged no errors', async () => {
    expect(pane.outside).toEqual([]);
    expect(pane.errors).toEqual([]);
    // The policy stopped office.js's telemetry frame, and nothing else (no eval, no inline script).
    const blocked = await pane.blockedByPolicy();
    expect(blocked.filter(b => !b.startsWith(`frame-src ${OFFICE_TELEMETRY}`))).toEqual([]);
  });
});
