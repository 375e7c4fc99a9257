// Time from navigation to an interactive step 1 of the task pane in headless Chromium, with
// dist/ served as static files from localhost: no dev server, no network, no HTTP cache reuse.
// Office.js, which the page loads from Microsoft's CDN, comes from Microsoft's npm copy instead
// (the CDN's latency is not ours to measure; a page waiting on an unreachable CDN measures nothing).
/* global document, performance */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { URL } from 'node:url';
import { chromium } from 'playwright-core';
import { dist } from './load.mjs';
import { median } from './timing.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png' };
const TIMEOUT = 10_000;
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_COPY = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '../node_modules/@microsoft/office-js/dist',
);

/** Office's CDN answered from the npm copy; anything else off localhost refused. */
export async function officeFromCopy(context) {
  await context.route('**/*', route => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    const file = url.startsWith(OFFICE_CDN) ? path.join(OFFICE_COPY, url.slice(OFFICE_CDN.length).split('?')[0]) : '';
    if (file.startsWith(OFFICE_COPY) && fs.existsSync(file)) {
      return route.fulfill({ body: fs.readFileSync(file), contentType: 'text/javascript' });
    }
    return route.abort();
  });
}

export function serve(dir) {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url, 'http://localhost').pathname));
    if (!file.startsWith(dir + path.sep)) return void res.writeHead(403).end();
    fs.readFile(file, (error, body) => {
      if (error) res.writeHead(404).end();
      else res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    });
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * One navigation in a fresh context. Ready = the tab "1 Situatie" is visible and the page's
 * first input is enabled; the time is the page's own clock (ms since its navigation started) in the
 * frame where that first holds.
 * Returns { ms } or { missing, pageError }.
 */
async function navigate(browser, url) {
  const context = await browser.newContext();
  await officeFromCopy(context);
  try {
    const page = await context.newPage();
    let pageError;
    page.on('pageerror', error => (pageError ??= error.message));
    const deadline = Date.now() + TIMEOUT;
    await page.goto(url, { waitUntil: 'commit' });
    try {
      await page.getByRole('tab', { name: '1 Situatie' }).waitFor({ state: 'visible', timeout: TIMEOUT });
    } catch {
      return { missing: 'step 1 not found (no tab "1 Situatie" within 10 s)', pageError };
    }
    try {
      // The page's clock when the check first passes, read in that same frame: a separate evaluate
      // afterwards would wait for whatever the page does next and count it too.
      const readyAt = () => document.querySelector('input')?.matches(':enabled') && performance.now();
      const ready = await page.waitForFunction(readyAt, null, { polling: 'raf', timeout: deadline - Date.now() });
      return { ms: await ready.jsonValue() };
    } catch {
      return { missing: 'tab "1 Situatie" shown, but no enabled first input within 10 s', pageError };
    }
  } finally {
    await context.close();
  }
}

/** Median over `runs` fresh navigations; stops at the first that never gets ready. */
export async function paneStartup(runs = 5, dir = dist) {
  const server = await serve(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const url = `http://127.0.0.1:${server.address().port}/taskpane.html?lang=nl`;
    const times = [];
    for (let i = 0; i < runs; i++) {
      const result = await navigate(browser, url);
      if (result.missing) return result;
      times.push(result.ms);
    }
    return { ms: median(times), times };
  } finally {
    await browser.close();
    server.close();
  }
}
