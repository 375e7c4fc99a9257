// Plausibility: each slip of the issue is said, none is refused. 360 contract hours a week, FTE 5
// for one person, a 100% factor, heavy cases taking fewer hours than light ones, the same week
// twice, an end before its start, a year 9999, and a person counted twice; the sample has none.
import {
  bandwidthChecks,
  CheckCode,
  CHECKS,
  computeFigures,
  factorChecks,
  isError,
  PACKS,
  plausibility,
  rosterChecks,
  samplePlan,
  weekChecks,
} from '../../src/core';
import { slipped } from '../support/slips';
import { badInputTable, quoted } from '../workbook/support/markdownTable';

const TODAY = '2026-12-07';

test('the sample municipality raises no warning', () => {
  expect(plausibility(samplePlan())).toEqual([]);
});

test('the sample with every slip: each is said where it is, and nothing else', () => {
  const at = (list: string, index: number) => ({ list, team: 0, index });
  expect(plausibility(slipped())).toEqual([
    { code: 'contractHours', where: { list: 'bandwidth' } },
    { code: 'heavyBelowLight', where: { list: 'bandwidth' } },
    { code: 'ftePerPerson', where: at('roster', 0) },
    { code: 'endBeforeStart', where: at('roster', 1) },
    { code: 'yearOutOfRange', where: at('roster', 2) },
    { code: 'overlap', where: at('roster', 5) },
    { code: 'overlap', where: at('roster', 6) },
    { code: 'factorLarge', where: at('factors', 0) },
    { code: 'duplicateWeek', where: at('weeks', 0) },
    { code: 'duplicateWeek', where: at('weeks', 1) },
  ]);
});

test('360 contract hours a week and heavy cases lighter than light ones are said on the shared hours', () => {
  const plan = samplePlan();
  const slips = slipped();
  expect(bandwidthChecks(slips)).toEqual(['contractHours', 'heavyBelowLight']);
  // 48 hours is still plausible.
  expect(
    bandwidthChecks({ ...plan, bandwidth: { ...plan.bandwidth, time: { ...plan.bandwidth.time, hoursPerWeek: 48 } } }),
  ).toEqual([]);
  // A warning, not a refusal: the band is still computed.
  expect(isError(computeFigures(slips, 0, TODAY).bandPerFte)).toBe(false);
});

test('FTE 5 for one person, an end before its start, a year 9999 and two overlapping periods of one person on the roster', () => {
  const plan = samplePlan();
  const team = plan.teams[0];
  const roster = [
    { ...team.roster[0], fte: 5 },
    { ...team.roster[1], from: '2026-12-01', to: '2026-11-01' },
    { ...team.roster[2], to: '9999-12-31' },
    // Iris's second period moved back into her first.
    ...team.roster.slice(3, 6),
    { ...team.roster[6], from: '2026-11-01' },
  ];
  expect(rosterChecks({ ...team, roster })).toEqual([
    ['ftePerPerson'],
    ['endBeforeStart'],
    ['yearOutOfRange'],
    [],
    [],
    ['overlap'],
    ['overlap'],
  ]);
  // 1.2 FTE is still plausible.
  expect(rosterChecks({ ...team, roster: [{ ...team.roster[0], fte: 1.2 }] })).toEqual([[]]);
});

test('a factor of 100% (a band of 0 – 0) and of 50% are said; 45% is not', () => {
  const team = samplePlan().teams[0];
  const factor = (reduction: number) => ({ name: 'F', reduction, from: '', to: '', note: '' });
  const factors = [factor(1), factor(0.5), factor(0.45), { ...factor(0.05), from: '1899-12-31' }];
  expect(factorChecks({ ...team, factors })).toEqual([['factorLarge'], ['factorLarge'], [], ['yearOutOfRange']]);
});

test('the same week twice and a week in the year 9999 are said on both rows; a label kept as typed is no date', () => {
  const team = samplePlan().teams[0];
  const weeks = [
    { week: '2026-11-23', openCases: 60, ftePresent: null },
    { week: '2026-11-23', openCases: 61, ftePresent: null },
    { week: '9999-11-22', openCases: 61, ftePresent: null },
    { week: 'wk 60 2026', openCases: 61, ftePresent: null },
  ];
  expect(weekChecks({ ...team, weeks })).toEqual([['duplicateWeek'], ['duplicateWeek'], ['yearOutOfRange'], []]);
  expect(plausibility({ ...samplePlan(), teams: [{ ...team, weeks }] }).map(w => w.where)).toEqual([
    { list: 'weeks', team: 0, index: 0 },
    { list: 'weeks', team: 0, index: 1 },
    { list: 'weeks', team: 0, index: 2 },
  ]);
});

describe('docs/bad-input.md: allowed, but probably a slip', () => {
  const rows = badInputTable('## Allowed, but probably a slip', [
    'id',
    'example',
    'said in the pane',
    'Controle cell',
  ]).map(([id, example, pane, cell]) => ({ id, example, pane, cell }));

  it('lists every check once, with the pane’s words and the sheet’s', () => {
    const codes = Object.values(CHECKS).flat();
    expect(rows.map(r => r.id).sort()).toEqual([...new Set(codes)].sort());
    for (const row of rows) {
      const code = row.id as CheckCode;
      expect(row.pane).toBe(PACKS.nl.pane.plausibility[code]);
      expect(quoted(row.cell)).toEqual([PACKS.nl.sheets.checks[code]]);
    }
  });
});
