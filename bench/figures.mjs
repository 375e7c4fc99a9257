// The plan's figures at scale: what the pane recomputes on each edit, the scenario comparison,
// several teams over five years, and the round trips a load and a save of such a workbook take in
// Excel. Part of `npm run bench`.
import { performance } from 'node:perf_hooks';
import { random } from './ranges.mjs';
import { medianMs, ms } from './timing.mjs';

const ON = '2026-12-02';

/** The sample municipality's first team grown to 1,000 staff, 50,000 cases in 50 categories and 52 weeks. */
function bigPlan(core) {
  const r = random(2);
  const plan = core.samplePlan();
  plan.bandwidth.categories = Array.from({ length: 50 }, (_, i) => ({
    name: `Categorie ${i + 1}`,
    hoursPerCase: 10 + 2 * i,
  }));
  plan.teams = [
    {
      ...plan.teams[0],
      roster: Array.from({ length: 1000 }, (_, i) => ({
        name: `Medewerker ${i + 1}`,
        fte: [1, 0.89, 0.78, 0.67, 0.5][i % 5],
        reduction: r() < 0.8 ? 0 : 0.2,
        from: '',
        to: '',
        openCases: 5 + Math.floor(r() * 15),
        indirectHoursPerWeek: 8 + Math.floor(r() * 8),
      })),
      cases: plan.bandwidth.categories.map(c => ({ category: c.name, count: 1000 })),
      weeks: Array.from({ length: 52 }, (_, i) => ({
        week: core.addDays('2025-12-01', 7 * i),
        openCases: 10_000 + Math.floor(r() * 2000),
        ftePresent: null,
      })),
    },
  ];
  return core.PlanSchema.parse(plan); // a plan the pane could really hold, not just any object
}

/**
 * Ten area teams of 100 staff (a fifth of them in a period: onboarding, leave), each with 260
 * weeks of figures (five years) and 20 band versions, and 40 areas.
 */
export function teamsPlan(core) {
  const r = random(3);
  const plan = core.samplePlan();
  const start = '2022-01-03';
  plan.teams = Array.from({ length: 10 }, (_, t) => ({
    id: `team${t + 1}`,
    name: `Team ${t + 1}`,
    formatie: 80,
    extraWeight: (t % 3) / 10,
    roster: Array.from({ length: 100 }, (_, i) => {
      const period = i % 5 === 0;
      const from = period ? core.addDays(start, Math.floor(r() * 1500)) : '';
      return {
        name: `Medewerker ${t + 1}.${i + 1}`,
        fte: [1, 0.89, 0.78, 0.67, 0.5][i % 5],
        reduction: period ? 0.4 : 0,
        from,
        to: period ? core.addDays(from, 90) : '',
        openCases: 5 + Math.floor(r() * 15),
        indirectHoursPerWeek: 8 + Math.floor(r() * 8),
      };
    }),
    factors: plan.teams[0].factors,
    cases: plan.teams[0].cases.map(c => ({ ...c, count: c.count * 12 })),
    weeks: Array.from({ length: 260 }, (_, w) => ({
      week: core.addDays(start, 7 * w),
      openCases: 900 + Math.floor(r() * 300),
      ftePresent: w % 10 === 0 ? 75 : null,
    })),
    bands: Array.from({ length: 20 }, (_, v) => ({
      from: core.addDays(start, 91 * v),
      low: 9 + r(),
      high: 15 + r(),
      reason: `Versie ${v + 1}`,
      basis: '',
    })),
    // The conversation: 200 listed cases, a felt-workload count every fifth week, agreements.
    caseList: Array.from({ length: 200 }, (_, c) => ({
      caseNumber: `T${t + 1}-${String(c + 1).padStart(4, '0')}`,
      category: plan.bandwidth.categories[c % plan.bandwidth.categories.length].name,
      hours: c % 4 === 0 ? null : Math.floor(r() * 60),
      weeksOpen: c % 4 === 0 ? Math.floor(r() * 40) : null,
      worker: '',
      reflection: '',
      outcome: '',
      listed: '',
    })),
    felt: Array.from({ length: 52 }, (_, w) => ({
      date: core.addDays(start, 35 * w),
      tooLittle: Math.floor(r() * 3),
      right: Math.floor(r() * 8),
      tooMuch: Math.floor(r() * 6),
    })),
    division: [{ divides: 'team', norm: 'together', quality: '', note: '' }],
    sharedNotes: [],
  }));
  // Finance: everyone on a pay scale, and a budget per team.
  const scales = plan.finance.scales.map(s => s.name);
  plan.finance.pay = plan.teams.flatMap((team, t) =>
    team.roster.map((person, i) => ({
      team: team.name,
      name: person.name,
      scale: scales[(t + i) % scales.length],
      salary: null,
    })),
  );
  plan.finance.budgets = plan.teams.map(team => ({ team: team.name, budget: 5_000_000, budgetFte: 75 }));
  plan.situation.areas = Array.from({ length: 40 }, (_, a) => ({
    ...plan.situation.areas[0],
    name: `Gebied ${a + 1}`,
    team: `Team ${(a % 10) + 1}`,
  }));
  plan.scenarios = [];
  return core.PlanSchema.parse(plan);
}

/** A timed figure against its goal in ms. */
const timeRow = (figure, time, goal, detail) => ({
  figure,
  value: ms(time),
  goal: `< ${goal} ms`,
  met: time < goal,
  detail,
});

// The pane recomputes every figure on each edit: that must stay well within a frame budget.
export async function recomputeFigures(ctx) {
  const core = await ctx.core();
  const plan = bigPlan(core);
  const figures = core.computeFigures(plan, 0, ON);
  if (figures.people.length !== 1000 || core.isError(figures.fteNeeded)) throw new Error('unexpected figures');
  const time = medianMs(() => core.computeFigures(plan, 0, ON));
  return [timeRow('computeFigures: 1,000 staff, 50,000 cases', time, 50, '50 categories, 52 weeks of monitoring')];
}

// The scenario tab compares every scenario on each edit: each one is the whole plan recomputed.
export async function compareScenarios(ctx) {
  const core = await ctx.core();
  const plan = bigPlan(core);
  plan.scenarios = Array.from({ length: 20 }, (_, i) => ({
    ...core.baseline(`Scenario ${i + 1}`, plan.teams[0].name),
    extraFte: i % 4,
    newStaffReduction: 0.25,
    caseGrowth: (i - 10) / 100,
    hoursChange: i % 3 === 0 ? -0.05 : 0,
  }));
  const compared = core.compareScenarios(plan, ON);
  if (compared.length !== 20 || compared.some(s => core.isError(s.teamBand))) throw new Error('unexpected scenarios');
  const time = medianMs(() => core.compareScenarios(plan, ON));
  return [
    timeRow('compareScenarios: 20 × 1,000 staff', time, 100, 'each scenario is the plan recomputed with its changes'),
  ];
}

// Every team's figures and the organisation's, as the pane holds them: on each edit.
export async function teamsOverTime(ctx) {
  const core = await ctx.core();
  const plan = teamsPlan(core);
  const all = () => {
    const teams = plan.teams.map((_t, i) => core.computeFigures(plan, i, ON));
    return { teams, organisation: core.organisationFigures(plan, ON, teams), overview: core.overview(plan, teams) };
  };
  const { teams, organisation } = all();
  if (
    teams.some(f => f.weeks.length !== 260 || core.isError(f.weeks[200].status)) ||
    core.isError(organisation.teams[0].allocated)
  ) {
    throw new Error('unexpected figures');
  }
  const time = medianMs(all);
  return [
    timeRow(
      'All figures: 10 teams over 5 years',
      time,
      50,
      '10 × 100 staff with periods and pay, 260 weeks (BAND_ON, FTE_ON each), 20 band versions, 200 listed cases; organisation, finance, overview',
    ),
  ];
}

// On each edit of step 2 the pane checks the plan for slips (plausibility) and, for a roster
// change, which entered weeks it re-grades (every week's figures before and after).
export async function checksOverTime(ctx) {
  const core = await ctx.core();
  const plan = teamsPlan(core);
  const team = plan.teams[0];
  const row = { ...team.roster[1], fte: team.roster[1].fte / 2 };
  const changed = core.EDITS.changeRosterRow.perform(plan, { team: team.id, index: 1, row, from: '2024-06-05' });
  const run = () => ({ warnings: core.plausibility(plan), regraded: core.regradedWeeks(team, changed.teams[0]) });
  const { regraded } = run();
  // The change holds from June 2024: the weeks from then on are re-graded, none before.
  if (regraded.length === 0 || regraded.some(week => week < '2024-06-05')) throw new Error('unexpected re-grading');
  const time = medianMs(run);
  return [
    timeRow(
      'Slips and re-graded weeks: 10 teams',
      time,
      50,
      `plausibility of 10 × 100 staff and 260 weeks, and the ${regraded.length} weeks a dated roster change re-grades`,
    ),
  ];
}

// Round trips to Excel (each costs real time in Excel on the web) for that workbook, through the
// Office port against office-addin-mock, as the unit tests count them.
export async function workbookSyncs(ctx) {
  const workbook = await ctx.workbook();
  const { core } = workbook;
  const plan = teamsPlan(core);
  const book = new workbook.MemoryWorkbook();
  const excel = workbook.fakeExcel(book);
  const storage = new workbook.PlanStorage(new workbook.OfficePort(excel.run), 'nl', () => ON);
  await storage.load();
  await storage.save(plan);
  excel.resetSyncs();
  const started = performance.now();
  const loaded = await new workbook.PlanStorage(new workbook.OfficePort(excel.run), 'nl', () => ON).load();
  const loadMs = performance.now() - started;
  const loadSyncs = excel.syncs();
  if (loaded.warnings.length || loaded.plan.teams.length !== 10) throw new Error('the workbook did not read back');
  excel.resetSyncs();
  await storage.save({ ...plan, bandwidth: { ...plan.bandwidth, caseDurationWeeks: 30 } });
  const saveSyncs = excel.syncs();
  const rows = plan.teams.reduce((n, t) => n + t.roster.length + t.weeks.length + t.bands.length, 0);
  return [
    {
      figure: 'Load that workbook: syncs',
      value: String(loadSyncs),
      goal: '≤ 2',
      met: loadSyncs <= 2,
      detail: `${rows} table rows; ${ms(loadMs)} outside Excel`,
    },
    {
      figure: 'Save it again: syncs',
      value: String(saveSyncs),
      goal: '≤ 2',
      met: saveSyncs <= 2,
      detail: 'a check that no one else saved, then the write',
    },
  ];
}

// Case lists (issue 20): every listed case's norm and deviation through the figures the pane shows
// (the team's figures, its deviating cases, the case-mix drift, the overview) and through toSheets
// (each row of VC Gesprek's case list asks its team's deviation figures, computed once).
export async function caseListFigures(ctx) {
  const workbook = await ctx.workbook();
  const { core } = workbook;
  const plan = core.samplePlan();
  const categories = plan.bandwidth.categories.map(c => c.name);
  const r = random(5);
  plan.teams[0].caseList = Array.from({ length: 5000 }, (_, i) => ({
    caseNumber: `C-${String(i + 1).padStart(5, '0')}`,
    category: categories[i % categories.length],
    hours: i % 4 === 0 ? null : Math.floor(r() * 120),
    weeksOpen: i % 4 === 0 ? Math.floor(r() * 60) : null,
    worker: '',
    reflection: '',
    outcome: '',
    listed: '',
  }));
  const all = () => {
    const teams = plan.teams.map((_t, i) => core.computeFigures(plan, i, ON));
    const overview = core.overview(plan, teams);
    const deviations = core.deviationFigures(plan, plan.teams[0]);
    const sheets = workbook.toSheets(plan, ON);
    return { overview, deviations, sheets };
  };
  const { overview, deviations } = all();
  if (deviations.cases.length !== 5000 || overview.teams[0].mix.listed !== 5000) throw new Error('unexpected figures');
  const time = medianMs(all);
  return [
    timeRow(
      'Case list: 5,000 cases, figures and toSheets',
      time,
      200,
      'deviating cases, mix drift, overview and every sheet of the sample with 5,000 listed cases',
    ),
  ];
}
