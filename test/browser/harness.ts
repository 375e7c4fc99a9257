// Runs the built pane in Debian's Chromium the way a user opens it from `npm start`: served
// from localhost, no Office host, so it works against the in-memory workbook. Every request
// that would leave localhost is blocked: the one the page may make, Office.js from Office's
// script host, is recorded apart (`office`); any other is recorded in `outside`.
import fs from 'fs';
import http from 'http';
import path from 'path';
import { AddressInfo } from 'net';
import { buffer } from 'stream/consumers';
import { Browser, BrowserContext, chromium, ConsoleMessage, Download, Locator, Page } from 'playwright-core';

// BROWSER_DIST: a build made elsewhere (several people building at once must not share dist/).
export const DIST = path.resolve(process.env.BROWSER_DIST ?? path.resolve(__dirname, '../../dist'));
export const OUTPUT = path.resolve(__dirname, '../../test-output');

/** Where globalSetup.ts tells the test files about the run's one Chromium and dist/ server. */
export const SHARED = {
  browser: 'VC_BROWSER_ENDPOINT',
  browserFailed: 'VC_BROWSER_FAILED',
  origin: 'VC_DIST_ORIGIN',
} as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css',
};

/** Stops a test file that needs the build early, with what to do. */
export function requireDist() {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/ is missing: run `npm run build` first.');
}

/** A static server for dist/ on a free loopback port. */
export async function serveDist(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = path.join(DIST, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise(resolve => server.close(() => resolve())) };
}

/** Debian's Chromium, headless, started once per jest run by globalSetup.ts. */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  // The server that test files connect to listens on loopback only.
  host: '127.0.0.1',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

function shared(name: 'browser' | 'origin'): string {
  const value = process.env[SHARED[name]];
  if (!value)
    throw new Error(
      `${SHARED[name]} is not set: run the browser tests through jest (its slow project starts Chromium).`,
    );
  return value;
}

/** The run's one Chromium (each file its own connection; closing it leaves Chromium running). */
export async function connect(): Promise<Browser> {
  const failed = process.env[SHARED.browserFailed];
  if (failed) throw new Error(`Chromium (${CHROMIUM.executablePath}) did not start: ${failed}`);
  return chromium.connect(shared('browser'));
}

/** The run's one server of dist/, e.g. http://127.0.0.1:41234. */
export const distOrigin = (): string => shared('origin');

/** The bytes of a download (Chromium runs in another process, so there is no local path to read). */
export const downloaded = async (download: Download): Promise<Buffer> => buffer(await download.createReadStream());

/**
 * Outside Office, office.js tries to frame Microsoft's telemetry page; the pane's policy blocks
 * it (the add-in sends nothing anywhere), which the browser reports. That one report is expected.
 */
export const OFFICE_TELEMETRY = 'https://telemetryservice.firstpartyapps.oaspapps.com';

const isLocal = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1' || hostname === 'localhost';
};

/**
 * The only host outside the add-in's own a page may ask for: Microsoft's CDN for Office.js, from
 * deploy/headers.js, which the pages' policy is made from. Blocked here all the same, so the pane
 * starts as it does without a network: in browser mode.
 */
export const { OFFICE_JS, OFFICE_SCRIPT_HOST } = require('../../deploy/headers') as Record<string, string>;
const isOfficeScript = (url: string) => new URL(url).origin === OFFICE_SCRIPT_HOST;
/** The browser's report that the blocked Office.js did not load: expected, not an error of the pane. */
const officeScriptBlocked = (message: ConsoleMessage) =>
  message.text().startsWith('Failed to load resource') && isOfficeScript(message.location().url);

export interface Pane {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave localhost for anywhere but Office's script host (blocked). */
  outside: string[];
  /** Requests for Office's script host (blocked too: no request leaves localhost). */
  office: string[];
  /** Errors the page logged or threw. */
  errors: string[];
  /** What the Content-Security-Policy blocked, as "directive blocked-uri". */
  blockedByPolicy(): Promise<string[]>;
}

/**
 * A task pane's size, Excel's default width of 350 px, and no animations: a Fluent dialog still
 * fading in has colours between its own and the page's, which axe would judge (accessibility.ts
 * also waits for any that run).
 */
export const PANE_CONTEXT = { viewport: { width: 350, height: 900 }, reducedMotion: 'reduce' } as const;

/** A task-pane-sized page in a fresh context, with the outside world cut off. */
export async function openPane(browser: Browser, url: string, locale = 'nl-NL'): Promise<Pane> {
  const context = await browser.newContext({ ...PANE_CONTEXT, acceptDownloads: true, locale });
  const outside: string[] = [];
  const office: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', route => {
    const requested = route.request().url();
    if (isLocal(requested)) return route.continue();
    (isOfficeScript(requested) ? office : outside).push(requested);
    return route.abort();
  });
  await context.addInitScript(() => {
    const blocked: string[] = [];
    (window as unknown as { blockedByPolicy: string[] }).blockedByPolicy = blocked;
    document.addEventListener('securitypolicyviolation', e =>
      blocked.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`),
    );
  });
  const page = await context.newPage();
  page.on('pageerror', e => errors.push(e.message));
  page.on('console', m => {
    if (m.type() === 'error' && !m.text().includes(OFFICE_TELEMETRY) && !officeScriptBlocked(m)) errors.push(m.text());
  });
  await page.goto(url);
  const blockedByPolicy = () =>
    page.evaluate(() => [...(window as unknown as { blockedByPolicy: string[] }).blockedByPolicy]);
  return { context, page, outside, office, errors, blockedByPolicy };
}

/**
 * Two pictures of the pane: what a user sees in the task pane (scrolled to `at`, if given) and
 * the whole page.
 */
export async function screenshot(page: Page, name: string, at?: Locator) {
  const dir = path.join(OUTPUT, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  if (at) await at.evaluate(el => el.scrollIntoView({ block: 'start' }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
  await page.screenshot({ path: path.join(dir, `${name}-full.png`), fullPage: true });
}

/** The pane reloaded with its clock standing on `iso` (10:00 local time), back on its first tab. */
export async function setToday(pane: Pane, iso: string): Promise<void> {
  await pane.page.clock.setFixedTime(new Date(`${iso}T10:00:00`));
  await pane.page.reload();
  await pane.page.getByRole('tab', { selected: true }).waitFor();
}

/** Reads until the value is `wanted` or a few seconds have passed; returns the last reading. */
export async function settled<T>(read: () => Promise<T>, wanted: T, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (value !== wanted && Date.now() < until) {
    await new Promise(resolve => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** The menu beside the step tabs that holds the other parts of the plan ("Meer", "More"). */
export const moreButton = (page: Page): Locator => page.getByRole('button', { name: /^(Meer|More)$/ });

/**
 * Shows a part of the plan by mouse: its tab when it is a step (or the part open now), else its
 * item in the "Meer" menu.
 */
export async function showTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  if ((await tab.count()) > 0) await tab.click();
  else {
    await moreButton(page).click();
    await page.getByRole('menuitemradio', { name, exact: true }).click();
  }
  await page.getByRole('tab', { name, selected: true }).waitFor();
  await tabFetched(page);
}

/** A part opened for the first time is fetched first (TabContent.tsx): waits for its loading line to go. */
export async function tabFetched(page: Page): Promise<void> {
  await page.locator('[role="tabpanel"] [aria-busy="true"]').waitFor({ state: 'detached' });
}

/**
 * Opens every folded part of the tab shown (a section that starts folded, a folded case card), so
 * a test sees all its fields.
 */
export async function openFolded(page: Page): Promise<void> {
  const folded = page.locator('[role="tabpanel"] [data-disclosure][aria-expanded="false"]');
  while ((await folded.count()) > 0) await folded.first().click();
}

export interface Session {
  /** The served dist/, e.g. http://127.0.0.1:41234. */
  origin(): string;
  /** The browser, for a page opened some other way than `open` (one that does not reach step 1). */
  browser(): Browser;
  /** A fresh task-pane page on the standalone pane, ready on step 1. */
  open(locale?: string): Promise<Pane>;
}

const FIRST_TAB: Record<string, string> = { nl: '1 Situatie', en: '1 Situation' };

/** For a test file: connects to the run's Chromium before its tests, and closes its pages after. */
export function browserSession(): Session {
  let browser: Browser | undefined;
  const opened: Pane[] = [];
  beforeAll(async () => {
    requireDist();
    browser = await connect();
  });
  afterAll(async () => {
    for (const pane of opened) await pane.context.close();
    await browser?.close();
  });
  return {
    origin: distOrigin,
    browser: () => browser!,
    async open(locale = 'nl-NL') {
      const pane = await openPane(browser!, `${distOrigin()}/taskpane.html`, locale);
      opened.push(pane);
      await pane.page.getByRole('tab', { name: FIRST_TAB[locale.slice(0, 2)], selected: true }).waitFor();
      return pane;
    },
  };
}
