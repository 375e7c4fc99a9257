// `npm run bench`: the product's performance figures next to their goals, from one run on the same
// data. A benchmark, not a test: a missed goal is reported, never a failure. Only a measure that
// could not be taken at all (a crash) makes the exit code 1.
//
// To add a figure, write one async function (ctx) => rows and append it to MEASURES. A row is
// { figure, value, goal, met, detail }; `met` is true/false against the goal, or undefined.
// ctx.functions() gives the built custom functions by id, ctx.core() the bundled src/core,
// ctx.workbook() the bundled core, workbook layer and fake Excel (bench/workbookEntry.ts).
// BENCH_DIST=<folder> measures a build made elsewhere (webpack --output-path) instead of dist/.
// BENCH_ONLY=<names> runs only the measures of those function names (comma-separated), e.g.
// BENCH_ONLY=bundleSizes,paneToStepOne to take the pane's start several times on a busy machine.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { builtFunctions, bundle, bundleCore, dist, ensureBuild } from './load.mjs';
import {
  caseListFigures,
  checksOverTime,
  compareScenarios,
  recomputeFigures,
  teamsOverTime,
  workbookSyncs,
} from './figures.mjs';
import { largeCaseList } from './openFile.mjs';
import { CHROMIUM, paneStartup } from './pane.mjs';
import { allShapesInOneProcess, bandwidthCallsPerSecond, rangeMeasures } from './ranges.mjs';
import { fmt, kb, ms } from './timing.mjs';

// 3. What Office downloads: gzipped bundles, plus any lazy chunk. Scripts carry a content hash in
// their name (taskpane.<hash>.js); functions.js is the manifest's fixed-name copy of functions.<hash>.js.
// The first screen is what taskpane.html loads before step 1 can show; every tab but step 1, the
// workbook layer and the rest are chunks fetched later.
async function bundleSizes() {
  const gzipped = file => zlib.gzipSync(fs.readFileSync(path.join(dist, file))).length;
  const scripts = fs.readdirSync(dist).filter(f => f.endsWith('.js') && f !== 'functions.js');
  const entry = name => scripts.find(f => new RegExp(`^${name}\\.[0-9a-f]+\\.js$`).test(f)) ?? `${name}.js`;
  const goals = { functions: 40, taskpane: 150 };
  const rows = Object.entries(goals).map(([name, goal]) => {
    const size = gzipped(entry(name));
    return {
      figure: `dist/${name}.[hash].js gz${name === 'taskpane' ? ' (first screen)' : ''}`,
      value: kb(size),
      goal: `≤ ${goal} KB`,
      met: size <= goal * 1024,
    };
  });
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const loaded = [...html.matchAll(/<script[^>]*\ssrc="([^"/]+\.js)"/g)].map(m => m[1]);
  rows.push({
    figure: 'First screen: scripts taskpane.html loads',
    value: kb(loaded.reduce((sum, file) => sum + gzipped(file), 0)),
    detail: loaded.join(' + '),
  });
  const entries = Object.keys(goals).map(entry);
  const chunks = scripts.filter(f => !entries.includes(f));
  rows.push({
    figure: `Later: ${chunks.length} chunks fetched when needed`,
    value: kb(chunks.reduce((sum, file) => sum + gzipped(file), 0)),
    detail: 'tabs when first opened, the workbook layer after step 1 shows, exceljs for a download',
  });
  for (const chunk of chunks) rows.push({ figure: `  lazy chunk dist/${chunk} gzipped`, value: kb(gzipped(chunk)) });
  return rows;
}

// 5. Opening the pane: from navigation to a step 1 the user can type in.
async function paneToStepOne() {
  const row = { figure: 'Task pane: navigation → step 1 interactive', goal: '≤ 1 s' };
  if (!fs.existsSync(CHROMIUM)) return [{ ...row, value: '—', detail: `skipped: ${CHROMIUM} not installed` }];
  const result = await paneStartup(5);
  if (result.missing) {
    const error = result.pageError ? `; page error: ${result.pageError}` : '';
    return [{ ...row, value: 'step 1 not found', met: false, detail: `${result.missing}${error}` }];
  }
  const each = result.times.map(t => fmt(t)).join(', ');
  return [{ ...row, value: ms(result.ms), met: result.ms <= 1000, detail: `median of 5 fresh contexts (${each})` }];
}

const MEASURES = [
  ...rangeMeasures,
  allShapesInOneProcess,
  bandwidthCallsPerSecond,
  bundleSizes,
  recomputeFigures,
  compareScenarios,
  teamsOverTime,
  checksOverTime,
  caseListFigures,
  workbookSyncs,
  paneToStepOne,
  largeCaseList,
];

// Rows are printed as each measure finishes (the browser one takes a few seconds), so the
// columns have fixed widths rather than widths fitted to the content.
const COLUMNS = [
  ['Figure', 44],
  ['Measured', 18],
  ['Goal', 15],
  ['Status', 8],
  ['Detail', 0],
];
const line = cells => cells.map((cell, i) => String(cell ?? '').padEnd(COLUMNS[i][1])).join('  ');
const status = met => (met === true ? 'ok' : met === false ? 'MISSED' : '');

// Each measure runs in a child process of its own (this file, given the measure's index): the JIT
// state and garbage one measure leaves behind cannot change another's figures, in any order.
async function runMeasure(index) {
  const once = load => {
    let loaded;
    return () => (loaded ??= load());
  };
  const ctx = {
    functions: once(builtFunctions),
    core: once(bundleCore),
    workbook: once(() => bundle('./bench/workbookEntry.ts')),
  };
  try {
    process.send({ rows: await MEASURES[index](ctx) });
  } catch (error) {
    process.send({ error: String(error?.message ?? error).split('\n')[0] });
  }
  process.disconnect();
}

function inChild(index) {
  return new Promise(resolve => {
    let reply;
    const child = fork(fileURLToPath(import.meta.url), [String(index)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', message => (reply = message));
    child.on('exit', code => resolve(reply ?? { error: `measure process exited with code ${code}` }));
  });
}

async function main() {
  // The load average is printed because other work on the machine shows up in every timing.
  const cpus = os.cpus();
  const load = fmt(os.loadavg()[0], 1);
  console.log(
    `Verantwoorde Caseload benchmark · node ${process.version} · ${cpus.length} × ${cpus[0]?.model} · load ${load}`,
  );
  ensureBuild();
  console.log(`\n${line(COLUMNS.map(([name]) => name))}`);
  console.log(line(COLUMNS.map(([, width]) => '-'.repeat(width || 40))));
  let crashed = 0;
  const only = process.env.BENCH_ONLY?.split(',').map(name => name.trim());
  for (const [index, measure] of MEASURES.entries()) {
    if (only && !only.includes(measure.name)) continue;
    const { rows, error } = await inChild(index);
    for (const r of rows ?? []) console.log(line([r.figure, r.value, r.goal, status(r.met), r.detail]));
    if (error) {
      crashed++;
      console.log(line([measure.name, '—', '', 'ERROR', error]));
    }
  }
  console.log('\nTimes are medians after warm-up runs (for ranges the best of three medians).');
  console.log('Sizes are gzip (default level), 1 KB = 1,024 bytes.');
  process.exitCode = crashed ? 1 : 0;
}

await (process.argv[2] ? runMeasure(Number(process.argv[2])) : main());
