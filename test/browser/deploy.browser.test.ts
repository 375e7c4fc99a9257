// The build served as docs/deploy.md has a host serve it: under a folder (/vc/), every file with
// the headers of the one table the nginx, IIS and Static Web Apps examples are made from
// (deploy/headers.js), Content-Security-Policy as an HTTP header on top of the pages' own. The pane
// runs under them in Chromium with nothing leaving localhost (Office.js from the CDN is asked for
// and blocked, so it starts in browser mode), help.html under its own stricter policy; every
// English locale gets the English pane, nl-NL and nl-BE the Dutch one, any other language English;
// an Excel too old for the pane gets the sentence; an Office.js that never answers does not hang it.
import fs from 'fs';
import http from 'http';
import { AddressInfo } from 'net';
import path from 'path';
import { Browser } from 'playwright-core';
import { wcagViolations } from './accessibility';
import { connect, DIST, OFFICE_JS, openPane, Pane, requireDist } from './harness';

const { headersFor } = require('../../deploy/headers');

jest.setTimeout(180_000);

const FOLDER = '/vc/';

/** dist/ under /vc/, each file with exactly the table's headers; anything else 404. */
function serveLikeAHost(): Promise<{ origin: string; served: Map<string, Record<string, string>>; close(): void }> {
  const served = new Map<string, Record<string, string>>();
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const relative = pathname.startsWith(FOLDER) ? pathname.slice(FOLDER.length) : '';
    const file = path.join(DIST, relative);
    if (!relative || !file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const headers = headersFor(relative);
    served.set(relative, headers);
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, served, close: () => server.close() });
    }),
  );
}

let host: Awaited<ReturnType<typeof serveLikeAHost>>;
let browser: Browser;
const opened: Pane[] = [];

beforeAll(async () => {
  requireDist();
  host = await serveLikeAHost();
  browser = await connect();
});
afterAll(async () => {
  for (const pane of opened) await pane.context.close();
  await browser?.close();
  host?.close();
});

const url = (file: string) => `${host.origin}${FOLDER}${file}`;

async function open(file: string, locale = 'nl-NL'): Promise<Pane> {
  const pane = await openPane(browser, url(file), locale);
  opened.push(pane);
  return pane;
}

/** The pane in a page where Office.js is `office` (a stand-in set before any script runs). */
async function openWithOffice(office: string, locale: string, query = ''): Promise<Pane> {
  const pane = await open('help.html', locale);
  await pane.context.addInitScript(office);
  await pane.page.goto(url(`taskpane.html${query}`));
  return pane;
}

describe('the pane under the headers of the host examples', () => {
  it('starts, works, saves and downloads with nothing blocked and nothing sent', async () => {
    const pane = await open('taskpane.html');
    const { page } = pane;
    await page.getByRole('tab', { name: '1 Situatie', selected: true }).waitFor();
    // The pages and the lazily loaded .xlsx code came with the table's headers.
    expect(host.served.get('taskpane.html')?.['Content-Security-Policy']).toMatch(/^default-src 'self'/);

    await page.getByLabel('Naam van de gemeente').fill('Gemeente Voorbeeld');
    await page.getByRole('button', { name: 'Naar werkmap schrijven' }).click();
    await page.getByText('Naar de werkmap geschreven').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download als .xlsx' }).click(),
    ]);
    expect(await download.failure()).toBeNull();
    const lazy = [...host.served.keys()].filter(file => file.startsWith('exceljs.'));
    expect(lazy).toHaveLength(1);
    expect(host.served.get(lazy[0])?.['Cache-Control']).toMatch(/immutable/);

    expect(await pane.blockedByPolicy()).toEqual([]);
    expect(pane.errors).toEqual([]);
    expect(pane.outside).toEqual([]);
    expect(pane.office).toEqual([OFFICE_JS]);
  });
});

describe('help.html under its own policy (no script at all)', () => {
  it('shows both languages and the contact line, and is accessible', async () => {
    const pane = await open('help.html');
    const { page } = pane;
    expect(host.served.get('help.html')?.['Content-Security-Policy']).toMatch(/^default-src 'none'/);
    await page.getByRole('heading', { name: 'Verantwoorde Caseload', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Responsible Caseload', level: 1 }).waitFor();
    expect(await page.getByText('Vragen over de invoegtoepassing?').count()).toBe(1);
    expect(await page.locator('section#en').getAttribute('lang')).toBe('en');
    expect(await wcagViolations(page)).toEqual([]);
    expect(await pane.blockedByPolicy()).toEqual([]);
    expect(pane.errors).toEqual([]);
    expect(pane.outside).toEqual([]);
  });
});

describe('the language the pane speaks, by the browser locale outside Office', () => {
  it.each([
    ['en-GB', '1 Situation'],
    ['en-AU', '1 Situation'],
    ['en-US', '1 Situation'],
    ['nl-NL', '1 Situatie'],
    ['nl-BE', '1 Situatie'],
    ['de-DE', '1 Situation'],
    ['fr-BE', '1 Situation'],
  ])('%s: %s', async (locale, firstTab) => {
    const { page, errors } = await open('taskpane.html', locale);
    await page.getByRole('tab', { name: firstTab, selected: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(firstTab.endsWith('e') ? 'nl' : 'en');
    expect(errors).toEqual([]);
  });
});

/** Office.js as Excel would give it, with the ExcelApi sets up to `highest`. */
const excel = (highest: number, displayLanguage: string) => `
  window.Office = {
    HostType: { Excel: 'Excel' },
    onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
    context: {
      displayLanguage: ${JSON.stringify(displayLanguage)},
      requirements: { isSetSupported: (name, version) => name === 'ExcelApi' && Number(version.split('.')[1]) <= ${Math.round((highest % 1) * 100)} },
    },
  };`;

describe('an Excel too old for the pane', () => {
  it.each([
    ['en-GB', 'This Excel is too old for the task pane', 'The CASELOAD functions in your cells still work.'],
    ['nl-NL', 'Deze Excel is te oud voor het taakvenster', 'De CASELOAD-functies in je cellen werken wel gewoon.'],
  ])('in %s: says so, and which Excel it needs, instead of the pane', async (locale, title, functions) => {
    const pane = await openWithOffice(excel(1.12, locale), locale);
    const { page } = pane;
    await page.getByText(title).waitFor();
    await page.getByText(functions).waitFor();
    expect(await page.getByText(/ExcelApi 1\.13/).count()).toBe(1);
    expect(await page.getByText(/2102/).count()).toBe(1);
    expect(await page.getByRole('tab').count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    expect(pane.errors).toEqual([]);
    expect(pane.outside).toEqual([]);
  });
});

describe('an Office.js that loaded but never answers', () => {
  it('does not keep the pane from starting in browser mode', async () => {
    // The wait shortened from 8 s (test/deploy.host.test.ts checks that one) to half a second.
    const pane = await openWithOffice(
      `window.Office = { HostType: { Excel: 'Excel' }, onReady: () => new Promise(() => {}) };`,
      'nl-NL',
      '?officeWait=500',
    );
    await pane.page.getByRole('tab', { name: '1 Situatie', selected: true }).waitFor();
    expect(pane.errors).toEqual([]);
  });
});
