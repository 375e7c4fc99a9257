// Teams in the standalone pane, by keyboard: the choice of team above the tabs decides what step 2,
// the team and individual perspectives show (checked against core's figures for that team today);
// the organisation perspective sums every team and splits an amount of FTE over them (checked
// against core's organisationFigures); a team is added, renamed (its areas and scenarios follow)
// and removed after a confirmation. Every new view passes axe, in Dutch and in English.
import {
  compareScenarios,
  computeFigures,
  inPeriod,
  isError,
  organisationFigures,
  Plan,
  Result,
  samplePlan,
  teamExpectedCases,
  todayIso,
} from '../../src/core';
import { dateText } from '../../src/taskpane/format/dateText';
import { bandText } from '../../src/taskpane/format/figureText';
import { formatFixed, formatForInput, formatNumber } from '../../src/taskpane/format/numberFormat';
import { wcagViolations } from './accessibility';
import { browserSession, OFFICE_TELEMETRY, Pane, settled } from './harness';
import { chooseOption, openTab, retype, tabTo } from './keyboard';
import { Locator, Page } from 'playwright-core';

jest.setTimeout(180_000);

const session = browserSession();
const plan: Plan = samplePlan();
const today = todayIso();

function ok<T>(value: Result<T>): T {
  if (isError(value)) throw new Error(`not computed: ${value.reason}`);
  return value;
}
const two = (n: number) => formatFixed('nl', n, 2);

const switcher = (page: Page) => page.getByRole('region', { name: 'Teams' });
const teamSelect = (page: Page) => switcher(page).getByRole('combobox', { name: 'Team' });

/** Tab to a button (or back to it) and press Enter. */
async function press(page: Page, button: Locator, direction: 'forward' | 'back' = 'forward') {
  await tabTo(page, button, direction);
  await page.keyboard.press('Enter');
}

/** In the focused name field: replace the text and press Enter. */
async function typeName(page: Page, name: string) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

/** From wherever the focus is above the tabs, forward to the selected tab. */
async function toTabs(page: Page) {
  await tabTo(page, page.getByRole('tab', { selected: true }));
}

/** With the keyboard only: to the choice of team, and the arrow keys to team `index`. */
const chooseTeam = (page: Page, index: number) => chooseOption(page, teamSelect(page), index, 'back');

describe('teams in the pane (Dutch)', () => {
  let pane: Pane;
  beforeAll(async () => {
    pane = await session.open();
  });

  it('step 1 shows the areas per team with the cases they imply', async () => {
    const { page } = pane;
    const table = page.getByRole('table', { name: 'Verwachte vraag per team' });
    for (const team of plan.teams) {
      const row = table.getByRole('row', { name: new RegExp(`^${team.name} `) });
      const expected = formatNumber('nl', ok(teamExpectedCases(plan, team.name)), 0);
      expect(await row.getByRole('cell').last().textContent()).toBe(expected);
    }
    // Each area names its team.
    const area = page.getByRole('group', { name: 'Gebied 4: Hele gemeente, jeugd' });
    expect(await area.getByRole('combobox', { name: 'Team' }).inputValue()).toBe('Jeugd');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('switching teams by keyboard shows the other team’s band, approved FTE, cases and roster in step 2', async () => {
    const { page } = pane;
    await toTabs(page);
    await openTab(page, '2 Bandbreedte');
    for (const index of [1, 2]) {
      await chooseTeam(page, index);
      const team = plan.teams[index];
      const figures = computeFigures(plan, index, today);
      await page.getByRole('heading', { name: `Uitkomst voor ${team.name}` }).waitFor();
      expect(await page.getByTestId('band-per-fte').textContent()).toBe(bandText(ok(figures.bandPerFte), 'nl'));
      expect(await page.getByTestId('band-team').textContent()).toBe(bandText(ok(figures.teamBand), 'nl'));

      const settings = page.getByRole('region', { name: `${team.name}: vastgestelde formatie en weging` });
      expect(await settings.getByLabel('Formatie (fte)').inputValue()).toBe(formatForInput('nl', team.formatie));
      expect(await settings.getByLabel('Extra weging van de casussen').inputValue()).toBe(
        formatForInput('nl', team.extraWeight * 100),
      );
      const cases = page.getByRole('region', { name: `Casussen per jaar van ${team.name}` });
      for (const c of team.cases)
        expect(await cases.getByLabel(c.category, { exact: true }).inputValue()).toBe(String(c.count));

      const roster = page.getByRole('region', { name: `Teamleden van ${team.name}` });
      expect(await roster.locator('legend').allTextContents()).toEqual(
        team.roster.map((p, i) => `Teamlid ${i + 1}: ${p.name}`),
      );
      // A row per period: whether it counts today follows its dates.
      for (const [i, person] of team.roster.entries()) {
        const row = roster.getByRole('group', { name: `Teamlid ${i + 1}: ${person.name}` });
        // A date as the pane shows dates ("1 september 2026"), blank for no limit.
        expect(await row.getByLabel('Van').inputValue()).toBe(dateText(person.from, 'nl'));
        expect(await row.getByLabel('Tot en met').inputValue()).toBe(dateText(person.to, 'nl'));
        const counts = inPeriod(today, person.from, person.to);
        await row.getByText(counts ? 'Telt vandaag mee.' : /^Telt vandaag niet mee/).waitFor();
      }
      const factors = page.getByRole('region', { name: `Meewegende factoren van ${team.name}` });
      expect(await factors.locator('legend').allTextContents()).toEqual(
        team.factors.map((f, i) => `Factor ${i + 1}: ${f.name}`),
      );
    }
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('a team’s approved FTE typed in step 2 reaches the organisation’s totals', async () => {
    const { page } = pane;
    const field = page.getByRole('region', { name: /vastgestelde formatie en weging$/ }).getByLabel('Formatie (fte)');
    await tabTo(page, field);
    await retype(page, '7,5');
    plan.teams[2].formatie = 7.5;
    expect(await settled(() => field.inputValue(), '7,5')).toBe('7,5');
  });

  it('the organisation perspective sums every team and splits the FTE to split over them', async () => {
    const { page } = pane;
    await openTab(page, 'Perspectieven');
    const check = async () => {
      const org = organisationFigures(plan, today);
      expect(await page.getByTestId('organisation-formatie').textContent()).toBe(two(org.formatie));
      expect(await page.getByTestId('organisation-bezetting').textContent()).toBe(two(org.bezetting));
      expect(await page.getByTestId('organisation-benodigd').textContent()).toBe(two(ok(org.benodigd)));
      expect(await page.getByTestId('organisation-inzetbaar').textContent()).toBe(two(org.inzetbaar));
      expect(await page.getByTestId('dekkingsgraad').textContent()).toBe(two(ok(org.dekkingsgraad)));
      expect(await page.getByTestId('bezettingsgraad').textContent()).toBe(two(ok(org.bezettingsgraad)));
      const table = page.getByRole('table', { name: 'Verdeling van de capaciteit' });
      const rows = await table
        .locator('tbody tr')
        .evaluateAll(trs => trs.map(tr => [...tr.querySelectorAll('th, td')].map(cell => cell.textContent)));
      expect(rows).toEqual(
        org.teams.map(t => [t.name, two(ok(t.allocated)), two(t.formatie), two(t.bezetting), two(ok(t.benodigd))]),
      );
      const total = await table
        .locator('tfoot tr')
        .evaluate(tr => [...tr.querySelectorAll('th, td')].map(cell => cell.textContent));
      expect(total).toEqual([
        'Alle teams',
        two(org.fteToSplit),
        two(org.formatie),
        two(org.bezetting),
        two(ok(org.benodigd)),
      ]);
    };
    await check();
    const toSplit = page.getByLabel('Fte om te verdelen over de teams');
    await tabTo(page, toSplit);
    await retype(page, '30');
    plan.organisation.fteToSplit = 30;
    await settled(
      () => page.getByRole('table', { name: 'Verdeling van de capaciteit' }).locator('tfoot td').first().textContent(),
      two(30),
    );
    await check();

    // The team perspective is of the team shown (Zuid): its totals and band, and, until figures per
    // staff member are turned on (privacy.browser.test.ts), no one's name.
    const figures = computeFigures(plan, 2, today);
    const team = page.getByRole('region', { name: 'Team: Zuid' });
    await settled(() => team.innerText().then(text => text.includes(bandText(ok(figures.teamBand), 'nl'))), true);
    const shown = await team.innerText();
    expect(shown).toContain(bandText(ok(figures.teamBand), 'nl'));
    for (const person of figures.people) expect(shown).not.toContain(person.name);
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('scenarios each name their team, in the editor and in the comparison', async () => {
    const { page } = pane;
    await openTab(page, 'Scenario’s');
    const comparison = page.getByRole('table', { name: 'Naast elkaar' });
    const teams = await comparison
      .getByRole('row', { name: /^Team / })
      .getByRole('cell')
      .allTextContents();
    expect(teams).toEqual(compareScenarios(plan, today).map(s => s.team));
    const bands = await comparison
      .getByRole('row', { name: /^Bandbreedte voor het team/ })
      .getByRole('cell')
      .allTextContents();
    expect(bands).toEqual(compareScenarios(plan, today).map(s => bandText(ok(s.teamBand), 'nl')));
    const third = page.getByRole('group', { name: `Scenario 3: ${plan.scenarios[2].name}` });
    expect(await third.getByRole('combobox', { name: 'Team' }).inputValue()).toBe(plan.scenarios[2].team);
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('adds a team, names it, and the new team is the one shown', async () => {
    const { page } = pane;
    await press(page, switcher(page).getByRole('button', { name: 'Team toevoegen' }), 'back');
    const nameField = page.getByLabel('Nieuwe naam van het team');
    await nameField.waitFor();
    expect(await nameField.evaluate(el => el === document.activeElement)).toBe(true);
    expect(await nameField.inputValue()).toBe('Team 5');
    expect(await wcagViolations(page)).toEqual([]);
    await typeName(page, 'Oost');
    const add = switcher(page).getByRole('button', { name: 'Team toevoegen' });
    expect(await settled(() => add.evaluate(el => el === document.activeElement), true)).toBe(true);
    const select = teamSelect(page);
    expect(await select.locator('option').allTextContents()).toEqual([...plan.teams.map(t => t.name), 'Oost']);
    expect(await select.inputValue()).toBe('4');
    // The new team is empty: the scenarios' team lists offer it.
    const first = page.getByRole('group', { name: `Scenario 1: ${plan.scenarios[0].name}` });
    expect(await first.getByRole('combobox', { name: 'Team' }).locator('option').allTextContents()).toContain('Oost');
  });

  it('refuses a name another team has, and renaming a team renames it in areas and scenarios', async () => {
    const { page } = pane;
    await chooseTeam(page, 0);
    const rename = switcher(page).getByRole('button', { name: 'Naam wijzigen van team Noord' });
    await press(page, rename);
    await typeName(page, 'centrum');
    await switcher(page).getByText('Er is al een team met de naam centrum.').waitFor();
    await typeName(page, '');
    await switcher(page).getByText('Geef het team een naam.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    // Escape leaves the name as it was, and the focus back on the button.
    await page.keyboard.press('Escape');
    await rename.waitFor();
    expect(await rename.evaluate(el => el === document.activeElement)).toBe(true);

    await press(page, rename);
    await typeName(page, 'Noord-Oost');
    await switcher(page).getByRole('button', { name: 'Naam wijzigen van team Noord-Oost' }).waitFor();
    const scenario = page.getByRole('group', { name: `Scenario 1: ${plan.scenarios[0].name}` });
    expect(await scenario.getByRole('combobox', { name: 'Team' }).inputValue()).toBe('Noord-Oost');
    const comparison = page.getByRole('table', { name: 'Naast elkaar' });
    const teams = await comparison
      .getByRole('row', { name: /^Team / })
      .getByRole('cell')
      .allTextContents();
    expect(teams).toEqual(plan.scenarios.map(s => (s.team === 'Noord' ? 'Noord-Oost' : s.team)));

    await toTabs(page);
    await openTab(page, '1 Situatie');
    const area = page.getByRole('group', { name: 'Gebied 1: Noord' });
    expect(await area.getByRole('combobox', { name: 'Team' }).inputValue()).toBe('Noord-Oost');
    const table = page.getByRole('table', { name: 'Verwachte vraag per team' });
    const row = table.getByRole('row', { name: /^Noord-Oost / });
    expect(await row.getByRole('cell').last().textContent()).toBe(
      formatNumber('nl', ok(teamExpectedCases(plan, 'Noord')), 0),
    );
  });

  it('removes a team only after a confirmation, and never the last one', async () => {
    const { page } = pane;
    await chooseTeam(page, 4);
    const remove = switcher(page).getByRole('button', { name: 'Team verwijderen: Oost' });
    await press(page, remove);
    const dialog = page.getByRole('alertdialog', { name: 'Team Oost verwijderen?' });
    await dialog.waitFor();
    // The focus starts on "Annuleren": Enter by habit removes nothing.
    const cancel = dialog.getByRole('button', { name: 'Annuleren' });
    expect(await settled(() => cancel.evaluate(el => el === document.activeElement), true)).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await teamSelect(page).locator('option').count()).toBe(5);
    expect(await settled(() => remove.evaluate(el => el === document.activeElement), true)).toBe(true);

    await press(page, remove);
    await dialog.waitFor();
    await press(page, dialog.getByRole('button', { name: 'Ja, verwijderen' }));
    await dialog.waitFor({ state: 'detached' });
    const select = teamSelect(page);
    expect(await select.locator('option').allTextContents()).toEqual(['Noord-Oost', 'Centrum', 'Zuid', 'Jeugd']);
    expect(await settled(() => select.evaluate(el => el === document.activeElement), true)).toBe(true);
    expect(await select.inputValue()).toBe('3');

    // Down to one team: it cannot be removed.
    for (let i = 0; i < 3; i++) {
      await press(page, switcher(page).getByRole('button', { name: /^Team verwijderen: / }));
      await press(page, page.getByRole('alertdialog').getByRole('button', { name: 'Ja, verwijderen' }));
      await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    }
    expect(await teamSelect(page).locator('option').allTextContents()).toEqual(['Noord-Oost']);
    expect(
      await switcher(page)
        .getByRole('button', { name: /^Team verwijderen/ })
        .count(),
    ).toBe(0);
    // The areas of the removed teams keep their team's name, shown as no team.
    const area = page.getByRole('group', { name: 'Gebied 2: Centrum' });
    const chosen = area.getByRole('combobox', { name: 'Team' });
    expect(await chosen.inputValue()).toBe('Centrum');
    expect(await chosen.locator('option:checked').textContent()).toBe('Centrum (geen team)');
    await page
      .getByRole('table', { name: 'Verwachte vraag per team' })
      .getByRole('row', { name: /^Zonder team / })
      .waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('asked nothing of any server but localhost, and the page logged no errors', async () => {
    expect(pane.outside).toEqual([]);
    expect(pane.errors).toEqual([]);
    const blocked = await pane.blockedByPolicy();
    expect(blocked.filter(b => !b.startsWith(`frame-src ${OFFICE_TELEMETRY}`))).toEqual([]);
  });
});

describe('teams in the pane (English)', () => {
  it('the choice of team and the views per team and for the organisation pass axe', async () => {
    const { page, errors } = await session.open('en-GB');
    await tabTo(page, teamSelect(page));
    await page.keyboard.press('ArrowDown');
    await page.getByRole('table', { name: 'Expected demand per team' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await toTabs(page);
    await openTab(page, '2 Range');
    await page.getByRole('heading', { name: 'Result for Centrum' }).waitFor();
    await page.getByRole('region', { name: 'Centrum: approved FTE and weight' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await openTab(page, 'Perspectives');
    await page.getByRole('table', { name: 'Capacity split' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await openTab(page, 'Scenarios');
    expect(await wcagViolations(page)).toEqual([]);
    await press(page, switcher(page).getByRole('button', { name: 'Remove team: Centrum' }), 'back');
    await page.getByRole('alertdialog', { name: 'Remove team Centrum?' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await press(page, switcher(page).getByRole('button', { name: 'Rename team Centrum' }), 'back');
    const nameField = page.getByLabel('New name of the team');
    await nameField.waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    // Choosing another team meanwhile closes the form, and the focus stays on the choice.
    await tabTo(page, teamSelect(page), 'back');
    await page.keyboard.press('ArrowDown');
    await nameField.waitFor({ state: 'detached' });
    expect(await teamSelect(page).evaluate(el => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
  });
});
