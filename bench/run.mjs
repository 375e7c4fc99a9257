// `npm run bench`: the product's performance figures next to their goals, from one run on the same
// data. A benchmark, not a test: a missed goal is reported, never a failure. Only a measure that
// could not be taken at all (a crash) makes the exit code 1.
//
// To add a figure, write one async function (ctx) => rows and append it to MEASURES. A row is
// { figure, value, goal, met, detail }; `met` is true/false against the goal, or undefined.
// ctx.functions() gives the built custom functions by id, ctx.core() the bundled src/core.
// BENCH_DIST=<folder> measures a build made elsewhere (webpack --output-path) instead of dist/.
import * as formulajs from '@formulajs/formulajs';
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { builtFunctions, bundleCore, dist, ensureBuild } from './load.mjs';
import { CHROMIUM, paneStartup } from './pane.mjs';
import { fmt, kb, medianMs, ms } from './timing.mjs';

const RANGE_ROWS = 100_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Two columns as Excel passes a range to a custom function: one array per row. */
function ranges(rows) {
  const r = random(1);
  const counts = Array.from({ length: rows }, () => [Math.floor(r() * 30)]);
  const hours = Array.from({ length: rows }, () => [Math.round(50 + r() * 1150) / 10]);
  return { counts, hours };
}

/**
 * A range as Excel's runtime hands it to a custom function: parsed from JSON, so every row is an
 * array of its own values' kind (small integers, doubles, or boxed values when a blank is in it).
 * Rows built in one loop, as ranges() does, are not: V8 gives every array from the same literal
 * the kind the previous ones ended up with, which made the bench's data kinder than Excel's.
 */
const asExcelSends = range => JSON.parse(JSON.stringify(range));

/**
 * The data shapes the range functions are timed on, 100,000 cells per argument. Values and shape
 * both matter to V8: rows of whole numbers, of decimals and with blanks are arrays of different
 * kinds (and a range of mixed rows makes every cell read polymorphic), and one row of 100,000
 * cells is one long array instead of 100,000 short ones. Each builds { counts, hours }.
 */
const SHAPES = [
  {
    name: 'whole numbers',
    size: `${fmt(RANGE_ROWS)}×1`,
    make: () => {
      const r = random(11);
      return {
        counts: Array.from({ length: RANGE_ROWS }, () => [Math.floor(r() * 30)]),
        hours: Array.from({ length: RANGE_ROWS }, () => [5 + Math.floor(r() * 116)]),
      };
    },
  },
  {
    name: 'decimals',
    size: `${fmt(RANGE_ROWS)}×1`,
    make: () => {
      const r = random(12);
      return {
        counts: Array.from({ length: RANGE_ROWS }, () => [Math.round(r() * 3000) / 100]),
        hours: Array.from({ length: RANGE_ROWS }, () => [Math.round(500 + r() * 11500) / 100]),
      };
    },
  },
  {
    name: 'blanks mixed in',
    size: `${fmt(RANGE_ROWS)}×1`,
    make: () => {
      // About 1 cell in 6 blank in each range, independently: null (an empty cell) or "".
      const r = random(13);
      const blankOr = value => {
        const x = r();
        return x < 0.12 ? null : x < 0.17 ? '' : value;
      };
      return {
        counts: Array.from({ length: RANGE_ROWS }, () => [blankOr(Math.floor(r() * 30))]),
        hours: Array.from({ length: RANGE_ROWS }, () => [blankOr(Math.round(50 + r() * 1150) / 10)]),
      };
    },
  },
  // Whole counts and hours with one decimal, the mix a planning sheet has, as a column and as a row.
  { name: 'one column', size: `${fmt(RANGE_ROWS)}×1`, make: () => ranges(RANGE_ROWS) },
  {
    name: 'one row',
    size: `1×${fmt(RANGE_ROWS)}`,
    make: () => {
      const { counts, hours } = ranges(RANGE_ROWS);
      return { counts: [counts.flat()], hours: [hours.flat()] };
    },
  },
];

/**
 * The floor: a plain loop over the same arrays that checks each cell is a finite number or a
 * blank and sums count × hours. No coercion module, no messages: what any correct code must do.
 */
function checkedLoop(counts, hours) {
  const blank = v => v === null || v === undefined || v === '';
  let total = 0;
  for (let r = 0; r < counts.length; r++) {
    const countRow = counts[r];
    const hoursRow = hours[r];
    for (let c = 0; c < countRow.length; c++) {
      const count = countRow[c];
      const hour = hoursRow[c];
      const countOk = typeof count === 'number' ? Number.isFinite(count) : blank(count);
      const hourOk = typeof hour === 'number' ? Number.isFinite(hour) : blank(hour);
      if (!countOk || !hourOk) return NaN;
      if (typeof count === 'number' && typeof hour === 'number') total += count * hour;
    }
  }
  return total;
}

/**
 * formulajs SUMPRODUCT refuses "" (#VALUE!) where Excel's SUMPRODUCT counts it as nothing, so it
 * is given null (a blank to both) in its place: the same sum, and it cannot stop early on an error.
 * Rows without "" are the very same arrays ours read: where 100,000 small arrays lie in memory
 * moves these timings, so every contender reads the same ones wherever it can.
 */
const forSumproduct = range => range.map(row => (row.includes('') ? row.map(v => (v === '' ? null : v)) : row));

/** The sample municipality grown to 1,000 staff, 50,000 cases in 50 categories and 52 weeks. */
function bigPlan(core) {
  const r = random(2);
  const plan = core.samplePlan();
  plan.team.roster = Array.from({ length: 1000 }, (_, i) => ({
    name: `Medewerker ${i + 1}`,
    fte: [1, 0.89, 0.78, 0.67, 0.5][i % 5],
    reduction: r() < 0.8 ? 0 : 0.2,
    openCases: 5 + Math.floor(r() * 15),
    indirectHoursPerWeek: 8 + Math.floor(r() * 8),
  }));
  plan.bandwidth.categories = Array.from({ length: 50 }, (_, i) => ({
    name: `Categorie ${i + 1}`,
    count: 1000,
    hoursPerCase: 10 + 2 * i,
  }));
  plan.implement.weeks = Array.from({ length: 52 }, (_, i) => ({
    week: `2026-W${String(i + 1).padStart(2, '0')}`,
    openCases: 10_000 + Math.floor(r() * 2000),
    ftePresent: 800 + Math.floor(r() * 60),
  }));
  return core.PlanSchema.parse(plan); // a plan the pane could really hold, not just any object
}

// 1. Range functions through the built bundle, against formulajs SUMPRODUCT and the checked
// plain loop on the same ranges: each shape in a process of its own, then all in one.
const RANGE_FUNCTIONS = [
  // null: the omitted optional fte, as Excel passes it.
  { id: 'WEIGHTED_CASELOAD', scalars: [null], expected: total => total },
  { id: 'FTE_NEEDED', scalars: [1500, 0.4, 80], expected: total => total / (1500 * 0.6) + 80 / 1500 },
];
const RANGE_GOAL = 0.5;

/** One shape's data and the calls to time on it, each result checked: timing a wrong answer is meaningless. */
function rangeCalls(ctx, shape) {
  const made = shape.make();
  const [counts, hours] = [asExcelSends(made.counts), asExcelSends(made.hours)];
  const [theirCounts, theirHours] = [forSumproduct(counts), forSumproduct(hours)];
  const sumproduct = () => formulajs.SUMPRODUCT(theirCounts, theirHours);
  const floor = () => checkedLoop(counts, hours);
  const total = floor();
  const close = (got, expected) => Math.abs(got - expected) <= 1e-9 * Math.abs(expected);
  if (!close(sumproduct(), total)) throw new Error(`SUMPRODUCT gave ${sumproduct()}, the loop ${total}`);
  const ours = RANGE_FUNCTIONS.map(({ id, scalars, expected }) => {
    const fn = ctx.functions().get(id);
    const call = () => fn(counts, hours, ...scalars);
    const got = call();
    if (!close(got, expected(total))) throw new Error(`${id} gave ${got}, expected ${expected(total)}`);
    return { id, call };
  });
  return { shape, sumproduct, floor, ours };
}

/**
 * Times of SUMPRODUCT, the floor and each of our functions on one shape's data: the best of three
 * rounds of medians, as other work on the machine can only make a median slower, and these
 * ratios compare times well under a millisecond.
 */
function timeRangeCalls({ sumproduct, floor, ours }) {
  const best = (a, b) => (a === undefined ? b : Math.min(a, b));
  let times;
  for (let round = 0; round < 3; round++) {
    times = {
      theirs: best(times?.theirs, medianMs(sumproduct)),
      floor: best(times?.floor, medianMs(floor)),
      ours: ours.map(({ id, call }, i) => ({ id, ms: best(times?.ours[i].ms, medianMs(call)) })),
    };
  }
  return times;
}

function oneShape(ctx, shape) {
  const { theirs, floor, ours } = timeRangeCalls(rangeCalls(ctx, shape));
  const rows = [{ figure: `Ranges: ${shape.name} (${shape.size})`, detail: `SUMPRODUCT ${ms(theirs)}` }];
  for (const { id, ms: time } of ours) {
    const ratio = time / theirs;
    rows.push({
      figure: `  ${id} / SUMPRODUCT`,
      value: `${fmt(ratio, 2)}×`,
      goal: `≤ ${RANGE_GOAL}`,
      met: ratio <= RANGE_GOAL,
      detail: `${ms(time)} vs ${ms(theirs)}; ${fmt(time / floor, 2)}× the floor`,
    });
  }
  rows.push({
    figure: '  floor: checked plain loop',
    value: ms(floor),
    detail: `${fmt(floor / theirs, 2)}× SUMPRODUCT`,
  });
  return rows;
}
const named = (name, measure) => Object.defineProperty(measure, 'name', { value: name });
const rangeMeasures = SHAPES.map(shape => named(`ranges: ${shape.name}`, ctx => oneShape(ctx, shape)));

/**
 * A workbook holds ranges of every shape, and Excel calls the same functions on all of them: here
 * every call runs on every shape first, so the optimised code has seen every kind of array, and
 * then each shape is timed. The worst shape's ratio is the figure.
 */
function allShapesInOneProcess(ctx) {
  const shapes = SHAPES.map(shape => rangeCalls(ctx, shape));
  for (let round = 0; round < 5; round++) {
    for (const { sumproduct, floor, ours } of shapes) [sumproduct, floor, ...ours.map(o => o.call)].forEach(f => f());
  }
  const times = shapes.map(timeRangeCalls);
  const rows = [{ figure: 'Ranges: all five shapes in one process' }];
  const each = ratio => shapes.map(({ shape }, i) => `${shape.name} ${fmt(ratio(times[i]), 2)}`).join(', ');
  RANGE_FUNCTIONS.forEach(({ id }, f) => {
    const ratio = t => t.ours[f].ms / t.theirs;
    const worst = Math.max(...times.map(ratio));
    rows.push({
      figure: `  ${id} / SUMPRODUCT, worst`,
      value: `${fmt(worst, 2)}×`,
      goal: `≤ ${RANGE_GOAL}`,
      met: worst <= RANGE_GOAL,
      detail: each(ratio),
    });
  });
  rows.push({ figure: '  floor / SUMPRODUCT', detail: each(t => t.floor / t.theirs) });
  return rows;
}

// 2. Scalar throughput: the per-call overhead of coercion, checks and the Excel wrapper. Taken
// fresh, then again after some 100,000-row range calls: the functions share their coercion code,
// and in a workbook that mixes both the range calls leave it slower for scalars.
async function bandwidthCallsPerSecond(ctx) {
  const functions = ctx.functions();
  const bandwidth = functions.get('BANDWIDTH');
  const batch = 100_000;
  let sink = 0; // results are used, so no call can be optimised away
  const calls = () => {
    for (let i = 0; i < batch; i++) sink += bandwidth(1000 + (i & 1023), 40, 25, null)[0][0];
  };
  const rate = () => (batch * 1000) / medianMs(calls, { warmup: 3, runs: 9 });
  const fresh = rate();
  const { counts, hours } = ranges(RANGE_ROWS);
  for (let i = 0; i < 5; i++) functions.get('WEIGHTED_CASELOAD')(counts, hours, null);
  const mixed = rate();
  if (!Number.isFinite(sink)) throw new Error('BANDWIDTH returned a non-number');
  return [
    {
      figure: 'BANDWIDTH scalar calls per second',
      value: `${fmt(fresh)}/s`,
      goal: '≥ 1,000,000/s',
      met: fresh >= 1e6,
      detail: `median of 9 × ${fmt(batch)} calls; ${fmt(mixed)}/s after 100,000-row range calls`,
    },
  ];
}

// 3. What Office downloads: gzipped bundles, plus any lazy chunk of ours (office-js/ is Office's).
async function bundleSizes() {
  const gzipped = file => zlib.gzipSync(fs.readFileSync(path.join(dist, file))).length;
  const goals = { 'functions.js': 40, 'taskpane.js': 250 };
  const rows = Object.entries(goals).map(([file, goal]) => {
    const size = gzipped(file);
    return { figure: `dist/${file} gzipped`, value: kb(size), goal: `≤ ${goal} KB`, met: size <= goal * 1024 };
  });
  const chunks = fs
    .readdirSync(dist, { recursive: true })
    .filter(f => f.endsWith('.js') && !f.startsWith(`office-js${path.sep}`) && !(f in goals));
  for (const chunk of chunks) rows.push({ figure: `  lazy chunk dist/${chunk} gzipped`, value: kb(gzipped(chunk)) });
  return rows;
}

// 4. The pane recomputes every figure on each edit: that must stay well within a frame budget.
async function recomputeFigures(ctx) {
  const core = await ctx.core();
  const plan = bigPlan(core);
  const figures = core.computeFigures(plan);
  if (figures.people.length !== 1000 || core.isError(figures.fteNeeded)) throw new Error('unexpected figures');
  const time = medianMs(() => core.computeFigures(plan));
  return [
    {
      figure: 'computeFigures: 1,000 staff, 50,000 cases',
      value: ms(time),
      goal: '< 50 ms',
      met: time < 50,
      detail: '50 categories, 52 weeks of monitoring',
    },
  ];
}

// 4b. The scenario tab compares every scenario on each edit: each one is the whole plan recomputed.
async function compareScenarios(ctx) {
  const core = await ctx.core();
  const plan = bigPlan(core);
  plan.scenarios = Array.from({ length: 20 }, (_, i) => ({
    ...core.baseline(`Scenario ${i + 1}`),
    extraFte: i % 4,
    newStaffReduction: 0.25,
    caseGrowth: (i - 10) / 100,
    hoursChange: i % 3 === 0 ? -0.05 : 0,
  }));
  const compared = core.compareScenarios(plan);
  if (compared.length !== 20 || compared.some(s => core.isError(s.teamBand))) throw new Error('unexpected scenarios');
  const time = medianMs(() => core.compareScenarios(plan));
  return [
    {
      figure: 'compareScenarios: 20 × 1,000 staff',
      value: ms(time),
      goal: '< 100 ms',
      met: time < 100,
      detail: 'each scenario is the plan recomputed with its changes',
    },
  ];
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
  paneToStepOne,
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
  const ctx = { functions: once(builtFunctions), core: once(bundleCore) };
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
  for (const [index, measure] of MEASURES.entries()) {
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
