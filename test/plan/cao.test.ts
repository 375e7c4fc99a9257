// A cao preset fills the leave hours, the IKB and the year's holiday hours; each stays editable.
import { applyCao, CAO_PRESETS, computeFigures, emptyPlan, financeFigures, samplePlan } from '../../src/core';

test('Cao Gemeenten: 201.6 hours of leave from 2025, an IKB of 17.05 %, 7 weekday holidays in 2026', () => {
  const plan = applyCao(emptyPlan('nl'), 'gemeenten', 2026);
  expect(plan.bandwidth.time).toMatchObject({ hoursPerWeek: 36, leaveHours: 201.6 });
  expect(plan.bandwidth.time.holidayHours).toBeCloseTo(50.4, 12);
  expect(plan.finance.ikbShare).toBe(0.1705);
  // 2027: 5 May is a Wednesday, Christmas a Saturday: six weekday holidays.
  expect(applyCao(emptyPlan('nl'), 'gemeenten', 2027).bandwidth.time.holidayHours).toBeCloseTo(43.2, 12);
});

test('Cao Sociaal Werk and Cao Jeugdzorg: their own leave and IKB; Jeugdzorg’s year-end pay is flagged unconfirmed', () => {
  expect(applyCao(emptyPlan('nl'), 'sociaalWerk', 2026).bandwidth.time.leaveHours).toBe(170);
  expect(applyCao(emptyPlan('nl'), 'sociaalWerk', 2026).finance.ikbShare).toBeCloseTo(0.164, 12);
  expect(applyCao(emptyPlan('nl'), 'jeugdzorg', 2026).bandwidth.time.leaveHours).toBe(200);
  expect(CAO_PRESETS.jeugdzorg.unconfirmed).toEqual(['ikbShare']);
  expect(CAO_PRESETS.gemeenten.unconfirmed).toEqual([]);
});

test('a preset changes the inputs only: what was typed elsewhere stays, and the figures follow', () => {
  const sample = samplePlan();
  const gemeenten = applyCao(sample, 'gemeenten', 2026);
  expect(gemeenten.teams).toBe(sample.teams);
  expect(gemeenten.finance.scales).toBe(sample.finance.scales);
  expect(gemeenten.bandwidth.time.absenceRate).toBe(sample.bandwidth.time.absenceRate);
  // More leave: fewer available hours, so benodigd rises.
  const before = computeFigures(sample, 0, '2026-12-02');
  const after = computeFigures(gemeenten, 0, '2026-12-02');
  expect(after.availableHours as number).toBeCloseTo((before.availableHours as number) - (201.6 - 180) * 0.945, 9);
  expect(after.fteNeeded as number).toBeGreaterThan(before.fteNeeded as number);
  // A higher IKB: every cost per FTE rises by the same factor on the salary part.
  const salary = 47000;
  expect(financeFigures(gemeenten, '2026-12-02').pay.find(p => p.name === 'Chantal')?.costPerFte).toBeCloseTo(
    salary * 1.1705 * 1.3 + 4000,
    9,
  );
});
