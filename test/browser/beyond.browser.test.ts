// Beyond the framework, in the standalone pane and by keyboard: the demand estimate of step 1
// feeding step 2, the early warning of step 3, and the what-if scenarios side by side. Every
// figure the pane shows is checked against core for the same plan.
import {
  areaDemand,
  compareScenarios,
  computeFigures,
  describeError,
  isError,
  Plan,
  Result,
  samplePlan,
  todayIso,
} from '../../src/core';
import { bandText } from '../../src/taskpane/format/figureText';
import { formatFixed, formatNumber } from '../../src/taskpane/format/numberFormat';
import { wcagViolations } from './accessibility';
import { browserSession, OFFICE_TELEMETRY, Pane, screenshot, settled } from './harness';
import { openTab, retype, tabTo } from './keyboard';

jest.setTimeout(120_000);

const session = browserSession();
let pane: Pane;
beforeAll(async () => {
  pane = await session.open();
});

const plan: Plan = samplePlan();
function ok<T>(value: Result<T>): T {
  if (isError(value)) throw new Error(`not computed: ${value.reason}`);
  return value;
}

describe('demand, early warning and scenarios', () => {
  it('step 1: an area learns its case rate from today’s cases, and its expected cases follow', async () => {
    const { page } = pane;
    const noord = plan.situation.areas[0];
    await tabTo(
      page,
      page.getByRole('button', { name: `Casussen per 1.000 inwoners van ${noord.name} leren uit de huidige casussen` }),
    );
    await page.keyboard.press('Enter');
    const learned = Math.round(ok(areaDemand(plan, noord).learnedRate) * 10) / 10;
    noord.caseRatePer1000 = learned;
    const rate = page
      .getByRole('group', { name: /Gebied 1/ })
      .getByLabel('Casussen per 1.000 inwoners', { exact: true });
    expect(await settled(() => rate.inputValue(), formatNumber('nl', learned))).toBe(formatNumber('nl', learned));
    const expected = formatNumber('nl', ok(areaDemand(plan, noord).expected), 0);
    const area = page.getByRole('group', { name: /Gebied 1/ });
    await area.getByText(`Verwachte casussen: ${expected} (jeugd`).waitFor();
    // The rate is in use now: nothing left to offer.
    expect(await area.getByRole('button', { name: /leren uit de huidige casussen/ }).count()).toBe(0);
  });

  it('step 2: the expected cases of step 1 and the staff they ask are shown with the band', async () => {
    const { page } = pane;
    await openTab(page, '2 Bandbreedte');
    const figures = computeFigures(plan, 0, todayIso()); // the team shown: Noord, which serves Noord
    const section = page.getByRole('region', { name: 'Vraag uit de situatie (stap 1)' });
    await section.getByText(formatNumber('nl', ok(figures.expectedCases), 0), { exact: true }).waitFor();
    await section.getByText(formatFixed('nl', ok(figures.fteNeededForExpected), 2), { exact: true }).waitFor();
  });

  it('step 3: the trend against the band in force is core’s, weeks outside counted against their own band', async () => {
    const { page } = pane;
    await openTab(page, '3 Implementeren en leren');
    const { monitoring } = computeFigures(plan, 0, todayIso());
    const until = monitoring.weeksUntilOutside;
    const shown = isError(until) ? describeError(until, 'nl') : String(until);
    expect(await page.getByTestId('weeks-until-outside').textContent()).toContain(
      isError(until) ? shown.slice(1) : shown,
    );
    expect(await page.getByTestId('trend-warning').count()).toBe(monitoring.warning ? 1 : 0);
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('scenarios: each team band is core’s, and a scenario typed in appears beside the others', async () => {
    const { page } = pane;
    await openTab(page, 'Scenario’s');
    const table = page.getByRole('table', { name: 'Naast elkaar' });
    const teamRow = table.getByRole('row', { name: /^Bandbreedte voor het team/ });
    const bands = () => teamRow.getByRole('cell').allTextContents();
    const wanted = () => compareScenarios(plan, todayIso()).map(s => bandText(ok(s.teamBand), 'nl'));
    expect(await bands()).toEqual(wanted());

    await tabTo(page, page.getByRole('button', { name: 'Scenario toevoegen' }));
    await page.keyboard.press('Enter');
    await retype(page, 'Drie erbij');
    await page.keyboard.press('Tab'); // past the team, the team shown
    await retype(page, '3');
    // A new scenario is about the team shown (Noord).
    plan.scenarios.push({ ...plan.scenarios[0], name: 'Drie erbij', team: 'Noord', extraFte: 3 });
    expect(await settled(bands, wanted())).toEqual(wanted());
    // Three colleagues without a reduction: the team band grows by three times the band per FTE.
    const [basis, , , , three] = compareScenarios(plan, todayIso());
    expect(ok(three.teamBand).low).toBeCloseTo(ok(basis.teamBand).low + 3 * ok(basis.bandPerFte).low, 9);

    const chart = page.getByRole('img', { name: /Bandbreedte van het team per scenario/ });
    expect(await chart.getAttribute('aria-label')).toContain(wanted()[4]);
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, '4-scenarios', page.getByRole('heading', { name: 'Naast elkaar' }));

    await tabTo(page, page.getByRole('button', { name: 'Naar werkmap schrijven' }));
    await page.keyboard.press('Enter');
    await page.getByText('Naar de werkmap geschreven').waitFor();
    expect(await page.getByText("VC Scenario's", { exact: false }).count()).toBeGreaterThan(0);
  });

  it('asked nothing of any server but localhost, and the page logged no errors', async () => {
    expect(pane.outside).toEqual([]);
    expect(pane.errors).toEqual([]);
    const blocked = await pane.blockedByPolicy();
    expect(blocked.filter(b => !b.startsWith(`frame-src ${OFFICE_TELEMETRY}`))).toEqual([]);
  });
});
