// Time in step 3, by keyboard: the band of the team shown over time and its weekly figures. The
// pane's clock is set to a spring day when the sample's weighing factors have ended, so today's
// inputs propose another band than the one in force; it is adopted from a date after they ended
// with a reason, and then the new version is in force, weeks before its date keep their status, a
// week after it, added and entered, is held against it, and the chart's text alternative names
// every version. A week is typed as people say it, an unreadable one is refused, and FTE present
// comes from the roster until a number is typed. Every figure is core's for the same plan; axe
// finds nothing in Dutch or English.
import {
  adoptBand,
  bandFrom,
  BandStatus,
  computeFigures,
  fteOn,
  isError,
  Plan,
  proposesChange,
  Result,
  samplePlan,
  statusWord,
  weekLabel,
} from '../../src/core';
import { dateText, shortDateText } from '../../src/taskpane/format/dateText';
import { bandText } from '../../src/taskpane/format/figureText';
import { formatFixed } from '../../src/taskpane/format/numberFormat';
import { wcagViolations } from './accessibility';
import { browserSession, Pane, screenshot, settled, setToday } from './harness';
import { openTab, retype, tabTo } from './keyboard';

jest.setTimeout(120_000);

/** The pane's today: the onboarding and registration factors of the sample have ended. */
const TODAY = '2027-04-14';
/** The new version's date, after both factors ended, typed as a Dutch date (04-04-2027) and kept as ISO. */
const FROM = '2027-04-04';
/** A week after it (Monday 12 April 2027), added to the weekly figures and entered. */
const LATER = { week: '2027-04-12', openCases: 60, ftePresent: null };
const REASON = 'Inwerken en registratielast zijn voorbij';

const session = browserSession();

/** A pane whose clock stands on TODAY, on step 3. */
async function openOnStep3(locale: string, tab: string): Promise<Pane> {
  const pane = await session.open(locale);
  await setToday(pane, TODAY);
  await openTab(pane.page, tab);
  return pane;
}

function ok<T>(value: Result<T>): T {
  if (isError(value)) throw new Error(`not computed: ${value.reason}`);
  return value;
}

function adopt(from: Plan): Plan {
  const adopted = adoptBand(from, 0, { from: FROM, reason: REASON, language: 'nl' });
  if (isError(adopted) || 'refused' in adopted) throw new Error('not adopted');
  return adopted;
}

const plan: Plan = samplePlan();
const before = computeFigures(plan, 0, TODAY);

describe('the band over time (Dutch, by keyboard)', () => {
  let pane: Pane;
  beforeAll(async () => {
    pane = await openOnStep3('nl-NL', '3 Implementeren en leren');
  });

  it('shows the band in force and, beside it, the other band today’s inputs propose', async () => {
    const { page } = pane;
    expect(proposesChange(before)).toBe(true);
    // The band adopted from FROM is computed with what holds then: no factor, as today.
    expect(bandFrom(plan, 0, FROM)).toEqual(before.bandPerFte);
    expect(await page.getByTestId('band-in-force').textContent()).toBe(bandText(ok(before.bandInForce).band, 'nl'));
    expect(await page.getByTestId('band-proposed').textContent()).toBe(bandText(ok(before.bandPerFte), 'nl'));
    const since = `Sinds ${dateText(ok(before.bandInForce).from, 'nl')}: ${ok(before.bandInForce).reason}`;
    await page.getByText(since).waitFor();
  });

  it('opens the form on the date, closes it with Escape back on the button, and asks for a reason', async () => {
    const { page } = pane;
    const adopt = page.getByRole('button', { name: 'Bandbreedte vaststellen' });
    await tabTo(page, adopt);
    await page.keyboard.press('Enter');
    const from = page.getByLabel('Geldt vanaf');
    await settled(() => from.evaluate(el => el === document.activeElement), true);
    expect(await from.evaluate(el => el === document.activeElement)).toBe(true);
    expect(await from.inputValue()).toBe(dateText(TODAY, 'nl')); // today, as the pane shows a date
    await page.keyboard.press('Escape');
    await settled(() => adopt.evaluate(el => el === document.activeElement), true);
    expect(await adopt.evaluate(el => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    await settled(() => from.evaluate(el => el === document.activeElement), true);
    // A day that does not exist is refused when the form is sent, with the reason, at the date.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('31-02-2026');
    await page.keyboard.press('Enter');
    await page.getByText('Die dag bestaat niet. Kijk de dag en de maand na.').waitFor();
    expect(await from.evaluate(el => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ControlOrMeta+A');
    const typed = `${FROM.slice(8, 10)}-${FROM.slice(5, 7)}-${FROM.slice(0, 4)}`;
    await page.keyboard.type(typed);
    expect(await from.inputValue()).toBe(typed);
    await tabTo(page, page.getByRole('button', { name: 'Vaststellen', exact: true }));
    await page.keyboard.press('Enter');
    const reason = page.getByRole('textbox', { name: /^Reden/ });
    await page.getByText('Vul de reden in.').waitFor();
    expect(await reason.evaluate(el => el === document.activeElement)).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('adopts the proposed band from the date typed, with the reason', async () => {
    const { page } = pane;
    await page.keyboard.type(REASON);
    await tabTo(page, page.getByRole('button', { name: 'Vaststellen', exact: true }));
    await page.keyboard.press('Enter');

    const band = bandText(ok(before.bandPerFte), 'nl');
    const done = page.getByText(`Bandbreedte ${band} vastgesteld, geldig vanaf ${dateText(FROM, 'nl')}.`);
    await done.waitFor();
    // The focus is on the message that says so, not lost with the form.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('vastgesteld');
    expect(await settled(() => page.getByTestId('band-in-force').textContent(), band)).toBe(band);
    // Today's inputs and the band in force agree now: nothing more to adopt.
    expect(await page.getByRole('button', { name: 'Bandbreedte vaststellen' }).count()).toBe(0);
    const version = page.getByRole('heading', { name: `Vanaf ${dateText(FROM, 'nl')}: ${band} (geldt nu)` });
    await version.waitFor();
    await page.getByRole('listitem').filter({ has: version }).getByText(REASON).waitFor();
  });

  it('keeps the status of every week before the date, and holds a week after it against the new band', async () => {
    const { page } = pane;
    const adopted = adopt(plan);
    const weeks = adopted.teams[0].weeks;
    // Week toevoegen gives the Monday after the last week, empty; it is typed as week 15 of 2027.
    await tabTo(page, page.getByRole('button', { name: 'Week toevoegen' }));
    await page.keyboard.press('Enter');
    await retype(page, 'wk 15 2027');
    await retype(page, String(LATER.openCases));
    const entered = {
      ...adopted,
      teams: [{ ...adopted.teams[0], weeks: [...weeks, LATER] }, ...adopted.teams.slice(1)],
    };
    const after = computeFigures(entered, 0, TODAY);
    expect(after.bandInForce).toMatchObject({ from: FROM, reason: REASON, band: before.bandPerFte });
    const status = (s: Result<BandStatus>) => (isError(s) ? '—' : statusWord(s, 'nl'));
    for (const [i, week] of entered.teams[0].weeks.entries()) {
      if (i < weeks.length) expect(after.weeks[i].status).toEqual(before.weeks[i].status);
      else expect(after.weeks[i]).toMatchObject({ band: before.bandPerFte, bandFrom: FROM, week: LATER.week });
      const row = page.getByRole('row').filter({ has: page.getByLabel(`Week, rij ${i + 1}`, { exact: true }) });
      const cell = row.getByRole('cell').nth(4);
      const version = ok(after.weeks[i].bandFrom);
      expect(week.week < FROM).toBe(version < FROM);
      const wanted =
        status(after.weeks[i].status) +
        `bandbreedte ${bandText(ok(after.weeks[i].band), 'nl')}versie ${shortDateText(version, 'nl')}`;
      expect(await settled(() => cell.textContent(), wanted)).toBe(wanted);
    }
    expect(await page.getByTestId('weeks-above').textContent()).toBe(String(after.monitoring.weeksAbove));
    expect(await page.getByTestId('weeks-below').textContent()).toBe(String(after.monitoring.weeksBelow));
  });

  it('names every version that applied in the chart’s text alternative', async () => {
    const { page } = pane;
    const summary = (await page.getByRole('img', { name: /^Caseload per fte over/ }).getAttribute('aria-label')) ?? '';
    const weeks = [...plan.teams[0].weeks.map(w => w.week), LATER.week];
    const versions = [...plan.teams[0].bands.map(b => ({ ...b })), { ...ok(before.bandPerFte), from: FROM }];
    for (const version of versions) {
      const first = weeks.find(w => w >= version.from)!;
      expect(summary).toContain(
        `${bandText(version, 'nl')} vanaf ${weekLabel(first)} (versie van ${dateText(version.from, 'nl')})`,
      );
    }
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, '3-bandbreedte-in-de-tijd', page.getByRole('heading', { name: 'Bandbreedte in de tijd' }));
  });
});

describe('weekly figures, each week a date (Dutch, by keyboard)', () => {
  let pane: Pane;
  const weeks = plan.teams[0].weeks;
  beforeAll(async () => {
    pane = await openOnStep3('nl-NL', '3 Implementeren en leren');
  });

  it('shows each week as "wk 12 2026" and FTE present from the roster until one is typed', async () => {
    const { page } = pane;
    const row = 1;
    expect(await page.getByLabel(`Week, rij ${row}`, { exact: true }).inputValue()).toBe(weekLabel(weeks[0].week));
    const fte = page.getByLabel(`Fte aanwezig, rij ${row}`, { exact: true });
    expect(weeks[0].ftePresent).toBeNull();
    expect(await fte.inputValue()).toBe('');
    const roster = formatFixed('nl', ok(fteOn(plan.teams[0], weeks[0].week)), 1);
    expect(await fte.getAttribute('aria-describedby')).toBeTruthy();
    await page.getByRole('row').nth(row).getByText(`${roster} (rooster)`).waitFor();

    // A typed number overrides the roster; emptying the field gives it back.
    await tabTo(page, fte);
    await retype(page, '3');
    const perFte = page.getByRole('row').nth(row).getByRole('cell').nth(3);
    const typed = formatFixed('nl', weeks[0].openCases! / 3, 1);
    expect(await settled(() => perFte.textContent(), typed)).toBe(typed);
    await page.getByRole('row').nth(row).getByText(`ingevuld (rooster ${roster})`).waitFor();
    await tabTo(page, fte, 'back');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    const fromRoster = formatFixed('nl', ok(computeFigures(plan, 0, TODAY).weeks[0].caseload), 1);
    expect(await settled(() => perFte.textContent(), fromRoster)).toBe(fromRoster);
  });

  it('adds a week on the Monday after the last, and reads a week typed as a label, an ISO week or a date', async () => {
    const { page } = pane;
    await tabTo(page, page.getByRole('button', { name: 'Week toevoegen' }));
    await page.keyboard.press('Enter');
    const row = weeks.length + 1;
    const week = page.getByLabel(`Week, rij ${row}`, { exact: true });
    await settled(() => week.evaluate(el => el === document.activeElement), true);
    expect(await week.inputValue()).toBe('wk 49 2026'); // the Monday after 23 November 2026
    for (const [typed, shown] of [
      ['2026-W50', 'wk 50 2026'],
      ['2026-12-17', 'wk 51 2026'],
      ['week 2 2027', 'wk 2 2027'],
    ]) {
      await retype(page, typed);
      expect(await week.inputValue()).toBe(shown);
      await tabTo(page, week, 'back');
    }
  });

  it('refuses a week it cannot read, says why, and keeps the week it had', async () => {
    const { page } = pane;
    const week = page.getByLabel(`Week, rij ${weeks.length + 1}`, { exact: true });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('volgende week');
    await page.getByText('Dit is geen week. Typ bijvoorbeeld wk 12 2026, 2026-W12 of een datum').waitFor();
    expect(await week.getAttribute('aria-invalid')).toBe('true');
    expect(await wcagViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await week.inputValue()).toBe('wk 2 2027');
  });
});

describe('the band over time in English', () => {
  it('passes axe with the adoption form open', async () => {
    const pane = await openOnStep3('en-GB', '3 Implement and learn');
    const { page } = pane;
    await tabTo(page, page.getByRole('button', { name: 'Adopt range' }));
    await page.keyboard.press('Enter');
    await page.getByLabel('Holds from').waitFor();
    await page.getByRole('heading', { name: 'Range over time' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    expect(pane.errors).toEqual([]);
  });
});
