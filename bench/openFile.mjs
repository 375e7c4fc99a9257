// Opening a large file: a workbook whose first team lists 100,000 cases, read once outside the
// pane (exceljs and the plan, in Node) and once in the pane in Chromium, the way a user opens it
// (Werkmap openen), then its Gesprek tab. One run each: a run takes tens of seconds. The longest
// task on the pane's own thread while the file opens tells how long the pane could not answer.
// Then one edit, and the time until the copy this browser keeps of a plan in no file has it (in
// IndexedDB, after the pause in typing the pane waits for), with the longest task meanwhile.
/* global indexedDB, performance, PerformanceObserver, setTimeout, window */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance as nodePerformance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { dist } from './load.mjs';
import { ARGS, CHROMIUM, officeFromCopy, serve } from './pane.mjs';
import { fmt, ms } from './timing.mjs';

const CASES = 100_000;
const TIMEOUT = 600_000;

async function inThePane(file) {
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'nl-NL' });
    await officeFromCopy(context);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/taskpane.html`);
    await page.getByRole('tab', { name: '1 Situatie', selected: true }).waitFor({ timeout: TIMEOUT });
    await page.evaluate(() => {
      window.longestTask = 0;
      new PerformanceObserver(list => {
        for (const entry of list.getEntries()) window.longestTask = Math.max(window.longestTask, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Werkmap openen' }).click();
    const started = await page.evaluate(() => performance.now());
    await (await chooser).setFiles(file);
    await page.getByText('alle-casussen.xlsx is geopend.').waitFor({ timeout: TIMEOUT });
    const opened = await page.evaluate(() => performance.now());
    const longest = await page.evaluate(() => window.longestTask);
    await page.getByRole('tab', { name: 'Gesprek' }).click();
    await page.getByRole('group', { name: /^Casus 20: / }).waitFor({ timeout: TIMEOUT });
    const shown = await page.evaluate(() => performance.now());
    const kept = await keptAfterAnEdit(page);
    return { openMs: opened - started, longest, tabMs: shown - opened, ...kept };
  } finally {
    await browser.close();
    server.close();
  }
}

/** The municipality in the copy kept in IndexedDB, polled from the page until it is `wanted`. */
async function keptAfterAnEdit(page) {
  await page.getByRole('tab', { name: '1 Situatie' }).click();
  await page.evaluate(() => (window.longestTask = 0));
  const edited = await page.evaluate(() => performance.now());
  await page.getByLabel('Naam van de gemeente').fill('Gemeente Bewaard');
  const keptAt = await page.evaluate(async () => {
    const read = () =>
      new Promise(resolve => {
        const opening = indexedDB.open('verantwoorde-caseload');
        opening.onsuccess = () => {
          const get = opening.result.transaction('browser-copy').objectStore('browser-copy').get('plan');
          get.onsuccess = () => {
            opening.result.close();
            resolve(get.result?.plan?.situation?.municipality);
          };
        };
      });
    while ((await read()) !== 'Gemeente Bewaard') await new Promise(resolve => setTimeout(resolve, 20));
    return performance.now();
  });
  return { keptMs: keptAt - edited, keptLongest: await page.evaluate(() => window.longestTask) };
}

export async function largeCaseList(ctx) {
  const workbook = await ctx.workbook();
  const bytes = await workbook.fileWithCases(CASES);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'caseload-open-')), 'alle-casussen.xlsx');
  fs.writeFileSync(file, bytes);
  const size = `${fmt(bytes.length / 1024 / 1024, 1)} MB file`;

  let at = nodePerformance.now();
  const book = await workbook.importXlsx(bytes);
  const readMs = nodePerformance.now() - at;
  at = nodePerformance.now();
  const loaded = await workbook.memoryStorage(book).load();
  const loadMs = nodePerformance.now() - at;
  if (loaded.plan.teams[0].caseList.length !== CASES) throw new Error('the cases did not read back');
  const rows = [
    { figure: `${fmt(CASES)} cases: read the .xlsx (Node)`, value: ms(readMs), detail: `${size}; exceljs` },
    { figure: `${fmt(CASES)} cases: the plan from it (Node)`, value: ms(loadMs), detail: 'fromSheets' },
  ];
  if (!fs.existsSync(CHROMIUM)) return [...rows, { figure: 'Pane: open that file', value: '—', detail: 'no Chromium' }];
  const pane = await inThePane(file);
  return [
    ...rows,
    {
      figure: 'Pane: open that file → opened',
      value: ms(pane.openMs),
      detail: `read in a worker; longest task on the pane's thread ${ms(pane.longest)}`,
    },
    { figure: 'Pane: then its Gesprek tab → cases shown', value: ms(pane.tabMs), detail: '20 cases at a time' },
    {
      figure: 'Pane: then an edit → kept in this browser',
      value: ms(pane.keptMs),
      detail: `IndexedDB, after a 400 ms pause in typing; longest task on the pane's thread ${ms(pane.keptLongest)}`,
    },
  ];
}
