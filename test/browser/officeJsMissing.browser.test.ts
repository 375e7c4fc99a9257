// Excel opened the pane, but a proxy kept Office.js from loading: the pane cannot reach the
// workbook, so instead of starting in browser mode with the sample municipality (as a plain
// browser does) it says what went wrong, in the language Office named in the page's address, and
// which address IT must allow. Nothing is read, written or sent.
import { wcagViolations } from './accessibility';
import { browserSession, OFFICE_JS, openPane } from './harness';

jest.setTimeout(120_000);

const session = browserSession();

it.each([
  ['nl-NL', 'Het taakvenster kan geen verbinding maken met Excel', 'vraag je IT-afdeling dan dat adres toe te staan'],
  ['en-GB', 'The task pane cannot connect to Excel', 'ask your IT department to allow that address'],
])('opened by Excel in %s with Office.js blocked: a page saying so, not the sample', async (locale, title, advice) => {
  // The browser's own language is the other one: Office's, from the address, decides.
  const browserLocale = locale === 'nl-NL' ? 'en-US' : 'nl-NL';
  const pane = await openPane(
    session.browser(),
    `${session.origin()}/taskpane.html?_host_Info=Excel$Win32$16.01$${locale}$$$$0`,
    browserLocale,
  );
  const { page } = pane;
  await page.getByText(title).waitFor();
  await page.getByText(advice, { exact: false }).waitFor();
  expect(await page.getByText(OFFICE_JS, { exact: false }).count()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale.slice(0, 2));
  // Not browser mode: no tabs, no sample, no download.
  expect(await page.getByRole('tab').count()).toBe(0);
  expect(await page.getByRole('button').count()).toBe(0);
  expect(await wcagViolations(page)).toEqual([]);
  expect(pane.office).toEqual([OFFICE_JS]);
  expect(pane.outside).toEqual([]);
  expect(pane.errors).toEqual([]);
  await pane.context.close();
});
