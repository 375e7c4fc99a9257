// The pane with the real Office.js loaded, outside Office. Production pages load Office.js from
// Microsoft's CDN; tests may not reach the network, so Microsoft's npm copy (@microsoft/office-js)
// answers for the CDN here, file by file. Outside Office, Office.onReady answers without a host:
// the pane must then start in browser mode at once (not after its 8-second safety wait), with no
// error, nothing blocked but office.js's own telemetry frame, and no other request leaving localhost.
import fs from 'fs';
import path from 'path';
import type { Browser } from 'playwright-core';
import {
  connect,
  distOrigin,
  OFFICE_JS,
  OFFICE_SCRIPT_HOST,
  OFFICE_TELEMETRY,
  PANE_CONTEXT,
  requireDist,
} from './harness';

jest.setTimeout(120_000);

const NPM_COPY = path.resolve(__dirname, '../../node_modules/@microsoft/office-js/dist');
const CDN_FOLDER = OFFICE_JS.slice(0, OFFICE_JS.lastIndexOf('/') + 1);

let browser: Browser;
beforeAll(async () => {
  requireDist();
  browser = await connect();
});
afterAll(async () => {
  await browser?.close();
});

it('starts in browser mode at once when Office.js loads outside Office', async () => {
  const context = await browser.newContext({ ...PANE_CONTEXT, locale: 'nl-NL' });
  const fromCopy: string[] = [];
  const outside: string[] = [];
  await context.route('**/*', route => {
    const url = route.request().url();
    const { hostname, origin } = new URL(url);
    if (hostname === '127.0.0.1') return route.continue();
    const file = url.startsWith(CDN_FOLDER) ? path.join(NPM_COPY, url.slice(CDN_FOLDER.length).split('?')[0]) : '';
    if (origin === OFFICE_SCRIPT_HOST && file.startsWith(NPM_COPY) && fs.existsSync(file)) {
      fromCopy.push(url);
      return route.fulfill({ body: fs.readFileSync(file), contentType: 'text/javascript; charset=utf-8' });
    }
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', e => errors.push(e.message));
  page.on('console', m => {
    if (m.type() === 'error' && !m.text().includes(OFFICE_TELEMETRY)) errors.push(m.text());
  });

  const started = Date.now();
  await page.goto(`${distOrigin()}/taskpane.html`);
  await page.getByRole('tab', { name: '1 Situatie', selected: true }).waitFor();
  // Browser mode: the in-memory workbook's preview and download are there.
  await page.getByRole('button', { name: 'Download als .xlsx' }).waitFor();
  expect(Date.now() - started).toBeLessThan(8000);

  expect(fromCopy).toContain(OFFICE_JS);
  expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('object');
  expect(errors).toEqual([]);
  expect(outside.filter(url => !url.startsWith(OFFICE_TELEMETRY))).toEqual([]);
  await context.close();
});
